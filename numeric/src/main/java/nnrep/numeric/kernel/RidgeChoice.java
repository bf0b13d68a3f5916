package nnrep.numeric.kernel;

import java.util.Arrays;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

import nnrep.numeric.data.SampleStream;

/**
 * The ridge lambda of a fixed-feature baseline: one given value, or the best of a grid on held-out
 * samples.
 *
 * <p>Why the baselines are tuned: a lower bound on kernel methods (Damian, Lee &amp; Soltanolkotabi
 * (COLT 2022), section 4) is about the best a kernel can do, so the baseline must not be handicapped by
 * its ridge. It matters: on quad-cubic at n = 4 d^2 (d = 12 to 32, noiseless labels) the NTK ridge's
 * test error is 0.65-0.80 at lambda = 1e-3 and 0.44-0.48 as lambda tends to 0, while random features
 * of width 256 at n = 2 d^2 do best at the larger ridges (0.85 at lambda = 0.1 against 1.07 at 1e-4, d = 16). {@link #validated()} fits once per value of
 * {@link #GRID} and keeps the one with the smallest error on {@value #VALIDATION_SAMPLES} fresh samples
 * ({@link SampleStream#validation}), independent of the training and test samples. These extra labelled
 * samples only choose one number, and they favour the baseline: a comparison the network still wins is
 * conservative.
 *
 * @param grid the candidate ridges, one value for a fixed ridge
 */
public record RidgeChoice(double[] grid) {

    /**
     * From nearly ridgeless to strongly regularised, three decades apart: kernel ridge on noiseless labels
     * does best at the smallest (1e-5 is within 0.01 of it), random features of width 256 at 1e-2 to
     * 1e-1 (1e-1 is within 0.01 of the best on the claims' sizes).
     */
    public static final double[] GRID = {1e-7, 1e-4, 1e-1};
    /** Size of the held-out set a ridge is chosen on. */
    public static final int VALIDATION_SAMPLES = 2000;

    /**
     * Checks the grid and copies it.
     *
     * @param grid the candidate ridges, one value for a fixed ridge
     */
    public RidgeChoice {
        if (grid.length == 0) {
            throw new IllegalArgumentException("a ridge grid needs at least one value");
        }
        for (double ridge : grid) {
            if (!(ridge >= 0.0) || Double.isInfinite(ridge)) {
                throw new IllegalArgumentException("--ridge must be finite and at least 0, got " + ridge);
            }
        }
        grid = grid.clone();
    }

    /**
     * {@return the given ridge, used as it is}
     *
     * @param ridge lambda
     */
    public static RidgeChoice fixed(double ridge) {
        return new RidgeChoice(new double[] {ridge});
    }

    /** {@return the best of {@link #GRID} on held-out samples} */
    public static RidgeChoice validated() {
        return new RidgeChoice(GRID);
    }

    /** {@return a copy of the candidate ridges} */
    @Override
    public double[] grid() {
        return grid.clone();
    }

    /** {@return whether there is a choice to make} */
    public boolean isFixed() {
        return grid.length == 1;
    }

    /**
     * The chosen fit and its ridge; {@code validationRelMse} has one entry per grid value, and is empty
     * for a fixed ridge (no held-out set is drawn).
     */
    public record Selected<P>(P model, double ridge, double[] validationRelMse) {
    }

    /**
     * Fits with every ridge of the grid and keeps the one of smallest held-out relative MSE (the first
     * such in grid order on a tie, so the choice is reproducible).
     *
     * @param <P>     the type of a fitted baseline
     * @param fit     the baseline fitted with a given ridge
     * @param heldOut a fit's relative MSE on the held-out samples, asked only when the grid has more than
     *                one value
     * @return the chosen fit
     */
    public <P> Selected<P> select(DoubleFunction<P> fit, ToDoubleFunction<P> heldOut) {
        if (isFixed()) {
            return new Selected<>(fit.apply(grid[0]), grid[0], new double[0]);
        }
        double[] errors = new double[grid.length];
        P best = null;
        int chosen = -1;
        for (int k = 0; k < grid.length; k++) {
            P model = fit.apply(grid[k]);
            errors[k] = heldOut.applyAsDouble(model);
            if (chosen < 0 || errors[k] < errors[chosen]) {
                chosen = k;
                best = model;
            }
        }
        return new Selected<>(best, grid[chosen], errors);
    }

    @Override
    public String toString() {
        return isFixed() ? Double.toString(grid[0]) : "best of " + Arrays.toString(grid) + " on held-out samples";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RidgeChoice o && Arrays.equals(grid, o.grid);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(grid);
    }
}
