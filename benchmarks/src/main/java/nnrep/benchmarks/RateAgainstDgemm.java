package nnrep.benchmarks;

import java.util.Collection;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Kernel ridge's rate against the DGEMM rate, measured in the same run: {@link DgemmBenchmark} and
 * {@link KernelRidgeBenchmark} on OpenBLAS (or on the products named by the first argument), each
 * reported in ms per operation, nominal GFLOP per operation, GFLOP/s, and kernel ridge as a fraction of
 * DGEMM. Run with {@code java -cp benchmarks/target/benchmarks.jar nnrep.benchmarks.RateAgainstDgemm}.
 */
public final class RateAgainstDgemm {

    private RateAgainstDgemm() {
    }

    public static void main(String[] args) throws RunnerException {
        String products = args.length > 0 ? args[0] : "openblas";
        Options options = new OptionsBuilder().include(DgemmBenchmark.class.getSimpleName())
                .include(KernelRidgeBenchmark.class.getSimpleName()).param("products", products).build();
        Collection<RunResult> results = new Runner(options).run();
        double dgemmRate = Double.NaN;
        double kernelRate = Double.NaN;
        System.out.printf(Locale.ROOT, "%n| benchmark (%s) | ms/op | GFLOP/op | GFLOP/s |%n|---|---:|---:|---:|%n",
                products);
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            double milliseconds = result.getPrimaryResult().getScore();
            boolean dgemm = name.contains(DgemmBenchmark.class.getSimpleName());
            double gflop = dgemm ? DgemmBenchmark.GFLOP : KernelRidgeBenchmark.GFLOP;
            double rate = gflop / (milliseconds / 1e3);
            if (dgemm) {
                dgemmRate = rate;
            } else {
                kernelRate = rate;
            }
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.2f | %.1f |%n", classAndMethod(name), milliseconds, gflop,
                    rate);
        }
        System.out.printf(Locale.ROOT, "%nkernel ridge at %.0f%% of the DGEMM rate%n", 100 * kernelRate / dgemmRate);
    }

    /** "DgemmBenchmark.multiplyTransposed" from the benchmark's fully qualified name. */
    private static String classAndMethod(String benchmark) {
        return benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
    }
}
