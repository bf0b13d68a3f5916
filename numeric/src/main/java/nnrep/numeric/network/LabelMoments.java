package nnrep.numeric.network;

import nnrep.numeric.data.Chunk;
import nnrep.numeric.data.SampleStream;
import nnrep.numeric.linalg.Products;

/**
 * Step 1 of Algorithm 1 (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 2): the empirical
 * constant and linear Hermite parts of the labels, alpha = (1/n) sum_i y_i and
 * beta = (1/n) sum_i y_i x_i. Preprocessed labels are y_i - alpha - beta . x_i.
 *
 * @param alpha the label mean
 * @param beta  the empirical first moment (length d)
 */
public record LabelMoments(double alpha, double[] beta) {

    /**
     * {@return alpha = 0, beta = 0: no preprocessing (the ablation of step 1)}
     *
     * @param d the input dimension
     */
    public static LabelMoments none(int d) {
        return new LabelMoments(0.0, new double[d]);
    }

    /**
     * {@return alpha and beta of the samples, estimated in one pass}
     *
     * @param samples  the training samples
     * @param products the matrix products to use
     */
    public static LabelMoments estimate(SampleStream samples, Products products) {
        int d = samples.dimension();
        double[] sumYX = new double[d];
        double sumY = 0.0;
        Chunk chunk = samples.newChunk();
        for (int k = 0; k < samples.chunks(); k++) {
            samples.read(k, chunk);
            double[] y = chunk.y();
            for (int i = 0; i < chunk.rows(); i++) {
                sumY += y[i];
            }
            products.addTransposeProduct(y, chunk.rows(), 1, chunk.x(), d, sumYX);
        }
        double n = samples.size();
        for (int t = 0; t < d; t++) {
            sumYX[t] /= n;
        }
        return new LabelMoments(sumY / n, sumYX);
    }

    /**
     * Writes y_i - alpha - beta . x_i for all the chunk's rows into {@code out}.
     *
     * @param chunk the samples
     * @param out   the residuals, one per row
     */
    public void residuals(Chunk chunk, double[] out) {
        residuals(chunk, 0, chunk.rows(), out);
    }

    /**
     * Writes y_i - alpha - beta . x_i for the chunk's rows {@code [from, to)} into {@code out[from, to)}.
     *
     * @param chunk the samples
     * @param from  the first row
     * @param to    one past the last row
     * @param out   the residuals, one per row
     */
    public void residuals(Chunk chunk, int from, int to, double[] out) {
        int d = chunk.d();
        double[] x = chunk.x();
        double[] y = chunk.y();
        for (int i = from; i < to; i++) {
            double s = 0.0;
            int xi = i * d;
            for (int t = 0; t < d; t++) {
                s += beta[t] * x[xi + t];
            }
            out[i] = y[i] - alpha - s;
        }
    }

    /**
     * {@return alpha + beta . x for the input stored at {@code x[offset ..]}}
     *
     * @param x      the array holding x
     * @param offset where x starts in it
     */
    public double affine(double[] x, int offset) {
        double s = alpha;
        for (int t = 0; t < beta.length; t++) {
            s += beta[t] * x[offset + t];
        }
        return s;
    }
}
