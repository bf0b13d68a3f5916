package nnrep.theory.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

import nnrep.theory.Interval;

/**
 * The two pieces of Efron's nonparametric bootstrap used by {@link ExponentFit}: resampling with
 * replacement, and the percentile interval of B bootstrap estimates.
 */
public final class Bootstrap {

    private Bootstrap() {
    }

    /**
     * {@return the fewest resamples B for which {@link #percentile} at this delta uses proper order
     * statistics}: floor((B + 1) delta / 2) >= 1, that is B = ceil(2 / delta) - 1.
     *
     * @param delta 1 - confidence level, in (0, 1)
     */
    public static int minimumResamples(double delta) {
        StudentT.requireLevel(delta);
        return (int) Math.ceil(2.0 / delta) - 1;
    }

    /**
     * {@return the mean of {@code values.length} draws with replacement from {@code values}}
     *
     * @param values the sample
     * @param random the source of the draws
     */
    public static double resampledMean(double[] values, SplittableRandom random) {
        double sum = 0.0;
        for (int i = 0; i < values.length; i++) {
            sum += values[random.nextInt(values.length)];
        }
        return sum / values.length;
    }

    /**
     * The percentile interval at level 1 - delta of B bootstrap estimates: with
     * {@code e_(1) <= ... <= e_(B)} the sorted estimates and j = floor((B + 1) delta / 2), the interval
     * [e_(j), e_(B+1-j)] (Davison and Hinkley, Bootstrap Methods and their Application, 1997,
     * section 5.2).
     *
     * @param estimates the B bootstrap estimates
     * @param delta     1 - confidence level, in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if B is below {@link #minimumResamples}(delta) or an estimate
     *     is NaN
     */
    public static Interval percentile(double[] estimates, double delta) {
        int resamples = estimates.length;
        if (resamples < minimumResamples(delta)) {
            throw new IllegalArgumentException("a percentile interval at delta = " + delta + " needs at least "
                    + minimumResamples(delta) + " bootstrap resamples, got: " + resamples);
        }
        double[] sorted = estimates.clone();
        Arrays.sort(sorted);
        if (Double.isNaN(sorted[resamples - 1])) {
            throw new IllegalArgumentException("a bootstrap estimate is NaN");
        }
        int j = (int) Math.floor((resamples + 1) * delta / 2.0);
        return new Interval(sorted[j - 1], sorted[resamples - j], 1.0 - delta);
    }
}
