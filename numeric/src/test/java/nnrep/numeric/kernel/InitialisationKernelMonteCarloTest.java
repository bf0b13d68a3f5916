package nnrep.numeric.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nnrep.numeric.kernel.FeatureProductMonteCarlo.Product;

/**
 * Each kernel of {@link InitialisationKernel} against its definition as an expectation over the
 * network's random first layer, estimated by {@link FeatureProductMonteCarlo}.
 *
 * <p>Failure probability: 6 points give 21 pairs; relu, gate and NTK on each, with and without biases,
 * are 126 checks, each failing by chance with probability at most exp(-GROUPS / 8) = exp(-20.1): all
 * of them together fail with probability below 3e-7 &lt; 1e-6 (union bound). The seeds are pinned only
 * to make runs reproducible. The same checks reject two plausible mistakes (a dropped (pi - theta)
 * factor, a dropped 1/d), so they can fail.
 */
class InitialisationKernelMonteCarloTest {

    private static final int D = 5;
    private static final int GROUPS = 161;
    private static final int PER_GROUP = 20_000;

    private static FeatureProductMonteCarlo withoutBias;
    private static FeatureProductMonteCarlo withBias;

    @FunctionalInterface
    private interface PairFormula {
        double of(double[] x, double[] y);
    }

    /**
     * Four Gaussian points, a positive multiple of one (theta = 0 off the diagonal) and a negative
     * multiple of another (theta = pi without biases): acute, obtuse and extreme angles, several norms.
     */
    @BeforeAll
    static void sample() {
        SplittableRandom random = new SplittableRandom(2022);
        double[][] points = new double[6][D];
        for (int i = 0; i < 4; i++) {
            for (int t = 0; t < D; t++) {
                points[i][t] = random.nextGaussian();
            }
        }
        for (int t = 0; t < D; t++) {
            points[4][t] = 2.0 * points[1][t];
            points[5][t] = -0.5 * points[0][t];
        }
        withoutBias = new FeatureProductMonteCarlo(points, false, GROUPS, PER_GROUP, 11);
        withBias = new FeatureProductMonteCarlo(points, true, GROUPS, PER_GROUP, 12);
    }

    @Test
    void theNngpKernelIsTheMeanProductOfReluFeatures() {
        for (boolean bias : new boolean[] {false, true}) {
            InitialisationKernel k = new InitialisationKernel(NetworkKernel.NNGP, D, bias);
            assertThat(rejections(bias, Product.RELU, (x, y) -> k.value(x, 0, y, 0))).as("bias " + bias).isEmpty();
        }
    }

    @Test
    void theGateKernelIsHalfTheDegreeZeroArcCosineKernel() {
        for (boolean bias : new boolean[] {false, true}) {
            PairFormula gate = (x, y) -> ArcCosine.degreeZero(augmentedCosine(x, y, bias)) / 2.0;
            assertThat(rejections(bias, Product.GATE, gate)).as("bias " + bias).isEmpty();
        }
    }

    @Test
    void theNtkIsTheMeanProductOfTheTangentFeatures() {
        for (boolean bias : new boolean[] {false, true}) {
            InitialisationKernel k = new InitialisationKernel(NetworkKernel.NTK, D, bias);
            assertThat(rejections(bias, Product.TANGENT, (x, y) -> k.value(x, 0, y, 0))).as("bias " + bias).isEmpty();
        }
    }

    /** J_1 = sin theta + cos theta instead of sin theta + (pi - theta) cos theta: rejected. */
    @Test
    void aDroppedPiMinusThetaFactorFailsTheCheck() {
        for (boolean bias : new boolean[] {false, true}) {
            PairFormula wrong = (x, y) -> {
                double c = augmentedCosine(x, y, bias);
                double norms = Math.sqrt(augmentedDot(x, x, bias) * augmentedDot(y, y, bias));
                return norms * (Math.sqrt(1 - c * c) + c) / (2 * Math.PI);
            };
            assertThat(rejections(bias, Product.RELU, wrong)).as("bias " + bias).isNotEmpty();
        }
    }

    /** The first layer's tangent x . y instead of x . y / d (the standard, not the NTK, parametrisation): rejected. */
    @Test
    void aDroppedOneOverDInTheNtkFailsTheCheck() {
        for (boolean bias : new boolean[] {false, true}) {
            InitialisationKernel nngp = new InitialisationKernel(NetworkKernel.NNGP, D, bias);
            PairFormula wrong = (x, y) -> nngp.value(x, 0, y, 0)
                    + (D * augmentedDot(x, y, false) + (bias ? 1 : 0)) * ArcCosine.degreeZero(augmentedCosine(x, y, bias))
                    / 2.0;
            assertThat(rejections(bias, Product.TANGENT, wrong)).as("bias " + bias).isNotEmpty();
        }
    }

    /** The pairs (i, j) where the formula lies outside the Monte Carlo estimate's tolerance. */
    private static List<String> rejections(boolean bias, Product product, PairFormula formula) {
        FeatureProductMonteCarlo mc = bias ? withBias : withoutBias;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < mc.size(); i++) {
            for (int j = 0; j <= i; j++) {
                double expected = formula.of(mc.point(i), mc.point(j));
                double measured = mc.estimate(product, i, j);
                double tolerance = mc.tolerance(product, i, j);
                if (!(Math.abs(measured - expected) <= tolerance)) {
                    out.add("(" + i + ", " + j + "): formula " + expected + ", Monte Carlo " + measured + " +- "
                            + tolerance);
                }
            }
        }
        return out;
    }

    private static double augmentedDot(double[] x, double[] y, boolean bias) {
        double s = 0.0;
        for (int t = 0; t < D; t++) {
            s += x[t] * y[t];
        }
        return s / D + (bias ? 1.0 : 0.0);
    }

    private static double augmentedCosine(double[] x, double[] y, boolean bias) {
        return augmentedDot(x, y, bias) / Math.sqrt(augmentedDot(x, x, bias) * augmentedDot(y, y, bias));
    }
}
