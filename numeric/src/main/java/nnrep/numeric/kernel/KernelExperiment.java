package nnrep.numeric.kernel;

import nnrep.numeric.data.Require;
import nnrep.numeric.data.SampleStream;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.linalg.Parallelism;
import nnrep.numeric.linalg.Products;
import nnrep.numeric.network.Evaluation;
import nnrep.numeric.network.HeadSolver;
import nnrep.numeric.network.Predictor;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.target.Basis;
import nnrep.numeric.target.MultiIndexTarget;

/**
 * One run of a fixed-feature baseline on the data of Algorithm 1 (Damian, Lee &amp; Soltanolkotabi
 * (COLT 2022), section 4, kernel lower bound): draw U, fit on n training samples, measure on fresh test
 * samples. Same seed, same U and same samples as {@link nnrep.numeric.network.Experiment}.
 *
 * @param link       g, already normalised as the caller wants
 * @param d          input dimension
 * @param n          training samples
 * @param basis      how U is drawn
 * @param method     NTK or NNGP kernel ridge, or random features
 * @param bias       whether the kernel's network has N(0, 1) biases; always true for random features,
 *                   whose biases are those of step 4
 * @param width      m, for random features only (ignored by the kernels)
 * @param ridge      lambda, given or chosen on held-out samples ({@link RidgeChoice}); see {@link KernelRidge}
 *                   and {@link RandomFeatures} for its scale
 * @param preprocess whether step 1 (removing alpha + beta . x) is applied first
 * @param noise      S, the label noise is uniform on [-S, S]
 * @param testN      test samples
 * @param seed       master seed
 */
public record KernelExperiment(Polynomial link, int d, int n, Basis basis, KernelMethod method, boolean bias,
        int width, RidgeChoice ridge, boolean preprocess, double noise, int testN, long seed) {

    /**
     * Checks the parameters, up front.
     *
     * @param link       g
     * @param d          input dimension
     * @param n          training samples
     * @param basis      how U is drawn
     * @param method     NTK or NNGP kernel ridge, or random features
     * @param bias       whether the kernel's network has N(0, 1) biases
     * @param width      m, for random features only
     * @param ridge      lambda, given or chosen on held-out samples
     * @param preprocess whether step 1 is applied first
     * @param noise      S, the label noise is uniform on [-S, S]
     * @param testN      test samples
     * @param seed       master seed
     */
    public KernelExperiment {
        Require.atLeast("--d", d, 1);
        if (link.variables() > d) {
            throw new IllegalArgumentException("--r must be at most d = " + d + ", got " + link.variables());
        }
        Require.atLeast("--n", n, 1);
        Require.atLeast("--test-n", testN, 1);
        Require.nonNegativeFinite("--noise", noise);
        if (method == KernelMethod.RF) {
            Require.evenWidth("--m", width);
            bias = true;
        } else {
            int limit = maxSamples(d, ridge.grid().length);
            if (n > limit) {
                throw new IllegalArgumentException("--n must be at most " + limit + " for a kernel in this JVM's heap of "
                        + (Runtime.getRuntime().maxMemory() >> 20) + " MiB (the kernel matrix takes 8 n^2 bytes), got "
                        + n + "; a larger heap (NNREP_JAVA_OPTS=-Xmx...) raises the limit");
            }
        }
    }

    /**
     * What one run measured: the test error, the ridge used and, when it was chosen, the held-out error
     * of every ridge of the grid (else empty).
     */
    public record Outcome(MultiIndexTarget target, Evaluation test, double ridge, double[] validationRelMse,
            Timings seconds) {
    }

    /** Wall times in seconds: sample generation, the fit and the test predictions (both without generation), all. */
    public record Timings(double data, double fit, double predict, double total) {
    }

    /**
     * The largest n a kernel fit at G ridges may use here: its {@link KernelRidge#bytes} within 80% of
     * the JVM's maximum heap, the rest being left for the JVM and the test chunks. The same budget holds
     * when the matrix is off the heap (LAPACK): JavaCPP caps its native memory at the maximum heap size
     * unless told otherwise.
     */
    public static int maxSamples(int d, int ridges) {
        return KernelRidge.maxSamples(d, ridges, (long) (0.8 * Runtime.getRuntime().maxMemory()));
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
        SampleStream heldOut = SampleStream.validation(target, RidgeChoice.VALIDATION_SAMPLES, noise, streams,
                parallelism);
        RidgeChoice.Selected<Predictor> fit = method == KernelMethod.RF
                ? ridge.select(lambda -> randomFeatures(train, lambda, streams, products),
                        model -> Evaluation.of(model, heldOut).relMse())
                : kernelRidge(train, heldOut, products);
        Predictor model = fit.model();
        long fitted = System.nanoTime();
        SampleStream test = SampleStream.test(target, testN, noise, streams, parallelism);
        Evaluation evaluation = Evaluation.of(model, test);
        long end = System.nanoTime();
        double trainData = train.generationSeconds() + heldOut.generationSeconds();
        double testData = test.generationSeconds();
        Timings timings = new Timings(trainData + testData, (fitted - start) * 1e-9 - trainData,
                (end - fitted) * 1e-9 - testData, (end - start) * 1e-9);
        return new Outcome(target, evaluation, fit.ridge(), fit.validationRelMse(), timings);
    }

    private Predictor randomFeatures(SampleStream train, double lambda, RandomStreams streams, Products products) {
        return RandomFeatures.train(train, width, lambda, HeadSolver.CLOSED_FORM, preprocess, streams, products)
                .predictor(products, Math.min(Math.max(testN, RidgeChoice.VALIDATION_SAMPLES), SampleStream.CHUNK_ROWS));
    }

    /** Kernel ridge at every ridge of the grid on one kernel matrix, the held-out errors of all from one pass. */
    private RidgeChoice.Selected<Predictor> kernelRidge(SampleStream train, SampleStream heldOut, Products products) {
        InitialisationKernel kernel = new InitialisationKernel(method.kernel().orElseThrow(), d, bias);
        KernelRidgePath path = KernelRidgePath.fit(train, kernel, ridge.grid(), preprocess, products);
        return ridge.selectAmong(path::at, () -> path.relMse(heldOut));
    }
}
