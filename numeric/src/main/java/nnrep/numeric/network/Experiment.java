package nnrep.numeric.network;

import nnrep.numeric.data.SampleStream;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.linalg.Parallelism;
import nnrep.numeric.linalg.Products;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.target.Basis;
import nnrep.numeric.target.MultiIndexTarget;

/**
 * One complete run of Algorithm 1 on a multi-index target: draw U, stream n training samples,
 * train, and measure on fresh test samples. Everything random is derived from {@code seed}.
 *
 * @param link    g, already normalised as the caller wants
 * @param d       input dimension
 * @param n       training samples
 * @param basis   how U is drawn
 * @param options the algorithm's knobs
 * @param noise   S, the label noise is uniform on [-S, S]
 * @param testN   test samples
 * @param seed    master seed
 */
public record Experiment(Polynomial link, int d, int n, Basis basis, TrainingOptions options, double noise,
        int testN, long seed) {

    /**
     * Checks the parameters, up front.
     *
     * @param link    g
     * @param d       input dimension
     * @param n       training samples
     * @param basis   how U is drawn
     * @param options the algorithm's knobs
     * @param noise   S, the label noise is uniform on [-S, S]
     * @param testN   test samples
     * @param seed    master seed
     */
    public Experiment {
        if (d < 1) {
            throw new IllegalArgumentException("--d must be at least 1, got " + d);
        }
        if (link.variables() > d) {
            throw new IllegalArgumentException("--r must be at most d = " + d + ", got " + link.variables());
        }
        if (n < 1) {
            throw new IllegalArgumentException("--n must be at least 1, got " + n);
        }
        if (testN < 1) {
            throw new IllegalArgumentException("--test-n must be at least 1, got " + testN);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("--noise must be a non-negative finite number, got " + noise);
        }
    }

    /** What one run measured. */
    public record Outcome(MultiIndexTarget target, TwoLayerReluNetwork network, Evaluation test,
            double subspaceShare, double maxPrincipalAngleDegrees, double rowNormMean, Timings seconds) {
    }

    /**
     * Wall times in seconds: sample generation, the first step and the head (training and test
     * evaluation), both without generation, and the whole run.
     */
    public record Timings(double data, double step1, double head, double total) {
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
        RandomStreams streams = new RandomStreams(seed);
        MultiIndexTarget target = MultiIndexTarget.of(link, d, basis, streams);
        SampleStream train = SampleStream.training(target, n, noise, streams, parallelism);
        AlgorithmOne.Result trained = AlgorithmOne.train(train, options, streams, products);
        SampleStream test = SampleStream.test(target, testN, noise, streams, parallelism);
        long beforeTest = System.nanoTime();
        Evaluation evaluation = Evaluation.of(trained.network(), test, products);
        long afterTest = System.nanoTime();
        TwoLayerReluNetwork net = trained.network();
        double[] w1 = net.firstLayer();
        double[] u = target.basis();
        int m = net.width();
        int r = target.r();
        double share = SubspaceMetrics.subspaceShare(w1, m, d, u, r);
        double angle = SubspaceMetrics.maxPrincipalAngleDegrees(w1, m, d, u, r);
        double rowNorm = SubspaceMetrics.rowNormMean(w1, m, d);
        double testData = test.generationSeconds();
        double evaluationSeconds = (afterTest - beforeTest) * 1e-9 - testData;
        Timings timings = new Timings(train.generationSeconds() + testData, trained.step1Seconds(),
                trained.headSeconds() + evaluationSeconds, (System.nanoTime() - start) * 1e-9);
        return new Outcome(target, net, evaluation, share, angle, rowNorm, timings);
    }
}
