package nnrep.reports.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import nnrep.numeric.hermite.Activation;
import nnrep.numeric.hermite.ActivationCoefficients;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nnrep hermite}: the Hermite coefficients c_k = E[act(z + b) He_k(z)], z ~ N(0, 1), so that
 * act(z + b) = sum_k c_k He_k(z) / k! (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 3).
 */
@Command(name = "hermite", mixinStandardHelpOptions = true,
        description = "Hermite coefficients c_k = E[act(z+B) He_k(z)] of relu or step, k = 0..K.")
final class HermiteCommand implements Callable<Integer> {

    /** Largest K accepted: beyond it the coefficients overflow no double but lose all relative accuracy. */
    static final int MAX_K = 100;

    @Spec
    private CommandSpec spec;

    @Option(names = "--activation", required = true, description = "relu or step")
    private String activation;

    @Option(names = "--bias", required = true, description = "the bias B (finite)")
    private double bias;

    @Option(names = "--kmax", required = true, description = "largest k, 0.." + MAX_K)
    private int kmax;

    @Option(names = "--json", description = "print JSON on standard output")
    private boolean json;

    @Override
    public Integer call() {
        Activation act = Activation.parse(activation);
        if (!Double.isFinite(bias)) {
            throw new IllegalArgumentException("--bias must be a finite number, got " + bias);
        }
        if (kmax < 0 || kmax > MAX_K) {
            throw new IllegalArgumentException("--kmax must be between 0 and " + MAX_K + ", got " + kmax);
        }
        double[] c = ActivationCoefficients.of(act, bias, kmax);
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("activation", act.name().toLowerCase(java.util.Locale.ROOT));
            doc.put("bias", bias);
            doc.put("coefficients", c);
            Json.print(doc, spec.commandLine().getOut());
        } else {
            var out = spec.commandLine().getOut();
            out.printf("%s(z + %s) = sum_k c_k He_k(z) / k!%n", act.name().toLowerCase(java.util.Locale.ROOT), bias);
            out.printf("%4s  %24s%n", "k", "c_k");
            for (int k = 0; k <= kmax; k++) {
                out.printf("%4d  %24.17g%n", k, c[k]);
            }
        }
        return 0;
    }
}
