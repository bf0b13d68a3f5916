package nnrep.theory.protocol;

import java.util.function.DoublePredicate;

/**
 * Where a measured curve first crosses a level, by linear interpolation in log x: how the scaling
 * claims turn "the n at which the share (or the error) reaches a level" into a number.
 */
public final class LogInterpolation {

    /** The curve is already past the level at the first grid point. */
    public static final double BEFORE_GRID = -1.0;
    /** The curve never reaches the level on the grid. */
    public static final double NEVER = Double.NaN;

    private LogInterpolation() {
    }

    /**
     * The x at which {@code y} first reaches {@code level} going up ({@code rising}) or down:
     * BEFORE_GRID if y[0] is already there, NEVER if no point is.
     */
    public static double crossing(double[] x, double[] y, double level, boolean rising) {
        DoublePredicate reached = v -> rising ? v >= level : v <= level;
        if (reached.test(y[0])) {
            return BEFORE_GRID;
        }
        for (int i = 1; i < x.length; i++) {
            if (reached.test(y[i])) {
                double t = (level - y[i - 1]) / (y[i] - y[i - 1]);
                return Math.exp(Math.log(x[i - 1]) + t * Math.log(x[i] / x[i - 1]));
            }
        }
        return NEVER;
    }

    public static boolean anyNever(double[][] crossings) {
        return any(crossings, Double::isNaN);
    }

    public static boolean anyBeforeGrid(double[][] crossings) {
        return any(crossings, v -> v == BEFORE_GRID);
    }

    private static boolean any(double[][] values, DoublePredicate test) {
        for (double[] row : values) {
            for (double v : row) {
                if (test.test(v)) {
                    return true;
                }
            }
        }
        return false;
    }
}
