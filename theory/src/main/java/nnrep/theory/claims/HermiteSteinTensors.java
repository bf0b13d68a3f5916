package nnrep.theory.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nnrep.numeric.gauss.GaussHermiteRule;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.hermite.Hermite;
import nnrep.numeric.poly.MultiIndex;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.poly.Presets;
import nnrep.numeric.poly.SymmetricTensor;
import nnrep.theory.Claim;
import nnrep.theory.ClaimContext;
import nnrep.theory.ClaimResult;
import nnrep.theory.Evidence;
import nnrep.theory.ExactComparison;
import nnrep.theory.Profile;

/**
 * Claim {@value #ID}: Stein's identity E[f(z) He_alpha(z)] = E[d^alpha f(z)] for polynomials f,
 * z ~ N(0, I_r), He_alpha(z) = prod_i He_{alpha_i}(z_i) (Damian, Lee &amp; Soltanolkotabi
 * (COLT 2022), section 1). It is what makes C_k = E[grad^k f] computable from the Hermite
 * coefficients of f, and C_k is the building block of the population gradient of section 3.
 *
 * <p>Measured, for every preset link function ({@link Presets#names()}) and for random dense
 * polynomials (degree 1..{@value #MAX_RANDOM_DEGREE} in 1..{@value #MAX_VARIABLES} variables, N(0, 1)
 * coefficients, polynomial i from stream (seed, BASIS, i)), and every |alpha| <=
 * {@value #MAX_ORDER}:
 * <ul>
 *   <li>the reference E[f He_alpha] by the tensor-product Gauss-Hermite rule with
 *       n = floor((p + 6) / 2) nodes per variable, exact since f He_alpha has degree at most
 *       p + 4 <= 2n - 1 in each variable;</li>
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
public final class HermiteSteinTensors implements Claim {

    public static final String ID = "hermite.stein-tensors";
    static final int MAX_ORDER = 4;
    static final int MAX_VARIABLES = 3;
    static final int MAX_RANDOM_DEGREE = 4;
    static final double TOLERANCE = 1e-10;

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
    public Map<String, Object> parameters(Profile profile) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("presets", Presets.names());
        parameters.put("randomPolynomials", randomPolynomials(profile));
        parameters.put("maxRandomDegree", MAX_RANDOM_DEGREE);
        parameters.put("maxVariables", MAX_VARIABLES);
        parameters.put("maxOrder", MAX_ORDER);
        parameters.put("tolerance", TOLERANCE);
        return parameters;
    }

    @Override
    public ClaimResult run(ClaimContext context) {
        long start = System.nanoTime();
        Map<String, Polynomial> polynomials = polynomials(context);
        ExactComparison comparison = new ExactComparison(TOLERANCE,
                "|E[d^alpha f] - E[f He_alpha]| / (||f|| sqrt(alpha!)), for the derivative and for C_|alpha|");
        List<Map<String, Object>> table = new ArrayList<>();
        int done = 0;
        for (Map.Entry<String, Polynomial> entry : polynomials.entrySet()) {
            context.report(this, entry.getKey(), done++ / (double) polynomials.size());
            table.add(check(entry.getKey(), entry.getValue(), comparison));
        }
        Evidence.Builder evidence = Evidence.builder();
        comparison.addTo(evidence).table("polynomials", table)
                .seed("master", context.seed())
                .note("Random polynomial i is drawn from stream (seed, BASIS, i): degree and r uniform, "
                        + "every monomial of degree <= p with an N(0, 1) coefficient.");
        double seconds = (System.nanoTime() - start) * 1e-9;
        return comparison.result(ID, evidence.build(), seconds, context.parametersOf(this));
    }

    /** Checks every |alpha| <= MAX_ORDER for f; returns the table row of f. */
    private Map<String, Object> check(String name, Polynomial f, ExactComparison comparison) {
        int r = f.variables();
        int nodes = (f.degree() + MAX_ORDER + 2) / 2;
        GaussHermiteRule rule = GaussHermiteRule.of(nodes);
        double norm = Math.sqrt(f.secondMoment());
        SymmetricTensor[] tensors = new SymmetricTensor[MAX_ORDER + 1];
        for (int k = 0; k <= MAX_ORDER; k++) {
            tensors[k] = hermiteTensor.of(f, k);
        }
        double maxError = 0.0;
        for (MultiIndex alpha : MultiIndices.upToOrder(r, MAX_ORDER)) {
            double reference = rule.expect(r, z -> f.evaluate(z) * hermiteProduct(alpha, z));
            double scale = norm * Math.sqrt(alpha.factorial());
            String label = name + ", alpha = " + alpha;
            double derivativeError = comparison.compare(label + ", E[d^alpha f]",
                    derivativeMean.of(f, alpha), reference, scale);
            double tensorError = comparison.compare(label + ", C_" + alpha.order() + " entry",
                    tensors[alpha.order()].get(MultiIndices.tensorIndices(alpha)), reference, scale);
            maxError = Math.max(maxError, Math.max(derivativeError, tensorError));
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("r", r);
        row.put("degree", f.degree());
        row.put("quadratureNodes", nodes);
        row.put("polynomial", f.toString());
        row.put("maxError", maxError);
        return row;
    }

    /** The presets by name, then "random i" for each random polynomial. */
    private static Map<String, Polynomial> polynomials(ClaimContext context) {
        Map<String, Polynomial> polynomials = new LinkedHashMap<>();
        for (String name : Presets.names()) {
            polynomials.put(name, Presets.named(name));
        }
        RandomStreams streams = new RandomStreams(context.seed());
        for (int i = 0; i < randomPolynomials(context.profile()); i++) {
            SplittableRandom random = streams.stream(RandomStreams.Purpose.BASIS, i);
            int r = 1 + random.nextInt(MAX_VARIABLES);
            int degree = 1 + random.nextInt(MAX_RANDOM_DEGREE);
            polynomials.put("random " + i, RandomPolynomials.dense(r, degree, random));
        }
        return polynomials;
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

    static int randomPolynomials(Profile profile) {
        return switch (profile) {
            case QUICK -> 4;
            case STANDARD -> 16;
            case FULL -> 64;
        };
    }
}
