package nnrep.theory.stats;

import nnrep.theory.Interval;

/**
 * The confidence interval for the mean of R independent replicates of a statistic, as the claims
 * decide on it: Student's t interval with the skewness allowance of {@link WelchInterval}
 * (one group, c = 1),
 *
 * <pre>  m +- (s / sqrt(R)) (t_{R-1, 1-delta/2} + (Gamma / sqrt(R)) (2 z^2 + 1) / 6),</pre>
 *
 * with m the sample mean, s^2 the unbiased sample variance, z = Phi^-1(1 - delta/2) and
 * Gamma = {@link WelchInterval#SKEWNESS_BOUND}. Without the allowance (Gamma = 0) it is exact for
 * normal replicates; with it, conservative for them and valid at the audit's levels for replicate
 * laws with skewness up to about 2/3 in magnitude, such as the largest or smallest of a statistic
 * over a few grid points (see {@link WelchInterval} for the derivation and its limits).
 */
public final class StudentT {

    private StudentT() {
    }

    /**
     * {@return the interval at level 1 - delta}
     *
     * @param replicates the replicates, independent draws of the statistic
     * @param delta      1 - confidence level, in (0, 1)
     * @throws IllegalArgumentException if there are fewer than 2 replicates, a replicate is not
     *     finite, or delta is not in (0, 1)
     */
    public static Interval interval(double[] replicates, double delta) {
        requireLevel(delta);
        return WelchInterval.of(new double[] {1.0}, new ReplicateSummary[] {ReplicateSummary.of(replicates)}, delta,
                WelchInterval.SKEWNESS_BOUND);
    }

    static void requireLevel(double delta) {
        if (!(delta > 0.0 && delta < 1.0)) {
            throw new IllegalArgumentException("delta must be in (0, 1), got: " + delta);
        }
    }
}
