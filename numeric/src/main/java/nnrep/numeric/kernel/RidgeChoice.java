package nnrep.numeric.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.IntFunction;
import java.util.function.Supplier;
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
     * does best at the smallest, random features of width 256 at 1e-2 to 1e-1. Against every decade from
     * 1e-8 to 1 on quad-cubic at n = 2 d^2, the chosen test error of the NTK with biases changes by at
     * most 1e-4 for d = 12 to 48 (seeds 1 and 2, 1 to 4 at d = 32); that of random features by at most
     * 0.008 for d = 24 to 48, and for the better by at most 0.002 (seeds 1 to 6, 4 at d = 32, 2 at
     * d = 48), but it falls by 0.018 on average at d = 12 (0.005 at d = 16), all of it from 1e-2.
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
        List<P> models = new ArrayList<>(grid.length);
        double[] errors = new double[grid.length];
        for (int k = 0; k < grid.length; k++) {
            models.add(fit.apply(grid[k]));
            errors[k] = heldOut.applyAsDouble(models.get(k));
        }
        return chosen(models::get, errors);
    }

    /**
     * The same choice among fits made together for the whole grid ({@link KernelRidgePath}), whose
     * held-out errors are computed together too.
     *
     * @param fitAt   the fit at {@code grid[k]}, asked only for the chosen k
     * @param heldOut the held-out relative MSE of every fit, in grid order (NaN for a ridge that got no
     *                fit, never chosen), asked only when the grid has more than one value
     */
    public <P> Selected<P> selectAmong(IntFunction<P> fitAt, Supplier<double[]> heldOut) {
        if (isFixed()) {
            return new Selected<>(fitAt.apply(0), grid[0], new double[0]);
        }
        return chosen(fitAt, heldOut.get());
    }

    /** The fit of smallest error, the first in grid order on a tie; NaN errors are passed over. */
    private <P> Selected<P> chosen(IntFunction<P> fitAt, double[] errors) {
        int chosen = -1;
        for (int k = 0; k < grid.length; k++) {
            if (!Double.isNaN(errors[k]) && (chosen < 0 || errors[k] < errors[chosen])) {
                chosen = k;
            }
        }
        if (chosen < 0) {
            throw new IllegalStateException("no ridge of " + Arrays.toString(grid) + " has a held-out error");
        }
        return new Selected<>(fitAt.apply(chosen), grid[chosen], errors.clone());
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
