package nnrep.theory.claims;

import java.util.Arrays;
import java.util.List;

import nnrep.numeric.gauss.GaussHermiteRule;
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
 * Claim {@value #ID}: E[He_j(z) He_k(z)] = k! delta_jk for z ~ N(0, 1) and j, k &lt;= K, with He_k
 * the probabilists' Hermite polynomials (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 1).
 *
 * <p>Measured: the Gram matrix G_jk = E[He_j He_k] / sqrt(j! k!) of the polynomials under test
 * (by default {@link Hermite#upTo}, the three-term recurrence), computed with the (K+1)-point
 * Gauss-Hermite rule, which is exact for polynomials of degree &lt;= 2K + 1 and hence for every
 * product He_j He_k. Each value is divided by sqrt(j! k!) before the products are formed, so
 * nothing overflows. The rule itself is checked against the independent even moments
 * E[z^(2m)] = (2m - 1)!! for 2m &lt;= 2K: a rule that passes that check integrates all the products
 * exactly, whatever code built it.
 *
 * <p>Decision (exact identity, PASS or FAIL): error = |G_jk - delta_jk| for the Gram entries and
 * |rule moment / (2m-1)!! - 1| for the moments; PASS iff the largest error is at most
 * {@value #TOLERANCE}. Reasoning: every term of the quadrature sum obeys
 * |w_i h_j(x_i) h_k(x_i)| &lt;= (w_i h_j(x_i)^2 + w_i h_k(x_i)^2) / 2 and these sum to 1, so K + 1
 * terms carry a rounding error of order (K + 1) * 2^-53 &lt; 1e-13 for K &lt;= 100, three orders of
 * magnitude below the tolerance; a wrong recurrence coefficient moves entries by O(1).
 * K = 20 (quick), 40 (standard), 100 (full).
 */
public final class HermiteOrthogonality extends ReplicatedClaim<HermiteOrthogonality.Setting,
        HermiteOrthogonality.Degree> {

    public static final String ID = "hermite.orthogonality";
    static final double TOLERANCE = 1e-10;
    private static final String GRAM = "Gram matrix";

    /** @param maxDegree K, the largest degree; the rule has K + 1 nodes */
    record Setting(int maxDegree) {
    }

    private static final ProfileTable<Setting> SETTINGS = ProfileTable.of(new Setting(20), new Setting(40),
            new Setting(100));

    /** The whole Gram matrix up to degree K: one unit. */
    record Degree(int maxDegree) implements GridPoint {

        @Override
        public String label() {
            return "K = " + maxDegree;
        }

        /** (K + 1)^3 / 2 multiply-adds for the Gram matrix, and the rule's eigenproblem. */
        @Override
        public double cost() {
            return 10.0 * Math.pow(maxDegree + 1, 3);
        }
    }

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
        super(SETTINGS);
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
    protected java.util.Map<String, Object> constants() {
        return java.util.Map.of("tolerance", TOLERANCE);
    }

    @Override
    protected Design<Degree> design(Setting s) {
        return Design.of(new Grid<>(GRAM, List.of(new Degree(s.maxDegree())), 1));
    }

    @Override
    protected Measurements measure(Setting s, Degree point, long seed, int threads) {
        int maxDegree = point.maxDegree();
        GaussHermiteRule rule = GaussHermiteRule.of(maxDegree + 1);
        ExactComparison comparison = new ExactComparison();
        checkMoments(rule, maxDegree, comparison);
        double[] maxErrorByDegree = checkGram(rule, maxDegree, comparison);
        return comparison.record(Measurements.builder().numbers("maxErrorByDegree", maxErrorByDegree)).build();
    }

    @Override
    protected Outcome decide(Setting s, DecisionContext context, Replicates<Degree> results) {
        int maxDegree = s.maxDegree();
        double[] degrees = Axes.integers(maxDegree + 1);
        double[] tolerance = new double[maxDegree + 1];
        Arrays.fill(tolerance, TOLERANCE);
        String plot = "Largest error of E[He_j He_k] / sqrt(j! k!) over j <= K";
        Evidence.Builder evidence = Evidence.builder();
        var part = ExactComparison.part("orthogonality of He_0..He_K", results.all(), TOLERANCE,
                "|E[He_j He_k] / sqrt(j! k!) - delta_jk|, and |rule E[z^2m] / (2m-1)!! - 1| for the rule", evidence);
        evidence.measurement("maxErrorByDegree", results.at(GRAM, 0, 0).numbers("maxErrorByDegree"))
                .plot(plot, "k", "max_j |E[He_j He_k] / sqrt(j! k!) - delta_jk|", false, true)
                .series(plot, "Gauss-Hermite, " + (maxDegree + 1) + " nodes", degrees,
                        results.at(GRAM, 0, 0).numbers("maxErrorByDegree"))
                .series(plot, "tolerance", degrees, tolerance)
                .note("Deterministic: no random numbers are drawn.");
        return new Outcome(List.of(part), evidence.build());
    }

    /** Compares the rule's even moments with (2m - 1)!!, relative error, for 2m &lt;= 2K. */
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
}
