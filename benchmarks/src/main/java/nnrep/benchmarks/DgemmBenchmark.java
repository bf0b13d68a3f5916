package nnrep.benchmarks;

import java.util.SplittableRandom;
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

import nnrep.numeric.linalg.Products;

/**
 * C = A B^T with 1024 x 1024 matrices through {@link Products#multiplyTransposed}: 2 * 1024^3 flops
 * (2.147 GFLOP) per operation, so GFLOP/s = 2147 / (ms per operation). The machine's DGEMM rate, the
 * yardstick for the fraction of it that Algorithm 1 reaches (README, "Performance").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DgemmBenchmark extends EngineBenchmark {

    private static final int SIZE = 1024;
    /** Nominal GFLOP per operation, 2 SIZE^3 / 1e9. */
    static final double GFLOP = 2.0 * SIZE * SIZE * SIZE / 1e9;

    private double[] a;
    private double[] b;
    private double[] c;

    /** Builds the products and the operands, outside the measurement. */
    @Setup
    public void setUp() {
        openEngine();
        SplittableRandom random = new SplittableRandom(1);
        a = random.doubles(SIZE * SIZE).toArray();
        b = random.doubles(SIZE * SIZE).toArray();
        c = new double[SIZE * SIZE];
    }

    @Benchmark
    public double[] multiplyTransposed() {
        engine.multiplyTransposed(a, SIZE, SIZE, b, SIZE, c);
        return c;
    }
}
