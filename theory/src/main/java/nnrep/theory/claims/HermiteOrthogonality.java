package nnrep.theory.claims;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import nnrep.numeric.gauss.GaussHermiteRule;
import nnrep.numeric.hermite.Hermite;
import nnrep.theory.Claim;
import nnrep.theory.ClaimContext;
import nnrep.theory.ClaimResult;
import nnrep.theory.Evidence;
import nnrep.theory.ExactComparison;
import nnrep.theory.Profile;

/**
 * Claim {@value #ID}: E[He_j(z) He_k(z)] = k! delta_jk for z ~ N(0, 1) and j, k <= K, with He_k
 * the probabilists' Hermite polynomials (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 1).
 *
 * <p>Measured: the Gram matrix G_jk = E[He_j He_k] / sqrt(j! k!) of the polynomials under test
 * (by default {@link Hermite#upTo}, the three-term recurrence), computed with the (K+1)-point
 * Gauss-Hermite rule, which is exact for polynomials of degree <= 2K + 1 and hence for every
 * product He_j He_k. Each value is divided by sqrt(j! k!) before the products are formed, so
 * nothing overflows. The rule itself is checked against the independent even moments
 * E[z^(2m)] = (2m - 1)!! for 2m <= 2K: a rule that passes that check integrates all the products
 * exactly, whatever code built it.
 *
 * <p>Decision (exact identity, PASS or FAIL): error = |G_jk - delta_jk| for the Gram entries and
 * |rule moment / (2m-1)!! - 1| for the moments; PASS iff the largest error is at most
 * {@value #TOLERANCE}. Reasoning: every term of the quadrature sum obeys
 * |w_i h_j(x_i) h_k(x_i)| <= (w_i h_j(x_i)^2 + w_i h_k(x_i)^2) / 2 and these sum to 1, so K + 1
 * terms carry a rounding error of order (K + 1) * 2^-53 < 1e-13 for K <= 100, three orders of
 * magnitude below the tolerance; a wrong recurrence coefficient moves entries by O(1).
 * K = 20 (quick), 40 (standard), 100 (full).
 */
public final class HermiteOrthogonality implements Claim {

    public static final String ID = "hermite.orthogonality";
    static final double TOLERANCE = 1e-10;

    /** The polynomials under test: He_0(z), ..., He_kmax(z). */
    @FunctionalInterface
    public interface HermiteFamily {
        double[] upTo(int kmax, double z);
    }

    private final HermiteFamily family;

    /** The claim about the project's Hermite polynomials, {@link Hermite#upTo}. */
    public HermiteOrthogonality() {
        this(Hermite::upTo);
    }

    /** The claim about another implementation (for negative controls). */
    public HermiteOrthogonality(HermiteFamily family) {
        this.family = family;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String statement() {
        return "E[He_j(z) He_k(z)] = k! delta_jk for z ~ N(0,1)";
    }

    @Override
    public String source() {
        return "Damian, Lee & Soltanolkotabi (COLT 2022), section 1";
    }

    @Override
    public Map<String, Object> parameters(Profile profile) {
        int k = maxDegree(profile);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("K", k);
        parameters.put("quadratureNodes", k + 1);
        parameters.put("tolerance", TOLERANCE);
        return parameters;
    }

    @Override
    public ClaimResult run(ClaimContext context) {
        long start = System.nanoTime();
        int maxDegree = maxDegree(context.profile());
        GaussHermiteRule rule = GaussHermiteRule.of(maxDegree + 1);
        ExactComparison comparison = new ExactComparison(TOLERANCE,
                "|E[He_j He_k] / sqrt(j! k!) - delta_jk|, and |rule E[z^2m] / (2m-1)!! - 1| for the rule");
        checkMoments(rule, maxDegree, comparison);
        context.report(this, "Gram matrix", 0.5);
        double[] maxErrorByDegree = checkGram(rule, maxDegree, comparison);

        double[] degrees = Axes.integers(maxDegree + 1);
        double[] tolerance = new double[maxDegree + 1];
        Arrays.fill(tolerance, TOLERANCE);
        String plot = "Largest error of E[He_j He_k] / sqrt(j! k!) over j <= K";
        Evidence.Builder evidence = Evidence.builder();
        comparison.addTo(evidence)
                .measurement("maxErrorByDegree", maxErrorByDegree)
                .plot(plot, "k", "max_j |E[He_j He_k] / sqrt(j! k!) - delta_jk|", false, true)
                .series(plot, "Gauss-Hermite, " + (maxDegree + 1) + " nodes", degrees, maxErrorByDegree)
                .series(plot, "tolerance", degrees, tolerance)
                .note("Deterministic: no random numbers are drawn.");
        double seconds = (System.nanoTime() - start) * 1e-9;
        return comparison.result(ID, evidence.build(), seconds, context.parametersOf(this));
    }

    /** Compares the rule's even moments with (2m - 1)!!, relative error, for 2m <= 2K. */
    private static void checkMoments(GaussHermiteRule rule, int maxDegree, ExactComparison comparison) {
        double doubleFactorial = 1.0;
        for (int m = 0; m <= maxDegree; m++) {
            if (m > 0) {
                doubleFactorial *= 2 * m - 1;
            }
            int power = 2 * m;
            double moment = rule.expect(z -> Math.pow(z, power));
            comparison.compare("rule moment E[z^" + power + "]", moment, doubleFactorial, doubleFactorial);
        }
    }

    /** Compares every G_jk with delta_jk; returns max_j |G_jk - delta_jk| for each k. */
    private double[] checkGram(GaussHermiteRule rule, int maxDegree, ExactComparison comparison) {
        double[] nodes = rule.nodes();
        double[] weights = rule.weights();
        double[][] normalised = new double[nodes.length][];
        for (int i = 0; i < nodes.length; i++) {
            double[] he = family.upTo(maxDegree, nodes[i]);
            normalised[i] = new double[maxDegree + 1];
            for (int k = 0; k <= maxDegree; k++) {
                normalised[i][k] = he[k] / Math.sqrt(Hermite.factorial(k));
            }
        }
        double[] maxErrorByDegree = new double[maxDegree + 1];
        for (int j = 0; j <= maxDegree; j++) {
            for (int k = j; k <= maxDegree; k++) {
                double gram = 0.0;
                for (int i = 0; i < nodes.length; i++) {
                    gram += weights[i] * normalised[i][j] * normalised[i][k];
                }
                double error = comparison.compare("E[He_" + j + " He_" + k + "] / sqrt(" + j + "! " + k + "!)",
                        gram, j == k ? 1.0 : 0.0, 1.0);
                maxErrorByDegree[k] = Math.max(maxErrorByDegree[k], error);
                maxErrorByDegree[j] = Math.max(maxErrorByDegree[j], error);
            }
        }
        return maxErrorByDegree;
    }

    static int maxDegree(Profile profile) {
        return switch (profile) {
            case QUICK -> 20;
            case STANDARD -> 40;
            case FULL -> 100;
        };
    }
}
