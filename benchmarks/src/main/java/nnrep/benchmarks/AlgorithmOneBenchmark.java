package nnrep.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nnrep.numeric.data.SampleStream;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.network.Experiment;
import nnrep.numeric.network.FirstStepGradient;
import nnrep.numeric.network.HeadSolver;
import nnrep.numeric.network.LabelMoments;
import nnrep.numeric.network.NormalEquations;
import nnrep.numeric.network.SymmetricInitialisation;
import nnrep.numeric.network.TrainingOptions;
import nnrep.numeric.network.TwoLayerReluNetwork;
import nnrep.numeric.poly.Presets;
import nnrep.numeric.target.Basis;

/**
 * The stages of Algorithm 1 on the quad-cubic target at d = 64, n = 65536, m = 512 (one pass over a
 * stream each, sample generation included), and one whole run, for each kind of products.
 *
 * <p>Flops per operation: the first step 2 n d m = 4.3 GFLOP (X W0^T and the gated product, m/2
 * directions each); the normal equations 2 n d m + n m^2 = 21.5 GFLOP (X W1^T and the Gram matrix);
 * the whole run 4 n d m + n m^2 + 2 N d m with N = 20000 test samples = 27.1 GFLOP.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class AlgorithmOneBenchmark extends EngineBenchmark {

    private static final int D = 64;
    private static final int N = 65536;
    private static final int M = 512;

    private SampleStream samples;
    private LabelMoments moments;
    private SymmetricInitialisation init;
    private TwoLayerReluNetwork features;
    private Experiment experiment;

    /** Builds the products and the operands, outside the measurement. */
    @Setup
    public void setUp() {
        openEngine();
        RandomStreams streams = new RandomStreams(1);
        samples = quadCubic(D, N, streams);
        moments = LabelMoments.estimate(samples, engine);
        init = SymmetricInitialisation.draw(M, D, streams);
        // Rows in opposite pairs, as after the paper's first step (AlgorithmOne.firstStep).
        double[] w = init.weights();
        for (int t = w.length / 2; t < w.length; t++) {
            w[t] = -w[t];
        }
        double[] b = new double[M];
        RandomStreams.fillGaussian(streams.stream(RandomStreams.Purpose.BIASES, 0), b, 0, M, 1.0);
        features = new TwoLayerReluNetwork(w, b, new double[M], moments);
        TrainingOptions options = TrainingOptions.paper(D, M, 1e-3, HeadSolver.CLOSED_FORM);
        experiment = new Experiment(Presets.named("quad-cubic"), D, N, Basis.RANDOM, options, 0.0, 20000, 1);
    }

    @Benchmark
    public double[] firstStepGradient() {
        return FirstStepGradient.compute(samples, moments, init.halfWeights(), M / 2, engine);
    }

    /** {@return the head's normal equations, one pass over the samples} */
    @Benchmark
    public NormalEquations normalEquations() {
        return NormalEquations.accumulate(samples, features, moments, engine);
    }

    /** {@return a whole run of Algorithm 1, sample generation and test included} */
    @Benchmark
    public Experiment.Outcome wholeRun() {
        return experiment.run(engine, parallelism);
    }
}
