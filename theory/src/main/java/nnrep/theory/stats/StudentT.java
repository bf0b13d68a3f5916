package nnrep.theory.stats;

import nnrep.theory.Interval;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The two-sided Student-t confidence interval for the mean of R independent replicates
 * (claims.md, decision protocol):
 *
 * <pre>  mean +- t_{R-1, 1-delta/2} s / sqrt(R),</pre>
 *
 * with mean the sample mean, s^2 = sum_i (x_i - mean)^2 / (R - 1) the unbiased sample variance and
 * t_{R-1, q} the q-quantile of Student's t distribution with R - 1 degrees of freedom. For normal
 * replicates it covers the true mean with probability exactly 1 - delta; for other laws,
 * approximately, as R grows (central limit theorem).
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
        int r = replicates.length;
        if (r < 2) {
            throw new IllegalArgumentException("a Student-t interval needs at least 2 replicates, got: " + r);
        }
        requireLevel(delta);
        double mean = 0.0;
        for (double x : replicates) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("replicate is not finite: " + x);
            }
            mean += x;
        }
        mean /= r;
        double squares = 0.0;
        for (double x : replicates) {
            squares += (x - mean) * (x - mean);
        }
        double standardError = Math.sqrt(squares / (r - 1) / r);
        double quantile = new TDistribution(null, r - 1).inverseCumulativeProbability(1.0 - delta / 2.0);
        double half = quantile * standardError;
        return new Interval(mean - half, mean + half, 1.0 - delta);
    }

    static void requireLevel(double delta) {
        if (!(delta > 0.0 && delta < 1.0)) {
            throw new IllegalArgumentException("delta must be in (0, 1), got: " + delta);
        }
    }
}
