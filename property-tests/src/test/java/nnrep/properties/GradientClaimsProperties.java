package nnrep.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import nnrep.numeric.data.SampleStream;
import nnrep.numeric.gauss.GaussHermiteRule;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.hermite.Activation;
import nnrep.numeric.linalg.JavaProducts;
import nnrep.numeric.linalg.Parallelism;
import nnrep.numeric.linalg.Products;
import nnrep.numeric.network.FirstStepGradient;
import nnrep.numeric.network.LabelMoments;
import nnrep.numeric.network.PopulationGradient;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.target.MultiIndexTarget;

/**
 * The first gradient of Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 3, claims
 * gradient.population-formula and gradient.concentration of claims.md, on random targets
 * f*(x) = g(Ux) (degree <= 4, r <= 4, d <= 12) and random unit directions w.
 */
class GradientClaimsProperties extends PaperInstances {

    /** Median-of-means blocks: a chance failure needs half of them to miss, probability <= exp(-K/8). */
    private static final int BLOCKS = 131;
    /** Replicates per block. */
    private static final int BLOCK_SIZE = 128;

    /**
     * The Hermite-tensor formula {@link PopulationGradient#at} equals E[f*(x) x act(w . x + b)]
     * computed by deterministic quadrature, for step and relu gates and b in [-3, 3]. The reference
     * reduces x to the (r+1)-dimensional span of U's rows and w ({@link SpanOfUAndW}) and integrates
     * g(z) y_i act(e . y + b) there with {@link GatedGaussianIntegral} (an exact Gauss-Hermite rule
     * against the degree-(p+1) Hermite truncation of the gate, whose coefficients come from adaptive
     * quadrature). Tolerance 1e-10 ||g|| (2 + |b|) per coordinate:
     * |E[g(z) x_t act]| <= ||g|| sqrt(E[x_t^2 act^2]) <= ||g|| (sqrt 3 + |b|) bounds each coordinate,
     * and both computations are accurate to about 1e-14 of that; a wrong sign, coefficient or
     * factorial in the formula changes coordinates by O(||g||).
     */
    @Label("gradient.population-formula")
    @Property(tries = 100)
    void populationGradientIsTheHermiteTensorFormula(@ForAll("gradientPoint") GradientPoint point,
                                                      @ForAll Activation act,
                                                      @ForAll("bias") double b) {
        MultiIndexTarget target = point.target().build();
        Polynomial g = target.link();
        double[] w = point.w().vector();
        double[] formula = PopulationGradient.of(target, act, b).at(w);

        SpanOfUAndW span = new SpanOfUAndW(target, w);
        GatedGaussianIntegral gated = new GatedGaussianIntegral(span.gateDirection(), act, b, g.degree() + 1);
        double norm = Math.sqrt(g.secondMoment());
        double[] reduced = new double[target.r() + 1];
        for (int i = 0; i < reduced.length; i++) {
            int coordinate = i;
            reduced[i] = gated.expect(y -> g.evaluate(y) * y[coordinate]);
        }
        double[] quadrature = span.lift(reduced);

        double tolerance = 1e-10 * norm * (2 + Math.abs(b));
        assertThat(formula).as("E[f*(x) x %s(w.x + %s)]", act, b).containsExactly(quadrature, within(tolerance));
    }

    /**
     * For n i.i.d. samples and labels y = f*(x) (no preprocessing), D = ||g_n(w) - g(w)||^2 with
     * g_n(w) = (1/n) sum_i y_i x_i 1{w . x_i >= 0} has mean
     *
     * <pre>  E D = (E[y^2 |x|^2 1{w.x >= 0}] - ||g(w)||^2) / n   (exactly),</pre>
     *
     * the sqrt(d/n) concentration of section 3. Checked on K = 131 blocks of R = 128 independent
     * replicates (n in [16, 128], so that the 1/n is visible): the median of the block means lies
     * within eps = sqrt(4 V / R) of E D, where V >= Var D. g(w) is {@link PopulationGradient}, g_n is
     * {@link FirstStepGradient} on a fresh {@link SampleStream} per replicate, and
     * M = E[y^2 |x|^2 1{w.x >= 0}] comes from quadrature on span(U, w) plus the d - r - 1 remaining
     * coordinates.
     *
     * <p>Why a chance failure has probability below 1e-7. With Z = y x 1{w.x >= 0} - g(w) and
     * Sigma = Cov Z, expanding ||sum_i Z_i||^4 gives exactly
     * Var D = (E|Z|^4 - (tr Sigma)^2) / n^3 + 2 (n - 1) ||Sigma||_F^2 / n^3 <= E|Z|^4 / n^3 + 2 (tr Sigma)^2 / n^2,
     * with tr Sigma <= M and E|Z|^4 <= 8 (E[y^4 |x|^4] + ||g(w)||^4) <= 8 (E[y^4 |x|^4] + M^2) (Jensen),
     * E[y^4 |x|^4] computed exactly by an 11-point rule in r dimensions and the chi-square moments
     * of the other d - r coordinates. That is V. By Chebyshev each block mean misses E D by more than
     * eps with probability <= V / (R eps^2) = 1/4; the blocks are independent, so the median misses
     * only if at least (K+1)/2 blocks do, which by Hoeffding has probability
     * <= exp(-2 K (1/2 - 1/4)^2) = exp(-131/8) = 7.7e-8 per try, 6.2e-7 for the 8 tries of a run.
     */
    @Label("gradient.concentration")
    @Property(tries = 8)
    void meanSquaredDeviationOfTheEmpiricalGradientIsTheVarianceOverN(
            @ForAll("gradientPoint") GradientPoint point,
            @ForAll @IntRange(min = 16, max = 128) int n,
            @ForAll("seed") long seed) {
        MultiIndexTarget target = point.target().build();
        double[] w = point.w().vector();
        double[] population = PopulationGradient.of(target, Activation.STEP, 0.0).at(w);
        double gatedMoment = gatedLabelInputMoment(target, w);
        double predicted = (gatedMoment - squaredNorm(population)) / n;
        double varianceBound = 8 * (labelInputFourthMoment(target) + gatedMoment * gatedMoment) / Math.pow(n, 3)
                + 2 * gatedMoment * gatedMoment / ((double) n * n);
        double epsilon = Math.sqrt(4 * varianceBound / BLOCK_SIZE);

        double[] deviations = new double[BLOCKS * BLOCK_SIZE];
        RandomStreams master = new RandomStreams(seed);
        Products products = new JavaProducts(Parallelism.sequential());
        for (int k = 0; k < deviations.length; k++) {
            SampleStream samples = SampleStream.training(target, n, 0.0, new RandomStreams(master.replicateSeed(k)),
                    Parallelism.sequential());
            double[] empirical = FirstStepGradient.compute(samples, LabelMoments.none(target.d()), w, 1, products);
            deviations[k] = squaredDistance(empirical, population);
        }
        assertThat(medianOfBlockMeans(deviations, BLOCKS))
                .as("median of %d block means of ||g_n - g||^2 (n = %d), predicted %s +- %s", BLOCKS, n,
                        predicted, epsilon)
                .isCloseTo(predicted, within(epsilon));
    }

    /**
     * M = E[y^2 |x|^2 1{w.x >= 0}] = E[g(z)^2 (|z|^2 + s^2) 1{e.y >= 0}] + (d - r - 1) E[g(z)^2 1{e.y >= 0}]:
     * |x|^2 = |z|^2 + s^2 + |rest|^2, and the d - r - 1 other coordinates are independent of y
     * with E|rest|^2 = d - r - 1 (when w lies in span(U), s is one of them and the formula still holds).
     */
    private static double gatedLabelInputMoment(MultiIndexTarget target, double[] w) {
        Polynomial g = target.link();
        SpanOfUAndW span = new SpanOfUAndW(target, w);
        GatedGaussianIntegral half = new GatedGaussianIntegral(span.gateDirection(), Activation.STEP, 0.0,
                2 * g.degree() + 2);
        int r = target.r();
        double inside = half.expect(y -> square(g.evaluate(y)) * squaredNorm(y));
        double outside = half.expect(y -> square(g.evaluate(y)));
        return inside + (target.d() - r - 1) * outside;
    }

    /**
     * E[y^4 |x|^4] = E[g^4 |z|^4] + 2 c E[g^4 |z|^2] + c (c + 2) E[g^4], c = d - r, since
     * |x|^2 = |z|^2 + chi^2_c with the chi-square independent of z; each term by the 11-point
     * tensor rule, exact for degree 20 per variable.
     */
    private static double labelInputFourthMoment(MultiIndexTarget target) {
        Polynomial g = target.link();
        int r = target.r();
        int c = target.d() - r;
        GaussHermiteRule rule = GaussHermiteRule.of(11);
        ToDoubleFunction<double[]> g4 = z -> square(square(g.evaluate(z)));
        double zeroth = rule.expect(r, g4);
        double second = rule.expect(r, z -> g4.applyAsDouble(z) * squaredNorm(z));
        double fourth = rule.expect(r, z -> g4.applyAsDouble(z) * square(squaredNorm(z)));
        return fourth + 2.0 * c * second + c * (c + 2.0) * zeroth;
    }

    /** The median of the means of {@code blocks} consecutive equal blocks (blocks odd). */
    private static double medianOfBlockMeans(double[] values, int blocks) {
        int size = values.length / blocks;
        double[] means = new double[blocks];
        for (int k = 0; k < blocks; k++) {
            means[k] = Arrays.stream(values, k * size, (k + 1) * size).sum() / size;
        }
        Arrays.sort(means);
        return means[blocks / 2];
    }

    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0.0;
        for (int t = 0; t < a.length; t++) {
            sum += square(a[t] - b[t]);
        }
        return sum;
    }

    private static double squaredNorm(double[] v) {
        return squaredDistance(v, new double[v.length]);
    }

    private static double square(double x) {
        return x * x;
    }
}
