package nnrep.numeric.kernel;

import java.util.Arrays;

import nnrep.numeric.data.Chunk;
import nnrep.numeric.data.InvalidParameterException;
import nnrep.numeric.data.SampleStream;
import nnrep.numeric.linalg.NotPositiveDefiniteException;
import nnrep.numeric.linalg.Products;
import nnrep.numeric.linalg.ShiftedCholesky;
import nnrep.numeric.network.LabelMoments;

/**
 * {@link KernelRidge} at every ridge lambda_1..lambda_G of a grid, on one kernel matrix: the path of
 * the estimator c(lambda) = (K + n lambda I)^{-1} ytilde.
 *
 * <p>Cost. K is built once (n^2 d flops for the inner products, n^2 / 2 kernel formulas) and kept
 * beside the factor of K + n lambda I, which is computed for each lambda in turn (n^3 / 3 flops each,
 * {@link ShiftedCholesky}); the held-out predictions of all G fits come from one cross-kernel per
 * block of held-out inputs ({@link #relMse}). Memory: 8 n^2 bytes for the matrix and its factor while
 * fitting, released before anything is predicted; n (d + G + 2 {@value KernelMatrix#BLOCK} + 3)
 * doubles besides ({@link KernelRidge#bytes}).
 *
 * <p>A ridge at which K + n lambda I is not numerically positive definite gets no fit (its held-out
 * error is NaN, so it is never chosen); if no ridge of the grid gets one, the fit is refused.
 */
public final class KernelRidgePath {

    private final double[] ridges;
    private final KernelMatrix matrix;
    private final LabelMoments moments;
    /** c(lambda_k) in column k of an n x G row-major matrix; columns of failed ridges are zero. */
    private final double[] coefficients;
    private final boolean[] fitted;
    private final Products products;

    private KernelRidgePath(double[] ridges, KernelMatrix matrix, LabelMoments moments, double[] coefficients,
            boolean[] fitted, Products products) {
        this.ridges = ridges;
        this.matrix = matrix;
        this.moments = moments;
        this.coefficients = coefficients;
        this.fitted = fitted;
        this.products = products;
    }

    /**
     * Fits on all of {@code samples} (read into memory: a kernel method needs every training input) at
     * every ridge of {@code ridges}, the products and the factorisation on {@code products}' engine,
     * which the fits keep for their predictions.
     *
     * @param preprocess whether to remove alpha + beta . x from the labels first
     * @throws InvalidParameterException (parameter "ridge") if K + n lambda I is not numerically positive
     *                                   definite at any ridge of the grid
     */
    public static KernelRidgePath fit(SampleStream samples, InitialisationKernel kernel, double[] ridges,
            boolean preprocess, Products products) {
        int n = samples.size();
        int d = samples.dimension();
        if (kernel.d() != d) {
            throw new IllegalArgumentException("kernel for d = " + kernel.d() + ", samples have d = " + d);
        }
        LabelMoments moments = preprocess ? LabelMoments.estimate(samples, products) : LabelMoments.none(d);
        double[] x = new double[n * d];
        double[] labels = new double[n];
        Chunk chunk = samples.newChunk();
        double[] residual = new double[chunk.y().length];
        for (int k = 0; k < samples.chunks(); k++) {
            samples.read(k, chunk);
            moments.residuals(chunk, residual);
            int first = k * SampleStream.CHUNK_ROWS;
            System.arraycopy(chunk.x(), 0, x, first * d, chunk.rows() * d);
            System.arraycopy(residual, 0, labels, first, chunk.rows());
        }
        KernelMatrix matrix = new KernelMatrix(kernel, x, n);
        int g = ridges.length;
        double[] coefficients = new double[n * g];
        boolean[] fitted = new boolean[g];
        int fits = 0;
        try (ShiftedCholesky system = products.shiftedCholesky(n)) {
            matrix.fill(system, products);
            for (int r = 0; r < g; r++) {
                try {
                    system.factor(n * ridges[r]);
                } catch (NotPositiveDefiniteException e) {
                    continue;
                }
                double[] c = labels.clone();
                system.solve(c);
                for (int q = 0; q < n; q++) {
                    coefficients[q * g + r] = c[q];
                }
                fitted[r] = true;
                fits++;
            }
        }
        if (fits == 0) {
            throw new InvalidParameterException("ridge", "must be large enough to make K + n lambda I positive definite"
                    + " in floating point, got " + (g == 1 ? Double.toString(ridges[0]) : Arrays.toString(ridges)));
        }
        return new KernelRidgePath(ridges.clone(), matrix, moments, coefficients, fitted, products);
    }

    /** The ridges of the path, in the order given. */
    public double[] ridges() {
        return ridges.clone();
    }

    /** Whether the k-th ridge got a fit (K + n lambda_k I was numerically positive definite). */
    public boolean fitted(int k) {
        return fitted[k];
    }

    /**
     * The fit at the k-th ridge, as a predictor.
     *
     * @throws IllegalStateException if that ridge got no fit
     */
    public KernelRidge at(int k) {
        if (!fitted[k]) {
            throw new IllegalStateException("no fit at ridge " + ridges[k] + ": K + n lambda I is not positive definite");
        }
        int g = ridges.length;
        double[] c = new double[matrix.size()];
        for (int q = 0; q < c.length; q++) {
            c[q] = coefficients[q * g + k];
        }
        return new KernelRidge(matrix, c, moments, products);
    }

    /**
     * The relative MSE of every fit on {@code heldOut}, as {@link nnrep.numeric.network.Evaluation}
     * defines it: sum_i (f(x_i) - y_i)^2 / sum_i y_i^2. NaN for a ridge that got no fit.
     */
    public double[] relMse(SampleStream heldOut) {
        int g = ridges.length;
        double[] squaredError = new double[g];
        double energy = 0.0;
        Chunk chunk = heldOut.newChunk();
        double[] predictions = new double[chunk.y().length * g];
        for (int k = 0; k < heldOut.chunks(); k++) {
            heldOut.read(k, chunk);
            matrix.predict(chunk.x(), chunk.rows(), coefficients, g, predictions, products);
            double[] y = chunk.y();
            for (int i = 0; i < chunk.rows(); i++) {
                double affine = moments.affine(chunk.x(), i * chunk.d());
                for (int r = 0; r < g; r++) {
                    double e = affine + predictions[i * g + r] - y[i];
                    squaredError[r] += e * e;
                }
                energy += y[i] * y[i];
            }
        }
        double[] relMse = new double[g];
        for (int r = 0; r < g; r++) {
            relMse[r] = fitted[r] ? squaredError[r] / energy : Double.NaN;
        }
        return relMse;
    }
}
