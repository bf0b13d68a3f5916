package nnrep.benchmarks;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import nnrep.numeric.data.SampleStream;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.linalg.Parallelism;
import nnrep.numeric.linalg.Products;
import nnrep.numeric.poly.Presets;
import nnrep.numeric.target.Basis;
import nnrep.numeric.target.MultiIndexTarget;

/**
 * What the benchmarks that run on an engine share: the parameters {@code products} ("java" or
 * "openblas") and {@code threads}, the engine opened from them, closed after the trial, and the
 * quad-cubic training samples of seed 1.
 */
@State(Scope.Benchmark)
public abstract class EngineBenchmark {

    @Param({"java", "openblas"})
    public String products;

    @Param({"2"})
    public int threads;

    protected Parallelism parallelism;
    protected Products engine;

    /** Opens the engine; each benchmark's setup calls it first. */
    protected void openEngine() {
        parallelism = Parallelism.of(threads);
        engine = Engine.named(products, parallelism);
    }

    /** n quad-cubic training samples in d dimensions, from {@code streams} (seed 1 unless the caller says). */
    protected SampleStream quadCubic(int d, int n, RandomStreams streams) {
        MultiIndexTarget target = MultiIndexTarget.of(Presets.named("quad-cubic"), d, Basis.RANDOM, streams);
        return SampleStream.training(target, n, 0.0, streams, parallelism);
    }

    @TearDown
    public void closeEngine() {
        engine.close();
        parallelism.close();
    }
}
