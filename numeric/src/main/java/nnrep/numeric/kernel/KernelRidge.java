package nnrep.numeric.kernel;

import nnrep.numeric.data.Chunk;
import nnrep.numeric.data.SampleStream;
import nnrep.numeric.linalg.NotPositiveDefiniteException;
import nnrep.numeric.linalg.Parallelism;
import nnrep.numeric.linalg.Products;
import nnrep.numeric.linalg.SymmetricTiles;
import nnrep.numeric.linalg.TiledCholesky;
import nnrep.numeric.network.LabelMoments;
import nnrep.numeric.network.Predictor;

/**
 * Kernel ridge regression with a kernel of the network at initialisation ({@link InitialisationKernel}):
 * the baseline of the kernel lower bound in Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 4.
 *
 * <pre>  f = argmin_{f in H} (1/n) sum_i (f(x_i) - ytilde_i)^2 + lambda ||f||_H^2,
 *  f(x) = sum_i c_i K(x, x_i),   c = (K + n lambda I)^{-1} ytilde   (representer theorem).</pre>
 *
 * The ridge lambda is thus on the same per-sample scale as the head's ridge of Algorithm 1,
 * (1/n) ||Phi a - y||^2 + lambda ||a||^2.
 *
 * <p>Labels: ytilde = y, unless {@code preprocess} asks for step 1 of Algorithm 1 (ytilde = y - alpha -
 * beta . x, with alpha + beta . x added back to the predictions). It is off by default because these
 * kernels learn an affine part on their own, from n of order d samples, far below the n ~ d^2 of the
 * comparison: the odd part of the NNGP kernel is exactly xt . yt / 4, so every linear function is in
 * the RKHS; with biases so are the constants; without biases the kernels are positively homogeneous of
 * degree 1 and represent a constant through |x| / sqrt(d) = 1 + O(d^{-1/2}), leaving a relative error
 * of about 1 / (2d) of the constant's energy. The plain kernel is also the method the lower bound is
 * about. For a target with a large constant or linear part, {@code preprocess} gives the kernel the
 * same affine head start as the network.
 *
 * <p>Cost: the n x n kernel matrix, about n^2 / 2 doubles = 4 n^2 bytes ({@link #bytes}), n^2 d
 * flops to fill it and n^3 / 3 for the blocked Cholesky; the n training inputs are kept (n d doubles,
 * small beside the matrix); predictions cost n d flops per test input and are streamed over the test
 * set. The matrix is dropped after the fit. Results are bit-identical for any number of threads.
 */
public final class KernelRidge implements Predictor {

    /** Side of the tiles of the kernel matrix (even, as {@link TiledCholesky} needs; 64 x 64 doubles = 32 KiB). */
    static final int TILE = 64;
    /** Test inputs per parallel task of {@link #predict}. */
    private static final int PREDICT_GRAIN = 32;

    private final KernelMatrix matrix;
    private final double[] coefficients;
    private final LabelMoments moments;
    private final Parallelism parallelism;

    private KernelRidge(KernelMatrix matrix, double[] coefficients, LabelMoments moments, Parallelism parallelism) {
        this.matrix = matrix;
        this.coefficients = coefficients;
        this.moments = moments;
        this.parallelism = parallelism;
    }

    /**
     * Fits on all of {@code samples} (read into memory: a kernel method needs every training input).
     *
     * @param samples     the training samples
     * @param kernel      K, for the samples' dimension
     * @param ridge       lambda &gt;= 0 in the objective above
     * @param preprocess  whether to remove alpha + beta . x from the labels first
     * @param products    the matrix products to use
     * @param parallelism the threads
     * @return the fitted predictor
     * @throws IllegalArgumentException if K + n lambda I is not numerically positive definite (ridge too small)
     */
    public static KernelRidge fit(SampleStream samples, InitialisationKernel kernel, double ridge, boolean preprocess,
            Products products, Parallelism parallelism) {
        int n = samples.size();
        int d = samples.dimension();
        if (kernel.d() != d) {
            throw new IllegalArgumentException("kernel for d = " + kernel.d() + ", samples have d = " + d);
        }
        LabelMoments moments = preprocess ? LabelMoments.estimate(samples, products) : LabelMoments.none(d);
        double[] xt = new double[d * n];
        double[] c = new double[n];
        Chunk chunk = samples.newChunk();
        double[] residual = new double[chunk.y().length];
        for (int k = 0; k < samples.chunks(); k++) {
            samples.read(k, chunk);
            moments.residuals(chunk, residual);
            int first = k * SampleStream.CHUNK_ROWS;
            double[] x = chunk.x();
            for (int i = 0; i < chunk.rows(); i++) {
                for (int t = 0; t < d; t++) {
                    xt[t * n + first + i] = x[i * d + t];
                }
                c[first + i] = residual[i];
            }
        }
        KernelMatrix matrix = new KernelMatrix(kernel, xt, n);
        SymmetricTiles a = matrix.regularised(n * ridge, TILE, parallelism);
        try {
            TiledCholesky.factor(a, parallelism);
        } catch (NotPositiveDefiniteException e) {
            throw new IllegalArgumentException("--ridge must be large enough to make K + n lambda I positive definite"
                    + " in floating point, got " + ridge, e);
        }
        TiledCholesky.solve(a, c);
        return new KernelRidge(matrix, c, moments, parallelism);
    }

    /**
     * {@return bytes held while fitting on n inputs of dimension d: the tiled matrix plus n (d + 3) doubles}
     *
     * @param n the number of training inputs
     * @param d their dimension
     */
    public static long bytes(int n, int d) {
        return SymmetricTiles.bytes(n, TILE) + 8L * n * (d + 3L);
    }

    /**
     * {@return the largest n whose fit holds in {@code budget} bytes ({@link #bytes} is increasing in n)}
     *
     * @param d      the dimension of the inputs
     * @param budget the bytes available
     */
    public static int maxSamples(int d, long budget) {
        int low = 0;
        int high = Integer.MAX_VALUE / Math.max(1, d + 3);
        while (low < high) {
            int mid = low + (high - low + 1) / 2;
            if (bytes(mid, d) <= budget) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** {@return c, the weights of f = sum_i c_i K(., x_i) (a copy)} */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /**
     * f(x) = alpha + beta . x + sum_i c_i K(x, x_i) for the chunk's rows: test inputs are split over
     * the threads, and each prediction sums over the training inputs in index order.
     */
    @Override
    public void predict(Chunk chunk, double[] out) {
        int rows = chunk.rows();
        int d = chunk.d();
        int n = matrix.size();
        double[] x = chunk.x();
        parallelism.forRanges(rows, PREDICT_GRAIN, (from, to) -> {
            int count = to - from;
            double[] norms = new double[count];
            for (int p = 0; p < count; p++) {
                double s = 0.0;
                for (int t = 0; t < d; t++) {
                    double v = x[(from + p) * d + t];
                    s += v * v;
                }
                norms[p] = matrix.kernel().augmentedNorm(s);
            }
            double[] block = new double[count * TILE];
            double[] sums = new double[count];
            for (int j = 0; j < n; j += TILE) {
                int cols = Math.min(TILE, n - j);
                matrix.block(x, from * d, d, 1, norms, count, j, cols, block, TILE);
                for (int p = 0; p < count; p++) {
                    double s = sums[p];
                    for (int q = 0; q < cols; q++) {
                        s += block[p * TILE + q] * coefficients[j + q];
                    }
                    sums[p] = s;
                }
            }
            for (int p = 0; p < count; p++) {
                out[from + p] = moments.affine(x, (from + p) * d) + sums[p];
            }
        });
    }
}
