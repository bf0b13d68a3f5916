package nnrep.theory.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import nnrep.numeric.gauss.GaussHermiteRule;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.hermite.Hermite;
import nnrep.numeric.poly.MultiIndex;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.poly.Presets;
import nnrep.numeric.poly.SymmetricTensor;
import nnrep.theory.DecisionContext;
import nnrep.theory.Evidence;
import nnrep.theory.Measurements;
import nnrep.theory.Outcome;
import nnrep.theory.experiments.MultiIndices;
import nnrep.theory.experiments.RandomPolynomials;
import nnrep.theory.protocol.Design;
import nnrep.theory.protocol.ExactComparison;
import nnrep.theory.protocol.Grid;
import nnrep.theory.protocol.GridPoint;
import nnrep.theory.protocol.ProfileTable;
import nnrep.theory.protocol.ReplicatedClaim;
import nnrep.theory.protocol.Replicates;

/**
 * Claim {@value #ID}: Stein's identity E[f(z) He_alpha(z)] = E[d^alpha f(z)] for polynomials f,
 * z ~ N(0, I_r), He_alpha(z) = prod_i He_{alpha_i}(z_i) (Damian, Lee &amp; Soltanolkotabi
 * (COLT 2022), section 1). It is what makes C_k = E[grad^k f] computable from the Hermite
 * coefficients of f, and C_k is the building block of the population gradient of section 3.
 *
 * <p>Measured, for every preset link function ({@link Presets#names()}) and for random dense
 * polynomials (degree 1..{@value #MAX_RANDOM_DEGREE} in 1..{@value #MAX_VARIABLES} variables, N(0, 1)
 * coefficients, each drawn from stream (BASIS, 0) of its unit's seed), and every |alpha| &lt;=
 * {@value #MAX_ORDER}:
 * <ul>
 *   <li>the reference E[f He_alpha] by the tensor-product Gauss-Hermite rule with
 *       n = floor((p + 6) / 2) nodes per variable, exact since f He_alpha has degree at most
 *       p + 4 &lt;= 2n - 1 in each variable;</li>
 *   <li>E[d^alpha f] under test, by default the symbolic derivative {@link Polynomial#derivative}
 *       followed by the exact mean {@link Polynomial#mean};</li>
 *   <li>the entry of C_|alpha| = E[grad^|alpha| f] at the indices counted by alpha, by default
 *       {@link Polynomial#steinTensor}, the tensors the population gradient is built from.</li>
 * </ul>
 *
 * <p>Decision (exact identity, PASS or FAIL): error = |value - reference| / (||f|| sqrt(alpha!)),
 * ||f||^2 = E f^2, the Cauchy-Schwarz bound on |E[f He_alpha]|; PASS iff the largest error is at
 * most {@value #TOLERANCE}. The quadrature sum has at most 5^3 terms whose absolute values add up,
 * by Cauchy-Schwarz for the positive weights, to about ||f|| sqrt(alpha!), so its rounding is of
 * order 125 * 2^-53, about 1e-14 after the scaling: the tolerance leaves four orders of magnitude of
 * margin, while a wrong derivative or tensor entry is off by O(1).
 */
public final class HermiteSteinTensors extends ReplicatedClaim<HermiteSteinTensors.Setting,
        HermiteSteinTensors.Case> {

    public static final String ID = "hermite.stein-tensors";
    static final int MAX_ORDER = 4;
    static final int MAX_VARIABLES = 3;
    static final int MAX_RANDOM_DEGREE = 4;
    static final double TOLERANCE = 1e-10;
    private static final String POLYNOMIALS = "polynomials";

    /**
     * @param randomPolynomials the number of random polynomials besides the presets
     * @param maxOrder          the largest |alpha|
     */
    record Setting(int randomPolynomials, int maxOrder) {
    }

    private static final ProfileTable<Setting> SETTINGS = ProfileTable.of(
            new Setting(4, MAX_ORDER), new Setting(16, MAX_ORDER), new Setting(64, MAX_ORDER));

    /** A preset (by name) or random polynomial number {@code index} (preset null). */
    record Case(String preset, int index) implements GridPoint {

        @Override
        public String label() {
            return preset != null ? preset : "random " + index;
        }

        /** Up to 35 multi-indices, each a quadrature of at most 5^3 nodes over a polynomial of ~35 terms. */
        @Override
        public double cost() {
            return 35 * 125 * 35 * 10.0;
        }
    }

    /** E[d^alpha f(z)], z ~ N(0, I_r), as computed by the code under test. */
    @FunctionalInterface
    public interface DerivativeMean {
        double of(Polynomial f, MultiIndex alpha);
    }

    /** C_k = E[grad^k f(z)] as computed by the code under test. */
    @FunctionalInterface
    public interface HermiteTensor {
        SymmetricTensor of(Polynomial f, int k);
    }

    private final DerivativeMean derivativeMean;
    private final HermiteTensor hermiteTensor;

    /** The claim about the project's symbolic derivatives and {@link Polynomial#steinTensor}. */
    public HermiteSteinTensors() {
        this(HermiteSteinTensors::symbolicDerivativeMean, Polynomial::steinTensor);
    }

    /** The claim about other implementations (for negative controls). */
    public HermiteSteinTensors(DerivativeMean derivativeMean, HermiteTensor hermiteTensor) {
        super(SETTINGS);
        this.derivativeMean = derivativeMean;
        this.hermiteTensor = hermiteTensor;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String statement() {
        return "E[f(x) He_alpha(x)] = E[d^alpha f(x)] for polynomial f";
    }

    @Override
    public String source() {
        return "Damian, Lee & Soltanolkotabi (COLT 2022), section 1";
    }

    @Override
    protected Map<String, Object> constants() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("presets", Presets.names());
        parameters.put("maxRandomDegree", MAX_RANDOM_DEGREE);
        parameters.put("maxVariables", MAX_VARIABLES);
        parameters.put("tolerance", TOLERANCE);
        return parameters;
    }

    @Override
    protected Design<Case> design(Setting s) {
        List<Case> cases = new ArrayList<>();
        Presets.names().forEach(name -> cases.add(new Case(name, cases.size())));
        IntStream.range(0, s.randomPolynomials()).forEach(i -> cases.add(new Case(null, i)));
        return Design.of(new Grid<>(POLYNOMIALS, cases, 1));
    }

    /** Checks every |alpha| &lt;= maxOrder for the case's polynomial. */
    @Override
    protected Measurements measure(Setting s, Case point, long seed, int threads) {
        Polynomial f = point.preset() != null ? Presets.named(point.preset()) : random(seed);
        int r = f.variables();
        int nodes = (f.degree() + s.maxOrder() + 2) / 2;
        GaussHermiteRule rule = GaussHermiteRule.of(nodes);
        double norm = Math.sqrt(f.secondMoment());
        SymmetricTensor[] tensors = new SymmetricTensor[s.maxOrder() + 1];
        for (int k = 0; k <= s.maxOrder(); k++) {
            tensors[k] = hermiteTensor.of(f, k);
        }
        ExactComparison comparison = new ExactComparison();
        for (MultiIndex alpha : MultiIndices.upToOrder(r, s.maxOrder())) {
            double reference = rule.expect(r, z -> f.evaluate(z) * hermiteProduct(alpha, z));
            double scale = norm * Math.sqrt(alpha.factorial());
            String label = point.label() + ", alpha = " + alpha;
            comparison.compare(label + ", E[d^alpha f]", derivativeMean.of(f, alpha), reference, scale);
            comparison.compare(label + ", C_" + alpha.order() + " entry",
                    tensors[alpha.order()].get(MultiIndices.tensorIndices(alpha)), reference, scale);
        }
        return comparison.record(Measurements.builder().number("r", r).number("degree", f.degree())
                .number("quadratureNodes", nodes).text("polynomial", f.toString())).build();
    }

    @Override
    protected Outcome decide(Setting s, DecisionContext context, Replicates<Case> results) {
        Evidence.Builder evidence = Evidence.builder();
        results.design().recordSeeds(evidence, context.seed());
        List<Map<String, Object>> table = new ArrayList<>();
        List<Case> cases = results.grid(POLYNOMIALS).points();
        for (int c = 0; c < cases.size(); c++) {
            Measurements unit = results.at(POLYNOMIALS, c, 0);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", cases.get(c).label());
            row.put("r", (long) unit.number("r"));
            row.put("degree", (long) unit.number("degree"));
            row.put("quadratureNodes", (long) unit.number("quadratureNodes"));
            row.put("polynomial", unit.text("polynomial"));
            row.put("maxError", unit.number(ExactComparison.MAX_ERROR));
            table.add(row);
        }
        var part = ExactComparison.part("Stein's identity and the tensors C_k", results.all(), TOLERANCE,
                "|E[d^alpha f] - E[f He_alpha]| / (||f|| sqrt(alpha!)), for the derivative and for C_|alpha|", evidence);
        evidence.table(POLYNOMIALS, table).note("A random polynomial is drawn from stream (BASIS, 0) of its unit's"
                + " seed: degree and r uniform, every monomial of degree <= p with an N(0, 1) coefficient.");
        return new Outcome(List.of(part), evidence.build());
    }

    /** A random dense polynomial: r and the degree uniform, from stream (BASIS, 0) of {@code seed}. */
    private static Polynomial random(long seed) {
        SplittableRandom random = new RandomStreams(seed).stream(RandomStreams.Purpose.BASIS, 0);
        int r = 1 + random.nextInt(MAX_VARIABLES);
        int degree = 1 + random.nextInt(MAX_RANDOM_DEGREE);
        return RandomPolynomials.dense(r, degree, random);
    }

    /** He_alpha(z) = prod_i He_{alpha_i}(z_i). */
    private static double hermiteProduct(MultiIndex alpha, double[] z) {
        double product = 1.0;
        for (int i = 0; i < alpha.variables(); i++) {
            product *= Hermite.he(alpha.get(i), z[i]);
        }
        return product;
    }

    /** d^alpha f by repeated symbolic differentiation, then its exact Gaussian mean. */
    static double symbolicDerivativeMean(Polynomial f, MultiIndex alpha) {
        Polynomial derivative = f;
        for (int i = 0; i < alpha.variables(); i++) {
            for (int e = 0; e < alpha.get(i); e++) {
                derivative = derivative.derivative(i);
            }
        }
        return derivative.mean();
    }
}
