package nnrep.reports.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

import nnrep.numeric.kernel.RidgeChoice;
import picocli.CommandLine.Option;

/**
 * The options every run command shares (train, kernel, transfer): the head's ridge, the test set,
 * the seed, the threads and the output format, with their checks and their part of the JSON config.
 */
final class RunOptions {

    /** The head's ridge of train and transfer when none is given. */
    static final double DEFAULT_RIDGE = 1e-3;

    @Option(names = "--ridge", description = {"ridge penalty (train, transfer: default " + DEFAULT_RIDGE + ";",
        "kernel: default auto, the best of 1e-7, 1e-4, 1e-1 on held-out samples)"})
    private String ridge;

    @Option(names = "--test-n", defaultValue = "20000", description = "test samples (default 20000)")
    private int testN;

    @Option(names = "--seed", defaultValue = "1", description = "master seed (default 1)")
    private long seed;

    @Option(names = "--threads", description = "worker threads (default: the number of cores)")
    private Integer threads;

    @Option(names = "--json", description = "print JSON on standard output")
    private boolean json;

    /** The ridge of train and transfer: a finite number (its sign is checked where it is used). */
    double ridge() {
        return ridge == null ? DEFAULT_RIDGE : number(ridge);
    }

    /** The ridge of a baseline: a given number, or "auto" (the default) for the best on held-out samples. */
    RidgeChoice ridgeChoice() {
        if (ridge == null || ridge.trim().toLowerCase(Locale.ROOT).equals("auto")) {
            return RidgeChoice.validated();
        }
        return RidgeChoice.fixed(number(ridge));
    }

    private static double number(String text) {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--ridge must be a number" + " (or auto, for kernel), got: " + text);
        }
        requireFinite("--ridge", value);
        return value;
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

    /**
     * Adds testN and seed to a run's configuration (threads never: results do not depend on them); the
     * command adds the ridge it used.
     */
    void describe(Map<String, Object> config) {
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
