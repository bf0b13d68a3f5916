package nnrep.theory.stats;

/**
 * What the intervals of this package use of R replicates x_1..x_R of a statistic: the sample
 * mean m = (1/R) sum_i x_i and the unbiased sample variance s^2 = sum_i (x_i - m)^2 / (R - 1).
 * The mean is computed as x_1 + (1/R) sum_i (x_i - x_1), so equal replicates give exactly their
 * value and s^2 = 0.
 *
 * @param mean       m
 * @param variance   s^2
 * @param replicates R, at least 2
 */
record ReplicateSummary(double mean, double variance, int replicates) {

    /**
     * @throws IllegalArgumentException if there are fewer than 2 replicates or one is not finite
     */
    static ReplicateSummary of(double[] values) {
        int r = values.length;
        if (r < 2) {
            throw new IllegalArgumentException("an interval needs at least 2 replicates, got: " + r);
        }
        double shift = 0.0;
        for (double x : values) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("replicate is not finite: " + x);
            }
            shift += x - values[0];
        }
        double mean = values[0] + shift / r;
        double squares = 0.0;
        for (double x : values) {
            squares += (x - mean) * (x - mean);
        }
        return new ReplicateSummary(mean, squares / (r - 1), r);
    }
}
