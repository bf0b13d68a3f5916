package nnrep.numeric.network;

import nnrep.numeric.data.SampleStream;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.gauss.RandomStreams.Purpose;
import nnrep.numeric.linalg.Products;

/**
 * Algorithm 1 of Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 2, streamed over chunks:
 *
 * <ol>
 * <li>preprocess the labels: remove alpha = mean y and beta = mean y x ({@link LabelMoments});</li>
 * <li>symmetric initialisation, f_theta0 == 0 ({@link SymmetricInitialisation});</li>
 * <li>one gradient step on W with learning rate eta_1 and weight decay lambda_1:
 *     W1 = (1 - eta_1 lambda_1) W0 - eta_1 grad_W L(theta0), where
 *     grad_{w_j} L(theta0) = -2 a_j g_n(w_j) ({@link FirstStepGradient}); with lambda_1 = 1/eta_1 this is
 *     w_j^(1) = 2 eta_1 a_j g_n(w_j);</li>
 * <li>re-initialise the biases b_j ~ N(0, 1);</li>
 * <li>train the head a by ridge regression on relu(W1 x + b) ({@link HeadTraining});</li>
 * <li>predict with x -> alpha + beta . x + sum_j a_j relu(w_j^(1) . x + b_j).</li>
 * </ol>
 *
 * <p>Three passes over the data (moments, gradient, normal equations); memory
 * O(m^2 + m d + chunk (d + m)), independent of n. Rows j and j + m/2 share w_j, so only m/2
 * gradients are computed: w_{j+m/2}^(1) = (1 - eta_1 lambda_1) w_j - 2 eta_1 a_j g_n(w_j).
 */
public final class AlgorithmOne {

    private AlgorithmOne() {
    }

    /** The trained network and the wall time of each stage, sample generation excluded. */
    public record Result(TwoLayerReluNetwork network, double step1Seconds, double headSeconds) {
    }

    /**
     * Runs Algorithm 1: preprocessing, the symmetric initialisation, one gradient step on W with
     * weight decay, new biases, and the head by ridge regression.
     *
     * @param samples  the training samples
     * @param options  the algorithm's knobs
     * @param streams  the run's random streams
     * @param products the matrix products to use
     * @return the trained network and the wall time of each stage
     */
    public static Result train(SampleStream samples, TrainingOptions options, RandomStreams streams,
            Products products) {
        long start = System.nanoTime();
        double generatedBefore = samples.generationSeconds();
        int d = samples.dimension();
        LabelMoments moments = options.preprocess() ? LabelMoments.estimate(samples, products) : LabelMoments.none(d);
        SymmetricInitialisation init = SymmetricInitialisation.draw(options.width(), d, streams);
        int half = options.width() / 2;
        double[] g = FirstStepGradient.compute(samples, moments, init.halfWeights(), half, products);
        double[] w1 = firstStep(init, g, d, options);
        double[] b = biases(options.width(), streams);
        long afterStep = System.nanoTime();
        double generatedStep = samples.generationSeconds();

        TwoLayerReluNetwork network = HeadTraining.fit(samples, w1, b, moments, options.head(), options.ridge(),
                products);
        long end = System.nanoTime();
        double step1 = (afterStep - start) * 1e-9 - (generatedStep - generatedBefore);
        double head = (end - afterStep) * 1e-9 - (samples.generationSeconds() - generatedStep);
        return new Result(network, step1, head);
    }

    /**
     * {@return step 4: the m biases b_j ~ N(0, 1), i.i.d., from the stream (seed, BIASES, 0)}
     *
     * @param width   m
     * @param streams the run's random streams
     */
    public static double[] biases(int width, RandomStreams streams) {
        double[] b = new double[width];
        RandomStreams.fillGaussian(streams.stream(Purpose.BIASES, 0), b, 0, width, 1.0);
        return b;
    }

    /** W1 = (1 - eta_1 lambda_1) W0 + 2 eta_1 a o G, for both halves of the symmetric initialisation. */
    static double[] firstStep(SymmetricInitialisation init, double[] g, int d, TrainingOptions options) {
        double eta = options.eta1();
        double keep = 1.0 - eta * options.weightDecay();
        // lambda_1 = 1/eta_1 must erase W0 exactly; eta * (1/eta) may differ from 1 by one ulp.
        if (Math.abs(keep) < 1e-12) {
            keep = 0.0;
        }
        double[] w0 = init.halfWeights();
        double[] signs = init.halfSigns();
        int half = signs.length;
        double[] w1 = new double[2 * half * d];
        for (int j = 0; j < half; j++) {
            double step = 2.0 * eta * signs[j];
            for (int t = 0; t < d; t++) {
                double kept = keep * w0[j * d + t];
                double moved = step * g[j * d + t];
                w1[j * d + t] = kept + moved;
                w1[(j + half) * d + t] = kept - moved;
            }
        }
        return w1;
    }
}
