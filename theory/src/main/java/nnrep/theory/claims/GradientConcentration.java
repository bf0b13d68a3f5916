package nnrep.theory.claims;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnrep.numeric.hermite.Activation;
import nnrep.numeric.network.PopulationGradient;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.poly.Presets;
import nnrep.theory.Band;
import nnrep.theory.DecisionContext;
import nnrep.theory.Evidence;
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
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Claim {@value #ID}: the empirical first-step gradient g_n(w) = (1/n) sum_i y_i x_i 1{w . x_i >= 0}
 * deviates from its population value g(w) by about sqrt(E[y^2] d / (2n)) (Damian, Lee &amp;
 * Soltanolkotabi (COLT 2022), section 3): exponent -1/2 in n and +1/2 in d.
 *
 * <p>Measured: for each replicate, k directions w uniform on the sphere, the root-mean-square
 * deviation sqrt((1/k) sum_j ||g_n(w_j) - g(w_j)||^2) with g from the exact Hermite-tensor formula
 * ({@link PopulationGradient}); labels y = f*(x) for the quad-cubic target, not preprocessed. Two
 * grids: n at fixed d, and d at fixed n; R replicates per grid point, each on its own seed.
 *
 * <p>Decision: least-squares exponents of log(deviation) against log(n) and log(d)
 * ({@link ExponentFit}) with bootstrap percentile intervals at level 1 - delta/2 each (so both
 * hold together with probability 1 - delta), each compared with a band of half-width
 * {@value #TOLERANCE}; the claim PASSes when both do, FAILs when one does.
 * The n band is centred on -1/2. The d band is centred on the slope the paper's estimate has on
 * this grid once its finite-d terms are kept: E||g_n - g||^2 = (E[y^2 |x|^2 1{w.x>=0}] - ||g||^2)/n,
 * and E[y^2 |x|^2 1{w.x>=0}] is about (d - r + E[g(z)^2 |z|^2]) / 2 for w nearly orthogonal to
 * span(U) (y depends on the r coordinates z = Ux only), so the deviation grows like
 * sqrt(d + a) with a = E[g(z)^2 |z|^2] - r, computed exactly from g. Its slope tends to 1/2 as
 * d grows; for quad-cubic on d = 16..128 it is about 0.42, which a band around 1/2 would wrongly
 * call a failure.
 */
public final class GradientConcentration extends ReplicatedClaim<GradientConcentration.Setting,
        GradientConcentration.Size> {

    public static final String ID = "gradient.concentration";
    static final double TOLERANCE = 0.1;
    private static final int DIRECTIONS = 64;
    private static final String N_GRID = "n grid";
    private static final String D_GRID = "d grid";

    /**
     * @param nGrid      the sample sizes of the n grid, at d = dForNGrid
     * @param dForNGrid  its dimension
     * @param dGrid      the dimensions of the d grid, at n = nForDGrid
     * @param nForDGrid  its sample size
     * @param directions the directions w per replicate
     * @param replicates R per grid point
     */
    record Setting(int[] nGrid, int dForNGrid, int[] dGrid, int nForDGrid, int directions, int replicates) {
    }

    private static final ProfileTable<Setting> SETTINGS = ProfileTable.of(
            new Setting(new int[] {2048, 4096, 8192, 16384, 32768}, 32, new int[] {16, 32, 64, 128}, 16384,
                    DIRECTIONS, 10),
            new Setting(new int[] {4096, 8192, 16384, 32768, 65536, 131072}, 64, new int[] {16, 32, 64, 128, 256},
                    65536, DIRECTIONS, 20),
            new Setting(new int[] {8192, 16384, 32768, 65536, 131072, 262144, 524288}, 128,
                    new int[] {16, 32, 64, 128, 256, 512}, 262144, DIRECTIONS, 32));

    /** One (d, n): k empirical gradients on n samples in dimension d. */
    record Size(int d, int n, int directions) implements GridPoint {

        @Override
        public String label() {
            return "d = " + d + ", n = " + n;
        }

        /** Drawing the samples (about 30 flops a coordinate) and the k gated sums, 2 n d k. */
        @Override
        public double cost() {
            return 30.0 * n * d + 2.0 * n * d * directions;
        }
    }

    /** Draws the empirical gradients of one replicate: the piece under test. */
    @FunctionalInterface
    public interface Estimator {
        FirstStepSample draw(Polynomial link, int d, int n, int k, long seed, int threads);
    }

    private final Estimator estimator;
    private final double nExponent;
    private final double dExponent;

    /** The claim about the project's g_n and the paper's exponents. */
    public GradientConcentration() {
        this((link, d, n, k, seed, threads) -> FirstStepSample.draw(link, d, n, k, false, seed, threads), -0.5, 0.5);
    }

    /** The claim about another estimator or against other predicted exponents (negative controls). */
    GradientConcentration(Estimator estimator, double nExponent, double dExponent) {
        super(SETTINGS);
        this.estimator = estimator;
        this.nExponent = nExponent;
        this.dExponent = dExponent;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String statement() {
        return "||g_n(w) - g(w)|| scales as n^(-1/2) and d^(1/2)";
    }

    @Override
    public String source() {
        return "Damian, Lee & Soltanolkotabi (COLT 2022), section 3";
    }

    @Override
    protected Map<String, Object> constants() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", "quad-cubic");
        return p;
    }

    @Override
    protected Design<Size> design(Setting s) {
        List<Size> overN = Arrays.stream(s.nGrid()).mapToObj(n -> new Size(s.dForNGrid(), n, s.directions())).toList();
        List<Size> overD = Arrays.stream(s.dGrid()).mapToObj(d -> new Size(d, s.nForDGrid(), s.directions())).toList();
        return Design.of(new Grid<>(N_GRID, overN, s.replicates()), new Grid<>(D_GRID, overD, s.replicates()));
    }

    @Override
    protected Measurements measure(Setting s, Size point, long seed, int threads) {
        FirstStepSample sample = estimator.draw(Presets.named("quad-cubic"), point.d(), point.n(), point.directions(),
                seed, threads);
        PopulationGradient population = PopulationGradient.of(sample.target(), Activation.STEP, 0.0);
        return Measurements.builder().number("rmsDeviation", sample.rmsDeviation(population::at)).build();
    }

    @Override
    protected Outcome decide(Setting s, DecisionContext context, Replicates<Size> results) {
        Polynomial link = Presets.named("quad-cubic");
        double half = context.perPart(2);
        Evidence.Builder evidence = Evidence.builder();
        results.design().recordSeeds(evidence, context.seed());
        Band nBand = Band.around(nExponent, TOLERANCE, "exponent " + nExponent + " in n");
        double shift = squaredNormMoment(link) - link.variables();
        double finiteD = dExponent * finiteDSlope(s.dGrid(), shift) / 0.5;
        Band dBand = Band.around(finiteD, TOLERANCE, "exponent " + dExponent + " in d, " + finiteD
                + " on this grid with the finite-d shift a = " + shift);
        Part inN = Scaling.exponent(evidence, "exponent in n", new Scaling.Labels("n", "n (d = " + s.dForNGrid() + ")",
                "RMS ||g_n(w) - g(w)||"), Axes.doubles(s.nGrid()), results.values(N_GRID, "rmsDeviation"), nBand, half,
                context.seed(), nExponent);
        Part inD = Scaling.exponent(evidence, "exponent in d", new Scaling.Labels("d", "d (n = " + s.nForDGrid() + ")",
                "RMS ||g_n(w) - g(w)|| "), Axes.doubles(s.dGrid()), results.values(D_GRID, "rmsDeviation"), dBand, half,
                context.seed() + 1, finiteD).against(dExponent, "d^" + dExponent, "sqrt(d + a)");
        return new Outcome(List.of(inN, inD), evidence.build());
    }

    /** E[g(z)^2 |z|^2], z ~ N(0, I_r), exactly. */
    static double squaredNormMoment(Polynomial g) {
        double sum = 0.0;
        for (int i = 0; i < g.variables(); i++) {
            sum += g.times(Polynomial.variable(g.variables(), i)).secondMoment();
        }
        return sum;
    }

    /** The least-squares slope of log sqrt(d + a) against log d over the grid. */
    static double finiteDSlope(int[] ds, double a) {
        SimpleRegression line = new SimpleRegression();
        for (int d : ds) {
            line.addData(Math.log(d), 0.5 * Math.log(d + a));
        }
        return line.getSlope();
    }
}
