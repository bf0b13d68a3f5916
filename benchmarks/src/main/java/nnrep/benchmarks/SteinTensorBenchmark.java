package nnrep.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.poly.Presets;

/**
 * The Hermite tensors C_0 .. C_p of a preset's link function, from scratch: {@link Presets#named}
 * builds a new polynomial each time, so its cached Hermite expansion is recomputed. Exact algebra
 * in r dimensions, no products: the same for Java and OpenBLAS.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SteinTensorBenchmark {

    /** quad-cubic: r = 3, degree 3; quartic: r = 2, degree 4. */
    @Param({"quad-cubic", "quartic"})
    public String preset;

    /**
     * Computes C_0, ..., C_p of the preset from scratch.
     *
     * @param sink keeps the tensors from being optimised away
     */
    @Benchmark
    public void steinTensors(Blackhole sink) {
        Polynomial g = Presets.named(preset);
        for (int k = 0; k <= g.degree(); k++) {
            sink.consume(g.steinTensor(k));
        }
    }
}
