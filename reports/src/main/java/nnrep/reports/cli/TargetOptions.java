package nnrep.reports.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.poly.Presets;
import nnrep.numeric.poly.TargetExpression;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The options that choose the link function g of the target f*(x) = g(Ux) (cli.md, "Targets"). */
final class TargetOptions {

    static final String DEFAULT_PRESET = "quad-cubic";

    /** Exactly one of --target and --preset. */
    static final class Choice {
        @Option(names = "--target", description = "a polynomial in z1..zr, e.g. 'He3(z1) + z1*z2'")
        String expression;

        @Option(names = "--preset", description = "a named target: quad-cubic (default)")
        String preset;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    @Option(names = "--r", description = "number of relevant directions (default: the largest index used)")
    Integer r;

    @Option(names = "--no-normalize", description = "keep the target's scale instead of rescaling to E f*^2 = 1")
    boolean noNormalize;

    /** The link polynomial, with r variables, normalised unless asked otherwise. */
    Polynomial resolve() {
        Polynomial g = expression() != null ? parse("--target", expression()) : Presets.named(presetName());
        if (r != null) {
            if (r < 1) {
                throw new IllegalArgumentException("--r must be at least 1, got " + r);
            }
            if (r < g.variables()) {
                throw new IllegalArgumentException(
                        "--r must be at least the largest variable index used (" + g.variables() + "), got " + r);
            }
            g = g.withVariables(r);
        }
        return finish("--target", g, !noNormalize);
    }

    /**
     * A link function given to {@code option} either as a preset name or as an expression. This is
     * unambiguous: a preset name is never an expression, whose only names are zI, HeK and sqrt.
     */
    static Polynomial presetOrExpression(String option, String text, boolean normalize) {
        String name = text.trim();
        Polynomial g;
        if (Presets.names().contains(name)) {
            g = Presets.named(name);
        } else {
            try {
                g = parse(option, text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        e.getMessage() + " (or a preset: " + String.join(", ", Presets.names()) + ")", e);
            }
        }
        return finish(option, g, normalize);
    }

    private static Polynomial finish(String option, Polynomial g, boolean normalize) {
        if (g.isZero()) {
            throw new IllegalArgumentException(option + " must not be the zero polynomial");
        }
        return normalize ? TargetExpression.normalise(g) : g;
    }

    private static Polynomial parse(String option, String text) {
        try {
            return TargetExpression.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    String expression() {
        return choice == null ? null : choice.expression;
    }

    String presetName() {
        return choice == null || choice.preset == null ? (expression() == null ? DEFAULT_PRESET : null) : choice.preset;
    }

    /** The target part of a run's effective configuration. */
    Map<String, Object> describe(Polynomial g) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("preset", presetName());
        c.put("target", expression() != null ? expression() : g.toExpression());
        c.put("r", g.variables());
        c.put("normalize", !noNormalize);
        return c;
    }
}
