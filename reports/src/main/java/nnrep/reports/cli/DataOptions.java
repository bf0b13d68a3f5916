package nnrep.reports.cli;

import java.util.Map;

import nnrep.numeric.target.Basis;
import picocli.CommandLine.Option;

/** How the samples are drawn in train and kernel: the basis U and the label noise. */
final class DataOptions {

    @Option(names = "--basis", defaultValue = "random", description = "random (Haar, seeded) or canonical U")
    private String basis;

    @Option(names = "--noise", defaultValue = "0", description = "label noise uniform on [-S, S] (default 0)")
    private double noise;

    Basis basis() {
        return Basis.parse(basis);
    }

    double noise() {
        RunOptions.requireFinite("--noise", noise);
        return noise;
    }

    void describe(Map<String, Object> config) {
        config.put("basis", basis().toString());
        config.put("noise", noise);
    }
}
