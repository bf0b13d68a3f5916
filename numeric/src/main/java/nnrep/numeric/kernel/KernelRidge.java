package nnrep.numeric.kernel;

import nnrep.numeric.data.Chunk;
import nnrep.numeric.data.InvalidParameterException;
import nnrep.numeric.data.SampleStream;
import nnrep.numeric.linalg.Products;
import nnrep.numeric.linalg.ShiftedCholesky;
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
 * <p>Cost: the n x n kernel matrix K, built once from the inner products X X^T (DGEMM) and the kernel
 * formula entry by entry, and the Cholesky factor of K + n lambda I beside it, n^3 / 3 flops by
 * LAPACK or in Java ({@link ShiftedCholesky}): 8 n^2 bytes in all ({@link #bytes}), released after the
 * fit. A grid of ridges shares the matrix ({@link KernelRidgePath}). The n training inputs are kept
 * (n d doubles, small beside the matrix); a prediction costs n d flops for the inner products and n
 * kernel formulas, by blocks of queries. Results are bit-identical for any number of threads.
 */
public final class KernelRidge implements Predictor {

    private final KernelMatrix matrix;
    private final double[] coefficients;
    private final LabelMoments moments;
    private final Products products;

    KernelRidge(KernelMatrix matrix, double[] coefficients, LabelMoments moments, Products products) {
        this.matrix = matrix;
        this.coefficients = coefficients;
        this.moments = moments;
        this.products = products;
    }

    /**
     * Fits on all of {@code samples} at one ridge; see {@link KernelRidgePath#fit} for a grid.
     *
     * @param ridge      lambda &gt;= 0 in the objective above
     * @param preprocess whether to remove alpha + beta . x from the labels first
     * @throws InvalidParameterException (parameter "ridge") if K + n lambda I is not numerically positive
     *                                   definite (ridge too small)
     */
    public static KernelRidge fit(SampleStream samples, InitialisationKernel kernel, double ridge, boolean preprocess,
            Products products) {
        return KernelRidgePath.fit(samples, kernel, new double[] {ridge}, preprocess, products).at(0);
    }

    /**
     * Bytes held while fitting on n inputs of dimension d at G ridges: the matrix and its factor, then
     * the inputs, the coefficients and the blocks of {@link KernelMatrix}.
     */
    public static long bytes(int n, int d, int ridges) {
        return ShiftedCholesky.bytes(n) + KernelMatrix.bytes(n, d) + 8L * n * (ridges + 2L);
    }

    /** The largest n whose fit at G ridges holds in {@code budget} bytes ({@link #bytes} is increasing in n). */
    public static int maxSamples(int d, int ridges, long budget) {
        int low = 0;
        int high = (int) Math.min(Integer.MAX_VALUE, Math.sqrt(budget / 8.0) + 1);
        while (low < high) {
            int mid = low + (high - low + 1) / 2;
            if (bytes(mid, d, ridges) <= budget) {
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

    /** f(x) = alpha + beta . x + sum_i c_i K(x, x_i) for the chunk's rows ({@link KernelMatrix#predict}). */
    @Override
    public void predict(Chunk chunk, double[] out) {
        matrix.predict(chunk.x(), chunk.rows(), coefficients, 1, out, products);
        for (int p = 0; p < chunk.rows(); p++) {
            out[p] = moments.affine(chunk.x(), p * chunk.d()) + out[p];
        }
    }
}
