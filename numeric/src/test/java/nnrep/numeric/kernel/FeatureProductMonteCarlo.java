package nnrep.numeric.kernel;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Monte Carlo estimates of the defining expectations of the initialisation kernels, for every pair of a
 * few points: with u = w . x + b, w ~ N(0, I_d / d) and b ~ N(0, 1) (or b = 0),
 *
 * <pre>  relu kernel  E[relu(u_x) relu(u_y)],     gate kernel  E[1{u_x &gt;= 0} 1{u_y &gt;= 0}],
 *  NTK sample   relu(u_x) relu(u_y) + (x . y / d + s) 1{u_x &gt;= 0} 1{u_y &gt;= 0}.</pre>
 *
 * <p>Estimator: median of means over {@code groups} groups of {@code perGroup} draws. By Chebyshev a group
 * mean is off by more than t = 2 sigma / sqrt(perGroup) with probability at most 1/4, and the median is
 * off only if half the groups are, which by Hoeffding has probability at most exp(-groups / 8).
 * sigma is not estimated but bounded: with |xt|^2 = |x|^2 / d + s the variance of u_x,
 * E[relu(u_x)^4] = 3 |xt|^4 / 2, so by Cauchy-Schwarz ||relu(u_x) relu(u_y)||_2 &lt;= sqrt(3/2) |xt| |yt|;
 * ||1{..} 1{..}||_2 &lt;= sqrt(1/2) (the probability is at most 1/2); and by Minkowski the NTK sample has
 * ||.||_2 &lt;= sqrt(3/2) |xt| |yt| + |xt . yt| sqrt(1/2). Each bounds the standard deviation.
 */
final class FeatureProductMonteCarlo {

    private final double[][] points;
    private final int d;
    private final double s;
    private final int perGroup;
    /** [pair][group] means of relu(u_x) relu(u_y) and of the gate products. */
    private final double[][] reluMeans;
    private final double[][] gateMeans;

    FeatureProductMonteCarlo(double[][] points, boolean bias, int groups, int perGroup, long seed) {
        this.points = points;
        this.d = points[0].length;
        this.s = bias ? 1.0 : 0.0;
        this.perGroup = perGroup;
        int k = points.length;
        int pairs = k * (k + 1) / 2;
        reluMeans = new double[pairs][groups];
        gateMeans = new double[pairs][groups];
        SplittableRandom random = new SplittableRandom(seed);
        double[] w = new double[d];
        double[] u = new double[k];
        double sigma = 1.0 / Math.sqrt(d);
        for (int g = 0; g < groups; g++) {
            for (int draw = 0; draw < perGroup; draw++) {
                for (int t = 0; t < d; t++) {
                    w[t] = sigma * random.nextGaussian();
                }
                double b = bias ? random.nextGaussian() : 0.0;
                for (int i = 0; i < k; i++) {
                    double v = b;
                    for (int t = 0; t < d; t++) {
                        v += w[t] * points[i][t];
                    }
                    u[i] = v;
                }
                int pair = 0;
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j <= i; j++, pair++) {
                        if (u[i] >= 0 && u[j] >= 0) {
                            reluMeans[pair][g] += u[i] * u[j];
                            gateMeans[pair][g] += 1.0;
                        }
                    }
                }
            }
            for (int pair = 0; pair < pairs; pair++) {
                reluMeans[pair][g] /= perGroup;
                gateMeans[pair][g] /= perGroup;
            }
        }
    }

    int size() {
        return points.length;
    }

    double[] point(int i) {
        return points[i].clone();
    }

    /** The three feature products whose means are the kernels. */
    enum Product {
        /** relu(u_x) relu(u_y): the NNGP kernel. */
        RELU,
        /** 1{u_x &gt;= 0} 1{u_y &gt;= 0}: half the degree-0 arc-cosine kernel. */
        GATE,
        /** relu(u_x) relu(u_y) + (x . y / d + s) 1{u_x &gt;= 0} 1{u_y &gt;= 0}: the NTK. */
        TANGENT
    }

    /** Median of means of the product for x = point i, y = point j (j &lt;= i). */
    double estimate(Product product, int i, int j) {
        int pair = pair(i, j);
        double c = product == Product.TANGENT ? dot(i, j) : 0.0;
        double[] means = new double[reluMeans[pair].length];
        for (int g = 0; g < means.length; g++) {
            means[g] = product == Product.GATE ? gateMeans[pair][g] : reluMeans[pair][g] + c * gateMeans[pair][g];
        }
        return median(means);
    }

    /** 2 sigma / sqrt(perGroup), sigma the bound on the product's standard deviation stated above. */
    double tolerance(Product product, int i, int j) {
        double relu = Math.sqrt(1.5) * norm(i) * norm(j);
        double gate = Math.sqrt(0.5);
        double sigma = switch (product) {
            case RELU -> relu;
            case GATE -> gate;
            case TANGENT -> relu + Math.abs(dot(i, j)) * gate;
        };
        return 2.0 * sigma / Math.sqrt(perGroup);
    }

    /** xt_i . xt_j = x_i . x_j / d + s. */
    double dot(int i, int j) {
        double v = 0.0;
        for (int t = 0; t < d; t++) {
            v += points[i][t] * points[j][t];
        }
        return v / d + s;
    }

    /** |xt_i|. */
    double norm(int i) {
        return Math.sqrt(dot(i, i));
    }

    private static int pair(int i, int j) {
        if (j > i) {
            throw new IllegalArgumentException("pairs are (i, j) with j <= i");
        }
        return i * (i + 1) / 2 + j;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int k = sorted.length;
        return k % 2 == 1 ? sorted[k / 2] : 0.5 * (sorted[k / 2 - 1] + sorted[k / 2]);
    }
}
