package nnrep.theory.claims;

import java.util.LinkedHashMap;
import java.util.Map;

import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.poly.Presets;
import nnrep.theory.Band;
import nnrep.theory.Claim;
import nnrep.theory.ClaimContext;
import nnrep.theory.ClaimResult;
import nnrep.theory.Decision;
import nnrep.theory.Evidence;
import nnrep.theory.Interval;
import nnrep.theory.Profile;
import nnrep.theory.Verdict;
import nnrep.theory.stats.Bootstrap;
import nnrep.theory.stats.ExponentFit;
import nnrep.theory.stats.StudentT;

/**
 * Claim {@value #ID}: with n large enough for the rows to lie in span(U), the test error of
 * Algorithm 1 decreases with the width m, and the approximation by m random features inside
 * span(U) costs the same whatever d (Damian, Lee &amp; Soltanolkotabi (COLT 2022), Theorem 1 and
 * section 4: the term sqrt(r^p kappa^{2p} / m) has no d).
 *
 * <p>Measured: the test relative MSE at n = {@value #C} d^2 over a grid of m, for two or more d,
 * R replicates per (d, m), each on its own seed.
 *
 * <p>Decision: (1) for each d, the exponent of the error in m ({@link ExponentFit}, bootstrap
 * percentile interval) against the band [{@value #STEEPEST}, 0] (non-increasing); (2) at the
 * largest m, the difference of the errors at the largest and the smallest d (Student-t interval
 * over replicates) against 0 +- {@value #SAME_ERROR}. Levels: 1 - delta/2 for (2) and
 * 1 - delta/(2 D) for each of the D fits of (1). PASS when all PASS; FAIL when one FAILs. In the
 * lazy regime the features are random directions of R^d and the error at a fixed m grows with d:
 * FAIL.
 */
public final class NetworkWidth implements Claim {

    public static final String ID = "network.width";
    static final int C = 16;
    static final double STEEPEST = -2.0;
    static final double SAME_ERROR = 0.06;

    private final Learner training;

    /** The claim about Algorithm 1. */
    public NetworkWidth() {
        this(Learner.PAPER);
    }

    /** The claim about another training regime (negative control: {@link Learner#LAZY}). */
    NetworkWidth(Learner training) {
        this.training = training;
    }

    private record Grid(int[] ds, int[] ms, int replicates) {
    }

    private static Grid grid(Profile profile) {
        return profile == Profile.QUICK ? new Grid(new int[] {16, 32}, new int[] {16, 64, 256}, 20)
                : new Grid(new int[] {16, 32, 64}, new int[] {16, 32, 64, 128, 256, 512}, 8);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String statement() {
        return "the test error is non-increasing in the width m, and at large m it does not depend on d";
    }

    @Override
    public String source() {
        return "Damian, Lee & Soltanolkotabi (COLT 2022), Theorem 1 and section 4";
    }

    @Override
    public Map<String, Object> parameters(Profile profile) {
        Grid g = grid(profile);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", "quad-cubic");
        p.put("training", training.toString());
        p.put("n", C + " d^2");
        p.put("dGrid", g.ds());
        p.put("mGrid", g.ms());
        p.put("replicates", g.replicates());
        p.put("testSamples", Learner.TEST_SAMPLES);
        return p;
    }

    @Override
    public ClaimResult run(ClaimContext context) {
        long start = System.nanoTime();
        Grid g = grid(context.profile());
        int r = g.replicates();
        Polynomial link = Presets.named("quad-cubic");
        int dims = g.ds().length;
        double fitDelta = context.delta() / (2.0 * dims);
        double[] ms = GradientConcentration.toDoubles(g.ms());
        Evidence.Builder evidence = Evidence.builder().seed("master", context.seed());
        Band monotone = new Band(STEEPEST, 0.0, "non-increasing in m");
        Verdict[] verdicts = new Verdict[dims + 1];
        double[][][] errors = new double[dims][][];
        for (int k = 0; k < dims; k++) {
            int d = g.ds()[k];
            int offset = k * g.ms().length * r;
            errors[k] = ReplicateGrid.run(this, context, "d = " + d, g.ms().length, r, offset,
                    (point, i, seed) -> training.testRelMse(link, d, C * d * d, g.ms()[point], seed, context.threads()));
            ReplicateGrid.recordSeeds(evidence, context, "d = " + d, r, offset);
            ExponentFit fit = ExponentFit.fit(ms, errors[k], fitDelta, Bootstrap.minimumResamples(fitDelta) * 2,
                    context.seed() + k);
            ScalingEvidence.record(evidence, "widthAtD" + d, "m (d = " + d + ", n = " + C + " d^2)",
                    "test relative MSE (d = " + d + ")", fit, monotone, Double.NaN);
            verdicts[k] = Decision.decide(fit.slopeInterval(), monotone);
        }
        int last = g.ms().length - 1;
        double[] gaps = new double[r];
        for (int i = 0; i < r; i++) {
            gaps[i] = errors[dims - 1][last][i] - errors[0][last][i];
        }
        Interval gap = StudentT.interval(gaps, context.delta() / 2);
        Band same = Band.around(0.0, SAME_ERROR, "same error at m = " + g.ms()[last] + " for d = " + g.ds()[0]
                + " and d = " + g.ds()[dims - 1]);
        verdicts[dims] = Decision.decide(gap, same);
        evidence.measurement("errorGapAtLargestM", new double[] {gap.lower(), gap.upper()})
                .note("Reported interval and band: the error at d = " + g.ds()[dims - 1] + " minus the error at d = "
                        + g.ds()[0] + ", at m = " + g.ms()[last] + "; the width exponents are in the measurements.");
        return new ClaimResult(ID, Verdicts.all(verdicts), gap, same, evidence.build(),
                (System.nanoTime() - start) * 1e-9, context.parametersOf(this));
    }
}
