package nnrep.numeric.hermite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import nnrep.numeric.gauss.GaussHermiteRule;
import org.junit.jupiter.api.Test;

class HermiteTest {

    @Test
    void lowDegreesMatchTheirTextbookFormulas() {
        double z = 1.7;
        assertThat(Hermite.he(0, z)).isEqualTo(1.0);
        assertThat(Hermite.he(1, z)).isEqualTo(z);
        assertThat(Hermite.he(2, z)).isCloseTo(z * z - 1, within(1e-15));
        assertThat(Hermite.he(3, z)).isCloseTo(z * z * z - 3 * z, within(1e-14));
        assertThat(Hermite.he(4, z)).isCloseTo(Math.pow(z, 4) - 6 * z * z + 3, within(1e-13));
        assertThat(Hermite.upTo(4, z)).containsExactly(1.0, z, Hermite.he(2, z), Hermite.he(3, z), Hermite.he(4, z));
    }

    @Test
    void polynomialsUpToDegreeTwentyAreOrthogonalWithNormKFactorial() {
        // Degree of He_j He_k is at most 40: a 21-point rule is exact; 25 points leave margin.
        GaussHermiteRule rule = GaussHermiteRule.of(25);
        for (int j = 0; j <= 20; j++) {
            for (int k = 0; k <= 20; k++) {
                int jj = j;
                int kk = k;
                double inner = rule.expect(z -> Hermite.he(jj, z) * Hermite.he(kk, z));
                double expected = j == k ? Hermite.factorial(k) : 0.0;
                // round-off relative to the Cauchy-Schwarz scale sqrt(j! k!)
                double scale = Math.sqrt(Hermite.factorial(j) * Hermite.factorial(k));
                assertThat(inner).as("E[He_%d He_%d]", j, k).isCloseTo(expected, within(1e-13 * scale));
            }
        }
    }

    @Test
    void theDerivativeOfHeKIsKTimesHeKMinusOne() {
        for (int k = 1; k <= 28; k++) {
            double[] he = Hermite.monomialCoefficients(k);
            double[] lower = Hermite.monomialCoefficients(k - 1);
            for (int j = 1; j <= k; j++) {
                // coefficients are integers below 2^53 up to k = 28: exact comparison
                assertThat(j * he[j]).as("k=%d, z^%d", k, j - 1).isEqualTo(k * lower[j - 1]);
            }
        }
    }

    @Test
    void monomialCoefficientsEvaluateToTheRecurrence() {
        for (int k = 0; k <= 15; k++) {
            double[] a = Hermite.monomialCoefficients(k);
            for (double z : new double[] {-2.5, -0.3, 0.0, 1.1, 3.0}) {
                double horner = 0.0;
                for (int j = k; j >= 0; j--) {
                    horner = horner * z + a[j];
                }
                double value = Hermite.he(k, z);
                assertThat(horner).as("He_%d(%s)", k, z).isCloseTo(value, within(1e-12 * (1 + Math.abs(value))));
            }
        }
    }

    @Test
    void powersInTheHermiteBasisInvertTheMonomialCoefficients() {
        for (int n = 0; n <= 20; n++) {
            double[] b = Hermite.powerInHermiteBasis(n);
            double[] monomial = new double[n + 1];
            for (int m = 0; m <= n; m++) {
                double[] a = Hermite.monomialCoefficients(m);
                for (int j = 0; j <= m; j++) {
                    monomial[j] += b[m] * a[j];
                }
            }
            double[] expected = new double[n + 1];
            expected[n] = 1.0;
            assertThat(monomial).as("z^%d", n).containsExactly(expected, within(0.0));
        }
        assertThat(Hermite.powerInHermiteBasis(4)).containsExactly(3.0, 0.0, 6.0, 0.0, 1.0);
    }

    @Test
    void theNormalisedRecurrenceAgreesWithHeOverRootFactorial() {
        for (int k = 0; k <= 60; k++) {
            for (double z : new double[] {-4.0, -1.3, 0.0, 0.7, 2.9}) {
                double direct = Hermite.he(k, z) / Math.sqrt(Hermite.factorial(k));
                assertThat(Hermite.normalised(k, z)).as("h_%d(%s)", k, z)
                        .isCloseTo(direct, within(1e-12 * (1 + Math.abs(direct))));
            }
        }
    }

    @Test
    void theNormalisedPolynomialOfDegree150IsOrthonormal() {
        // 160 points integrate degree <= 319 exactly, so E[h_150^2] and E[h_150 h_149] are exact
        // up to round-off; an unstable recurrence would lose this.
        GaussHermiteRule rule = GaussHermiteRule.of(160);
        assertThat(rule.expect(z -> Math.pow(Hermite.normalised(150, z), 2))).isCloseTo(1.0, within(1e-11));
        assertThat(rule.expect(z -> Hermite.normalised(150, z) * Hermite.normalised(149, z)))
                .isCloseTo(0.0, within(1e-11));
        double[] all = Hermite.normalisedUpTo(150, 1.3);
        assertThat(all[150]).isEqualTo(Hermite.normalised(150, 1.3));
    }

    @Test
    void factorialIsExactForSmallArguments() {
        assertThat(Hermite.factorial(0)).isEqualTo(1.0);
        assertThat(Hermite.factorial(5)).isEqualTo(120.0);
        assertThat(Hermite.factorial(20)).isEqualTo(2432902008176640000.0);
    }

    @Test
    void negativeDegreesAreRejected() {
        assertThatThrownBy(() -> Hermite.he(-1, 0.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> Hermite.monomialCoefficients(-2)).isInstanceOf(IllegalArgumentException.class);
    }
}
