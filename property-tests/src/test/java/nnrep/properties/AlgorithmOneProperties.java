package nnrep.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nnrep.numeric.data.Chunk;
import nnrep.numeric.data.SampleStream;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.linalg.JavaProducts;
import nnrep.numeric.linalg.Parallelism;
import nnrep.numeric.linalg.Products;
import nnrep.numeric.network.AlgorithmOne;
import nnrep.numeric.network.Experiment;
import nnrep.numeric.network.FirstStepGradient;
import nnrep.numeric.network.HeadSolver;
import nnrep.numeric.network.LabelMoments;
import nnrep.numeric.network.NormalEquations;
import nnrep.numeric.network.SymmetricInitialisation;
import nnrep.numeric.network.TrainingOptions;
import nnrep.numeric.network.TwoLayerReluNetwork;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.target.Basis;
import nnrep.numeric.target.MultiIndexTarget;

/**
 * The structure of Algorithm 1 (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 2) on random
 * small instances: the symmetric initialisation is the zero function, the first step with
 * lambda_1 = 1/eta_1 replaces W0 by the scaled empirical gradients, streaming over chunks computes
 * the same statistics as the formulas on all samples at once, and the thread count changes no bit.
 * Round-off tolerances are stated relative to the sum of the absolute values of the terms summed
 * (the classical bound on the error of any summation order is n u times that, u = 2^-53).
 */
class AlgorithmOneProperties extends PaperInstances {

    private static final double UNIT_ROUNDOFF = 0x1p-53;
    private static final double RIDGE = 1e-3;

    /** m, an even width in 2..16. */
    @Provide
    Arbitrary<Integer> width() {
        return Arbitraries.integers().between(1, 8).map(half -> 2 * half);
    }

    /** eta_1 in [0.1, 100], two decimals. */
    @Provide
    Arbitrary<Double> learningRate() {
        return Arbitraries.doubles().between(0.1, 100).ofScale(2);
    }

    /** S, the label noise is uniform on [-S, S]. */
    @Provide
    Arbitrary<Double> noise() {
        return Arbitraries.of(0.0, 0.5);
    }

    /**
     * Step 2: with w_{j+m/2} = w_j, a_{j+m/2} = -a_j and zero biases, f_theta0(x) = 0 for every x.
     * The units j and j + m/2 compute bit-identical features phi_j (same row, same operations), so
     * the sum of the m terms +-phi_j is exactly 0 but for the rounding of the summation, at most
     * (m - 1) u sum_j phi_j(x); the tolerance is 2 m u sum_j phi_j(x). Checked on 64 Gaussian inputs.
     */
    @Label("algorithm1.symmetric-initialisation")
    @Property(tries = 50)
    void theSymmetricInitialisationIsTheZeroFunction(@ForAll("dimension") int d,
                                                     @ForAll("width") int m,
                                                     @ForAll("seed") long seed) {
        RandomStreams streams = new RandomStreams(seed);
        SymmetricInitialisation init = SymmetricInitialisation.draw(m, d, streams);
        TwoLayerReluNetwork network = new TwoLayerReluNetwork(init.weights(), new double[m], init.signs(),
                LabelMoments.none(d));
        Chunk inputs = gaussianInputs(d, 64, streams);
        Products products = new JavaProducts(Parallelism.sequential());
        double[] phi = new double[inputs.rows() * m];
        double[] f = new double[inputs.rows()];
        network.predict(inputs, products, new double[inputs.rows() * m], phi, f);
        for (int i = 0; i < inputs.rows(); i++) {
            double featureSum = Arrays.stream(phi, i * m, (i + 1) * m).sum();
            assertThat(f[i]).as("f_theta0(x_%d)", i).isCloseTo(0.0, within(2 * m * UNIT_ROUNDOFF * featureSum));
        }
    }

    /**
     * Step 3 with lambda_1 = 1/eta_1: W1 = W0 - eta_1 (grad_W L + lambda_1 W0) = -eta_1 grad_W L, and
     * since f_theta0 = 0, row j is 2 eta_1 a_j g_n(w_j) and row j + m/2 is -2 eta_1 a_j g_n(w_j), with
     * g_n(w) = (1/n) sum_i ytilde_i x_i 1{w . x_i >= 0} on the preprocessed labels: nothing of W0 is
     * left. Reference: the formula on all samples in memory ({@link InMemorySamples}). Tolerance
     * 1e-11 * 2 eta_1 * max_t (1/n) sum_i |ytilde_i x_it|, above the worst-case summation error
     * n u = 5.6e-14 of that scale for n <= 500; a left-over of W0 (rows of norm ~1) or a wrong
     * factor is many orders larger.
     */
    @Label("algorithm1.first-step")
    @Property(tries = 40)
    void theFirstStepReplacesTheInitialisationByScaledGradients(@ForAll("target") Target target,
                                                               @ForAll("width") int m,
                                                               @ForAll @IntRange(min = 20, max = 500) int n,
                                                               @ForAll("learningRate") double eta,
                                                               @ForAll("seed") long seed) {
        RandomStreams streams = new RandomStreams(seed);
        SampleStream samples = SampleStream.training(target.build(), n, 0.0, streams, Parallelism.sequential());
        TrainingOptions options = new TrainingOptions(m, eta, 1.0 / eta, RIDGE, HeadSolver.CLOSED_FORM, true, 1.0);
        double[] w1 = AlgorithmOne.train(samples, options, streams, new JavaProducts(Parallelism.sequential()))
                .network().firstLayer();

        SymmetricInitialisation init = SymmetricInitialisation.draw(m, target.d(), streams);
        InMemorySamples memory = InMemorySamples.of(samples);
        double[] residual = memory.residuals(memory.labelMean(), memory.labelFirstMoment());
        double[] g = memory.firstStepGradient(residual, init.halfWeights(), m / 2);
        double[] expected = new double[m * target.d()];
        for (int j = 0; j < m / 2; j++) {
            for (int t = 0; t < target.d(); t++) {
                double row = 2 * eta * init.halfSigns()[j] * g[j * target.d() + t];
                expected[j * target.d() + t] = row;
                expected[(j + m / 2) * target.d() + t] = -row;
            }
        }
        double tolerance = 1e-11 * 2 * eta * memory.magnitude(residual);
        assertThat(w1).as("W1 = [2 eta a_j g_n(w_j); -2 eta a_j g_n(w_j)]").containsExactly(expected, within(tolerance));
    }

    /**
     * The streamed statistics of Algorithm 1 (one pass per statistic, chunks of
     * {@value SampleStream#CHUNK_ROWS} rows, the last one partial) equal the formulas on all n
     * samples at once, for n spanning two to four chunks: the label moments alpha and beta
     * ({@link LabelMoments#estimate}), the first-step gradients ({@link FirstStepGradient#compute})
     * and the head's normal equations A, v ({@link NormalEquations#accumulate}). Tolerance 1e-11
     * times the mean absolute term of each sum (max_t (1/n) sum_i |v_i x_it| for the moments and
     * gradients, (1/n) sum_i phi_j phi_l for A and the same for v); the worst-case summation error
     * is n u <= 1.4e-12 of it for n <= 12288. A chunk counted twice or dropped changes a statistic by
     * a fraction 1/chunks of it.
     */
    @Label("algorithm1.streaming")
    @Property(tries = 15)
    void streamedStatisticsEqualTheFormulasOnAllSamples(
            @ForAll("target") Target target,
            @ForAll("width") int m,
            @ForAll @IntRange(min = SampleStream.CHUNK_ROWS + 1, max = 3 * SampleStream.CHUNK_ROWS) int n,
            @ForAll("noise") double noise,
            @ForAll("seed") long seed) {
        int d = target.d();
        RandomStreams streams = new RandomStreams(seed);
        SampleStream samples = SampleStream.training(target.build(), n, noise, streams, Parallelism.sequential());
        Products products = new JavaProducts(Parallelism.sequential());
        InMemorySamples memory = InMemorySamples.of(samples);

        LabelMoments moments = LabelMoments.estimate(samples, products);
        double[] labels = memory.residuals(0.0, new double[d]);
        assertThat(moments.alpha()).as("alpha").isCloseTo(memory.labelMean(), within(1e-11 * meanAbsolute(labels)));
        assertThat(moments.beta()).as("beta")
                .containsExactly(memory.labelFirstMoment(), within(1e-11 * memory.magnitude(labels)));

        double[] residual = memory.residuals(moments.alpha(), moments.beta());
        SymmetricInitialisation init = SymmetricInitialisation.draw(m, d, streams);
        assertThat(FirstStepGradient.compute(samples, moments, init.halfWeights(), m / 2, products))
                .as("g_n(w_j)")
                .containsExactly(memory.firstStepGradient(residual, init.halfWeights(), m / 2),
                        within(1e-11 * memory.magnitude(residual)));

        double[] b = new double[m];
        RandomStreams.fillGaussian(streams.stream(RandomStreams.Purpose.BIASES, 0), b, 0, m, 1.0);
        TwoLayerReluNetwork features = new TwoLayerReluNetwork(init.weights(), b, new double[m], moments);
        NormalEquations streamed = NormalEquations.accumulate(samples, features, moments, products);
        double[] reference = memory.normalEquations(residual, init.weights(), b);
        double[] absoluteReference = memory.normalEquations(absolute(residual), init.weights(), b);
        for (int j = 0; j < m; j++) {
            for (int l = 0; l < m; l++) {
                assertThat(streamed.gram()[j * m + l]).as("A[%d][%d]", j, l)
                        .isCloseTo(reference[j * m + l], within(1e-11 * reference[j * m + l]));
            }
            assertThat(streamed.moment()[j]).as("v[%d]", j)
                    .isCloseTo(reference[m * m + j], within(1e-11 * absoluteReference[m * m + j]));
        }
    }

    /**
     * A whole run ({@link Experiment}: data, Algorithm 1 with either head solver, test error) gives
     * bit-identical first layer, biases, head, label moments and test error with 1 and 2 threads:
     * every output entry is computed by the same operations in the same order whatever the thread
     * count (linalg.Parallelism). Exact, no tolerance.
     */
    @Label("algorithm1.thread-count")
    @Property(tries = 15)
    void oneAndTwoThreadsGiveBitIdenticalResults(@ForAll("target") Target target,
                                                  @ForAll("width") int m,
                                                  @ForAll @IntRange(min = 1, max = 2 * SampleStream.CHUNK_ROWS) int n,
                                                  @ForAll HeadSolver head,
                                                  @ForAll("noise") double noise) {
        TrainingOptions options = TrainingOptions.paper(target.d(), m, RIDGE, head);
        Experiment experiment = new Experiment(target.link().g(), target.d(), n, target.basis(), options, noise,
                500, target.seed());
        Experiment.Outcome one = experiment.run(1);
        Experiment.Outcome two = experiment.run(2);
        TwoLayerReluNetwork a = one.network();
        TwoLayerReluNetwork b = two.network();
        assertThat(bits(b.firstLayer())).as("W1").isEqualTo(bits(a.firstLayer()));
        assertThat(bits(b.biases())).as("b").isEqualTo(bits(a.biases()));
        assertThat(bits(b.head())).as("a").isEqualTo(bits(a.head()));
        assertThat(bits(b.affinePart().beta())).as("beta").isEqualTo(bits(a.affinePart().beta()));
        assertThat(bits(b.affinePart().alpha(), two.test().mse()))
                .as("alpha and test error").isEqualTo(bits(a.affinePart().alpha(), one.test().mse()));
    }

    /** A chunk of `rows` inputs x ~ N(0, I_d) (their labels, of a dummy target, are not used). */
    private static Chunk gaussianInputs(int d, int rows, RandomStreams streams) {
        MultiIndexTarget dummy = MultiIndexTarget.of(Polynomial.variable(1, 0), d, Basis.CANONICAL, streams);
        SampleStream inputs = SampleStream.test(dummy, rows, 0.0, streams, Parallelism.sequential());
        return inputs.read(0, inputs.newChunk());
    }

    private static double meanAbsolute(double[] v) {
        return Arrays.stream(v).map(Math::abs).average().orElseThrow();
    }

    private static double[] absolute(double[] v) {
        return Arrays.stream(v).map(Math::abs).toArray();
    }

    private static long[] bits(double... values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
