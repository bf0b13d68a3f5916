package nnrep.numeric.poly;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Printing with {@link Polynomial#toExpression()} and parsing back loses nothing. */
class TargetExpressionProperties {

    @Provide
    Arbitrary<Polynomial> linkFunctionsWithAnyFiniteCoefficients() {
        return LinkFunctions.anyFiniteCoefficients();
    }

    @Provide
    Arbitrary<Polynomial> linkFunctions() {
        return LinkFunctions.moderate(3);
    }

    @Property(tries = 500)
    void printedPolynomialsParseBackExactly(@ForAll("linkFunctionsWithAnyFiniteCoefficients") Polynomial g) {
        Polynomial parsed = TargetExpression.parse(g.toExpression(), g.variables());
        // the coefficient maps print every digit, so a failure shows which coefficient moved
        assertThat(parsed.coefficients()).as("parse(\"%s\")", g.toExpression()).isEqualTo(g.coefficients());
        assertThat(parsed).isEqualTo(g);
    }

    @Property(tries = 200)
    void parsingCombinedTextsCombinesThePolynomials(@ForAll("linkFunctions") Polynomial f,
                                                    @ForAll("linkFunctions") Polynomial g) {
        int r = Math.max(f.variables(), g.variables());
        String a = "(" + f.toExpression() + ")";
        String b = "(" + g.toExpression() + ")";
        assertThat(TargetExpression.parse(a + " * " + b, r)).isEqualTo(f.times(g).withVariables(r));
        assertThat(TargetExpression.parse(a + " - " + b, r)).isEqualTo(f.minus(g).withVariables(r));
        assertThat(TargetExpression.parse(a + "^2", r)).isEqualTo(f.power(2).withVariables(r));
    }
}
