package nnrep.numeric.network;

import nnrep.numeric.data.SampleStream;
import nnrep.numeric.linalg.Products;

/**
 * Step 5 of Algorithm 1 (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 2) on its own: the first
 * layer W and the biases b are frozen, and only the head a is trained, by ridge regression on the
 * features relu(W x + b) of {@code samples} (one pass for {@link NormalEquations}, then a
 * {@link HeadSolver}). Algorithm 1, the random-features model and transfer learning (section 4) all
 * end this way; they differ in where W and b come from.
 */
public final class HeadTraining {

    private HeadTraining() {
    }

    /**
     * {@return the network x -> alpha + beta . x + sum_j a_j relu(w_j . x + b_j) whose head a minimises
     * (1/n) sum_i (a . relu(W x_i + b) - ytilde_i)^2 + ridge ||a||^2, ytilde_i = y_i - alpha - beta . x_i}
     *
     * @param samples  the training samples
     * @param w        W, m x d row-major
     * @param b        the m biases
     * @param moments  (alpha, beta) removed from the labels ({@link LabelMoments#none} for none)
     * @param head     how the head is solved for
     * @param ridge    the ridge
     * @param products the matrix products to use
     */
    public static TwoLayerReluNetwork fit(SampleStream samples, double[] w, double[] b, LabelMoments moments,
            HeadSolver head, double ridge, Products products) {
        TwoLayerReluNetwork features = new TwoLayerReluNetwork(w, b, new double[b.length], moments);
        NormalEquations eq = NormalEquations.accumulate(samples, features, moments, products);
        return new TwoLayerReluNetwork(w, b, head.solve(eq, ridge), moments);
    }
}
