package nnrep.theory.protocol;

import java.util.function.DoubleBinaryOperator;

import nnrep.theory.Interval;
import nnrep.theory.stats.StudentT;

/** Curves for plots: at each grid point, the mean over replicates and its Student-t interval. */
public final class ReplicateBands {

    private ReplicateBands() {
    }

    /**
     * @param byReplicate values[i][c]: replicate i at grid point c
     * @return {means, lower bounds, upper bounds}, each indexed by c, at level 1 - delta
     */
    public static double[][] of(double[][] byReplicate, double delta) {
        int points = byReplicate[0].length;
        double[][] out = new double[3][points];
        for (int c = 0; c < points; c++) {
            double[] column = new double[byReplicate.length];
            for (int i = 0; i < column.length; i++) {
                column[i] = byReplicate[i][c];
            }
            Interval interval = StudentT.interval(column, delta);
            out[0][c] = (interval.lower() + interval.upper()) / 2;
            out[1][c] = interval.lower();
            out[2][c] = interval.upper();
        }
        return out;
    }

    /** values[g][i] (grid point g, replicate i) as [i][g]. */
    public static double[][] transpose(double[][] byPoint) {
        double[][] out = new double[byPoint[0].length][byPoint.length];
        for (int g = 0; g < byPoint.length; g++) {
            for (int i = 0; i < byPoint[g].length; i++) {
                out[i][g] = byPoint[g][i];
            }
        }
        return out;
    }

    /**
     * For each replicate i, {@code pick} folded over the grid points (for example the smallest value
     * over d): one statistic per replicate that bounds every grid point at once.
     */
    public static double[] acrossPoints(double[][] byPoint, DoubleBinaryOperator pick) {
        double[] out = byPoint[0].clone();
        for (int g = 1; g < byPoint.length; g++) {
            for (int i = 0; i < out.length; i++) {
                out[i] = pick.applyAsDouble(out[i], byPoint[g][i]);
            }
        }
        return out;
    }
}
