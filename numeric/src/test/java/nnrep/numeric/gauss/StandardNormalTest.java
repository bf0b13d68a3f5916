package nnrep.numeric.gauss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class StandardNormalTest {

    @Test
    void densityAndDistributionMatchTabulatedValues() {
        assertThat(StandardNormal.density(0.0)).isCloseTo(0.3989422804014327, within(1e-16));
        assertThat(StandardNormal.density(-1.5)).isCloseTo(0.12951759566589174, within(1e-16));
        assertThat(StandardNormal.cdf(0.0)).isEqualTo(0.5);
        assertThat(StandardNormal.cdf(1.96)).isCloseTo(0.9750021048517795, within(1e-15));
        assertThat(StandardNormal.cdf(-1.96)).isCloseTo(0.024997895148220435, within(1e-16));
    }

    @Test
    void theLowerTailKeepsItsRelativeAccuracy() {
        // Phi(-10) = 7.619853024160527e-24; 1 - Phi(10) computed naively would give 0
        assertThat(StandardNormal.cdf(-10.0)).isCloseTo(7.619853024160527e-24, withinPercentage(1e-10));
    }
}
