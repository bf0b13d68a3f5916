package nnrep.numeric.poly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PresetsTest {

    private static final double EPS = 1e-15;

    @Test
    void quadCubicHasUnitVarianceZeroMeanAndIsotropicH() {
        Polynomial g = Presets.named("quad-cubic");
        assertThat(g.variables()).isEqualTo(3);
        assertThat(g.degree()).isEqualTo(3);
        assertThat(g.secondMoment()).isCloseTo(1.0, within(EPS));
        assertThat(g.mean()).isCloseTo(0.0, within(EPS));
        assertThat(g.steinTensor(1).frobeniusNorm()).isCloseTo(0.0, within(EPS));
        double[][] h = g.hessianMean();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(h[i][j]).isCloseTo(i == j ? 2 / Math.sqrt(12) : 0.0, within(EPS));
            }
        }
    }

    @Test
    void quadCubicHasItsThirdTensorOnTheOffDiagonalAndNoFourth() {
        SymmetricTensor c3 = Presets.named("quad-cubic").steinTensor(3);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    boolean permutationOf012 = i != j && j != k && i != k;
                    assertThat(c3.get(i, j, k)).as("C_3[%d][%d][%d]", i, j, k)
                            .isCloseTo(permutationOf012 ? 1 / Math.sqrt(2) : 0.0, within(EPS));
                }
            }
        }
        assertThat(Presets.named("quad-cubic").steinTensor(4).frobeniusNorm()).isZero();
    }

    @Test
    void quarticHasUnitVarianceFullRankHAndAFourthTensor() {
        Polynomial g = Presets.named("quartic");
        assertThat(g.variables()).isEqualTo(2);
        assertThat(g.degree()).isEqualTo(4);
        assertThat(g.secondMoment()).isCloseTo(1.0, within(EPS));
        assertThat(g.mean()).isCloseTo(0.0, within(EPS));
        assertThat(g.hessianMean()[0]).containsExactly(new double[] {1 / Math.sqrt(2), 0.0}, within(EPS));
        assertThat(g.hessianMean()[1]).containsExactly(new double[] {0.0, 1 / Math.sqrt(2)}, within(EPS));
        assertThat(g.steinTensor(1).frobeniusNorm()).isZero();
        assertThat(g.steinTensor(3).frobeniusNorm()).isZero();
        assertThat(g.steinTensor(4).get(0, 1, 1, 0)).isCloseTo(Math.sqrt(2), within(EPS));
        assertThat(g.steinTensor(4).get(0, 0, 0, 0)).isZero();
        // half the variance in the quadratic Hermite part, half in the quartic part
        assertThat(g.hermiteCoefficients().coefficient(2, 2)).isCloseTo(1 / (2 * Math.sqrt(2)), within(EPS));
    }

    @Test
    void unknownNamesAreRejectedWithTheList() {
        assertThat(Presets.names()).containsExactly("quad-cubic", "quartic");
        assertThatThrownBy(() -> Presets.named("cubic")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--preset must be one of: quad-cubic, quartic; got: cubic");
    }
}
