package nnrep.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SymLogAxisTest {

    private final SymLogAxis axis = new SymLogAxis("c_k", 0.01);

    @Test
    void theScaleIsLinearWithinTheThresholdAndADecadeLongPerDecadeBeyond() {
        assertThat(axis.scaled(0)).isZero();
        assertThat(axis.scaled(0.005)).isCloseTo(0.5, within(1e-12));
        assertThat(axis.scaled(0.01)).isCloseTo(1, within(1e-12));
        assertThat(axis.scaled(0.1)).isCloseTo(2, within(1e-12));
        assertThat(axis.scaled(-100)).isCloseTo(-5, within(1e-12));
        for (double v : new double[] {-419, -0.3, -0.01, -1e-17, 0, 0.004, 0.01, 0.0100001, 7.66, 1e6}) {
            assertThat(axis.unscaled(axis.scaled(v))).isCloseTo(v, within(1e-12 * Math.max(1, Math.abs(v))));
        }
    }

    @Test
    void ticksAreZeroAndThePowersOfTenFromTheThresholdOnEitherSide() {
        assertThat(axis.tickValues(-377, 41.9)).containsExactly(-100.0, -10.0, -1.0, -0.1, -0.01, 0.0, 0.01, 0.1,
                1.0, 10.0);
        assertThat(axis.tickValues(0.5, 41.9)).containsExactly(1.0, 10.0);
    }

    @Test
    void theThresholdLiesFourDecadesBelowTheLargestPowerOfTen() {
        assertThat(SymLogAxis.threshold(419)).isCloseTo(0.01, within(1e-15));
        assertThat(SymLogAxis.threshold(1)).isCloseTo(1e-4, within(1e-18));
    }

    @Test
    void onlyValuesThatALinearAxisWouldSqueezeAgainstZeroNeedIt() {
        double[] coefficients = {0.399, 0.5, 0.399, 0, -0.399, 0, 1.2, 0, -5.98, 0, 41.9, 0, -377};
        assertThat(SymLogAxis.suits(coefficients)).isTrue();
        double[] deviations = {-2.7, 1.8, 0.3, -0.9, 1.1, -0.2, 4.4, -4.4};
        assertThat(SymLogAxis.suits(deviations)).isFalse();
        assertThat(SymLogAxis.suits(new double[] {0, 0, 0})).isFalse();
        assertThat(SymLogAxis.suits(new double[0])).isFalse();
    }
}
