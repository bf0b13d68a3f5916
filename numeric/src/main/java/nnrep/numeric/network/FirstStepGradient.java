package nnrep.numeric.network;

import nnrep.numeric.data.Chunk;
import nnrep.numeric.data.SampleStream;
import nnrep.numeric.linalg.Products;

/**
 * The empirical first-step gradient features (Damian, Lee &amp; Soltanolkotabi (COLT 2022),
 * section 2, step 3):
 *
 * <pre>  g_n(w) = (1/n) sum_i ytilde_i x_i 1{w . x_i >= 0},   ytilde_i = y_i - alpha - beta . x_i,</pre>
 *
 * for k directions w at once: G = (1/n) (1{X W^T >= 0} o ytilde)^T X, streamed chunk by chunk.
 * Since the symmetric initialisation gives f_theta0 == 0, grad_{w_j} L(theta0) = -2 a_j g_n(w_j).
 */
public final class FirstStepGradient {

    private FirstStepGradient() {
    }

    /**
     * The empirical gradient directions g_n(w_j) of the first step, one pass over the samples.
     *
     * @param samples  the training samples
     * @param moments  the label moments removed by preprocessing ({@link LabelMoments#none} for none)
     * @param w        k x d directions, row-major
     * @param k        number of directions
     * @param products the matrix products to use
     * @return G, k x d row-major, row j = g_n(w_j)
     */
    public static double[] compute(SampleStream samples, LabelMoments moments, double[] w, int k,
            Products products) {
        int d = samples.dimension();
        double[] g = new double[k * d];
        Chunk chunk = samples.newChunk();
        int capacity = chunk.y().length;
        double[] residual = new double[capacity];
        double[] gated = new double[capacity * k];
        for (int c = 0; c < samples.chunks(); c++) {
            samples.read(c, chunk);
            int rows = chunk.rows();
            // The residuals and gates of a block of rows are computed by the thread that has just
            // computed the block's pre-activations X W^T.
            products.multiplyTransposed(chunk.x(), rows, d, w, k, gated, (from, to) -> {
                moments.residuals(chunk, from, to, residual);
                for (int i = from; i < to; i++) {
                    int gi = i * k;
                    double r = residual[i];
                    for (int j = 0; j < k; j++) {
                        gated[gi + j] = BranchFree.gate(gated[gi + j], r);
                    }
                }
            });
            products.addTransposeProduct(gated, rows, k, chunk.x(), d, g);
        }
        double n = samples.size();
        for (int t = 0; t < g.length; t++) {
            g[t] /= n;
        }
        return g;
    }
}
