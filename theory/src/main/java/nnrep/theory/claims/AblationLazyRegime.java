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
import nnrep.theory.stats.StudentT;

/**
 * Claim {@value #ID}: the large first step is needed (Damian, Lee &amp; Soltanolkotabi (COLT 2022),
 * sections 2 and 4). With a tiny eta_1 and no weight decay, W1 stays at its random initialisation:
 * the network is a random-features (kernel) model, and at n = {@value #C} d^2 it cannot learn the
 * degree-3 half of quad-cubic, while Algorithm 1 can.
 *
 * <p>Measured, on the same seeds: the test relative MSE of the lazy network and of Algorithm 1 at
 * n = {@value #C} d^2 for a grid of d, m = {@value #WIDTH} (kernel.lower-bound measures the kernels).
 *
 * <p>Decision, at level 1 - delta/(2D) for each of the 2D Student-t intervals (D values of d): the
 * lazy error lies above 1/2 - {@value #TOLERANCE} like a kernel's (quad-cubic's degree-3 half is out of a
 * kernel's reach at n ~ d^2), and
 * exceeds Algorithm 1's by at least {@value #GAP}. PASS when all PASS; FAIL when one FAILs. Fed
 * Algorithm 1 as its "lazy" arm, the claim FAILs.
 */
public final class AblationLazyRegime implements Claim {

    public static final String ID = "ablation.lazy-regime";
    static final int C = 4;
    static final int WIDTH = 256;
    static final double TOLERANCE = 0.05;
    static final double DEGREE_THREE_ENERGY = 0.5;
    static final double GAP = 0.2;

    private final Learner lazy;

    /** The ablation as stated. */
    public AblationLazyRegime() {
        this(Learner.LAZY);
    }

    /** With another learner as the lazy arm (negative control: {@link Learner#PAPER}). */
    AblationLazyRegime(Learner lazy) {
        this.lazy = lazy;
    }

    private record Grid(int[] ds, int replicates) {
    }

    private static Grid grid(Profile profile) {
        return profile == Profile.QUICK ? new Grid(new int[] {16, 24}, 6) : new Grid(new int[] {16, 24, 32}, 10);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String statement() {
        return "with a tiny first step and no weight decay the network behaves like the kernel, not like Algorithm 1";
    }

    @Override
    public String source() {
        return "Damian, Lee & Soltanolkotabi (COLT 2022), sections 2 and 4";
    }

    @Override
    public Map<String, Object> parameters(Profile profile) {
        Grid g = grid(profile);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", "quad-cubic");
        p.put("lazyArm", lazy.toString());
        p.put("n", C + " d^2");
        p.put("dGrid", g.ds());
        p.put("width", WIDTH);
        p.put("replicates", g.replicates());
        return p;
    }

    @Override
    public ClaimResult run(ClaimContext context) {
        long start = System.nanoTime();
        Grid g = grid(context.profile());
        int r = g.replicates();
        int dims = g.ds().length;
        Polynomial link = Presets.named("quad-cubic");
        Learner[] learners = {lazy, Learner.PAPER};
        double[][][] errors = new double[learners.length][dims][];
        for (int l = 0; l < learners.length; l++) {
            Learner learner = learners[l];
            errors[l] = ReplicateGrid.run(this, context, learner.label(), dims, r, 0, (point, i, seed) -> learner
                    .testRelMse(link, g.ds()[point], C * g.ds()[point] * g.ds()[point], WIDTH, seed, context.threads()));
        }
        Evidence.Builder evidence = Evidence.builder().seed("master", context.seed());
        ReplicateGrid.recordSeeds(evidence, context, "d grid (the same seeds for every learner)", r, 0);
        String plot = "test relative MSE at n = " + C + " d^2";
        evidence.plot(plot, "d", "test relative MSE", true, false);
        double[] ds = GradientConcentration.toDoubles(g.ds());
        for (int l = 0; l < learners.length; l++) {
            double[][] byReplicate = ReplicateBands.transpose(errors[l]);
            double[][] band = ReplicateBands.of(byReplicate, context.delta());
            evidence.series(plot, learners[l].label(), ds, band[0], band[1], band[2]);
        }
        double level = context.delta() / (2.0 * dims);
        Band kernelLike = new Band(DEGREE_THREE_ENERGY - TOLERANCE, Double.MAX_VALUE,
                "lazy error above the degree-3 energy, like a kernel");
        Band notNetwork = new Band(GAP, Double.MAX_VALUE, "lazy error exceeds Algorithm 1's by at least " + GAP);
        Verdict[] verdicts = new Verdict[2 * dims];
        Interval reported = null;
        for (int k = 0; k < dims; k++) {
            Interval lazyError = StudentT.interval(errors[0][k], level);
            double[] gaps = new double[r];
            for (int i = 0; i < r; i++) {
                gaps[i] = errors[0][k][i] - errors[1][k][i];
            }
            Interval gap = StudentT.interval(gaps, level);
            verdicts[2 * k] = Decision.decide(lazyError, kernelLike);
            verdicts[2 * k + 1] = Decision.decide(gap, notNetwork);
            evidence.measurement("lazyErrorAtD" + g.ds()[k], new double[] {lazyError.lower(), lazyError.upper()})
                    .measurement("gapToAlgorithm1AtD" + g.ds()[k], new double[] {gap.lower(), gap.upper()});
            if (reported == null || lazyError.lower() < reported.lower()) {
                reported = lazyError;
            }
        }
        evidence.note("Reported interval and band: the lazy error at the d where it reaches lowest.");
        return new ClaimResult(ID, Verdicts.all(verdicts), reported, kernelLike, evidence.build(),
                (System.nanoTime() - start) * 1e-9, context.parametersOf(this));
    }
}
