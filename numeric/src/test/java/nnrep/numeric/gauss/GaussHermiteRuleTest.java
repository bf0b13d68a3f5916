package nnrep.numeric.gauss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import nnrep.numeric.hermite.Hermite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GaussHermiteRuleTest {

    @Test
    void smallRulesHaveTheirKnownNodesAndWeights() {
        GaussHermiteRule two = GaussHermiteRule.of(2);
        assertThat(two.nodes()).containsExactly(new double[] {-1.0, 1.0}, within(1e-15));
        assertThat(two.weights()).containsExactly(new double[] {0.5, 0.5}, within(1e-15));
        GaussHermiteRule three = GaussHermiteRule.of(3);
        double root3 = Math.sqrt(3.0);
        assertThat(three.nodes()).containsExactly(new double[] {-root3, 0.0, root3}, within(1e-15));
        assertThat(three.weights()).containsExactly(new double[] {1 / 6.0, 2 / 3.0, 1 / 6.0}, within(1e-15));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 10, 20, 50, 100, 200})
    void weightsArePositiveSymmetricAndSumToOne(int n) {
        GaussHermiteRule rule = GaussHermiteRule.of(n);
        double[] x = rule.nodes();
        double[] w = rule.weights();
        assertThat(Arrays.stream(w).sum()).isCloseTo(1.0, within(1e-14));
        assertThat(Arrays.stream(w).allMatch(v -> v > 0)).isTrue();
        for (int i = 0; i < n; i++) {
            assertThat(x[i]).isEqualTo(-x[n - 1 - i]);
            if (i > 0) {
                assertThat(x[i]).isGreaterThan(x[i - 1]);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 8, 20, 40, 100})
    void nodesAreZerosOfHeN(int n) {
        for (double x : GaussHermiteRule.of(n).nodes()) {
            // |h_n'| = sqrt(n) |h_{n-1}| at the root: a node error of 1e-14 moves h_n by that much
            double slope = Math.sqrt(n) * Math.abs(Hermite.normalised(n - 1, x));
            assertThat(Hermite.normalised(n, x)).isCloseTo(0.0, within(1e-13 * slope));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 6, 10, 15})
    void evenMomentsAreDoubleFactorialsUpToDegree2nMinus1AndWrongAt2n(int n) {
        GaussHermiteRule rule = GaussHermiteRule.of(n);
        for (int degree = 0; degree <= 2 * n - 1; degree++) {
            int p = degree;
            double expected = p % 2 == 1 ? 0.0 : doubleFactorial(p - 1);
            // round-off scale: E z^p for even p, and E|z|^p <= sqrt(E z^{2p}) for odd p
            double scale = p % 2 == 1 ? Math.sqrt(doubleFactorial(2 * p - 1)) : expected;
            assertThat(rule.expect(z -> Math.pow(z, p))).as("E z^%d with %d points", p, n)
                    .isCloseTo(expected, within(1e-13 * scale));
        }
        // z^{2n} - He_n(z)^2 has degree < 2n and He_n vanishes at the nodes, so the rule returns
        // E z^{2n} - E He_n^2 = (2n-1)!! - n!: the first degree where it is not exact.
        double exact = doubleFactorial(2 * n - 1);
        double rule2n = rule.expect(z -> Math.pow(z, 2 * n));
        assertThat(rule2n).isCloseTo(exact - factorial(n), within(1e-12 * exact));
        assertThat(Math.abs(rule2n - exact)).isGreaterThan(0.5);
    }

    @Test
    void theTensorRuleIntegratesProductsOfMoments() {
        GaussHermiteRule rule = GaussHermiteRule.of(3);
        // E[z1^2 z2^2 z3^4] = 1 * 1 * 3, and every odd moment vanishes
        assertThat(rule.expect(3, z -> z[0] * z[0] * z[1] * z[1] * Math.pow(z[2], 4))).isCloseTo(3.0, within(1e-13));
        assertThat(rule.expect(2, z -> z[0] * z[1] * z[1])).isCloseTo(0.0, within(1e-15));
        assertThat(rule.expect(2, z -> 1.0)).isCloseTo(1.0, within(1e-15));
        // a sixth power is beyond a 3-point rule: 15 - 3! = 9
        assertThat(rule.expect(2, z -> Math.pow(z[1], 6))).isCloseTo(9.0, within(1e-12));
    }

    @Test
    void returnedArraysAreCopies() {
        GaussHermiteRule rule = GaussHermiteRule.of(4);
        rule.nodes()[0] = 99;
        rule.weights()[0] = 99;
        assertThat(rule.nodes()[0]).isNotEqualTo(99);
        assertThat(rule.weights()[0]).isNotEqualTo(99);
    }

    @Test
    void sizesOutsideTheSupportedRangeAreRejected() {
        assertThatThrownBy(() -> GaussHermiteRule.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GaussHermiteRule.of(GaussHermiteRule.MAX_POINTS + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double doubleFactorial(int n) {
        double product = 1.0;
        for (int j = n; j > 1; j -= 2) {
            product *= j;
        }
        return product;
    }

    private static double factorial(int n) {
        return doubleFactorial(n) * doubleFactorial(n - 1);
    }
}
