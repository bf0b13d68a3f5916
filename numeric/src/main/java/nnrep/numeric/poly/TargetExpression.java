package nnrep.numeric.poly;

/**
 * Targets written as text: the expression language of cli.md (section "Targets"), for the link
 * function g of f*(x) = g(Ux) in Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 1.
 * A polynomial in z1..zr built from numbers, + - * /, division by a nonzero constant,
 * ^ with a constant integer exponent in 0..100, unary minus, parentheses (or square brackets),
 * sqrt(constant >= 0), HeK(zI) (probabilists' Hermite, K in 0..100) and the variables zI,
 * I >= 1. A factor may also follow another without '*' when it starts with a name or a bracket
 * ("2 z1", "z1 z2 z3", "2(z1 + 1)"), so that the formulas of cli.md parse as written.
 * {@link Polynomial#toExpression()} prints in this language.
 */
public final class TargetExpression {

    private TargetExpression() {
    }

    /**
     * Parses expr; r is the largest variable index used (at least 1).
     *
     * @param expr the expression
     * @return the polynomial g
     * @throws ExpressionException with the 1-based column of the error
     */
    public static Polynomial parse(String expr) {
        return new ExpressionParser(expr, 0).parse();
    }

    /**
     * Parses expr as a polynomial in r variables; a variable zI with I > r is an error.
     *
     * @param expr the expression
     * @param r    the number of variables
     * @return the polynomial g
     * @throws IllegalArgumentException if r is below 1
     * @throws ExpressionException with the 1-based column of the error
     */
    public static Polynomial parse(String expr, int r) {
        if (r < 1) {
            throw new IllegalArgumentException("number of variables r must be >= 1, got: " + r);
        }
        return new ExpressionParser(expr, r).parse();
    }

    /**
     * {@return p / sqrt(E p(z)^2), z ~ N(0, I_r): the target rescaled to unit second moment
     * (paper.md section 1: E f*^2 = 1 unless asked otherwise)}
     *
     * @param p the polynomial
     * @throws IllegalArgumentException for the zero polynomial
     */
    public static Polynomial normalise(Polynomial p) {
        double secondMoment = p.secondMoment();
        if (!(secondMoment > 0.0)) {
            throw new IllegalArgumentException("cannot normalise the zero polynomial (E f^2 = 0)");
        }
        return p.scale(1.0 / Math.sqrt(secondMoment));
    }
}
