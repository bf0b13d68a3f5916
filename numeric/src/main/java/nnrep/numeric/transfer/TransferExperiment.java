package nnrep.numeric.transfer;

import nnrep.numeric.data.Require;
import nnrep.numeric.data.SampleStream;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.kernel.RandomFeatures;
import nnrep.numeric.kernel.RidgeChoice;
import nnrep.numeric.linalg.Parallelism;
import nnrep.numeric.linalg.Products;
import nnrep.numeric.network.Evaluation;
import nnrep.numeric.network.Experiment;
import nnrep.numeric.network.HeadTraining;
import nnrep.numeric.network.LabelMoments;
import nnrep.numeric.network.TrainingOptions;
import nnrep.numeric.network.TwoLayerReluNetwork;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.target.Basis;
import nnrep.numeric.target.MultiIndexTarget;

/**
 * Transfer learning (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 4): Algorithm 1 learns W1 and b
 * on a source task g_s(Ux) from n_source samples; on a target task g_t(Ux) with the same U, only the head
 * a is retrained, by ridge on relu(W1 x + b), from n_target fresh samples. The paper bounds the target
 * error by sqrt(r^p kappa^{2p} / min(m, N)) + N^{-1/4}, N = n_target: it does not depend on d, because
 * the rows of W1 already lie near span(U^T). The baseline is the random-features model with the same
 * m, trained on the same N target samples ({@link RandomFeatures}): its features do not depend on U.
 * Its ridge is the best of {@link RidgeChoice#GRID} on held-out target samples, so that it is not
 * handicapped by the head's ridge.
 *
 * <p>Streams: the source run is exactly {@link Experiment} with this seed (same U, samples, W0, b); the
 * target samples come from the streams TRANSFER_INPUTS / TRANSFER_NOISE, independent of the source's;
 * both tasks are tested on the test inputs of the seed. The target head is fitted without
 * preprocessing (the source's alpha, beta belong to the other task, and estimating a new beta would
 * fit d more parameters from N samples, an error of order d / N that grows with d): only a is retrained,
 * as the paper states. The baseline is treated the same way.
 *
 * @param source  g_s, in r variables (r: the larger of the two link functions' variable counts)
 * @param target  g_t, in the same variables
 * @param d       input dimension
 * @param nSource n_source, samples of the source task
 * @param nTarget N = n_target, samples of the target task
 * @param basis   how U is drawn
 * @param options Algorithm 1's knobs on the source task; width and ridge are reused for the target head
 * @param noise   S, the label noise (both tasks) is uniform on [-S, S]
 * @param testN   test samples (each task)
 * @param seed    master seed
 */
public record TransferExperiment(Polynomial source, Polynomial target, int d, int nSource, int nTarget, Basis basis,
        TrainingOptions options, double noise, int testN, long seed) {

    /**
     * Checks the parameters, up front.
     *
     * @param source  g_s
     * @param target  g_t
     * @param d       input dimension
     * @param nSource samples of the source task
     * @param nTarget samples of the target task
     * @param basis   how U is drawn
     * @param options Algorithm 1's knobs on the source task
     * @param noise   S, the label noise is uniform on [-S, S]
     * @param testN   test samples (each task)
     * @param seed    master seed
     */
    public TransferExperiment {
        Require.atLeast("--d", d, 1);
        Require.atLeast("--n-source", nSource, 1);
        Require.atLeast("--n-target", nTarget, 1);
        Require.atLeast("--test-n", testN, 1);
        Require.nonNegativeFinite("--noise", noise);
        int r = Math.max(source.variables(), target.variables());
        if (r > d) {
            throw new IllegalArgumentException("--r must be at most d = " + d + ", got " + r
                    + " (the largest variable index of --source and --target)");
        }
        source = source.withVariables(r);
        target = target.withVariables(r);
    }

    /** What one run measured. */
    public record Outcome(MultiIndexTarget sourceTask, MultiIndexTarget targetTask, TwoLayerReluNetwork transferred,
            Evaluation sourceTest, Evaluation targetTest, Evaluation randomFeaturesTargetTest, double randomFeaturesRidge,
            Timings seconds) {
    }

    /**
     * Wall times in seconds: sample generation; Algorithm 1 on the source task, the target head and the
     * baseline, each with its test evaluation and without generation; the whole run.
     */
    public record Timings(double data, double source, double target, double baseline, double total) {
    }

    /**
     * Runs the experiment on {@code threads} threads, with the fastest products available.
     *
     * @param threads the number of threads
     * @return what the run measured
     */
    public Outcome run(int threads) {
        try (Parallelism parallelism = Parallelism.of(threads); Products products = Products.best(parallelism)) {
            return run(products, parallelism);
        }
    }

    /**
     * Runs the experiment.
     *
     * @param products    the matrix products to use
     * @param parallelism the threads
     * @return what the run measured
     */
    public Outcome run(Products products, Parallelism parallelism) {
        long start = System.nanoTime();
        Experiment.Outcome learned = new Experiment(source, d, nSource, basis, options, noise, testN, seed)
                .run(products, parallelism);
        RandomStreams streams = new RandomStreams(seed);
        MultiIndexTarget task = learned.target().withLink(target);
        SampleStream fresh = SampleStream.transfer(task, nTarget, noise, streams, parallelism);
        SampleStream test = SampleStream.test(task, testN, noise, streams, parallelism);

        long t0 = System.nanoTime();
        double g0 = fresh.generationSeconds() + test.generationSeconds();
        TwoLayerReluNetwork network = learned.network();
        TwoLayerReluNetwork transferred = HeadTraining.fit(fresh, network.firstLayer(), network.biases(),
                LabelMoments.none(d), options.head(), options.ridge(), products);
        Evaluation targetTest = Evaluation.of(transferred, test, products);

        long t1 = System.nanoTime();
        double g1 = fresh.generationSeconds() + test.generationSeconds();
        SampleStream heldOut = SampleStream.validation(task, RidgeChoice.VALIDATION_SAMPLES, noise, streams,
                parallelism);
        RidgeChoice.Selected<TwoLayerReluNetwork> baseline = RidgeChoice.validated().select(
                lambda -> RandomFeatures.train(fresh, options.width(), lambda, options.head(), false, streams, products),
                features -> Evaluation.of(features, heldOut, products).relMse());
        Evaluation baselineTest = Evaluation.of(baseline.model(), test, products);
        long t2 = System.nanoTime();
        double g2 = fresh.generationSeconds() + test.generationSeconds() + heldOut.generationSeconds();

        Experiment.Timings s = learned.seconds();
        Timings timings = new Timings(s.data() + g2, s.step1() + s.head(), (t1 - t0) * 1e-9 - (g1 - g0),
                (t2 - t1) * 1e-9 - (g2 - g1), (t2 - start) * 1e-9);
        return new Outcome(learned.target(), task, transferred, learned.test(), targetTest, baselineTest,
                baseline.ridge(), timings);
    }
}
