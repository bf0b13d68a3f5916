package nnrep.theory.claims;

import java.util.LinkedHashMap;
import java.util.Map;

import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.poly.Presets;
import nnrep.theory.Band;
import nnrep.theory.DecisionContext;
import nnrep.theory.Evidence;
import nnrep.theory.Measurements;
import nnrep.theory.Outcome;
import nnrep.theory.Part;
import nnrep.theory.experiments.Learner;
import nnrep.theory.experiments.NetworkLearner;
import nnrep.theory.protocol.Axes;
import nnrep.theory.protocol.Design;
import nnrep.theory.protocol.Grid;
import nnrep.theory.protocol.GridPoint;
import nnrep.theory.protocol.LogInterpolation;
import nnrep.theory.protocol.ProfileTable;
import nnrep.theory.protocol.ReplicateBands;
import nnrep.theory.protocol.ReplicatedClaim;
import nnrep.theory.protocol.Replicates;
import nnrep.theory.protocol.SampleGrid;
import nnrep.theory.protocol.Scaling;

/**
 * Claim {@value #ID}: Algorithm 1 learns f* = g(Ux) from n ~ d^2 samples whatever the degree of g
 * (Damian, Lee &amp; Soltanolkotabi (COLT 2022), Theorem 1, section 4): the test error at n = c d^2
 * does not depend on d, and the n needed for a fixed error grows as d^2.
 *
 * <p>Measured: the test relative MSE of Algorithm 1 on quad-cubic (degree 3) at n = c d^2 for a grid
 * of c and d, width m, R replicates; within a replicate the samples are nested in n (one seed).
 *
 * <p>Decision, two parts at level 1 - delta/2 each: (1) the exponent in d of n*, the n at which the
 * error falls to {@value #ERROR_LEVEL} (linear interpolation in log n), against [{@value #N_LOWER},
 * {@value #N_UPPER}]; (2) the exponent in d of the error at the largest c against
 * [{@value #FLAT_LOWER}, {@value #FLAT_UPPER}]. A replicate whose error never reaches the level on the
 * grid FAILs (1); one below it already at the smallest c leaves (1) INCONCLUSIVE. In the lazy (kernel)
 * regime the error stays near 1 and grows with d: FAIL.
 *
 * <p>Why the bands lean upward: Theorem 1 holds up to logarithmic factors (n of order d^2 times
 * logs). A law n* ~ d^2 log d has local exponent 2 + 1 / ln d, 2.2 to 2.3 on d = 32..128, and an
 * error at n = c d^2 that grows like a power of log d has a small positive exponent. The bands still
 * separate d^2 from d^3 (and from d), and a flat error from the kernel regime's.
 */
public final class NetworkSampleComplexity extends ReplicatedClaim<NetworkSampleComplexity.Setting,
        NetworkSampleComplexity.Dimension> {

    public static final String ID = "network.sample-complexity";
    static final double ERROR_LEVEL = 0.4;
    static final double FLAT_LOWER = -0.2;
    static final double FLAT_UPPER = 0.3;
    static final double N_LOWER = 1.7;
    static final double N_UPPER = 2.5;
    private static final String D_GRID = "d grid";

    /**
     * @param dGrid      the dimensions d
     * @param cGrid      the sample sizes n = c d^2 measured at each d, increasing
     * @param width      the width m
     * @param replicates R per d
     */
    record Setting(int[] dGrid, double[] cGrid, int width, int replicates) {
    }

    private static final ProfileTable<Setting> SETTINGS = ProfileTable.of(
            new Setting(new int[] {32, 64, 128}, new double[] {1, 2, 4, 8}, 256, 10),
            new Setting(new int[] {32, 64, 128, 256}, new double[] {1, 2, 4, 8}, 512, 10),
            new Setting(new int[] {32, 64, 128, 256, 512}, new double[] {1, 2, 4, 8, 16}, 1024, 16));

    /** One d, at which every n = c d^2 of the setting is measured on nested samples. */
    record Dimension(SampleGrid sizes, int width, NetworkLearner training) implements GridPoint {

        @Override
        public String label() {
            return sizes.label();
        }

        @Override
        public double cost() {
            return sizes.cost(n -> training.cost(sizes.d(), n, width));
        }
    }

    private final NetworkLearner training;

    /** The claim about Algorithm 1. */
    public NetworkSampleComplexity() {
        this(Learner.PAPER);
    }

    /** The claim about another training regime (negative controls: {@link Learner#LAZY}, broken variants). */
    NetworkSampleComplexity(NetworkLearner training) {
        super(SETTINGS);
        this.training = training;
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
    protected Map<String, Object> constants() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", "quad-cubic");
        p.put("training", training.toString());
        p.put("errorLevel", ERROR_LEVEL);
        p.put("testSamples", Learner.TEST_SAMPLES);
        return p;
    }

    @Override
    protected Design<Dimension> design(Setting s) {
        return Design.of(new Grid<>(D_GRID, java.util.Arrays.stream(s.dGrid())
                .mapToObj(d -> new Dimension(new SampleGrid(d, s.cGrid()), s.width(), training)).toList(),
                s.replicates()));
    }

    @Override
    protected Measurements measure(Setting s, Dimension point, long seed, int threads) {
        Polynomial link = Presets.named("quad-cubic");
        SampleGrid sizes = point.sizes();
        double[] errors = new double[sizes.size()];
        for (int c = 0; c < errors.length; c++) {
            errors[c] = training.testRelMse(link, sizes.d(), sizes.n(c), s.width(), seed, threads);
        }
        return Measurements.builder().numbers("errors", errors).build();
    }

    @Override
    protected Outcome decide(Setting s, DecisionContext context, Replicates<Dimension> results) {
        double[][][] errors = results.arrays(D_GRID, "errors");
        int dims = s.dGrid().length;
        int last = s.cGrid().length - 1;
        double[] ds = Axes.doubles(s.dGrid());
        double[][] crossings = new double[dims][s.replicates()];
        double[][] atLargestC = new double[dims][s.replicates()];
        for (int k = 0; k < dims; k++) {
            double[] ns = results.grid(D_GRID).points().get(k).sizes().ns();
            for (int i = 0; i < s.replicates(); i++) {
                crossings[k][i] = LogInterpolation.crossing(ns, errors[k][i], ERROR_LEVEL, false);
                atLargestC[k][i] = errors[k][i][last];
            }
        }
        double half = context.perPart(2);
        Evidence.Builder evidence = Evidence.builder();
        results.design().recordSeeds(evidence, context.seed());
        recordCurves(evidence, s, errors, context.delta());
        Band nBand = new Band(N_LOWER, N_UPPER, "exponent 2 in d of the n reaching error " + ERROR_LEVEL
                + ", up to log factors");
        Part nStar = Scaling.crossing(evidence, "exponent in d of the n reaching error " + ERROR_LEVEL,
                new Scaling.Labels("nStar", "d", "n* (the error falls to " + ERROR_LEVEL + ")"), ds, crossings, nBand,
                half, 2.0, "the error falls to " + ERROR_LEVEL, s.cGrid()[0] + " d^2",
                s.cGrid()[last] + " d^2").against(2.0, "d^2", "d^2 times log factors");
        String atC = "n = " + s.cGrid()[last] + " d^2";
        Band flatBand = new Band(FLAT_LOWER, FLAT_UPPER, "error at " + atC + " flat in d, up to log factors");
        Part flat = Scaling.exponent(evidence, "exponent in d of the error at " + atC,
                new Scaling.Labels("errorAtLargestC", "d", "test relative MSE at " + atC), ds, atLargestC, flatBand,
                half, 0.0).against(0.0, "a flat error", "a drift of log factors");
        return new Outcome(java.util.List.of(nStar, flat), evidence.build());
    }

    /** The error curves against n / d^2, one per d, with Student-t bands over the replicates. */
    private static void recordCurves(Evidence.Builder evidence, Setting s, double[][][] errors, double delta) {
        String plot = "test relative MSE against n / d^2";
        evidence.plot(plot, "n / d^2", "test relative MSE", true, true);
        for (int k = 0; k < s.dGrid().length; k++) {
            double[][] band = ReplicateBands.of(errors[k], delta);
            evidence.series(plot, "d = " + s.dGrid()[k], s.cGrid(), band[0], band[1], band[2]);
        }
    }
}
