package nnrep.properties;

import java.util.StringJoiner;

import nnrep.numeric.poly.Polynomial;

/**
 * A link function g: R^r -> R of a multi-index target f*(x) = g(Ux) (Damian, Lee &amp;
 * Soltanolkotabi (COLT 2022), section 1), as drawn by the properties: a nonzero polynomial of
 * degree at most 4 in r <= 4 variables.
 *
 * @param g the polynomial, in r = g.variables() variables (some may not occur)
 */
record LinkFunction(Polynomial g) {

    /** r, the number of variables of g (the dimension of span(U)). */
    int r() {
        return g.variables();
    }

    /** p, the degree of g. */
    int degree() {
        return g.degree();
    }

    /** ||g|| = sqrt(E g(z)^2), z ~ N(0, I_r), from the exact Hermite expansion. */
    double norm() {
        return Math.sqrt(g.secondMoment());
    }

    /** E.g. "g(z1, z2) = 0.5*z1^2*z2 - z2 + 3". */
    @Override
    public String toString() {
        StringJoiner variables = new StringJoiner(", ", "g(", ")");
        for (int i = 1; i <= r(); i++) {
            variables.add("z" + i);
        }
        return variables + " = " + g;
    }
}
