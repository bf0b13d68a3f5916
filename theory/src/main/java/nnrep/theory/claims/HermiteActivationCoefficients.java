package nnrep.theory.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import nnrep.numeric.gauss.NormalIntegral;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.hermite.Activation;
import nnrep.numeric.hermite.ActivationCoefficients;
import nnrep.numeric.hermite.Hermite;
import nnrep.theory.DecisionContext;
import nnrep.theory.Evidence;
import nnrep.theory.Measurements;
import nnrep.theory.Outcome;
import nnrep.theory.protocol.Axes;
import nnrep.theory.protocol.Design;
import nnrep.theory.protocol.ExactComparison;
import nnrep.theory.protocol.Grid;
import nnrep.theory.protocol.GridPoint;
import nnrep.theory.protocol.ProfileTable;
import nnrep.theory.protocol.ReplicatedClaim;
import nnrep.theory.protocol.Replicates;

/**
 * Claim {@value #ID}: the closed forms of the Hermite coefficients c_k(b) = E[act(z + b) He_k(z)],
 * z ~ N(0, 1), of Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 3:
 * relu: c_0 = b Phi(b) + phi(b), c_1 = Phi(b), c_k = (-1)^k He_{k-2}(b) phi(b) (k >= 2);
 * step 1{z + b >= 0}: c_0 = Phi(b), c_k = (-1)^(k-1) He_{k-1}(b) phi(b) (k >= 1).
 *
 * <p>Measured: the closed forms under test (by default {@link ActivationCoefficients#of}) for
 * k &lt;= {@value #MAX_DEGREE}, both activations, b = 0 and biases drawn uniformly from [-3, 3]
 * (unit i &gt; 0 draws its bias from stream (BIASES, 0) of its own seed), against adaptive quadrature of the defining
 * integral ({@link NormalIntegral}, split at the kink or jump z = -b, requested accuracy
 * {@value #QUADRATURE_TOLERANCE} times E|act(z + b) He_k(z)|), which shares no formula with the
 * closed forms.
 *
 * <p>Decision (exact identity, PASS or FAIL), the rule of the catalogue: PASS iff every
 * |closed - quadrature| &lt;= {@value #RELATIVE_TOLERANCE} |quadrature| + {@value #ABSOLUTE_TOLERANCE},
 * i.e. iff the largest error |closed - quadrature| / (1e-9 |quadrature| + 1e-12) is at most 1.
 * The absolute term matters where c_k(b) = 0 (b = 0 and even k for the step, odd k >= 3 for relu);
 * there the quadrature's round-off floor is about 2e-13 at k = 12, five times below it.
 */
public final class HermiteActivationCoefficients extends ReplicatedClaim<HermiteActivationCoefficients.Setting,
        HermiteActivationCoefficients.Bias> {

    public static final String ID = "hermite.activation-coefficients";
    static final int MAX_DEGREE = 12;
    static final double RELATIVE_TOLERANCE = 1e-9;
    static final double ABSOLUTE_TOLERANCE = 1e-12;
    static final double QUADRATURE_TOLERANCE = 1e-14;
    static final double BIAS_RANGE = 3.0;
    private static final String BIASES = "biases";

    /**
     * @param kmax         the largest degree k compared
     * @param randomBiases the number of random biases besides b = 0
     */
    record Setting(int kmax, int randomBiases) {
    }

    private static final ProfileTable<Setting> SETTINGS = ProfileTable.of(
            new Setting(MAX_DEGREE, 4), new Setting(MAX_DEGREE, 12), new Setting(MAX_DEGREE, 40));

    /** Bias number i: b = 0 for i = 0, else uniform on [-3, 3] from the unit's seed; both activations. */
    record Bias(int index, int kmax) implements GridPoint {

        @Override
        public String label() {
            return index == 0 ? "b = 0" : "random bias " + index;
        }

        /** Two activations, kmax + 1 adaptive quadratures each, a few thousand integrand evaluations apiece. */
        @Override
        public double cost() {
            return 2.0 * (kmax + 1) * 2e5;
        }
    }

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
        super(SETTINGS);
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
    protected Map<String, Object> constants() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("activations", List.of(Activation.RELU.cliName(), Activation.STEP.cliName()));
        parameters.put("biasRange", List.of(-BIAS_RANGE, BIAS_RANGE));
        parameters.put("relativeTolerance", RELATIVE_TOLERANCE);
        parameters.put("absoluteTolerance", ABSOLUTE_TOLERANCE);
        parameters.put("quadratureTolerance", QUADRATURE_TOLERANCE);
        return parameters;
    }

    @Override
    protected Design<Bias> design(Setting s) {
        return Design.of(new Grid<>(BIASES, IntStream.rangeClosed(0, s.randomBiases())
                .mapToObj(i -> new Bias(i, s.kmax())).toList(), 1));
    }

    @Override
    protected Measurements measure(Setting s, Bias point, long seed, int threads) {
        double b = point.index() == 0 ? 0.0
                : BIAS_RANGE * (2.0 * new RandomStreams(seed).stream(RandomStreams.Purpose.BIASES, 0).nextDouble() - 1.0);
        ExactComparison comparison = new ExactComparison();
        Measurements.Builder measurements = Measurements.builder().number("b", b);
        for (Activation act : Activation.values()) {
            double[] closed = formula.of(act, b, s.kmax());
            double[] quadrature = quadrature(act, b, s.kmax());
            for (int k = 0; k <= s.kmax(); k++) {
                double scale = RELATIVE_TOLERANCE * Math.abs(quadrature[k]) + ABSOLUTE_TOLERANCE;
                comparison.compare(act.cliName() + ", b = " + b + ", k = " + k, closed[k], quadrature[k], scale);
            }
            measurements.numbers(act.cliName() + "Closed", closed).numbers(act.cliName() + "Quadrature", quadrature);
        }
        return comparison.record(measurements).build();
    }

    @Override
    protected Outcome decide(Setting s, DecisionContext context, Replicates<Bias> results) {
        Evidence.Builder evidence = Evidence.builder()
                .measurement("biases", results.all().stream().mapToDouble(unit -> unit.number("b")).toArray());
        results.design().recordSeeds(evidence, context.seed());
        List<Map<String, Object>> table = new ArrayList<>();
        double[] degrees = Axes.integers(s.kmax() + 1);
        for (Activation act : Activation.values()) {
            String plot = act.cliName() + "(z + b): c_k(b)";
            evidence.plot(plot, "k", "c_k(b)", false, false);
            for (Measurements unit : results.all()) {
                double b = unit.number("b");
                evidence.series(plot, "closed form, b = " + b, degrees, unit.numbers(act.cliName() + "Closed"))
                        .series(plot, "quadrature, b = " + b, degrees, unit.numbers(act.cliName() + "Quadrature"));
            }
        }
        for (Measurements unit : results.all()) {
            table.add(Map.of("b", unit.number("b"), "maxError", unit.number(ExactComparison.MAX_ERROR)));
        }
        var part = ExactComparison.part("closed forms against quadrature", results.all(), 1.0,
                "|closed - quadrature| / (" + RELATIVE_TOLERANCE + " |quadrature| + " + ABSOLUTE_TOLERANCE + ")",
                evidence);
        evidence.table("maxErrorByBias", table)
                .note("b = 0 and " + s.randomBiases() + " biases uniform on [-3, 3], each from stream (BIASES, 0) of its"
                        + " unit's seed.");
        return new Outcome(List.of(part), evidence.build());
    }

    /** E[act(z + b) He_k(z)] by adaptive quadrature split at z = -b, k = 0..kmax. */
    private static double[] quadrature(Activation act, double b, int kmax) {
        double[] c = new double[kmax + 1];
        for (int k = 0; k <= kmax; k++) {
            int degree = k;
            c[k] = NormalIntegral.expect(z -> act.apply(z + b) * Hermite.he(degree, z), -b, QUADRATURE_TOLERANCE);
        }
        return c;
    }

}
