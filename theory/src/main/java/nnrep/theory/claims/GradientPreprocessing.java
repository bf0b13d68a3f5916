package nnrep.theory.claims;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnrep.numeric.hermite.Activation;
import nnrep.numeric.network.PopulationGradient;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.poly.TargetExpression;
import nnrep.theory.Band;
import nnrep.theory.DecisionContext;
import nnrep.theory.Evidence;
import nnrep.theory.Measurements;
import nnrep.theory.Outcome;
import nnrep.theory.experiments.FirstStepRows;
import nnrep.theory.experiments.FirstStepSample;
import nnrep.theory.protocol.Axes;
import nnrep.theory.protocol.Design;
import nnrep.theory.protocol.Grid;
import nnrep.theory.protocol.GridPoint;
import nnrep.theory.protocol.ProfileTable;
import nnrep.theory.protocol.ReplicatedClaim;
import nnrep.theory.protocol.Replicates;
import nnrep.theory.protocol.Scaling;

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
 * <p>Decision: the exponent of the leftover in n ({@link nnrep.theory.stats.ExponentFit}, at level
 * 1 - delta) against -1/2 +- {@value #TOLERANCE}. Without preprocessing the
 * leftover tends to the C_0 and C_1 terms, phi(0) C_0 w + C_1 / 2, a constant: exponent 0, FAIL.
 */
public final class GradientPreprocessing extends ReplicatedClaim<GradientPreprocessing.Setting,
        GradientPreprocessing.Size> {

    public static final String ID = "gradient.preprocessing";
    static final String EXPRESSION = "0.5 + z1 - 0.5*z2 + (He2(z1) + He2(z2) + He2(z3))/sqrt(6) + z1*z2*z3/sqrt(2)";
    static final double TOLERANCE = 0.1;
    private static final int DIRECTIONS = 16;
    private static final String N_GRID = "n grid";

    /**
     * @param nGrid      the sample sizes n
     * @param d          the dimension
     * @param directions the directions w per replicate
     * @param replicates R per n
     */
    record Setting(int[] nGrid, int d, int directions, int replicates) {
    }

    private static final ProfileTable<Setting> SETTINGS = ProfileTable.of(
            new Setting(new int[] {2048, 4096, 8192, 16384, 32768}, 32, DIRECTIONS, 10),
            new Setting(new int[] {4096, 8192, 16384, 32768, 65536, 131072}, 64, DIRECTIONS, 20),
            new Setting(new int[] {8192, 16384, 32768, 65536, 131072, 262144, 524288}, 128, DIRECTIONS, 32));

    /** One n: k empirical gradients on n samples in dimension d. */
    record Size(int d, int n, int directions) implements GridPoint {

        @Override
        public String label() {
            return "n = " + n;
        }

        /** Drawing the samples (about 30 flops a coordinate), beta (2 n d) and the k gated sums, 2 n d k. */
        @Override
        public double cost() {
            return 32.0 * n * d + 2.0 * n * d * directions;
        }
    }

    private final boolean preprocess;

    /** The claim about Algorithm 1 as the paper states it. */
    public GradientPreprocessing() {
        this(true);
    }

    /** With {@code preprocess = false}: the claim run on the ablated algorithm (a negative control). */
    GradientPreprocessing(boolean preprocess) {
        super(SETTINGS);
        this.preprocess = preprocess;
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
    protected Map<String, Object> constants() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", EXPRESSION);
        p.put("preprocess", preprocess);
        return p;
    }

    @Override
    protected Design<Size> design(Setting s) {
        return Design.of(new Grid<>(N_GRID, Arrays.stream(s.nGrid()).mapToObj(n -> new Size(s.d(), n, s.directions()))
                .toList(), s.replicates()));
    }

    @Override
    protected Measurements measure(Setting s, Size point, long seed, int threads) {
        Polynomial link = link();
        FirstStepSample sample = FirstStepSample.draw(link, point.d(), point.n(), point.directions(), preprocess, seed,
                threads);
        PopulationGradient reference = PopulationGradient.of(sample.target().withLink(FirstStepRows.withoutDegreesBelowTwo(link)),
                Activation.STEP, 0.0);
        return Measurements.builder().number("rmsLeftover", sample.rmsDeviation(reference::at)).build();
    }

    @Override
    protected Outcome decide(Setting s, DecisionContext context, Replicates<Size> results) {
        Polynomial link = link();
        Band band = Band.around(-0.5, TOLERANCE, "exponent -1/2 in n");
        Evidence.Builder evidence = Evidence.builder();
        results.design().recordSeeds(evidence, context.seed());
        var part = Scaling.exponent(evidence, "exponent in n of the leftover", new Scaling.Labels("n",
                "n (d = " + s.d() + ")", "RMS leftover ||g_n(w) - g_{>=2}(w)||"), Axes.doubles(s.nGrid()),
                results.values(N_GRID, "rmsLeftover"), band, context.delta(), -0.5);
        evidence.measurement("C0", link.mean()).measurement("C1", FirstStepRows.firstMoment(link));
        return new Outcome(List.of(part), evidence.build());
    }

    private static Polynomial link() {
        return TargetExpression.normalise(TargetExpression.parse(EXPRESSION));
    }
}
