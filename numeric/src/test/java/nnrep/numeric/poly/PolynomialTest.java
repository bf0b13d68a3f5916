package nnrep.numeric.poly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PolynomialTest {

    private static final Polynomial Z1 = Polynomial.variable(2, 0);
    private static final Polynomial Z2 = Polynomial.variable(2, 1);

    @Test
    void arithmeticExpandsExactly() {
        Polynomial square = Z1.plus(Z2).power(2);
        assertThat(square.coefficient(2, 0)).isEqualTo(1.0);
        assertThat(square.coefficient(1, 1)).isEqualTo(2.0);
        assertThat(square.coefficient(0, 2)).isEqualTo(1.0);
        assertThat(square.coefficients()).hasSize(3);
        assertThat(square.degree()).isEqualTo(2);
        assertThat(square.minus(Z1.times(Z1)).minus(Z2.times(Z2))).isEqualTo(Z1.times(Z2).scale(2));
        assertThat(Z1.minus(Z1).isZero()).isTrue();
        assertThat(Z1.power(0)).isEqualTo(Polynomial.constant(2, 1.0));
        assertThat(Z1.scale(0.0).isZero()).isTrue();
    }

    @Test
    void operandsInFewerVariablesAreEmbedded() {
        Polynomial sum = Polynomial.variable(1, 0).plus(Polynomial.variable(3, 2));
        assertThat(sum.variables()).isEqualTo(3);
        assertThat(sum.coefficient(1, 0, 0)).isEqualTo(1.0);
        assertThat(sum.coefficient(0, 0, 1)).isEqualTo(1.0);
        assertThat(Z1.withVariables(4).variables()).isEqualTo(4);
        assertThat(Z1.withVariables(4)).isNotEqualTo(Z1);
        assertThatThrownBy(() -> Z1.withVariables(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void evaluationMatchesTheFormula() {
        Polynomial p = Z1.power(3).scale(0.5).minus(Z1.times(Z2).scale(2)).plus(Polynomial.constant(2, 7));
        double[] z = {1.3, -0.4};
        assertThat(p.evaluate(z)).isCloseTo(0.5 * Math.pow(1.3, 3) - 2 * 1.3 * -0.4 + 7, within(1e-14));
        assertThat(p.evaluate(new double[] {1.3, -0.4, 99.0})).isEqualTo(p.evaluate(z));
        assertThatThrownBy(() -> p.evaluate(new double[] {1.0})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void derivativesFollowThePowerRule() {
        Polynomial p = Z1.power(3).times(Z2).plus(Z2.scale(5));
        assertThat(p.derivative(0)).isEqualTo(Z1.power(2).times(Z2).scale(3));
        assertThat(p.derivative(1)).isEqualTo(Z1.power(3).plus(Polynomial.constant(2, 5)));
        assertThat(Polynomial.constant(2, 4).derivative(1).isZero()).isTrue();
    }

    @Test
    void hermitePolynomialsAreBuiltInTheMonomialBasis() {
        Polynomial he3 = Polynomial.hermite(2, 1, 3);
        assertThat(he3).isEqualTo(Z2.power(3).minus(Z2.scale(3)));
        assertThat(he3.hermiteCoefficients().coefficient(0, 3)).isEqualTo(1.0);
        assertThat(he3.hermiteCoefficients().size()).isEqualTo(1);
    }

    @Test
    void theHermiteExpansionOfAProductOfSquares() {
        // z1^2 z2^2 = (He2(z1) + 1)(He2(z2) + 1)
        HermiteExpansion h = Z1.times(Z2).power(2).hermiteCoefficients();
        assertThat(h.coefficient(2, 2)).isEqualTo(1.0);
        assertThat(h.coefficient(2, 0)).isEqualTo(1.0);
        assertThat(h.coefficient(0, 2)).isEqualTo(1.0);
        assertThat(h.coefficient(0, 0)).isEqualTo(1.0);
        assertThat(h.size()).isEqualTo(4);
        assertThat(h.mean()).isEqualTo(1.0);
        // E z1^4 z2^4 = 9 = 2!2! + 2! + 2! + 1
        assertThat(h.secondMoment()).isEqualTo(9.0);
        assertThat(h.toString()).isEqualTo("He2(z1)*He2(z2) + He2(z1) + He2(z2) + 1");
        assertThat(h.toPolynomial()).isEqualTo(Z1.times(Z2).power(2));
    }

    @Test
    void printingIsReadableAndTheExpressionIsExact() {
        Polynomial p = Z1.power(2).scale(1 / Math.sqrt(6)).minus(Z1.times(Z2)).plus(Polynomial.constant(2, -0.5));
        assertThat(p.toString()).isEqualTo("0.408248*z1^2 - z1*z2 - 0.5");
        assertThat(p.toExpression()).isEqualTo(Double.toString(1 / Math.sqrt(6)) + "*z1^2 - z1*z2 - 0.5");
        assertThat(Polynomial.constant(2, 0).toString()).isEqualTo("0");
        assertThat(Z2.scale(-2.5e-9).toString()).isEqualTo("-2.5E-9*z2");
    }

    @Test
    void equalityIsExactOnCoefficients() {
        Polynomial a = Z1.scale(0.1).plus(Z1.scale(0.2));
        Polynomial b = Z1.scale(0.3);
        assertThat(a).isNotEqualTo(b); // 0.1 + 0.2 != 0.3 in binary
        assertThat(a.minus(b).maxAbsCoefficient()).isLessThan(1e-16);
        assertThat(Z1.plus(Z2)).isEqualTo(Z2.plus(Z1)).hasSameHashCodeAs(Z2.plus(Z1));
    }

    @Test
    void nonFiniteCoefficientsAreRejected() {
        assertThatThrownBy(() -> Z1.scale(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Z1.scale(1e200).power(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Polynomial.variable(2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Z1.power(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
