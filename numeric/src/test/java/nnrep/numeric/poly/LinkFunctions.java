package nnrep.numeric.poly;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of link functions g: random sparse polynomials in r <= 3 variables. A term is a
 * coefficient times the product of a list of variables (so shrinking drops factors and terms),
 * and shrunk counterexamples print through {@link Polynomial#toString()}.
 */
final class LinkFunctions {

    private LinkFunctions() {
    }

    /** Degree <= maxDegree, up to 6 terms, coefficients with up to 3 decimals in [-3, 3]. */
    static Arbitrary<Polynomial> moderate(int maxDegree) {
        return withCoefficients(maxDegree, Arbitraries.doubles().between(-3, 3).ofScale(3));
    }

    /** Degree <= 4, coefficients anywhere in the finite doubles, for printing round trips. */
    static Arbitrary<Polynomial> anyFiniteCoefficients() {
        Arbitrary<Double> anyMagnitude = Combinators.combine(
                        Arbitraries.doubles().between(-10, 10).ofScale(15),
                        Arbitraries.integers().between(-300, 300))
                .as((mantissa, exponent) -> mantissa * Math.pow(10, exponent));
        // up to 6 terms of at most 1e307 can share a monomial without overflowing
        Arbitrary<Double> coefficients = Arbitraries.oneOf(anyMagnitude,
                Arbitraries.of(1.0 / 3, -Math.PI, 1e307, -1e-5, Double.MIN_VALUE, 1.0, -1.0));
        return withCoefficients(4, coefficients);
    }

    private static Arbitrary<Polynomial> withCoefficients(int maxDegree, Arbitrary<Double> coefficients) {
        return Arbitraries.integers().between(1, 3).flatMap(r -> {
            Arbitrary<List<Integer>> factors = Arbitraries.integers().between(0, r - 1).list().ofMaxSize(maxDegree);
            Arbitrary<Polynomial> term = Combinators.combine(coefficients, factors).as((c, variables) -> {
                int[] indices = variables.stream().mapToInt(Integer::intValue).toArray();
                return Polynomial.monomial(c, MultiIndex.counting(r, indices));
            });
            return term.list().ofMinSize(1).ofMaxSize(6)
                    .map(terms -> terms.stream().reduce(Polynomial.constant(r, 0.0), Polynomial::plus));
        });
    }
}
