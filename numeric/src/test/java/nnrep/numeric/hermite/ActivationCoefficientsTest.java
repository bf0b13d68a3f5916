package nnrep.numeric.hermite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ActivationCoefficientsTest {

    private static final double PHI0 = 1.0 / Math.sqrt(2 * Math.PI);

    @Test
    void reluAtZeroBiasHasTheTextbookCoefficients() {
        double[] expected = {PHI0, 0.5, PHI0, 0, -PHI0, 0, 3 * PHI0, 0, -15 * PHI0};
        assertThat(ActivationCoefficients.of(Activation.RELU, 0.0, 8)).containsExactly(expected, within(1e-12));
    }

    @Test
    void stepAtZeroBiasHasTheTextbookCoefficients() {
        // c_0 = 1/2, c_k = (-1)^(k-1) He_{k-1}(0) phi(0): He_0..He_6(0) = 1, 0, -1, 0, 3, 0, -15
        double[] expected = {0.5, PHI0, 0, -PHI0, 0, 3 * PHI0, 0, -15 * PHI0};
        assertThat(ActivationCoefficients.of(Activation.STEP, 0.0, 7)).containsExactly(expected, within(1e-12));
    }

    @Test
    void reluCoefficientsAtAPositiveBiasFollowTheClosedForm() {
        double b = 0.8;
        double phi = Math.exp(-b * b / 2) * PHI0;
        double cdf = 0.7881446014166034; // Phi(0.8), tables
        double[] c = ActivationCoefficients.of(Activation.RELU, b, 4);
        assertThat(c[0]).isCloseTo(b * cdf + phi, within(1e-15));
        assertThat(c[1]).isCloseTo(cdf, within(1e-15));
        assertThat(c[2]).isCloseTo(phi, within(1e-15));
        assertThat(c[3]).isCloseTo(-b * phi, within(1e-15));
        assertThat(c[4]).isCloseTo((b * b - 1) * phi, within(1e-15));
    }

    @Test
    void singleCoefficientsAgreeWithTheTable() {
        double[] table = ActivationCoefficients.of(Activation.STEP, -1.4, 9);
        for (int k = 0; k <= 9; k++) {
            assertThat(ActivationCoefficients.coefficient(Activation.STEP, -1.4, k)).isEqualTo(table[k]);
        }
    }

    @Test
    void noNegativeZeroIsPrinted() {
        double[] c = ActivationCoefficients.of(Activation.RELU, 0.0, 5);
        assertThat(Double.toString(c[3])).isEqualTo("0.0");
    }

    @Test
    void aNegativeKmaxIsRejected() {
        assertThatThrownBy(() -> ActivationCoefficients.of(Activation.RELU, 0.0, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void activationsApplyTheirDefinitions() {
        assertThat(Activation.RELU.apply(-2.0)).isEqualTo(0.0);
        assertThat(Activation.RELU.apply(1.5)).isEqualTo(1.5);
        assertThat(Activation.STEP.apply(0.0)).isEqualTo(1.0);
        assertThat(Activation.STEP.apply(-1e-300)).isEqualTo(0.0);
    }

    @Test
    void activationNamesParseInAnyCase() {
        assertThat(Activation.parse("relu")).isEqualTo(Activation.RELU);
        assertThat(Activation.parse("STEP")).isEqualTo(Activation.STEP);
        assertThat(Activation.RELU.cliName()).isEqualTo("relu");
        assertThatThrownBy(() -> Activation.parse("tanh")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--activation must be relu or step, got: tanh");
    }
}
