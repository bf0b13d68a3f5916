package nnrep.numeric.poly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import nnrep.numeric.hermite.Hermite;
import org.junit.jupiter.api.Test;

/**
 * C_k = E[grad^k f] from the Hermite expansion against plain Monte Carlo of E[f(z) He_alpha(z)],
 * z ~ N(0, I_3), for random cubic polynomials (Damian, Lee & Soltanolkotabi (COLT 2022), section 1).
 *
 * <p>Why the tolerance cannot fail by chance: the seed is fixed, so the run is deterministic;
 * and were the seed drawn at random, each estimate (a mean of N = 10^6 i.i.d. terms with finite
 * variance) would leave its 6-sigma band (6 sample standard deviations over sqrt N) with
 * probability about 2e-9, so about 1e-7 for all 60 entries together. Why it can fail: the test
 * also checks that the bands are narrow (below 0.25, with O(1) coefficients) and that the most
 * likely slip, forgetting the alpha! in C_k = alpha! h_alpha, lands outside at least one band.
 */
class SteinTensorMonteCarloTest {

    private static final int SAMPLES = 1_000_000;
    private static final int R = 3;
    private static final int MAX_ORDER = 3;

    @Test
    void hermiteTensorsMatchMonteCarloWithinSixSigma() {
        SplittableRandom random = new SplittableRandom(20220701L);
        List<MultiIndex> alphas = multiIndicesUpTo(MAX_ORDER);
        for (int trial = 0; trial < 3; trial++) {
            Polynomial f = randomCubic(random);
            double[][] moments = monteCarlo(f, alphas, random);
            boolean forgottenFactorialDetected = false;
            for (int a = 0; a < alphas.size(); a++) {
                MultiIndex alpha = alphas.get(a);
                double mean = moments[a][0] / SAMPLES;
                double variance = moments[a][1] / SAMPLES - mean * mean;
                double band = 6 * Math.sqrt(variance / SAMPLES);
                int[] tensorIndex = tensorIndex(alpha);
                double exact = f.steinTensor(alpha.order()).get(tensorIndex);
                assertThat(band).as("6-sigma band for %s", alpha).isLessThan(0.25);
                assertThat(Math.abs(mean - exact)).as("C_%d at %s for f = %s", alpha.order(), alpha, f)
                        .isLessThanOrEqualTo(band);
                double withoutFactorial = f.hermiteCoefficients().coefficient(alpha);
                forgottenFactorialDetected |= Math.abs(mean - withoutFactorial) > band;
            }
            assertThat(forgottenFactorialDetected).as("the test detects a missing alpha! for f = %s", f).isTrue();
        }
    }

    /** Eight terms c z^beta, c uniform in [-1, 1], |beta| uniform in 0..3 with uniform variables. */
    private static Polynomial randomCubic(SplittableRandom random) {
        Polynomial f = Polynomial.constant(R, 0.0);
        for (int t = 0; t < 8; t++) {
            int[] factors = new int[random.nextInt(MAX_ORDER + 1)];
            for (int j = 0; j < factors.length; j++) {
                factors[j] = random.nextInt(R);
            }
            f = f.plus(Polynomial.monomial(random.nextDouble(-1, 1), MultiIndex.counting(R, factors)));
        }
        return f;
    }

    /** For each alpha: {sum of f He_alpha, sum of its square} over the samples. */
    private static double[][] monteCarlo(Polynomial f, List<MultiIndex> alphas, SplittableRandom random) {
        double[][] sums = new double[alphas.size()][2];
        double[] z = new double[R];
        double[][] he = new double[R][];
        for (int s = 0; s < SAMPLES; s++) {
            for (int i = 0; i < R; i++) {
                z[i] = random.nextGaussian();
                he[i] = Hermite.upTo(MAX_ORDER, z[i]);
            }
            double fz = f.evaluate(z);
            for (int a = 0; a < alphas.size(); a++) {
                MultiIndex alpha = alphas.get(a);
                double term = fz * he[0][alpha.get(0)] * he[1][alpha.get(1)] * he[2][alpha.get(2)];
                sums[a][0] += term;
                sums[a][1] += term * term;
            }
        }
        return sums;
    }

    private static List<MultiIndex> multiIndicesUpTo(int order) {
        List<MultiIndex> all = new ArrayList<>();
        for (int a = 0; a <= order; a++) {
            for (int b = 0; a + b <= order; b++) {
                for (int c = 0; a + b + c <= order; c++) {
                    all.add(MultiIndex.of(a, b, c));
                }
            }
        }
        return all;
    }

    /** Tensor indices with the given counts, e.g. (2, 0, 1) -> [0, 0, 2]. */
    private static int[] tensorIndex(MultiIndex alpha) {
        int[] index = new int[alpha.order()];
        int next = 0;
        for (int i = 0; i < alpha.variables(); i++) {
            for (int j = 0; j < alpha.get(i); j++) {
                index[next++] = i;
            }
        }
        return index;
    }
}
