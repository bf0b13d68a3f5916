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
 */
public final class TwoLayerReluNetwork {

    private final int m;
    private final int d;
    private final double[] w;
    private final double[] b;
    private final double[] a;
    private final LabelMoments affine;

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
    }

    public int width() {
        return m;
    }

    public int dimension() {
        return d;
    }

    /** First-layer weights, m x d row-major (a copy). */
    public double[] firstLayer() {
        return w.clone();
    }

    public double[] biases() {
        return b.clone();
    }

    public double[] head() {
        return a.clone();
    }

    public LabelMoments affinePart() {
        return affine;
    }

    /**
     * The hidden features phi_j(x_i) = relu(w_j . x_i + b_j) of the chunk's rows, rows x m
     * row-major, written into {@code phi}; {@code then} runs on each block of rows once its
     * features are final (see {@link Products#multiplyTransposed(double[], int, int, double[], int,
     * double[], Products.RowAction)}).
     */
    public void features(Chunk chunk, Products products, double[] phi, Products.RowAction then) {
        products.multiplyTransposed(chunk.x(), chunk.rows(), d, w, m, phi, (from, to) -> {
            for (int i = from; i < to; i++) {
                int pi = i * m;
                for (int j = 0; j < m; j++) {
                    phi[pi + j] = BranchFree.relu(phi[pi + j] + b[j]);
                }
            }
            then.apply(from, to);
        });
    }

    /** This network as a {@link Predictor} of chunks of up to {@code capacity} rows (features scratch allocated once). */
    public Predictor predictor(Products products, int capacity) {
        double[] phi = new double[capacity * m];
        return (chunk, out) -> predict(chunk, products, phi, out);
    }

    /** Predictions for the chunk's rows, using {@code phi} (capacity x m) as scratch. */
    public void predict(Chunk chunk, Products products, double[] phi, double[] out) {
        features(chunk, products, phi, (from, to) -> {
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
