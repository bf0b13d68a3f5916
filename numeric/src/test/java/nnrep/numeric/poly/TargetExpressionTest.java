package nnrep.numeric.poly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetExpressionTest {

    private static final Polynomial Z1 = Polynomial.variable(1, 0);

    @Test
    void theQuadCubicFormulaOfTheCliSpecificationParsesToThePreset() {
        Polynomial parsed = TargetExpression.parse(
                "[ (He2(z1) + He2(z2) + He2(z3)) / sqrt(6) + z1 z2 z3 ] / sqrt(2)");
        Polynomial preset = Presets.named("quad-cubic");
        assertThat(parsed.variables()).isEqualTo(3);
        assertThat(parsed.minus(preset).maxAbsCoefficient()).isLessThanOrEqualTo(1e-16);
        assertThat(TargetExpression.parse("((He2(z1) + He2(z2) + He2(z3)) / sqrt(6) + z1*z2*z3) / sqrt(2)"))
                .isEqualTo(parsed);
    }

    @Test
    void operatorsHaveTheUsualPrecedenceAndAssociativity() {
        assertThat(value("2*3+4")).isEqualTo(10.0);
        assertThat(value("2+3*4")).isEqualTo(14.0);
        assertThat(value("1 - 2 - 3")).isEqualTo(-4.0);
        assertThat(value("12/4/3")).isEqualTo(1.0);
        assertThat(value("-2^2")).isEqualTo(-4.0);
        assertThat(value("2^3^2")).isEqualTo(512.0);
        assertThat(value("(1 + 2)^2")).isEqualTo(9.0);
        assertThat(value("--3")).isEqualTo(3.0);
        assertThat(value("2*-3")).isEqualTo(-6.0);
        assertThat(value("sqrt(16) + 1")).isEqualTo(5.0);
        assertThat(value("1.5e-3 + .5 + 2E+2 + 3e1")).isEqualTo(0.0015 + 0.5 + 200 + 30);
    }

    @Test
    void variablesPowersAndHermitePolynomialsBuildTheRightPolynomial() {
        Polynomial p = TargetExpression.parse("z1^2 - 2*z1*z2 + 0.5");
        double[] z = {1.5, -0.25};
        assertThat(p.evaluate(z)).isCloseTo(2.25 + 0.75 + 0.5, within(1e-15));
        assertThat(TargetExpression.parse("He3(z2)")).isEqualTo(Polynomial.hermite(2, 1, 3));
        assertThat(TargetExpression.parse("He0(z1)")).isEqualTo(Polynomial.constant(1, 1));
        assertThat(TargetExpression.parse("-z1^2")).isEqualTo(Z1.power(2).scale(-1));
        assertThat(TargetExpression.parse("z1^0")).isEqualTo(Polynomial.constant(1, 1));
    }

    @Test
    void juxtapositionMultipliesAndSquareBracketsGroup() {
        assertThat(TargetExpression.parse("2 z1 z2")).isEqualTo(TargetExpression.parse("2*z1*z2"));
        assertThat(TargetExpression.parse("2(z1 + 1)")).isEqualTo(TargetExpression.parse("2*(z1 + 1)"));
        assertThat(TargetExpression.parse("[z1 + 1]^2")).isEqualTo(TargetExpression.parse("(z1 + 1)^2"));
        assertThat(TargetExpression.parse("He2(z1)He1(z2)")).isEqualTo(TargetExpression.parse("He2(z1)*z2"));
    }

    @Test
    void theNumberOfVariablesIsTheLargestIndexUnlessGiven() {
        assertThat(TargetExpression.parse("z2 + z5").variables()).isEqualTo(5);
        assertThat(TargetExpression.parse("3").variables()).isEqualTo(1);
        assertThat(TargetExpression.parse("z1", 4).variables()).isEqualTo(4);
        assertThatThrownBy(() -> TargetExpression.parse("z1", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "\"{0}\" fails at column {1}")
    @CsvSource(delimiter = '|', value = {
        "''            | 1  | empty expression",
        "'   '         | 4  | empty expression",
        "z1 + foo      | 6  | unknown name 'foo'",
        "z0 + 1        | 1  | numbered from 1",
        "z1 / z2       | 6  | can only divide by a constant",
        "z1 / (3 - 3)  | 6  | division by zero",
        "z1^2.5        | 4  | integer",
        "z1^-1         | 4  | integer",
        "z1^z2         | 4  | exponent must be a constant",
        "z1^101        | 4  | an integer in 0..100",
        "sqrt(z1)      | 5  | sqrt needs a constant",
        "sqrt(-4)      | 5  | negative",
        "sqrt 4        | 6  | expected '(' after sqrt",
        "(z1 + z2      | 9  | expected ')' to close the '(' at column 1",
        "[z1 + z2)     | 9  | expected ']'",
        "z1 + z2)      | 8  | without a matching opening bracket",
        "He(z1)        | 1  | He needs a non-negative integer degree",
        "Hex(z1)       | 1  | He needs a non-negative integer degree",
        "He2(3)        | 5  | expected a variable zI inside He2",
        "He2 z1        | 5  | expected '(' after He2",
        "He2(z1         | 7  | expected ')' after He2(z1",
        "z1 +          | 5  | unexpected end",
        "z1 * * z2     | 6  | unexpected '*'",
        "2 3           | 3  | expected an operator",
        "1e999 * z1    | 1  | number out of range",
        "1e300^2       | 6  | result out of range",
        "z1 . 2        | 4  | unexpected '.'",
    })
    void malformedExpressionsReportTheColumn(String expression, int column, String reason) {
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> TargetExpression.parse(expression));
        assertThat(e).as("no exception for \"%s\"", expression).isNotNull();
        assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
        assertThat(e.reason()).contains(reason);
        assertThat(e.getMessage()).isEqualTo("column " + column + ": " + e.reason() + " in: " + expression);
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVariableBeyondTheGivenRIsAnError() {
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> TargetExpression.parse("z1 + z4", 3));
        assertThat(e.column()).isEqualTo(6);
        assertThat(e.reason()).contains("z4 exceeds r = 3");
    }

    @Test
    void normaliseRescalesToUnitSecondMoment() {
        assertThat(TargetExpression.normalise(TargetExpression.parse("2*z1"))).isEqualTo(Z1);
        Polynomial p = TargetExpression.normalise(TargetExpression.parse("z1^3 + 4*He2(z2) - 1"));
        assertThat(p.secondMoment()).isCloseTo(1.0, within(1e-15));
        assertThatThrownBy(() -> TargetExpression.normalise(TargetExpression.parse("z1 - z1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero polynomial");
    }

    private static double value(String constantExpression) {
        Polynomial p = TargetExpression.parse(constantExpression);
        assertThat(p.isConstant()).isTrue();
        return p.evaluate(new double[] {0.0});
    }
}
