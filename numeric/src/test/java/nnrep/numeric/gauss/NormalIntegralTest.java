package nnrep.numeric.gauss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalIntegralTest {

    @Test
    void smoothIntegrandsMatchTheirClosedForms() {
        assertThat(NormalIntegral.expect(z -> 1.0, 0.0, 1e-14)).isCloseTo(1.0, within(1e-15));
        assertThat(NormalIntegral.expect(z -> z * z, 0.3, 1e-14)).isCloseTo(1.0, within(1e-15));
        assertThat(NormalIntegral.expect(z -> Math.pow(z, 8), -1.0, 1e-14)).isCloseTo(105.0, within(1e-12));
        assertThat(NormalIntegral.expect(Math::cos, 0.0, 1e-14)).isCloseTo(Math.exp(-0.5), within(1e-15));
        assertThat(NormalIntegral.expect(Math::exp, 0.0, 1e-14)).isCloseTo(Math.exp(0.5), within(1e-14));
    }

    @Test
    void kinksAndJumpsAtTheBreakpointAreIntegratedExactly() {
        assertThat(NormalIntegral.expect(Math::abs, 0.0, 1e-14)).isCloseTo(Math.sqrt(2 / Math.PI), within(1e-15));
        // P(Z >= 1.3) = 1 - Phi(1.3), Phi(1.3) = 0.9031995154143897 (tables)
        assertThat(NormalIntegral.expect(z -> z >= 1.3 ? 1.0 : 0.0, 1.3, 1e-14))
                .isCloseTo(1 - 0.9031995154143897, within(1e-15));
        // E relu(z - 2) = phi(2) - 2 (1 - Phi(2)), Phi(2) = 0.9772498680518208
        double expected = Math.exp(-2.0) / Math.sqrt(2 * Math.PI) - 2 * (1 - 0.9772498680518208);
        assertThat(NormalIntegral.expect(z -> Math.max(z - 2, 0.0), 2.0, 1e-14)).isCloseTo(expected, within(1e-15));
    }

    @Test
    void aBreakpointFarOutsideTheMassIsHarmless() {
        assertThat(NormalIntegral.expect(z -> z * z, 100.0, 1e-14)).isCloseTo(1.0, within(1e-15));
        assertThat(NormalIntegral.expect(z -> z >= -100 ? 1.0 : 0.0, -100.0, 1e-14)).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void aJumpAwayFromTheBreakpointIsReportedNotHidden() {
        // 0.3 is not a dyadic rational, so no bisection point ever lands on the jump
        assertThatThrownBy(() -> NormalIntegral.expect(z -> z >= 0.3 ? 1.0 : 0.0, 0.0, 1e-12))
                .isInstanceOf(ArithmeticException.class);
    }

    /**
     * (z + 1)^2 - z^2 - 2z - 1 is zero in exact arithmetic and cancellation noise in floating point,
     * so no panel ever passes its test; the total budget ends the bisection after MAX_PANELS panels
     * (a fraction of a second) instead of 2^50 evaluations per panel.
     */
    @Test
    void anIntegrandOfRoundOffNoiseEndsWithinTheBudget() {
        assertThatThrownBy(() -> NormalIntegral.expect(z -> (z + 1) * (z + 1) - z * z - 2 * z - 1, 0.0, 1e-12))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining(String.valueOf(NormalIntegral.MAX_PANELS));
    }

    @Test
    void toleranceMustBeInTheUnitInterval() {
        assertThatThrownBy(() -> NormalIntegral.expect(z -> 1.0, 0.0, 0.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NormalIntegral.expect(z -> 1.0, Double.NaN, 1e-10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
