package nnrep.theory.claims;

import java.util.ArrayList;
import java.util.Arrays;
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
import nnrep.theory.protocol.ReplicateBands;
import nnrep.theory.protocol.ReplicatedClaim;
import nnrep.theory.protocol.Replicates;
import nnrep.theory.stats.StudentT;

/**
 * Claim {@value #ID}: the large first step is needed (Damian, Lee &amp; Soltanolkotabi (COLT 2022),
 * sections 2 and 4). With a tiny eta_1 and no weight decay, W1 stays at its random initialisation:
 * the network is a random-features (kernel) model, and at n = {@value #C} d^2 it cannot learn the
 * degree-3 half of quad-cubic, while Algorithm 1 can.
 *
 * <p>Measured, on the same seed for both learners in each unit: the test relative MSE of the lazy network and of Algorithm 1 at
 * n = {@value #C} d^2 for a grid of d, m = {@value #WIDTH} (kernel.lower-bound measures the kernels).
 *
 * <p>Decision, at level 1 - delta/(2D) for each of the 2D Student-t intervals (D values of d): the
 * lazy error lies above 1/2 - {@value #TOLERANCE} like a kernel's (quad-cubic's degree-3 half is out of a
 * kernel's reach at n ~ d^2), and
 * exceeds Algorithm 1's by at least {@value #GAP}. PASS when all PASS; FAIL when one FAILs. Fed
 * Algorithm 1 as its "lazy" arm, the claim FAILs.
 */
public final class AblationLazyRegime extends ReplicatedClaim<AblationLazyRegime.Setting, AblationLazyRegime.Dimension> {

    public static final String ID = "ablation.lazy-regime";
    static final int C = 2;
    static final int WIDTH = 256;
    static final double TOLERANCE = 0.05;
    static final double DEGREE_THREE_ENERGY = 0.5;
    static final double GAP = 0.2;
    private static final String D_GRID = "d grid";

    /**
     * @param dGrid      the dimensions d
     * @param width      the width m of both networks
     * @param replicates R per d
     */
    record Setting(int[] dGrid, int width, int replicates) {
    }

    private static final ProfileTable<Setting> SETTINGS = ProfileTable.of(
            new Setting(new int[] {40, 48}, WIDTH, 6),
            new Setting(new int[] {40, 48, 64}, WIDTH, 10),
            new Setting(new int[] {48, 64, 96}, 2 * WIDTH, 16));

    /** One d: the lazy network and Algorithm 1 on the same samples. */
    record Dimension(int d, int width, Learner lazy) implements GridPoint {

        @Override
        public String label() {
            return "d = " + d;
        }

        @Override
        public double cost() {
            return lazy.cost(d, C * d * d, width) + Learner.PAPER.cost(d, C * d * d, width);
        }
    }

    private final Learner lazy;

    /** The ablation as stated. */
    public AblationLazyRegime() {
        this(Learner.LAZY);
    }

    /** With another learner as the lazy arm (negative control: {@link Learner#PAPER}). */
    AblationLazyRegime(Learner lazy) {
        super(SETTINGS);
        this.lazy = lazy;
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
    protected Map<String, Object> constants() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", "quad-cubic");
        p.put("lazyArm", lazy.toString());
        p.put("n", C + " d^2");
        return p;
    }

    @Override
    protected Design<Dimension> design(Setting s) {
        return Design.of(new Grid<>(D_GRID, Arrays.stream(s.dGrid()).mapToObj(d -> new Dimension(d, s.width(), lazy))
                .toList(), s.replicates()));
    }

    @Override
    protected Measurements measure(Setting s, Dimension point, long seed, int threads) {
        int d = point.d();
        var link = Presets.named("quad-cubic");
        return Measurements.builder()
                .number("lazyError", lazy.testRelMse(link, d, C * d * d, s.width(), seed, threads))
                .number("algorithm1Error", Learner.PAPER.testRelMse(link, d, C * d * d, s.width(), seed, threads))
                .build();
    }

    @Override
    protected Outcome decide(Setting s, DecisionContext context, Replicates<Dimension> results) {
        double[][] lazyErrors = results.values(D_GRID, "lazyError");
        double[][] paperErrors = results.values(D_GRID, "algorithm1Error");
        int dims = s.dGrid().length;
        Evidence.Builder evidence = Evidence.builder();
        results.design().recordSeeds(evidence, context.seed());
        String plot = "test relative MSE at n = " + C + " d^2";
        evidence.plot(plot, "d", "test relative MSE", true, false);
        double[] ds = Axes.doubles(s.dGrid());
        double[][][] curves = {lazyErrors, paperErrors};
        String[] labels = {lazy.label(), Learner.PAPER.label()};
        for (int l = 0; l < curves.length; l++) {
            double[][] band = ReplicateBands.of(ReplicateBands.transpose(curves[l]), context.delta());
            evidence.series(plot, labels[l], ds, band[0], band[1], band[2]);
        }
        double level = context.perPart(2 * dims);
        Band kernelLike = new Band(DEGREE_THREE_ENERGY - TOLERANCE, Double.MAX_VALUE,
                "lazy error above the degree-3 energy, like a kernel");
        Band notNetwork = new Band(GAP, Double.MAX_VALUE, "lazy error exceeds Algorithm 1's by at least " + GAP);
        List<Part> parts = new ArrayList<>();
        for (int k = 0; k < dims; k++) {
            double[] gaps = new double[s.replicates()];
            for (int i = 0; i < gaps.length; i++) {
                gaps[i] = lazyErrors[k][i] - paperErrors[k][i];
            }
            parts.add(Part.decide("lazy error at d = " + s.dGrid()[k], StudentT.interval(lazyErrors[k], level),
                    kernelLike));
            parts.add(Part.decide("lazy error minus Algorithm 1's at d = " + s.dGrid()[k],
                    StudentT.interval(gaps, level), notNetwork));
        }
        return new Outcome(parts, evidence.build());
    }
}
