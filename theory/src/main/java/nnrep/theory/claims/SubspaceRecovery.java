package nnrep.theory.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnrep.numeric.network.SubspaceMetrics;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.poly.Presets;
import nnrep.theory.Band;
import nnrep.theory.Claim;
import nnrep.theory.ClaimContext;
import nnrep.theory.ClaimResult;
import nnrep.theory.Evidence;
import nnrep.theory.Profile;

/**
 * Claim {@value #ID}: after the first step of Algorithm 1 the rows of W1 concentrate on span(U^T)
 * once n &gt;&gt; d^2 (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 3: signal over noise is
 * about sqrt(n) / d). Both the share ||W1 P_U||_F^2 / ||W1||_F^2 and the largest principal angle
 * depend on n / d^2 only, so the n at which the share reaches a fixed level grows as d^2.
 *
 * <p>Measured: for each d of a grid and each replicate, W1 for n = c d^2 over a grid of c (nested
 * samples of one seed; the m/2 = {@value #HALF_WIDTH} distinct rows w_j^(1) = 2 eta_1 a_j g_n(w_j)
 * and their mirrors, eta_1 = sqrt(d), quad-cubic target, preprocessed labels), the share at each c,
 * and n* = the n at which the share first reaches {@value #LEVEL}, by linear interpolation of the
 * share in log n.
 *
 * <p>Decision: the exponent of n* in d ({@link ExponentFit}, bootstrap percentile interval at
 * level 1 - delta) against 2 +- {@value #TOLERANCE}. The tolerance covers the finite-d corrections of
 * order r/d (the population gradient phi(0) [H w - (w^T H w) w / 2] has a part outside span(U) and
 * an inside part shrunk by 1 - |P_U w|^2 / 2); the level {@value #LEVEL} is crossed between
 * n = 2 d^2 and 4 d^2, where the share curves of different d lie closest. If in some replicate the share never reaches
 * the level on the grid (at n = {@code cMax} d^2, where the paper's scaling puts it near 0.85),
 * the claim FAILs; if it is already above it at the smallest c, the grid cannot place n*:
 * INCONCLUSIVE. Without weight decay in the first step (lambda_1 = 0), W1 keeps W0 and the share
 * stays near 0.4: FAIL.
 */
public final class SubspaceRecovery implements Claim {

    public static final String ID = "representation.subspace-recovery";
    static final double LEVEL = 0.6;
    static final double TOLERANCE = 0.3;
    static final int HALF_WIDTH = 64;
    private static final double[] C_GRID = {0.5, 1, 2, 4, 8};

    private final boolean weightDecayErases;

    /** The claim about Algorithm 1 as the paper states it (lambda_1 = 1/eta_1). */
    public SubspaceRecovery() {
        this(true);
    }

    /** With {@code weightDecayErases = false}: a first step without weight decay (a negative control). */
    SubspaceRecovery(boolean weightDecayErases) {
        this.weightDecayErases = weightDecayErases;
    }

    private static int[] dGrid(Profile profile) {
        return profile == Profile.QUICK ? new int[] {32, 64, 128} : new int[] {32, 64, 128, 256};
    }

    private static int replicates(Profile profile) {
        return profile == Profile.QUICK ? 10 : 16;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String statement() {
        return "the first step puts W1 in span(U) with share and angle depending on n/d^2 only; "
                + "the n reaching a fixed share grows as d^2";
    }

    @Override
    public String source() {
        return "Damian, Lee & Soltanolkotabi (COLT 2022), section 3";
    }

    @Override
    public Map<String, Object> parameters(Profile profile) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", "quad-cubic");
        p.put("dGrid", dGrid(profile));
        p.put("cGrid (n = c d^2)", C_GRID);
        p.put("width", 2 * HALF_WIDTH);
        p.put("shareLevel", LEVEL);
        p.put("replicates", replicates(profile));
        p.put("weightDecay", weightDecayErases ? "1/eta1" : "0");
        return p;
    }

    @Override
    public ClaimResult run(ClaimContext context) {
        long start = System.nanoTime();
        int[] ds = dGrid(context.profile());
        int r = replicates(context.profile());
        Polynomial link = Presets.named("quad-cubic");
        double[][][] shares = new double[ds.length][r][C_GRID.length];
        double[][][] angles = new double[ds.length][r][C_GRID.length];
        double[][] crossings = ReplicateGrid.run(this, context, "d grid", ds.length, r, 0, (point, i, seed) -> {
            int d = ds[point];
            for (int c = 0; c < C_GRID.length; c++) {
                FirstStepSample sample = FirstStepSample.draw(link, d, samples(d, c), HALF_WIDTH, true, seed,
                        context.threads());
                double[] w1 = firstLayer(sample);
                double[] u = sample.target().basis();
                int rank = sample.target().r();
                shares[point][i][c] = SubspaceMetrics.subspaceShare(w1, 2 * HALF_WIDTH, d, u, rank);
                angles[point][i][c] = SubspaceMetrics.maxPrincipalAngleDegrees(w1, 2 * HALF_WIDTH, d, u, rank);
            }
            return LogInterpolation.crossing(samplesGrid(d), shares[point][i], LEVEL, true);
        });

        Evidence.Builder evidence = Evidence.builder().seed("master", context.seed());
        ReplicateGrid.recordSeeds(evidence, context, "d grid", r, 0);
        recordCurves(evidence, ds, shares, angles, context.delta());
        Band band = Band.around(2.0, TOLERANCE, "exponent 2 in d");
        CrossingScaling.Outcome outcome = CrossingScaling.decide(evidence, GradientConcentration.toDoubles(ds),
                crossings, band, context.delta(), context.seed(), "the share reaches " + LEVEL, C_GRID[0] + " d^2",
                C_GRID[C_GRID.length - 1] + " d^2 (where the paper's scaling puts it near 0.85)", 2.0);
        return new ClaimResult(ID, outcome.verdict(), outcome.interval(), band, evidence.build(), (System.nanoTime() - start) * 1e-9,
                context.parametersOf(this));
    }

    /**
     * The 2k rows of W1 = (1 - eta_1 lambda_1) W0 + 2 eta_1 a o G with a = (+1, -1) on the mirrored
     * halves and eta_1 = sqrt(d): with lambda_1 = 1/eta_1 the rows are +-2 eta_1 g_n(w_j); without
     * weight decay the (unit) initial rows stay.
     */
    private double[] firstLayer(FirstStepSample sample) {
        int d = sample.target().d();
        int k = sample.k();
        double keep = weightDecayErases ? 0.0 : 1.0;
        double step = 2.0 * Math.sqrt(d);
        double[] w1 = new double[2 * k * d];
        for (int j = 0; j < k; j++) {
            for (int t = 0; t < d; t++) {
                double kept = keep * sample.directions()[j * d + t];
                double moved = step * sample.gradients()[j * d + t];
                w1[j * d + t] = kept + moved;
                w1[(j + k) * d + t] = kept - moved;
            }
        }
        return w1;
    }

    /** Share and angle against n / d^2, one curve per d, with Student-t bands over the replicates. */
    private static void recordCurves(Evidence.Builder evidence, int[] ds, double[][][] shares, double[][][] angles,
            double delta) {
        String sharePlot = "subspace share against n / d^2";
        String anglePlot = "largest principal angle against n / d^2";
        evidence.plot(sharePlot, "n / d^2", "||W1 P_U||_F^2 / ||W1||_F^2", true, false)
                .plot(anglePlot, "n / d^2", "largest principal angle (degrees)", true, false);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int g = 0; g < ds.length; g++) {
            double[][] shareBand = ReplicateBands.of(shares[g], delta);
            double[][] angleBand = ReplicateBands.of(angles[g], delta);
            evidence.series(sharePlot, "d = " + ds[g], C_GRID, shareBand[0], shareBand[1], shareBand[2])
                    .series(anglePlot, "d = " + ds[g], C_GRID, angleBand[0], angleBand[1], angleBand[2]);
            for (int c = 0; c < C_GRID.length; c++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("d", ds[g]);
                row.put("n/d^2", C_GRID[c]);
                row.put("meanShare", shareBand[0][c]);
                row.put("meanAngleDeg", angleBand[0][c]);
                rows.add(row);
            }
        }
        evidence.table("shareAndAngle", rows);
    }

    private static int samples(int d, int c) {
        return (int) Math.round(C_GRID[c] * d * d);
    }

    private static double[] samplesGrid(int d) {
        double[] n = new double[C_GRID.length];
        for (int c = 0; c < n.length; c++) {
            n[c] = samples(d, c);
        }
        return n;
    }
}
