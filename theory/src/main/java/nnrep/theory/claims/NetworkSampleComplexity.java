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
import nnrep.theory.Profile;
import nnrep.theory.Verdict;
import nnrep.theory.stats.Bootstrap;
import nnrep.theory.stats.ExponentFit;

/**
 * Claim {@value #ID}: Algorithm 1 learns f* = g(Ux) from n ~ d^2 samples whatever the degree of g
 * (Damian, Lee &amp; Soltanolkotabi (COLT 2022), Theorem 1, section 4): the test error at n = c d^2
 * does not depend on d, and the n needed for a fixed error grows as d^2.
 *
 * <p>Measured: the test relative MSE of Algorithm 1 on quad-cubic (degree 3) at n = c d^2 for a grid
 * of c and d, width m, R replicates; within a replicate the samples are nested in n (one seed).
 *
 * <p>Decision, two parts at level 1 - delta/2 each: (1) the exponent in d of the error at the
 * largest c ({@link ExponentFit}, bootstrap percentile interval) against [{@value #FLAT_LOWER},
 * {@value #FLAT_UPPER}]; (2) the exponent in d of n*, the n at which the error falls to
 * {@value #ERROR_LEVEL} (linear interpolation in log n), against [{@value #N_LOWER}, {@value #N_UPPER}].
 * PASS when both PASS; FAIL when one FAILs or when in some replicate the error never reaches the
 * level on the grid; INCONCLUSIVE when it is below the level already at the smallest c. In the
 * lazy (kernel) regime the error stays near 1 and grows with d: FAIL.
 *
 * <p>Why the bands lean upward: Theorem 1 holds up to logarithmic factors (n of order d^2 times
 * logs). A law n* ~ d^2 log d has local exponent 2 + 1 / ln d, 2.2 to 2.3 on d = 32..128, and an
 * error at n = c d^2 that grows like a power of log d has a small positive exponent. Measured on
 * the quick grid (m = 256, seeds 1 to 6): n* exponents 2.16 to 2.22, error exponents at n = 8 d^2
 * 0.07 to 0.16, both with intervals of about +-0.12. The bands still separate d^2 from d^3 (and
 * from d), and a flat error from the kernel regime's.
 */
public final class NetworkSampleComplexity implements Claim {

    public static final String ID = "network.sample-complexity";
    static final double ERROR_LEVEL = 0.4;
    static final double FLAT_LOWER = -0.2;
    static final double FLAT_UPPER = 0.3;
    static final double N_LOWER = 1.7;
    static final double N_UPPER = 2.5;
    private static final double[] C_GRID = {1, 2, 4, 8};

    private final Learner training;

    /** The claim about Algorithm 1. */
    public NetworkSampleComplexity() {
        this(Learner.PAPER);
    }

    /** The claim about another training regime (negative control: {@link Learner#LAZY}). */
    NetworkSampleComplexity(Learner training) {
        this.training = training;
    }

    private record Grid(int[] ds, int width, int replicates) {
    }

    private static Grid grid(Profile profile) {
        return profile == Profile.QUICK ? new Grid(new int[] {32, 64, 128}, 256, 10)
                : new Grid(new int[] {32, 64, 128, 256}, 512, 10);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String statement() {
        return "the test error of Algorithm 1 at n = c d^2 is flat in d; the n needed for a fixed error grows as d^2";
    }

    @Override
    public String source() {
        return "Damian, Lee & Soltanolkotabi (COLT 2022), Theorem 1 (section 4)";
    }

    @Override
    public Map<String, Object> parameters(Profile profile) {
        Grid g = grid(profile);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", "quad-cubic");
        p.put("training", training.toString());
        p.put("dGrid", g.ds());
        p.put("cGrid (n = c d^2)", C_GRID);
        p.put("width", g.width());
        p.put("errorLevel", ERROR_LEVEL);
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
        double[][][] errors = new double[g.ds().length][r][C_GRID.length];
        double[][] crossings = ReplicateGrid.run(this, context, "d grid", g.ds().length, r, 0, (point, i, seed) -> {
            int d = g.ds()[point];
            double[] ns = samples(d);
            for (int c = 0; c < C_GRID.length; c++) {
                errors[point][i][c] = training.testRelMse(link, d, (int) ns[c], g.width(), seed, context.threads());
            }
            return LogInterpolation.crossing(ns, errors[point][i], ERROR_LEVEL, false);
        });
        double half = context.delta() / 2;
        int resamples = Bootstrap.minimumResamples(half) * 4;

        double[][] atLargestC = new double[g.ds().length][r];
        for (int point = 0; point < g.ds().length; point++) {
            for (int i = 0; i < r; i++) {
                atLargestC[point][i] = errors[point][i][C_GRID.length - 1];
            }
        }
        double[] ds = GradientConcentration.toDoubles(g.ds());
        ExponentFit flat = ExponentFit.fit(ds, atLargestC, half, resamples, context.seed());
        Band flatBand = new Band(FLAT_LOWER, FLAT_UPPER, "error at n = " + C_GRID[C_GRID.length - 1]
                + " d^2 flat in d, up to log factors");
        Verdict flatVerdict = Decision.decide(flat.slopeInterval(), flatBand);

        Evidence.Builder evidence = Evidence.builder().seed("master", context.seed());
        ReplicateGrid.recordSeeds(evidence, context, "d grid", r, 0);
        recordCurves(evidence, g.ds(), errors, context.delta());
        ScalingEvidence.record(evidence, "errorAtLargestC", "d", "test relative MSE at n = "
                + C_GRID[C_GRID.length - 1] + " d^2", flat, flatBand, 0.0);
        Band nBand = new Band(N_LOWER, N_UPPER, "exponent 2 in d of the n reaching error " + ERROR_LEVEL
                + ", up to log factors");
        CrossingScaling.Outcome nStar = CrossingScaling.decide(evidence, ds, crossings, nBand, half, context.seed() + 1,
                "the error falls to " + ERROR_LEVEL, C_GRID[0] + " d^2", C_GRID[C_GRID.length - 1] + " d^2", 2.0);
        evidence.measurement("flatVerdict", flatVerdict.name()).measurement("nStarVerdict", nStar.verdict().name())
                .note("Reported interval and band: the exponent of n*; the flatness check is in the measurements.");
        return new ClaimResult(ID, Verdicts.all(flatVerdict, nStar.verdict()), nStar.interval(), nBand, evidence.build(),
                (System.nanoTime() - start) * 1e-9, context.parametersOf(this));
    }

    private static double[] samples(int d) {
        double[] n = new double[C_GRID.length];
        for (int c = 0; c < n.length; c++) {
            n[c] = Math.round(C_GRID[c] * d * d);
        }
        return n;
    }

    /** The error curves against n / d^2, one per d, with Student-t bands over the replicates. */
    private static void recordCurves(Evidence.Builder evidence, int[] ds, double[][][] errors, double delta) {
        String plot = "test relative MSE against n / d^2";
        evidence.plot(plot, "n / d^2", "test relative MSE", true, true);
        for (int g = 0; g < ds.length; g++) {
            double[][] band = ReplicateBands.of(errors[g], delta);
            evidence.series(plot, "d = " + ds[g], C_GRID, band[0], band[1], band[2]);
        }
    }
}
