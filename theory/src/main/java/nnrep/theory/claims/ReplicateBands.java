package nnrep.theory.claims;

import nnrep.theory.Interval;
import nnrep.theory.stats.StudentT;

/** Curves for plots: at each grid point, the mean over replicates and its Student-t interval. */
final class ReplicateBands {

    private ReplicateBands() {
    }

    /**
     * @param byReplicate values[i][c]: replicate i at grid point c
     * @return {means, lower bounds, upper bounds}, each indexed by c, at level 1 - delta
     */
    static double[][] of(double[][] byReplicate, double delta) {
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
}
