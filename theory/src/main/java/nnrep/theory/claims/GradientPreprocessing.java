package nnrep.theory.claims;

import java.util.LinkedHashMap;
import java.util.Map;

import nnrep.numeric.hermite.Activation;
import nnrep.numeric.network.PopulationGradient;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.poly.SymmetricTensor;
import nnrep.numeric.poly.TargetExpression;
import nnrep.theory.Band;
import nnrep.theory.Claim;
import nnrep.theory.ClaimContext;
import nnrep.theory.ClaimResult;
import nnrep.theory.Decision;
import nnrep.theory.Evidence;
import nnrep.theory.Profile;
import nnrep.theory.Verdict;
import nnrep.theory.stats.Bootstrap;
import nnrep.theory.stats.ExponentFit;

/**
 * Claim {@value #ID}: after step 1 of Algorithm 1 removes alpha = mean y and beta = mean y x from
 * the labels, the C_0 and C_1 terms of the first gradient vanish up to sqrt(d/n) (Damian, Lee &amp;
 * Soltanolkotabi (COLT 2022), sections 2 and 3).
 *
 * <p>Measured, on a target with a constant and a linear part ({@value #EXPRESSION}, normalised):
 * the leftover sqrt((1/k) sum_j ||g_n(w_j) - g_{>=2}(w_j)||^2), where g_n is the empirical gradient
 * on preprocessed labels and g_{>=2} the exact population gradient of the target without its
 * Hermite parts of degree 0 and 1 (f* - C_0 - C_1 . x), over a grid of n at fixed d, R replicates.
 *
 * <p>Decision: the exponent of the leftover in n ({@link ExponentFit}, bootstrap percentile
 * interval at level 1 - delta) against -1/2 +- {@value #TOLERANCE}. Without preprocessing the
 * leftover tends to the C_0 and C_1 terms, phi(0) C_0 w + C_1 / 2, a constant: exponent 0, FAIL.
 */
public final class GradientPreprocessing implements Claim {

    public static final String ID = "gradient.preprocessing";
    static final String EXPRESSION = "0.5 + z1 - 0.5*z2 + (He2(z1) + He2(z2) + He2(z3))/sqrt(6) + z1*z2*z3/sqrt(2)";
    static final double TOLERANCE = 0.1;
    private static final int DIRECTIONS = 16;

    private final boolean preprocess;

    /** The claim about Algorithm 1 as the paper states it. */
    public GradientPreprocessing() {
        this(true);
    }

    /** With {@code preprocess = false}: the claim run on the ablated algorithm (a negative control). */
    GradientPreprocessing(boolean preprocess) {
        this.preprocess = preprocess;
    }

    private record Grid(int[] ns, int d, int replicates) {
    }

    private static Grid grid(Profile profile) {
        return profile == Profile.QUICK ? new Grid(new int[] {2048, 4096, 8192, 16384, 32768}, 32, 10)
                : new Grid(new int[] {4096, 8192, 16384, 32768, 65536, 131072}, 64, 20);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String statement() {
        return "after removing alpha and beta, the C_0 and C_1 terms of the gradient vanish up to sqrt(d/n)";
    }

    @Override
    public String source() {
        return "Damian, Lee & Soltanolkotabi (COLT 2022), sections 2 (step 1) and 3";
    }

    @Override
    public Map<String, Object> parameters(Profile profile) {
        Grid g = grid(profile);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", EXPRESSION);
        p.put("nGrid", g.ns());
        p.put("d", g.d());
        p.put("directions", DIRECTIONS);
        p.put("replicates", g.replicates());
        p.put("preprocess", preprocess);
        return p;
    }

    @Override
    public ClaimResult run(ClaimContext context) {
        long start = System.nanoTime();
        Grid g = grid(context.profile());
        Polynomial link = TargetExpression.normalise(TargetExpression.parse(EXPRESSION));
        Polynomial higher = withoutDegreesBelowTwo(link);
        double[][] leftovers = ReplicateGrid.run(this, context, "n grid", g.ns().length, g.replicates(), 0,
                (point, replicate, seed) -> {
                    FirstStepSample sample = FirstStepSample.draw(link, g.d(), g.ns()[point], DIRECTIONS, preprocess,
                            seed, context.threads());
                    PopulationGradient reference = PopulationGradient.of(sample.target().withLink(higher),
                            Activation.STEP, 0.0);
                    return sample.rmsDeviation(reference::at);
                });
        ExponentFit fit = ExponentFit.fit(GradientConcentration.toDoubles(g.ns()), leftovers, context.delta(),
                Bootstrap.minimumResamples(context.delta()) * 4, context.seed());
        Band band = Band.around(-0.5, TOLERANCE, "exponent -1/2 in n");
        Verdict verdict = Decision.decide(fit.slopeInterval(), band);

        Evidence.Builder evidence = Evidence.builder().seed("master", context.seed());
        ReplicateGrid.recordSeeds(evidence, context, "n grid", g.replicates(), 0);
        ScalingEvidence.record(evidence, "n", "n (d = " + g.d() + ")", "RMS leftover ||g_n(w) - g_{>=2}(w)||", fit, band,
                -0.5);
        evidence.measurement("C0", link.mean())
                .measurement("C1", firstMoment(link));
        return new ClaimResult(ID, verdict, fit.slopeInterval(), band, evidence.build(),
                (System.nanoTime() - start) * 1e-9, context.parametersOf(this));
    }

    /** f - C_0 - C_1 . z: the polynomial without its Hermite components of degree 0 and 1. */
    static Polynomial withoutDegreesBelowTwo(Polynomial f) {
        int r = f.variables();
        Polynomial rest = f.minus(Polynomial.constant(r, f.mean()));
        double[] c1 = firstMoment(f);
        for (int i = 0; i < r; i++) {
            rest = rest.minus(Polynomial.variable(r, i).scale(c1[i]));
        }
        return rest;
    }

    /** C_1 = E[grad f]. */
    private static double[] firstMoment(Polynomial f) {
        SymmetricTensor c1 = f.steinTensor(1);
        double[] out = new double[f.variables()];
        for (int i = 0; i < out.length; i++) {
            out[i] = c1.get(i);
        }
        return out;
    }
}
