package nnrep.numeric.kernel;

import nnrep.numeric.data.Require;
import nnrep.numeric.data.SampleStream;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.linalg.Products;
import nnrep.numeric.network.AlgorithmOne;
import nnrep.numeric.network.HeadSolver;
import nnrep.numeric.network.HeadTraining;
import nnrep.numeric.network.LabelMoments;
import nnrep.numeric.network.SymmetricInitialisation;
import nnrep.numeric.network.TwoLayerReluNetwork;

/**
 * The random-features model: Algorithm 1 of Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 2,
 * without its step 3. The first layer stays exactly at its symmetric initialisation, W = W0 (rows
 * w ~ N(0, I_d / d), the second half repeating the first), the biases are drawn as in step 4,
 * b_j ~ N(0, 1) (so the m features are distinct although there are only m/2 distinct rows), and only
 * the head is trained, by ridge on relu(W0 x + b) ({@link HeadTraining}). Same seed, same W0 and b as
 * Algorithm 1's.
 *
 * <p>Its kernel (1/m) sum_j relu(w_j . x + b_j) relu(w_j . y + b_j) tends, as m grows, to the NNGP
 * kernel with biases ({@link InitialisationKernel}). The head's objective (1/n) ||Phi a - y||^2 +
 * lambda ||a||^2 is kernel ridge with the kernel Phi(x) . Phi(y) (about m times that limit) and ridge
 * lambda, so it approaches {@link KernelRidge} on the NNGP kernel with ridge lambda / m.
 */
public final class RandomFeatures {

    private RandomFeatures() {
    }

    /**
     * {@return the frozen features relu(W0 x + b) as a network with a zero head: W0 from the symmetric
     * initialisation (step 2), b from step 4, both drawn from the run's streams}
     *
     * @param width   m, even
     * @param d       the input dimension
     * @param streams the run's random streams
     */
    public static TwoLayerReluNetwork features(int width, int d, RandomStreams streams) {
        Require.evenWidth("--m", width);
        double[] w0 = SymmetricInitialisation.draw(width, d, streams).weights();
        return new TwoLayerReluNetwork(w0, AlgorithmOne.biases(width, 1.0, streams), new double[width], LabelMoments.none(d));
    }

    /**
     * {@return the random-features model trained on {@code samples}}
     *
     * @param samples    the training samples
     * @param width      m, even
     * @param ridge      lambda of the head
     * @param head       how the head is solved for
     * @param preprocess whether to remove alpha + beta . x from the labels first (step 1)
     * @param streams    the run's random streams
     * @param products   the matrix products to use
     */
    public static TwoLayerReluNetwork train(SampleStream samples, int width, double ridge, HeadSolver head,
            boolean preprocess, RandomStreams streams, Products products) {
        int d = samples.dimension();
        TwoLayerReluNetwork frozen = features(width, d, streams);
        LabelMoments moments = preprocess ? LabelMoments.estimate(samples, products) : LabelMoments.none(d);
        return HeadTraining.fit(samples, frozen.firstLayer(), frozen.biases(), moments, head, ridge, products);
    }
}
