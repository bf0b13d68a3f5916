package nnrep.theory.experiments;

import java.util.SplittableRandom;

import nnrep.numeric.poly.MultiIndex;
import nnrep.numeric.poly.Polynomial;

/**
 * Random test polynomials for the exact claims: every monomial z^beta with |beta| &lt;= degree gets an
 * independent N(0, 1) coefficient, so that constant, linear and all higher Hermite parts (C_0, C_1,
 * ..., C_degree of Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 1) are present.
 */
public final class RandomPolynomials {

    private RandomPolynomials() {
    }

    /** A dense polynomial in r variables of the given degree. */
    public static Polynomial dense(int r, int degree, SplittableRandom random) {
        Polynomial sum = Polynomial.constant(r, 0.0);
        for (MultiIndex beta : MultiIndices.upToOrder(r, degree)) {
            sum = sum.plus(Polynomial.monomial(random.nextGaussian(), beta));
        }
        return sum;
    }
}
