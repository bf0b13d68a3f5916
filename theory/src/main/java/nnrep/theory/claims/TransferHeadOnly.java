package nnrep.theory.claims;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnrep.numeric.network.HeadSolver;
import nnrep.numeric.network.TrainingOptions;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.poly.Presets;
import nnrep.numeric.poly.TargetExpression;
import nnrep.numeric.target.Basis;
import nnrep.numeric.transfer.TransferExperiment;
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
 * Claim {@value #ID}: a first layer learned on one task transfers to another task on the same U by
 * retraining the head alone, at a cost independent of d (Damian, Lee &amp; Soltanolkotabi (COLT 2022),
 * section 4: target error &lt;~ sqrt(r^p kappa^{2p} / min(m, N)) + N^{-1/4}); fixed features cannot,
 * since they do not depend on U.
 *
 * <p>Measured: W1 and b learned by Algorithm 1 on quad-cubic (n_source = {@value #C} d^2), the head
 * retrained on N = {@value #N_TARGET} fresh samples of {@value #TARGET}; the random-features model
 * with the same m on the same N samples, with its best ridge on held-out samples, as the baseline;
 * test relative MSE of both, over a grid of d, R replicates.
 *
 * <p>Decision, three parts at level 1 - delta/3 each: (1) the exponent in d of the transferred
 * error ({@link nnrep.theory.stats.ExponentFit}) inside [{@link NetworkSampleComplexity#FLAT_LOWER},
 * {@link NetworkSampleComplexity#FLAT_UPPER}]; (2) the exponent of the baseline's error inside
 * [{@link NetworkSampleComplexity#FLAT_LOWER}, 3]: it does not improve as d grows; (3) at the largest d
 * the ratio transferred / baseline (Student-t) inside [0, {@value #RATIO}]. PASS when all PASS; FAIL
 * when one FAILs. Negative controls: with W1 from the lazy regime (features that do not depend on U)
 * (3) FAILs; with the source trained on a number of samples that does not grow with d
 * ({@link SourceTraining#FIXED_SIZE}), the first layer degrades with d and (1) FAILs.
 *
 * <p>Why (1) allows the same drift as {@link NetworkSampleComplexity}: the transfer bound holds for a
 * first layer that Algorithm 1 learned from n_source of order d^2 up to logarithmic factors, and at
 * n_source = C d^2 the learned layer inherits those factors. Measured (m = 256, N = 2000, 8 seeds, mean
 * of log error over d = 16, 32, 64): exponent 0.10 at C = 16, 0.045 at C = 64, and 0.11 at C = 16 with
 * N = 8000: the drift shrinks when the source is trained on more samples, not when the head is, so it
 * comes from the source stage. Per-replicate log errors spread by 0.15-0.3, so at the quick profile the
 * exponent's interval is about +-0.12.
 */
public final class TransferHeadOnly extends ReplicatedClaim<TransferHeadOnly.Setting, TransferHeadOnly.Dimension> {

    public static final String ID = "transfer.head-only";
    static final String TARGET = "z1*z2 + He3(z3)/sqrt(6)";
    static final int C = 16;
    static final int N_TARGET = 2000;
    static final int WIDTH = 256;
    static final double RATIO = 0.5;
    private static final String D_GRID = "d grid";

    /** How the first layer is learned on the source task. */
    enum SourceTraining {
        /** Algorithm 1 on n_source = C d^2 samples: the claim. */
        PAPER,
        /** The lazy regime: features that do not depend on U (negative control). */
        LAZY,
        /** Algorithm 1 on C d_0^2 samples for every d, d_0 the smallest d of the grid (negative control). */
        FIXED_SIZE
    }

    /**
     * @param dGrid      the dimensions d
     * @param nTarget    N, the target task's sample size
     * @param width      the width m
     * @param replicates R per d
     */
    record Setting(int[] dGrid, int nTarget, int width, int replicates) {
    }

    private static final ProfileTable<Setting> SETTINGS = ProfileTable.of(
            new Setting(new int[] {16, 32, 64}, N_TARGET, WIDTH, 16),
            new Setting(new int[] {16, 32, 64, 128}, N_TARGET, WIDTH, 24),
            new Setting(new int[] {16, 32, 64, 128, 256}, N_TARGET, 2 * WIDTH, 32));

    /** One d: the source stage on nSource samples, then the head and the baseline on N samples. */
    record Dimension(int d, int nSource, int nTarget, int width) implements GridPoint {

        @Override
        public String label() {
            return "d = " + d;
        }

        @Override
        public double cost() {
            return Learner.PAPER.cost(d, nSource, width) + 2 * Learner.RANDOM_FEATURES.cost(d, nTarget, width);
        }
    }

    private final SourceTraining sourceTraining;

    /** The claim about Algorithm 1's first layer. */
    public TransferHeadOnly() {
        this(SourceTraining.PAPER);
    }

    /** The claim with another source stage (negative controls). */
    TransferHeadOnly(SourceTraining sourceTraining) {
        super(SETTINGS);
        this.sourceTraining = sourceTraining;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String statement() {
        return "retraining only the head on N samples of a new task on the same U gives an error flat in d; "
                + "fixed features with the same N do not";
    }

    @Override
    public String source() {
        return "Damian, Lee & Soltanolkotabi (COLT 2022), section 4 (transfer learning)";
    }

    @Override
    protected Map<String, Object> constants() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("source", "quad-cubic");
        p.put("target", TARGET);
        p.put("nSource", sourceTraining == SourceTraining.FIXED_SIZE ? C + " d_0^2 at every d, d_0 the smallest d"
                : C + " d^2");
        p.put("sourceTraining", sourceTraining == SourceTraining.LAZY ? Learner.LAZY.toString()
                : Learner.PAPER.toString());
        return p;
    }

    @Override
    protected Design<Dimension> design(Setting s) {
        int smallest = s.dGrid()[0];
        return Design.of(new Grid<>(D_GRID, Arrays.stream(s.dGrid()).mapToObj(d -> {
            int size = sourceTraining == SourceTraining.FIXED_SIZE ? smallest : d;
            return new Dimension(d, C * size * size, s.nTarget(), s.width());
        }).toList(), s.replicates()));
    }

    @Override
    protected Measurements measure(Setting s, Dimension point, long seed, int threads) {
        int d = point.d();
        TrainingOptions options = sourceTraining == SourceTraining.LAZY
                ? TrainingOptions.lazy(point.width(), TrainingOptions.LAZY_ETA1, Learner.RIDGE, HeadSolver.CLOSED_FORM)
                : TrainingOptions.paper(d, point.width(), Learner.RIDGE, HeadSolver.CLOSED_FORM);
        Polynomial target = TargetExpression.normalise(TargetExpression.parse(TARGET));
        TransferExperiment.Outcome outcome = new TransferExperiment(Presets.named("quad-cubic"), target, d,
                point.nSource(), point.nTarget(), Basis.RANDOM, options, 0.0, Learner.TEST_SAMPLES, seed).run(threads);
        return Measurements.builder().number("transferred", outcome.targetTest().relMse())
                .number("randomFeatures", outcome.randomFeaturesTargetTest().relMse()).build();
    }

    @Override
    protected Outcome decide(Setting s, DecisionContext context, Replicates<Dimension> results) {
        double[][] transferred = results.values(D_GRID, "transferred");
        double[][] baseline = results.values(D_GRID, "randomFeatures");
        int dims = s.dGrid().length;
        double third = context.perPart(3);
        double[] ds = Axes.doubles(s.dGrid());
        Evidence.Builder evidence = Evidence.builder();
        results.design().recordSeeds(evidence, context.seed());
        Band flatBand = new Band(NetworkSampleComplexity.FLAT_LOWER, NetworkSampleComplexity.FLAT_UPPER,
                "transferred error flat in d up to the source stage's log factors");
        Part flat = Scaling.exponent(evidence, "exponent in d of the transferred error", new Scaling.Labels(
                "transferred", "d", "transferred target error (N = " + s.nTarget() + ")"), ds, transferred, flatBand,
                third, 0.0).against(0.0, "a flat error", "a drift of log factors");
        Band fixedBand = new Band(NetworkSampleComplexity.FLAT_LOWER, 3.0,
                "random features with the same N do not improve with d");
        Part fixed = Scaling.exponent(evidence, "exponent in d of the random-features error", new Scaling.Labels(
                "randomFeatures", "d", "random-features target error (N = " + s.nTarget() + ")"), ds, baseline,
                fixedBand, third, Double.NaN);
        double[] ratios = new double[s.replicates()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = transferred[dims - 1][i] / baseline[dims - 1][i];
        }
        Part ratio = Part.decide("transferred error over random features' at d = " + s.dGrid()[dims - 1],
                StudentT.interval(ratios, third), new Band(0.0, RATIO, "transferred error well below the baseline's"));
        return new Outcome(List.of(flat, fixed, ratio), evidence.build());
    }
}
