package nnrep.theory.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import nnrep.numeric.data.SampleStream;
import nnrep.numeric.gauss.RandomStreams.Purpose;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.hermite.Activation;
import nnrep.numeric.linalg.Parallelism;
import nnrep.numeric.network.TrainingOptions;
import nnrep.numeric.network.PopulationGradient;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.poly.Presets;
import nnrep.numeric.poly.TargetExpression;
import nnrep.numeric.target.Basis;
import nnrep.numeric.target.MultiIndexTarget;
import nnrep.theory.Band;
import nnrep.theory.DecisionContext;
import nnrep.theory.Evidence;
import nnrep.theory.Interval;
import nnrep.theory.Measurements;
import nnrep.theory.Outcome;
import nnrep.theory.Part;
import nnrep.theory.experiments.FirstStepRows;
import nnrep.theory.experiments.FormulaDeviations;
import nnrep.theory.experiments.MonteCarloGradient;
import nnrep.theory.experiments.RandomPolynomials;
import nnrep.theory.protocol.Design;
import nnrep.theory.protocol.Grid;
import nnrep.theory.protocol.GridPoint;
import nnrep.theory.protocol.ProfileTable;
import nnrep.theory.protocol.ReplicatedClaim;
import nnrep.theory.protocol.Replicates;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Claim {@value #ID}: the Monte Carlo mean of y x act(w . x + b) equals the Hermite-tensor formula
 * of Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 3,
 * E[f*(x) x s(w . x)] = sum_k (c_k / k!) C_{k+1}(w^k, .) + w sum_{k>=1} (c_k / (k-1)!) C_{k-1}(w^{k-1}),
 * for the step gate s = 1{t >= 0} (the first-step gradient of Algorithm 1) and for relu(t + b).
 *
 * <p>Cases: every preset target and one random target (a dense polynomial of degree
 * {@value #RANDOM_DEGREE} in {@value #RANDOM_VARIABLES} variables with N(0, 1) coefficients,
 * normalised to E f*^2 = 1, so that C_0 and C_1 are nonzero), in d = 8, 12, 16, ... with a
 * Haar-random U; for each target {@value #RANDOM_DIRECTIONS} uniformly random unit directions w
 * and one uniformly random unit direction inside span(U^T) (for targets with C_0 = C_1 = 0,
 * like the presets, the w-part of the formula is of order |Uw|^2, largest where |Uw| = 1); for each
 * direction the step gate with b = 0 and the relu gate with a bias uniform on
 * [-{@value #RELU_BIAS_RANGE}, {@value #RELU_BIAS_RANGE}]. Target t is unit t and draws everything from
 * the streams of its unit seed: U from BASIS (index 0), the
 * random link from BASIS (index 1), directions from INIT_WEIGHTS, the relu bias from BIASES, and
 * the N inputs x ~ N(0, I_d) from TRAIN_INPUTS through {@link SampleStream}; labels are noiseless,
 * y = f*(x). All cases of a target share its N samples.
 *
 * <p>Measured: for each of the M coordinates (all cases, all d coordinates) the Monte Carlo mean
 * m_j with standard error se_j and rounding slack eps_j ({@link MonteCarloGradient}), the formula
 * value F_j under test (by default {@link PopulationGradient}), and the standardised deviation
 * Z_j = max(0, |m_j - F_j| - eps_j) / se_j.
 *
 * <p>Decision: the measured statistic is T = max_j Z_j (a point, reported as a degenerate
 * interval), the predicted band is [0, z*] with z* = Phi^{-1}(1 - delta / (2M)): PASS iff the
 * formula lies inside every simultaneous interval m_j +- (z* se_j + eps_j), FAIL otherwise.
 * If the formula is right, each (m_j - F_j) / se_j is, by the central limit theorem, approximately
 * standard normal, so P(Z_j > z*) &lt;= P(|N(0, 1)| > z*) = delta / M, and by Bonferroni a false FAIL
 * has probability at most delta.
 * The approximation is good at these N: the summands have all moments, and the leading
 * (skewness) correction to a studentised mean cancels in two-sided tails, leaving an O(1/N)
 * error in the coverage. There is no INCONCLUSIVE: the prediction is a point, so the formula is
 * either inside the intervals or not.
 *
 * <p>Algorithm 1's own first step follows the formula (a second grid, {@link FirstStepRows}): for quad-cubic
 * and for a target with constant and linear parts ({@value GradientPreprocessing#EXPRESSION}), the m rows of
 * W1 that {@link nnrep.numeric.network.AlgorithmOne#firstStep} computes, divided by 2 eta_1 a_j with the
 * paper's eta_1 = sqrt(d), against the formula of the preprocessed gradient, coordinate by coordinate,
 * inside simultaneous intervals built as above (a second part); and the size of the step (a third part): the
 * mean row norm over 2 eta_1 times the formula's mean norm. Its expectation is 1 up to the noise:
 * E|g_n(w)|^2 = |g(w)|^2 + E|g_n(w) - g(w)|^2 with E|g_n - g|^2 at most d E[ytilde^2] / (2n), so the ratio
 * exceeds 1 by at most d / (4 n mean |g|^2) = 1.3e-4 at d = 16, n = 1.6e6, |g|^2 about 1 / (2 pi d);
 * it fluctuates by about sqrt(d / (4n)) / (mean |g| sqrt(m/2)) = 3e-3 (the m/2 = 32 directions are
 * independent). The band 1 +- {@value #STEP_SIZE_TOLERANCE} is more than fifteen such deviations wide on each
 * side: a false FAIL has
 * probability far below 1e-9, while a step size off by a factor 4 (eta_1 = sqrt(d) / 4 or 4 sqrt(d)), or
 * an initialisation left in place (no weight decay), misses it by an order of magnitude. The three parts
 * share the level delta (Bonferroni).
 */
public final class GradientPopulationFormula extends ReplicatedClaim<GradientPopulationFormula.Setting,
        GradientPopulationFormula.Target> {

    public static final String ID = "gradient.population-formula";
    static final int RANDOM_DIRECTIONS = 3;
    static final double RELU_BIAS_RANGE = 1.0;
    static final int RANDOM_VARIABLES = 3;
    static final int RANDOM_DEGREE = 4;
    static final String RANDOM_TARGET = "random";
    static final double STEP_SIZE_TOLERANCE = 0.05;
    private static final String TARGETS = "targets";
    private static final String FIRST_STEP = "Algorithm 1's first step";
    private static final List<String> FIRST_STEP_TARGETS = List.of("quad-cubic", GradientPreprocessing.EXPRESSION);

    /**
     * @param samplesPerTarget   N, the Monte Carlo samples shared by every case of a target
     * @param firstStepDimension d of the first-step check
     * @param firstStepSamples   n of the first-step check
     * @param firstStepWidth     m of the first-step check
     */
    record Setting(int samplesPerTarget, int firstStepDimension, int firstStepSamples, int firstStepWidth) {
    }

    private static final ProfileTable<Setting> SETTINGS = ProfileTable.of(
            new Setting(200_000, 16, 1_600_000, 64), new Setting(2_000_000, 32, 6_400_000, 128),
            new Setting(20_000_000, 64, 25_600_000, 256));

    /**
     * A target (a preset, the random one, or the expression of a first-step check) in dimension d, with its
     * n samples; {@code width} is the first step's m, 0 for the Monte Carlo comparison.
     */
    record Target(String name, int d, int samples, int width) implements GridPoint {

        @Override
        public String label() {
            return name + " (d = " + d + ")";
        }

        /**
         * Drawing the samples and, per gate, a gated sum of y x over them; the first step adds its moments
         * and products (about 2 n d m).
         */
        @Override
        public double cost() {
            int gates = width == 0 ? 2 * (RANDOM_DIRECTIONS + 1) : width / 2;
            return (30.0 + 4.0 * gates + 2.0 * width) * samples * d;
        }
    }

    /** E[f*(x) x act(w . x + b)] for a unit w, as computed by the code under test. */
    @FunctionalInterface
    public interface GradientFormula {
        double[] at(MultiIndexTarget target, Activation gate, double bias, double[] w);
    }

    private final GradientFormula formula;
    private final BiFunction<Integer, Integer, TrainingOptions> firstStep;

    /** The claim about the project's formula, {@link PopulationGradient}, and Algorithm 1's first step. */
    public GradientPopulationFormula() {
        this((target, gate, bias, w) -> PopulationGradient.of(target, gate, bias).at(w));
    }

    /** The claim about another implementation of the formula (for negative controls). */
    public GradientPopulationFormula(GradientFormula formula) {
        this(formula, FirstStepRows::paper);
    }

    /**
     * The claim about another formula or other training options for the first step (negative controls:
     * a step size off by a factor, no weight decay).
     *
     * @param firstStep the training options of the first-step check at (d, m)
     */
    GradientPopulationFormula(GradientFormula formula, BiFunction<Integer, Integer, TrainingOptions> firstStep) {
        super(SETTINGS);
        this.formula = formula;
        this.firstStep = firstStep;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String statement() {
        return "Monte Carlo E[y x 1{w.x>=0}] (and E[y x relu(w.x+b)]) equals the Hermite-tensor formula";
    }

    @Override
    public String source() {
        return "Damian, Lee & Soltanolkotabi (COLT 2022), section 3";
    }

    @Override
    protected Map<String, Object> constants() {
        List<String> targets = targetNames();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("targets", targets);
        parameters.put("dimensions", IntStream.range(0, targets.size()).map(GradientPopulationFormula::dimension)
                .boxed().toList());
        parameters.put("randomDirections", RANDOM_DIRECTIONS);
        parameters.put("directionsInSpanU", 1);
        parameters.put("gates", List.of("step(t)", "relu(t + b)"));
        parameters.put("reluBiasRange", List.of(-RELU_BIAS_RANGE, RELU_BIAS_RANGE));
        parameters.put("randomTarget", "dense degree " + RANDOM_DEGREE + " in r = " + RANDOM_VARIABLES
                + ", N(0,1) coefficients, normalised");
        return parameters;
    }

    @Override
    protected Design<Target> design(Setting s) {
        List<String> names = targetNames();
        return Design.of(new Grid<>(TARGETS, IntStream.range(0, names.size())
                .mapToObj(t -> new Target(names.get(t), dimension(t), s.samplesPerTarget(), 0)).toList(), 1),
                new Grid<>(FIRST_STEP, FIRST_STEP_TARGETS.stream().map(name -> new Target(name,
                        s.firstStepDimension(), s.firstStepSamples(), s.firstStepWidth())).toList(), 1));
    }

    /**
     * Builds the target, estimates all its gated moments on N shared samples and evaluates the formula:
     * per coordinate j of every case, the formula F_j, the Monte Carlo mean m_j, its standard error and
     * its rounding slack.
     */
    @Override
    protected Measurements measure(Setting s, Target point, long seed, int threads) {
        if (point.width() > 0) {
            Polynomial link = Presets.names().contains(point.name()) ? Presets.named(point.name())
                    : TargetExpression.normalise(TargetExpression.parse(point.name()));
            return FirstStepRows.measure(link, point.d(), point.samples(), firstStep.apply(point.d(), point.width()),
                    seed, threads);
        }
        RandomStreams streams = new RandomStreams(seed);
        MultiIndexTarget target = MultiIndexTarget.of(link(point.name(), streams), point.d(), Basis.RANDOM, streams);
        List<String> labels = new ArrayList<>();
        List<MonteCarloGradient.Gate> gates = gates(target, streams, labels);
        List<MonteCarloGradient.Estimate> estimates;
        try (Parallelism parallelism = Parallelism.of(threads)) {
            estimates = MonteCarloGradient.estimate(SampleStream.training(target, point.samples(), 0.0, streams,
                    parallelism), gates, parallelism);
        }
        int d = point.d();
        int size = gates.size() * d;
        double[][] columns = new double[4][size];
        for (int c = 0; c < gates.size(); c++) {
            MonteCarloGradient.Gate gate = gates.get(c);
            MonteCarloGradient.Estimate estimate = estimates.get(c);
            System.arraycopy(formula.at(target, gate.act(), gate.bias(), gate.w()), 0, columns[0], c * d, d);
            System.arraycopy(estimate.mean(), 0, columns[1], c * d, d);
            System.arraycopy(estimate.standardError(), 0, columns[2], c * d, d);
            System.arraycopy(estimate.roundingSlack(), 0, columns[3], c * d, d);
        }
        return Measurements.builder().texts("cases", labels).numbers("formula", columns[0])
                .numbers("measured", columns[1]).numbers("standardError", columns[2])
                .numbers("roundingSlack", columns[3]).build();
    }

    @Override
    protected Outcome decide(Setting s, DecisionContext context, Replicates<Target> results) {
        double third = context.perPart(3);
        Evidence.Builder evidence = Evidence.builder();
        results.design().recordSeeds(evidence, context.seed());
        Part formula = deviations(results, TARGETS, "Monte Carlo", "largest standardised deviation of Monte Carlo"
                + " from the formula", third, evidence);
        Part rows = deviations(results, FIRST_STEP, "Algorithm 1's W1 / (2 eta_1 a_j)", "largest standardised"
                + " deviation of Algorithm 1's rows of W1 from 2 eta_1 a_j g(w_j)", third, evidence);
        double[] ratios = results.all().subList(results.grid(TARGETS).units(), results.all().size()).stream()
                .mapToDouble(unit -> unit.number("rowNormRatio")).toArray();
        double low = java.util.Arrays.stream(ratios).min().orElseThrow();
        double high = java.util.Arrays.stream(ratios).max().orElseThrow();
        evidence.measurement("rowNormRatios", ratios);
        Part size = Part.decide("mean row norm of W1 over 2 eta_1 mean |g(w_j)|, eta_1 = sqrt(d)",
                new Interval(low, high, 1.0 - third), Band.around(1.0, STEP_SIZE_TOLERANCE,
                        "the first step of the paper's size, with its noise and fluctuation"));
        evidence.note("Each deviation is max(0, |measured - formula| - rounding slack) / standard error; the"
                + " critical value is the normal quantile 1 - delta' / (2 M), Bonferroni over the M intervals of a"
                + " part, delta' = delta / 3.");
        return new Outcome(List.of(formula, rows, size), evidence.build());
    }

    /** The simultaneous comparison of every unit of {@code grid} with its formula, as one part. */
    private static Part deviations(Replicates<Target> results, String grid, String measuredName, String name,
            double delta, Evidence.Builder evidence) {
        FormulaDeviations deviations = new FormulaDeviations(measuredName);
        List<Target> targets = results.grid(grid).points();
        for (int t = 0; t < targets.size(); t++) {
            Measurements unit = results.at(grid, t, 0);
            List<String> cases = unit.texts("cases");
            double[] formulaValues = unit.numbers("formula");
            double[] means = unit.numbers("measured");
            double[] errors = unit.numbers("standardError");
            double[] slacks = unit.numbers("roundingSlack");
            int d = targets.get(t).d();
            for (int c = 0; c < cases.size(); c++) {
                for (int j = 0; j < d; j++) {
                    int at = c * d + j;
                    deviations.add(targets.get(t).label(), cases.get(c), j, formulaValues[at], means[at], errors[at],
                            slacks[at]);
                }
            }
        }
        int intervals = deviations.count();
        // z* = Phi^{-1}(1 - delta / (2M)), computed from the lower tail to keep its accuracy for tiny delta.
        double critical = -new NormalDistribution(null, 0.0, 1.0).inverseCumulativeProbability(delta / (2.0 * intervals));
        deviations.addTo(evidence, critical, 1.0 - delta);
        return Part.decide(name, new Interval(deviations.worst(), deviations.worst(), 1.0 - delta), new Band(0.0,
                critical, "max_j |measured_j - formula_j| / se_j <= z_{1 - delta/(2M)}, M = " + intervals));
    }

    /** The gates of one target: each direction with step(t) and relu(t + b); their labels go to {@code labels}. */
    private static List<MonteCarloGradient.Gate> gates(MultiIndexTarget target, RandomStreams streams,
                                                       List<String> labels) {
        double reluBias = RELU_BIAS_RANGE * (2.0 * streams.stream(Purpose.BIASES, 0).nextDouble() - 1.0);
        List<MonteCarloGradient.Gate> gates = new ArrayList<>();
        for (int j = 0; j <= RANDOM_DIRECTIONS; j++) {
            boolean inSpan = j == RANDOM_DIRECTIONS;
            double[] w = inSpan ? directionInSpan(target, streams.stream(Purpose.INIT_WEIGHTS, j))
                    : unitGaussian(target.d(), streams.stream(Purpose.INIT_WEIGHTS, j));
            String direction = inSpan ? "w in span(U)" : "random w " + j;
            gates.add(new MonteCarloGradient.Gate(Activation.STEP, 0.0, w));
            labels.add(direction + ", step(w.x)");
            gates.add(new MonteCarloGradient.Gate(Activation.RELU, reluBias, w));
            labels.add(direction + ", relu(w.x + " + reluBias + ")");
        }
        return gates;
    }

    /** U^T v / |v| for a Gaussian v in R^r: a uniformly random unit direction inside span(U^T). */
    private static double[] directionInSpan(MultiIndexTarget target, SplittableRandom random) {
        int d = target.d();
        double[] v = unitGaussian(target.r(), random);
        double[] u = target.basis();
        double[] w = new double[d];
        for (int i = 0; i < v.length; i++) {
            for (int t = 0; t < d; t++) {
                w[t] += u[i * d + t] * v[i];
            }
        }
        return w;
    }

    /** A uniformly random unit vector of R^length (a normalised Gaussian vector). */
    private static double[] unitGaussian(int length, SplittableRandom random) {
        double[] w = new double[length];
        RandomStreams.fillGaussian(random, w, 0, length, 1.0);
        double norm = 0.0;
        for (double wi : w) {
            norm += wi * wi;
        }
        norm = Math.sqrt(norm);
        for (int t = 0; t < length; t++) {
            w[t] /= norm;
        }
        return w;
    }

    /** A preset's link, or for {@value #RANDOM_TARGET} a normalised dense polynomial from stream (BASIS, 1). */
    private static Polynomial link(String name, RandomStreams streams) {
        if (!name.equals(RANDOM_TARGET)) {
            return Presets.named(name);
        }
        SplittableRandom random = streams.stream(Purpose.BASIS, 1);
        return TargetExpression.normalise(RandomPolynomials.dense(RANDOM_VARIABLES, RANDOM_DEGREE, random));
    }

    /** The presets, then the random target. */
    static List<String> targetNames() {
        List<String> names = new ArrayList<>(Presets.names());
        names.add(RANDOM_TARGET);
        return names;
    }

    /** d of target t: 8, 12, 16, then again. */
    static int dimension(int t) {
        return 8 + 4 * (t % 3);
    }
}
