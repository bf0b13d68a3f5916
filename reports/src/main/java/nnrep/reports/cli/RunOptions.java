package nnrep.reports.cli;

import java.io.PrintWriter;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * The options every run command shares (train, kernel, transfer): the head's ridge, the test set,
 * the seed, the threads and the output format, with their checks and their part of the JSON config.
 */
final class RunOptions {

    @Option(names = "--ridge", defaultValue = "1e-3", description = "ridge penalty (default 1e-3)")
    private double ridge;

    @Option(names = "--test-n", defaultValue = "20000", description = "test samples (default 20000)")
    private int testN;

    @Option(names = "--seed", defaultValue = "1", description = "master seed (default 1)")
    private long seed;

    @Option(names = "--threads", description = "worker threads (default: the number of cores)")
    private Integer threads;

    @Option(names = "--json", description = "print JSON on standard output")
    private boolean json;

    /** The ridge, checked to be finite (its sign is checked where it is used). */
    double ridge() {
        requireFinite("--ridge", ridge);
        return ridge;
    }

    int testN() {
        return testN;
    }

    long seed() {
        return seed;
    }

    boolean json() {
        return json;
    }

    /** The number of worker threads: the option, or the number of cores. */
    int threads() {
        return Threads.resolve(threads);
    }

    /** Adds ridge, testN and seed to a run's configuration (threads never: results do not depend on them). */
    void describe(Map<String, Object> config) {
        config.put("ridge", ridge);
        config.put("testN", testN);
        config.put("seed", seed);
    }

    /** Prints the document as JSON when --json is given, otherwise runs the human-readable printer. */
    void print(Map<String, Object> doc, PrintWriter out, Runnable human) {
        if (json) {
            Json.print(doc, out);
        } else {
            human.run();
        }
    }

    static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + value);
        }
    }
}
