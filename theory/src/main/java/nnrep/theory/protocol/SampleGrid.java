package nnrep.theory.protocol;

import java.util.function.IntToDoubleFunction;

/**
 * The sample sizes n = c d^2 for a grid of c at one dimension d (the scaling n ~ d^2 of Damian, Lee &amp;
 * Soltanolkotabi (COLT 2022), Theorem 1), measured on nested samples of one replicate's stream.
 *
 * @param d     the dimension
 * @param cGrid the multipliers c, increasing
 */
public record SampleGrid(int d, double[] cGrid) {

    /** n = round(c d^2) for the c of index {@code c}. */
    public int n(int c) {
        return (int) Math.round(cGrid[c] * d * d);
    }

    /** Every n of the grid, as doubles (for interpolation in log n). */
    public double[] ns() {
        double[] n = new double[cGrid.length];
        for (int c = 0; c < n.length; c++) {
            n[c] = n(c);
        }
        return n;
    }

    /** The number of sample sizes. */
    public int size() {
        return cGrid.length;
    }

    /** The sum over the grid of {@code costOfN}(n). */
    public double cost(IntToDoubleFunction costOfN) {
        double cost = 0.0;
        for (int c = 0; c < cGrid.length; c++) {
            cost += costOfN.applyAsDouble(n(c));
        }
        return cost;
    }

    /** "d = 64". */
    public String label() {
        return "d = " + d;
    }
}
