package nnrep.theory.claims;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.hermite.Activation;
import nnrep.numeric.network.PopulationGradient;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.poly.Presets;
import nnrep.numeric.target.Basis;
import nnrep.numeric.target.MultiIndexTarget;
import nnrep.theory.Band;
import nnrep.theory.DecisionContext;
import nnrep.theory.Evidence;
import nnrep.theory.Interval;
import nnrep.theory.Measurements;
import nnrep.theory.Outcome;
import nnrep.theory.Part;
import nnrep.theory.experiments.FirstStepSample;
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
 * Claim {@value #ID}: for w uniform on the unit sphere, the population gradient
 * g(w) = E[f*(x) x 1{w . x >= 0}] of a target with C_0 = C_1 = 0 is led by H w / sqrt(2 pi), of size
 * ||H||_F / sqrt(2 pi d) (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 3).
 *
 * <p>Measured, with no sampling error in g (the exact Hermite-tensor formula,
 * {@link PopulationGradient}): for each replicate, a Haar-random U and K directions w uniform on
 * the sphere, the root-mean-square norm sqrt((1/K) sum_j ||g(w_j)||^2), over a grid of d.
 *
 * <p>Decision, two parts at level 1 - delta/2 each: (1) the exponent of the RMS norm in d
 * ({@link nnrep.theory.stats.ExponentFit}) against the band -1/2 +- {@value #TOLERANCE};
 * (2) at the largest d, the ratio RMS norm * sqrt(2 pi d) / ||H||_F (Student-t interval over the
 * replicates) against 1 +- {@value #RATIO_TOLERANCE}. For quad-cubic the exact mean square is
 * phi(0)^2 ||H||_F^2 / d (1 - (3/4)(r + 2)/(d + 2)), so the ratio is below 1 by 1.5% at d = 256:
 * the tolerance covers that and the Monte Carlo spread over directions. PASS when both parts
 * PASS; FAIL when one FAILs. A target with H = 0 (the assumption rank(H) = r broken) has ratio
 * infinity and exponent -3/2.
 */
public final class GradientSignalSize extends ReplicatedClaim<GradientSignalSize.Setting, GradientSignalSize.Dimension> {

    public static final String ID = "gradient.signal-size";
    static final double TOLERANCE = 0.1;
    static final double RATIO_TOLERANCE = 0.1;
    private static final int DIRECTIONS = 256;
    private static final String D_GRID = "d grid";

    /**
     * @param dGrid      the dimensions d
     * @param directions the directions w per replicate
     * @param replicates R per d
     */
    record Setting(int[] dGrid, int directions, int replicates) {
    }

    private static final ProfileTable<Setting> SETTINGS = ProfileTable.of(
            new Setting(new int[] {16, 32, 64, 128, 256}, DIRECTIONS, 10),
            new Setting(new int[] {16, 32, 64, 128, 256, 512, 1024}, DIRECTIONS, 20),
            new Setting(new int[] {16, 32, 64, 128, 256, 512, 1024, 2048}, 4 * DIRECTIONS, 32));

    /** One d: the population gradient at K directions. */
    record Dimension(int d, int directions) implements GridPoint {

        @Override
        public String label() {
            return "d = " + d;
        }

        /** The Hermite-tensor formula at each direction: a few hundred flops per coordinate. */
        @Override
        public double cost() {
            return 500.0 * d * directions;
        }
    }

    private final Polynomial link;
    private final String linkName;

    /** The claim on the quad-cubic target. */
    public GradientSignalSize() {
        this(Presets.named("quad-cubic"), "quad-cubic");
    }

    /** The claim on another target (negative controls break its assumptions). */
    GradientSignalSize(Polynomial link, String linkName) {
        super(SETTINGS);
        this.link = link;
        this.linkName = linkName;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String statement() {
        return "||g(w)|| for w uniform on the sphere scales as d^(-1/2), with value ||H||_F / sqrt(2 pi d)";
    }

    @Override
    public String source() {
        return "Damian, Lee & Soltanolkotabi (COLT 2022), section 3";
    }

    @Override
    protected Map<String, Object> constants() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", linkName);
        return p;
    }

    @Override
    protected Design<Dimension> design(Setting s) {
        return Design.of(new Grid<>(D_GRID, Arrays.stream(s.dGrid()).mapToObj(d -> new Dimension(d, s.directions()))
                .toList(), s.replicates()));
    }

    @Override
    protected Measurements measure(Setting s, Dimension point, long seed, int threads) {
        return Measurements.builder().number("rmsNorm", rmsNorm(point.d(), point.directions(), seed)).build();
    }

    @Override
    protected Outcome decide(Setting s, DecisionContext context, Replicates<Dimension> results) {
        int[] ds = s.dGrid();
        double[][] norms = results.values(D_GRID, "rmsNorm");
        double half = context.perPart(2);
        Evidence.Builder evidence = Evidence.builder();
        results.design().recordSeeds(evidence, context.seed());
        Band exponentBand = Band.around(-0.5, TOLERANCE, "exponent -1/2 in d");
        Part exponent = Scaling.exponent(evidence, "exponent in d", new Scaling.Labels("d", "d", "RMS ||g(w)||"),
                Axes.doubles(ds), norms, exponentBand, half, -0.5)
                .against(-0.5, "d^(-1/2)", "d^(-1/2) with its finite-d correction");
        int largest = ds[ds.length - 1];
        double frobenius = frobenius(link.hessianMean());
        double[] ratios = new double[s.replicates()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = norms[ds.length - 1][i] * Math.sqrt(2 * Math.PI * largest) / frobenius;
        }
        Band ratioBand = Band.around(1.0, RATIO_TOLERANCE, "||g|| sqrt(2 pi d) / ||H||_F = 1");
        Interval ratio = frobenius > 0 ? StudentT.interval(ratios, half)
                : new Interval(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 1 - half);
        evidence.measurement("frobeniusNormH", frobenius);
        return new Outcome(List.of(exponent, Part.decide("||g|| sqrt(2 pi d) / ||H||_F at d = " + largest, ratio,
                ratioBand)), evidence.build());
    }

    private double rmsNorm(int d, int directions, long seed) {
        RandomStreams streams = new RandomStreams(seed);
        MultiIndexTarget target = MultiIndexTarget.of(link, d, Basis.RANDOM, streams);
        PopulationGradient g = PopulationGradient.of(target, Activation.STEP, 0.0);
        double[] w = FirstStepSample.unitDirections(directions, d, streams);
        double sum = 0.0;
        double[] direction = new double[d];
        for (int j = 0; j < directions; j++) {
            System.arraycopy(w, j * d, direction, 0, d);
            for (double v : g.at(direction)) {
                sum += v * v;
            }
        }
        return Math.sqrt(sum / directions);
    }

    private static double frobenius(double[][] h) {
        double s = 0.0;
        for (double[] row : h) {
            for (double v : row) {
                s += v * v;
            }
        }
        return Math.sqrt(s);
    }
}
