package nnrep.numeric.poly;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * Prints sums of coefficient times basis element, e.g. "0.5*z1^2*z3 - z2 + 1", in the
 * expression language of cli.md: terms in the given order, " + " / " - " between them, a
 * coefficient of exactly 1 left out, "0" for the empty sum.
 */
final class PolynomialFormat {

    private static final MathContext SIX_DIGITS = new MathContext(6);

    private PolynomialFormat() {
    }

    static String format(MultiIndex[] indices, double[] coefficients, DoubleFunction<String> number,
                         Function<MultiIndex, String> basis) {
        if (indices.length == 0) {
            return "0";
        }
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < indices.length; t++) {
            double c = coefficients[t];
            if (t == 0) {
                text.append(c < 0 ? "-" : "");
            } else {
                text.append(c < 0 ? " - " : " + ");
            }
            String element = basis.apply(indices[t]);
            double magnitude = Math.abs(c);
            if (element.isEmpty()) {
                text.append(number.apply(magnitude));
            } else if (magnitude == 1.0) {
                text.append(element);
            } else {
                text.append(number.apply(magnitude)).append('*').append(element);
            }
        }
        return text.toString();
    }

    /** z^beta as "z1^2*z3" ("" for beta = 0). */
    static String monomial(MultiIndex beta) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < beta.variables(); i++) {
            int e = beta.get(i);
            if (e > 0) {
                text.append(text.length() > 0 ? "*" : "").append('z').append(i + 1);
                if (e > 1) {
                    text.append('^').append(e);
                }
            }
        }
        return text.toString();
    }

    /** He_alpha as "He2(z1)*He1(z3)" ("" for alpha = 0). */
    static String hermiteProduct(MultiIndex alpha) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < alpha.variables(); i++) {
            if (alpha.get(i) > 0) {
                text.append(text.length() > 0 ? "*" : "")
                        .append("He").append(alpha.get(i)).append("(z").append(i + 1).append(')');
            }
        }
        return text.toString();
    }

    /** x to 6 significant digits, trailing zeros dropped: "0.408248", "3", "1.5E-7". */
    static String shortNumber(double x) {
        BigDecimal rounded = new BigDecimal(x).round(SIX_DIGITS).stripTrailingZeros();
        double magnitude = Math.abs(x);
        boolean plain = magnitude == 0.0 || (magnitude >= 1e-4 && magnitude < 1e7);
        return plain ? rounded.toPlainString() : rounded.toString();
    }
}
