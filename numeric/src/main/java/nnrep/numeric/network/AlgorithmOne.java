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
     * What steps 1 to 3 produce: the label moments removed, the initialisation, and W1 (m x d,
     * row-major: the m/2 rows of the drawn half, then their mirrors).
     */
    public record FirstStep(LabelMoments moments, SymmetricInitialisation init, double[] w1) {
    }

    public static Result train(SampleStream samples, TrainingOptions options, RandomStreams streams,
            Products products) {
        long start = System.nanoTime();
        double generatedBefore = samples.generationSeconds();
        FirstStep step = firstStep(samples, options, streams, products);
        double[] b = biases(options.width(), options.biasScale(), streams);
        long afterStep = System.nanoTime();
        double generatedStep = samples.generationSeconds();

        TwoLayerReluNetwork network = HeadTraining.fit(samples, step.w1(), b, step.moments(), options.head(),
                options.ridge(), products);
        long end = System.nanoTime();
        double step1 = (afterStep - start) * 1e-9 - (generatedStep - generatedBefore);
        double head = (end - afterStep) * 1e-9 - (samples.generationSeconds() - generatedStep);
        return new Result(network, step1, head);
    }

    /** Steps 1 to 3: preprocessing, symmetric initialisation and the first gradient step on W. */
    public static FirstStep firstStep(SampleStream samples, TrainingOptions options, RandomStreams streams,
            Products products) {
        int d = samples.dimension();
        LabelMoments moments = options.preprocess() ? LabelMoments.estimate(samples, products) : LabelMoments.none(d);
        SymmetricInitialisation init = SymmetricInitialisation.draw(options.width(), d, streams);
        double[] g = FirstStepGradient.compute(samples, moments, init.halfWeights(), options.width() / 2, products);
        return new FirstStep(moments, init, firstStep(init, g, d, options));
    }

    /** Step 4: the m biases b_j ~ N(0, scale^2) (the paper's scale: 1), i.i.d., from the stream (seed, BIASES, 0). */
    public static double[] biases(int width, double scale, RandomStreams streams) {
        double[] b = new double[width];
        RandomStreams.fillGaussian(streams.stream(Purpose.BIASES, 0), b, 0, width, scale);
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
