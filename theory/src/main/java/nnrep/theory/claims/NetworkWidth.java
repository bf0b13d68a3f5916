package nnrep.theory.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnrep.numeric.poly.Presets;
import nnrep.theory.Band;
import nnrep.theory.DecisionContext;
import nnrep.theory.Evidence;
import nnrep.theory.Measurements;
import nnrep.theory.Outcome;
import nnrep.theory.Part;
import nnrep.theory.experiments.Learner;
import nnrep.theory.protocol.Axes;
import nnrep.theory.protocol.Design;
import nnrep.theory.protocol.Grid;
import nnrep.theory.protocol.GridPoint;
import nnrep.theory.protocol.ProfileTable;
import nnrep.theory.protocol.ReplicatedClaim;
import nnrep.theory.protocol.Replicates;
import nnrep.theory.protocol.Scaling;
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
 * <p>Decision: (1) at the largest m, the difference of the errors at the largest and the smallest d
 * (Student-t interval over replicates) against 0 +- {@value #SAME_ERROR}; (2) for each d, the exponent
 * of the error in m ({@link nnrep.theory.stats.ExponentFit}) against the band [{@value #STEEPEST}, 0]
 * (non-increasing). Levels: 1 - delta/2 for (1) and 1 - delta/(2 D) for each of the D fits of (2).
 * In the lazy regime the features are random directions of R^d and the error at a fixed m grows with d:
 * FAIL.
 */
public final class NetworkWidth extends ReplicatedClaim<NetworkWidth.Setting, NetworkWidth.Size> {

    public static final String ID = "network.width";
    static final int C = 16;
    static final double STEEPEST = -2.0;
    static final double SAME_ERROR = 0.06;
    private static final String GRID = "(d, m) grid";

    /**
     * @param dGrid      the dimensions d
     * @param mGrid      the widths m, increasing
     * @param replicates R per (d, m)
     */
    record Setting(int[] dGrid, int[] mGrid, int replicates) {
    }

    private static final ProfileTable<Setting> SETTINGS = ProfileTable.of(
            new Setting(new int[] {16, 32}, new int[] {16, 64, 256}, 20),
            new Setting(new int[] {16, 32, 64}, new int[] {16, 32, 64, 128, 256, 512}, 8),
            new Setting(new int[] {16, 32, 64, 128}, new int[] {16, 32, 64, 128, 256, 512, 1024}, 16));

    /** One (d, m), trained on n = C d^2 samples. */
    record Size(int d, int m, Learner training) implements GridPoint {

        @Override
        public String label() {
            return "d = " + d + ", m = " + m;
        }

        @Override
        public double cost() {
            return training.cost(d, C * d * d, m);
        }
    }

    private final Learner training;

    /** The claim about Algorithm 1. */
    public NetworkWidth() {
        this(Learner.PAPER);
    }

    /** The claim about another training regime (negative control: {@link Learner#LAZY}). */
    NetworkWidth(Learner training) {
        super(SETTINGS);
        this.training = training;
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
    protected Map<String, Object> constants() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", "quad-cubic");
        p.put("training", training.toString());
        p.put("n", C + " d^2");
        p.put("testSamples", Learner.TEST_SAMPLES);
        return p;
    }

    @Override
    protected Design<Size> design(Setting s) {
        List<Size> points = new ArrayList<>();
        for (int d : s.dGrid()) {
            for (int m : s.mGrid()) {
                points.add(new Size(d, m, training));
            }
        }
        return Design.of(new Grid<>(GRID, points, s.replicates()));
    }

    @Override
    protected Measurements measure(Setting s, Size point, long seed, int threads) {
        return Measurements.builder().number("error", training.testRelMse(Presets.named("quad-cubic"), point.d(),
                C * point.d() * point.d(), point.m(), seed, threads)).build();
    }

    @Override
    protected Outcome decide(Setting s, DecisionContext context, Replicates<Size> results) {
        double[][] all = results.values(GRID, "error");
        int dims = s.dGrid().length;
        int widths = s.mGrid().length;
        Evidence.Builder evidence = Evidence.builder();
        results.design().recordSeeds(evidence, context.seed());
        double[] gaps = new double[s.replicates()];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = all[(dims - 1) * widths + widths - 1][i] - all[widths - 1][i];
        }
        int lastM = s.mGrid()[widths - 1];
        Band same = Band.around(0.0, SAME_ERROR, "same error at m = " + lastM + " for d = " + s.dGrid()[0]
                + " and d = " + s.dGrid()[dims - 1]);
        List<Part> parts = new ArrayList<>();
        parts.add(Part.decide("error at d = " + s.dGrid()[dims - 1] + " minus error at d = " + s.dGrid()[0]
                + ", m = " + lastM, StudentT.interval(gaps, context.perPart(2)), same));
        double fitDelta = context.perPart(2 * dims);
        Band monotone = new Band(STEEPEST, 0.0, "non-increasing in m");
        for (int k = 0; k < dims; k++) {
            int d = s.dGrid()[k];
            double[][] errors = java.util.Arrays.copyOfRange(all, k * widths, (k + 1) * widths);
            parts.add(Scaling.exponent(evidence, "exponent in m of the error at d = " + d,
                    new Scaling.Labels("widthAtD" + d, "m (d = " + d + ", n = " + C + " d^2)",
                            "test relative MSE (d = " + d + ")"), Axes.doubles(s.mGrid()), errors, monotone, fitDelta, Double.NaN));
        }
        return new Outcome(parts, evidence.build());
    }
}
