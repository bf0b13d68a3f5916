package nnrep.numeric.network;

import nnrep.numeric.data.Chunk;
import nnrep.numeric.linalg.Products;

/**
 * The predictor of Algorithm 1 (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 2, step 6):
 *
 * <pre>  x -> alpha + beta . x + sum_{j=1..m} a_j relu(w_j . x + b_j).</pre>
 *
 * W is m x d row-major. The affine part (alpha, beta) is the one removed by preprocessing; it is
 * zero when preprocessing is skipped.
 *
 * <p>After the paper's first step (weight decay 1/eta_1 erases W0) the rows come in opposite pairs,
 * w_{j+m/2} = -w_j. Such a W is recognised, and its pre-activations are then computed for the first
 * m/2 rows only, halving the cost of X W^T: w_{j+m/2} . x = -(w_j . x) exactly.
 */
public final class TwoLayerReluNetwork {

    private final int m;
    private final int d;
    private final double[] w;
    private final double[] b;
    private final double[] a;
    private final LabelMoments affine;
    /** Rows of W multiplied by X: all m, or the first m/2 when the others are their negatives. */
    private final int productRows;

    /**
     * The network x -> alpha + beta . x + sum_j a_j relu(w_j . x + b_j); the arrays are kept, not copied.
     *
     * @param w      W, m x d row-major
     * @param b      the m biases
     * @param a      the m second-layer weights, the head
     * @param affine (alpha, beta), the affine part removed by preprocessing
     */
    public TwoLayerReluNetwork(double[] w, double[] b, double[] a, LabelMoments affine) {
        this.m = b.length;
        this.d = w.length / m;
        if (a.length != m || w.length != m * d || affine.beta().length != d) {
            throw new IllegalArgumentException("inconsistent network shapes");
        }
        this.w = w;
        this.b = b;
        this.a = a;
        this.affine = affine;
        this.productRows = mirrored(w, m, d) ? m / 2 : m;
    }

    /** Whether m is even and row j + m/2 of W is the negative of row j for every j < m/2. */
    private static boolean mirrored(double[] w, int m, int d) {
        if (m % 2 != 0) {
            return false;
        }
        int half = m / 2 * d;
        for (int t = 0; t < half; t++) {
            if (w[half + t] != -w[t]) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@return the number of columns of the pre-activation buffer {@link #features} needs: m/2 when the rows
     * of W come in opposite pairs, else m}
     */
    public int productRows() {
        return productRows;
    }

    /** {@return m, the number of hidden units} */
    public int width() {
        return m;
    }

    /** {@return d, the input dimension} */
    public int dimension() {
        return d;
    }

    /** {@return first-layer weights, m x d row-major (a copy)} */
    public double[] firstLayer() {
        return w.clone();
    }

    /** {@return the biases b (a copy)} */
    public double[] biases() {
        return b.clone();
    }

    /** {@return the second-layer weights a (a copy)} */
    public double[] head() {
        return a.clone();
    }

    /** {@return (alpha, beta), the affine part of the prediction} */
    public LabelMoments affinePart() {
        return affine;
    }

    /**
     * The hidden features phi_j(x_i) = relu(w_j . x_i + b_j) of the chunk's rows, rows x m
     * row-major, written into {@code phi}; {@code pre} (capacity x {@link #productRows()}) receives
     * the pre-activations. {@code then} runs on each block of rows once its features are final (see
     * {@link Products#multiplyTransposed(double[], int, int, double[], int, double[], Products.RowAction)}).
     *
     * @param chunk    the inputs
     * @param products the matrix products to use
     * @param pre      scratch for the pre-activations
     * @param phi      the features, written
     * @param then     the work on each block of finished rows
     */
    public void features(Chunk chunk, Products products, double[] pre, double[] phi, Products.RowAction then) {
        int q = productRows;
        products.multiplyTransposed(chunk.x(), chunk.rows(), d, w, q, pre, (from, to) -> {
            for (int i = from; i < to; i++) {
                int hi = i * q;
                int pi = i * m;
                for (int j = 0; j < q; j++) {
                    phi[pi + j] = BranchFree.relu(pre[hi + j] + b[j]);
                }
                for (int j = q; j < m; j++) {
                    phi[pi + j] = BranchFree.relu(b[j] - pre[hi + j - q]);
                }
            }
            then.apply(from, to);
        });
    }

    /**
     * {@return this network as a {@link Predictor} of chunks of up to {@code capacity} rows (pre-activation
     * and feature scratch allocated once)}
     *
     * @param products the matrix products to use
     * @param capacity the most rows of a chunk
     */
    public Predictor predictor(Products products, int capacity) {
        double[] pre = new double[capacity * productRows];
        double[] phi = new double[capacity * m];
        return (chunk, out) -> predict(chunk, products, pre, phi, out);
    }

    /**
     * Writes the predictions for the chunk's rows, using {@code pre} and {@code phi} as {@link #features}
     * does.
     *
     * @param chunk    the inputs
     * @param products the matrix products to use
     * @param pre      scratch for the pre-activations
     * @param phi      scratch for the features
     * @param out      the predictions, one per row
     */
    public void predict(Chunk chunk, Products products, double[] pre, double[] phi, double[] out) {
        features(chunk, products, pre, phi, (from, to) -> {
            for (int i = from; i < to; i++) {
                double s = 0.0;
                int pi = i * m;
                for (int j = 0; j < m; j++) {
                    s += a[j] * phi[pi + j];
                }
                out[i] = affine.affine(chunk.x(), i * d) + s;
            }
        });
    }
}
