package nnrep.properties;

import nnrep.numeric.data.Chunk;
import nnrep.numeric.data.SampleStream;

/**
 * All n samples of a {@link SampleStream} held in memory at once, and the textbook formulas of
 * Algorithm 1 (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 2) written directly on them:
 * the reference for the streamed, chunked, blocked implementation.
 *
 * <p>Dot products w . x are summed from 0.0 in coordinate order, the order every
 * {@link nnrep.numeric.linalg.Products} implementation must use, so that gates 1{w . x >= 0} and
 * ReLU kinks fall on the same side in both computations and only the sums over samples differ.
 */
final class InMemorySamples {

    private final int n;
    private final int d;
    private final double[] x;
    private final double[] y;

    private InMemorySamples(int n, int d, double[] x, double[] y) {
        this.n = n;
        this.d = d;
        this.x = x;
        this.y = y;
    }

    /** Reads every chunk of the stream into two arrays. */
    static InMemorySamples of(SampleStream samples) {
        int n = samples.size();
        int d = samples.dimension();
        double[] x = new double[n * d];
        double[] y = new double[n];
        Chunk chunk = samples.newChunk();
        for (int c = 0, first = 0; c < samples.chunks(); c++, first += chunk.rows()) {
            samples.read(c, chunk);
            System.arraycopy(chunk.x(), 0, x, first * d, chunk.rows() * d);
            System.arraycopy(chunk.y(), 0, y, first, chunk.rows());
        }
        return new InMemorySamples(n, d, x, y);
    }

    /** alpha = (1/n) sum_i y_i. */
    double labelMean() {
        double sum = 0.0;
        for (double yi : y) {
            sum += yi;
        }
        return sum / n;
    }

    /** beta = (1/n) sum_i y_i x_i. */
    double[] labelFirstMoment() {
        return gatedMean(y, null);
    }

    /** ytilde_i = y_i - alpha - beta . x_i. */
    double[] residuals(double alpha, double[] beta) {
        double[] residual = new double[n];
        for (int i = 0; i < n; i++) {
            residual[i] = y[i] - alpha - dot(beta, 0, i);
        }
        return residual;
    }

    /** g_n(w) = (1/n) sum_i ytilde_i x_i 1{w . x_i >= 0} for the k rows of w (k x d), as k x d. */
    double[] firstStepGradient(double[] residual, double[] w, int k) {
        double[] g = new double[k * d];
        for (int j = 0; j < k; j++) {
            System.arraycopy(gatedMean(residual, rowOf(w, j)), 0, g, j * d, d);
        }
        return g;
    }

    /**
     * The head's normal equations on the features phi_j(x) = relu(w_j . x + b_j):
     * A = (1/n) Phi^T Phi (m x m, row-major) followed by v = (1/n) Phi^T ytilde, in one array of
     * length m^2 + m.
     */
    double[] normalEquations(double[] residual, double[] w, double[] b) {
        int m = b.length;
        double[] equations = new double[m * m + m];
        double[] phi = new double[m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                phi[j] = Math.max(dot(w, j * d, i) + b[j], 0.0);
            }
            for (int j = 0; j < m; j++) {
                for (int l = 0; l < m; l++) {
                    equations[j * m + l] += phi[j] * phi[l];
                }
                equations[m * m + j] += phi[j] * residual[i];
            }
        }
        for (int t = 0; t < equations.length; t++) {
            equations[t] /= n;
        }
        return equations;
    }

    /**
     * max_t (1/n) sum_i |v_i x_it|: bounds every entry of every gated mean of v, and the sum of the
     * absolute values of its terms, which sets the round-off of any order of summation.
     */
    double magnitude(double[] v) {
        double largest = 0.0;
        for (int t = 0; t < d; t++) {
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                sum += Math.abs(v[i] * x[i * d + t]);
            }
            largest = Math.max(largest, sum / n);
        }
        return largest;
    }

    /** (1/n) sum_i v_i x_i 1{w . x_i >= 0}; no gate when w is null. */
    private double[] gatedMean(double[] v, double[] w) {
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            if (w == null || dot(w, 0, i) >= 0.0) {
                for (int t = 0; t < d; t++) {
                    mean[t] += v[i] * x[i * d + t];
                }
            }
        }
        for (int t = 0; t < d; t++) {
            mean[t] /= n;
        }
        return mean;
    }

    /** a[offset .. offset + d) . x_i, summed from 0.0 in coordinate order. */
    private double dot(double[] a, int offset, int i) {
        double sum = 0.0;
        for (int t = 0; t < d; t++) {
            sum += x[i * d + t] * a[offset + t];
        }
        return sum;
    }

    private double[] rowOf(double[] matrix, int j) {
        double[] row = new double[d];
        System.arraycopy(matrix, j * d, row, 0, d);
        return row;
    }
}
