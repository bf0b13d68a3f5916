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
import nnrep.numeric.kernel.InitialisationKernel;
import nnrep.numeric.kernel.KernelRidgePath;
import nnrep.numeric.kernel.NetworkKernel;
import nnrep.numeric.kernel.RidgeChoice;

/**
 * Kernel ridge with the NTK with biases on quad-cubic at d = 48, n = 2 d^2 = 4608 (the largest size of
 * the quick audit's kernel claims), at every ridge of {@link RidgeChoice#GRID}: reading the samples,
 * building the kernel matrix, and for each ridge factoring K + n lambda I and solving
 * ({@link KernelRidgePath#fit}).
 *
 * <p>Nominal flops per operation: n^2 d for the inner products below the diagonal, and per ridge
 * n^3 / 3 for the Cholesky factor and 2 n^2 for the two triangular solves: {@link #GFLOP}, about
 * 99 GFLOP, nearly all of it the factorisations. The n^2 / 2 kernel formulas are not flops in this
 * count; they are the part that does not run at the DGEMM rate. {@link RateAgainstDgemm} runs this
 * benchmark beside {@link DgemmBenchmark} and prints both rates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class KernelRidgeBenchmark extends EngineBenchmark {

    private static final int D = 48;
    private static final int N = 2 * D * D;
    /** Nominal GFLOP per operation (see the class comment). */
    static final double GFLOP = ((double) N * N * D
            + RidgeChoice.GRID.length * ((double) N * N * N / 3 + 2.0 * N * N)) / 1e9;

    private SampleStream samples;
    private InitialisationKernel kernel;

    @Setup
    public void setUp() {
        openEngine();
        samples = quadCubic(D, N, new RandomStreams(1));
        kernel = new InitialisationKernel(NetworkKernel.NTK, D, true);
    }

    @Benchmark
    public KernelRidgePath everyRidge() {
        return KernelRidgePath.fit(samples, kernel, RidgeChoice.GRID, false, engine);
    }
}
