package nnrep.theory.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnrep.numeric.gauss.NormalIntegral;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.hermite.Activation;
import nnrep.numeric.hermite.ActivationCoefficients;
import nnrep.numeric.hermite.Hermite;
import nnrep.theory.Claim;
import nnrep.theory.ClaimContext;
import nnrep.theory.ClaimResult;
import nnrep.theory.Evidence;
import nnrep.theory.ExactComparison;
import nnrep.theory.Profile;

/**
 * Claim {@value #ID}: the closed forms of the Hermite coefficients c_k(b) = E[act(z + b) He_k(z)],
 * z ~ N(0, 1), of Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 3:
 * relu: c_0 = b Phi(b) + phi(b), c_1 = Phi(b), c_k = (-1)^k He_{k-2}(b) phi(b) (k >= 2);
 * step 1{z + b >= 0}: c_0 = Phi(b), c_k = (-1)^(k-1) He_{k-1}(b) phi(b) (k >= 1).
 *
 * <p>Measured: the closed forms under test (by default {@link ActivationCoefficients#of}) for
 * k <= {@value #MAX_DEGREE}, both activations, b = 0 and biases drawn uniformly from [-3, 3]
 * (stream (seed, BIASES, i) of {@link RandomStreams}), against adaptive quadrature of the defining
 * integral ({@link NormalIntegral}, split at the kink or jump z = -b, requested accuracy
 * {@value #QUADRATURE_TOLERANCE} times E|act(z + b) He_k(z)|), which shares no formula with the
 * closed forms.
 *
 * <p>Decision (exact identity, PASS or FAIL), the rule of claims.md: PASS iff every
 * |closed - quadrature| <= {@value #RELATIVE_TOLERANCE} |quadrature| + {@value #ABSOLUTE_TOLERANCE},
 * i.e. iff the largest error |closed - quadrature| / (1e-9 |quadrature| + 1e-12) is at most 1.
 * The absolute term matters where c_k(b) = 0 (b = 0 and even k for the step, odd k >= 3 for relu);
 * there the quadrature's round-off floor is about 2e-13 at k = 12, five times below it.
 */
public final class HermiteActivationCoefficients implements Claim {

    public static final String ID = "hermite.activation-coefficients";
    static final int MAX_DEGREE = 12;
    static final double RELATIVE_TOLERANCE = 1e-9;
    static final double ABSOLUTE_TOLERANCE = 1e-12;
    static final double QUADRATURE_TOLERANCE = 1e-14;
    static final double BIAS_RANGE = 3.0;

    /** The closed forms under test: c_0(b), ..., c_kmax(b) of act(z + b). */
    @FunctionalInterface
    public interface CoefficientFormula {
        double[] of(Activation act, double b, int kmax);
    }

    private final CoefficientFormula formula;

    /** The claim about the project's closed forms, {@link ActivationCoefficients#of}. */
    public HermiteActivationCoefficients() {
        this(ActivationCoefficients::of);
    }

    /** The claim about another implementation (for negative controls). */
    public HermiteActivationCoefficients(CoefficientFormula formula) {
        this.formula = formula;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String statement() {
        return "closed forms of the Hermite coefficients c_k(b) of relu(z+b) and 1{z+b>=0}";
    }

    @Override
    public String source() {
        return "Damian, Lee & Soltanolkotabi (COLT 2022), section 3";
    }

    @Override
    public Map<String, Object> parameters(Profile profile) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("kmax", MAX_DEGREE);
        parameters.put("activations", List.of(Activation.RELU.cliName(), Activation.STEP.cliName()));
        parameters.put("randomBiases", randomBiases(profile));
        parameters.put("biasRange", List.of(-BIAS_RANGE, BIAS_RANGE));
        parameters.put("relativeTolerance", RELATIVE_TOLERANCE);
        parameters.put("absoluteTolerance", ABSOLUTE_TOLERANCE);
        parameters.put("quadratureTolerance", QUADRATURE_TOLERANCE);
        return parameters;
    }

    @Override
    public ClaimResult run(ClaimContext context) {
        long start = System.nanoTime();
        double[] biases = biases(context);
        ExactComparison comparison = new ExactComparison(1.0,
                "|closed - quadrature| / (" + RELATIVE_TOLERANCE + " |quadrature| + " + ABSOLUTE_TOLERANCE + ")");
        Evidence.Builder evidence = Evidence.builder().measurement("biases", biases);
        List<Map<String, Object>> table = new ArrayList<>();
        Activation[] activations = Activation.values();
        for (int a = 0; a < activations.length; a++) {
            Activation act = activations[a];
            String plot = act.cliName() + "(z + b): c_k(b)";
            evidence.plot(plot, "k", "c_k(b)", false, false);
            for (int i = 0; i < biases.length; i++) {
                double b = biases[i];
                context.report(this, act.cliName() + ", b = " + b,
                        (a * biases.length + i) / (double) (activations.length * biases.length));
                double[] closed = formula.of(act, b, MAX_DEGREE);
                double[] quadrature = quadrature(act, b);
                double maxError = 0.0;
                for (int k = 0; k <= MAX_DEGREE; k++) {
                    double scale = RELATIVE_TOLERANCE * Math.abs(quadrature[k]) + ABSOLUTE_TOLERANCE;
                    String label = act.cliName() + ", b = " + b + ", k = " + k;
                    maxError = Math.max(maxError, comparison.compare(label, closed[k], quadrature[k], scale));
                }
                table.add(Map.of("activation", act.cliName(), "b", b, "maxError", maxError));
                if (i < 2) {
                    double[] degrees = Axes.integers(MAX_DEGREE + 1);
                    evidence.series(plot, "closed form, b = " + b, degrees, closed)
                            .series(plot, "quadrature, b = " + b, degrees, quadrature);
                }
            }
        }
        comparison.addTo(evidence).table("maxErrorByActivationAndBias", table)
                .seed("master", context.seed())
                .note("b = 0 and " + (biases.length - 1) + " biases uniform on [-3, 3] from stream (seed, BIASES, i).");
        double seconds = (System.nanoTime() - start) * 1e-9;
        return comparison.result(ID, evidence.build(), seconds, context.parametersOf(this));
    }

    /** E[act(z + b) He_k(z)] by adaptive quadrature split at z = -b, k = 0..kmax. */
    private static double[] quadrature(Activation act, double b) {
        double[] c = new double[MAX_DEGREE + 1];
        for (int k = 0; k <= MAX_DEGREE; k++) {
            int degree = k;
            c[k] = NormalIntegral.expect(z -> act.apply(z + b) * Hermite.he(degree, z), -b, QUADRATURE_TOLERANCE);
        }
        return c;
    }

    /** 0 followed by the random biases, bias i from stream (seed, BIASES, i). */
    private static double[] biases(ClaimContext context) {
        RandomStreams streams = new RandomStreams(context.seed());
        double[] biases = new double[1 + randomBiases(context.profile())];
        for (int i = 1; i < biases.length; i++) {
            double u = streams.stream(RandomStreams.Purpose.BIASES, i).nextDouble();
            biases[i] = BIAS_RANGE * (2.0 * u - 1.0);
        }
        return biases;
    }

    static int randomBiases(Profile profile) {
        return switch (profile) {
            case QUICK -> 4;
            case STANDARD -> 12;
            case FULL -> 40;
        };
    }
}
