package nnrep.numeric.network;

import nnrep.numeric.data.Chunk;
import nnrep.numeric.data.SampleStream;
import nnrep.numeric.linalg.Products;

/**
 * The sufficient statistics of the head's ridge problem (Damian, Lee &amp; Soltanolkotabi (COLT 2022),
 * section 2, step 5), accumulated chunk by chunk:
 *
 * <pre>  A = (1/n) Phi^T Phi  (m x m),   v = (1/n) Phi^T ytilde  (m),</pre>
 *
 * with Phi_ij = relu(w_j . x_i + b_j) and ytilde the preprocessed labels. The objective
 * (1/n) ||Phi a - ytilde||^2 + lambda ||a||^2 equals a^T A a - 2 v^T a + lambda ||a||^2 + const, so
 * both head solvers work from (A, v) alone and memory does not grow with n.
 *
 * @param gram  A, m x m row-major, symmetric
 * @param moment v
 */
public record NormalEquations(double[] gram, double[] moment) {

    /** {@return m, the number of hidden units} */
    public int width() {
        return moment.length;
    }

    /**
     * {@return the normal equations of the head on the samples, with the features of {@code network}
     * (its head is ignored), in one pass}
     *
     * @param samples  the training samples
     * @param network  the first layer and biases whose features the head reads
     * @param moments  (alpha, beta) removed from the labels
     * @param products the matrix products to use
     */
    public static NormalEquations accumulate(SampleStream samples, TwoLayerReluNetwork network,
            LabelMoments moments, Products products) {
        int m = network.width();
        double[] gram = new double[m * m];
        double[] moment = new double[m];
        Chunk chunk = samples.newChunk();
        int capacity = chunk.y().length;
        double[] pre = new double[capacity * network.productRows()];
        double[] phi = new double[capacity * m];
        double[] residual = new double[capacity];
        for (int c = 0; c < samples.chunks(); c++) {
            samples.read(c, chunk);
            int rows = chunk.rows();
            network.features(chunk, products, pre, phi, (from, to) -> moments.residuals(chunk, from, to, residual));
            products.addGram(phi, rows, m, gram);
            products.addTransposeProduct(phi, rows, m, residual, 1, moment);
        }
        Products.mirrorUpper(gram, m);
        double n = samples.size();
        for (int t = 0; t < gram.length; t++) {
            gram[t] /= n;
        }
        for (int j = 0; j < m; j++) {
            moment[j] /= n;
        }
        return new NormalEquations(gram, moment);
    }
}
