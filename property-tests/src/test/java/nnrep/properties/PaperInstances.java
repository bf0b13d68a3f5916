package nnrep.properties;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import nnrep.numeric.poly.MultiIndex;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.target.Basis;

/**
 * The random instances of Damian, Lee &amp; Soltanolkotabi (COLT 2022) that the properties draw,
 * as jqwik provider methods named after the domain objects. Property classes extend this class
 * and refer to them as {@code @ForAll("linkFunction")} and so on.
 *
 * <p>Everything is built from small integers so that jqwik's shrinking ends in a readable
 * counterexample: coefficients n / q with n in -4..4 \ {0} and q in {1, 2, 4} (exact in binary),
 * monomials as lists of variable indices (shrinking drops factors and terms), directions as
 * integer vectors, biases with two decimals, seeds below 10^6.
 */
abstract class PaperInstances {

    static final int MAX_VARIABLES = 4;
    static final int MAX_DEGREE = 4;
    static final int MAX_TERMS = 5;
    static final int MAX_DIMENSION = 12;
    static final double MAX_BIAS = 3.0;

    /** g: a nonzero polynomial of degree <= 4 in r <= 4 variables, up to 5 terms. */
    @Provide
    Arbitrary<LinkFunction> linkFunction() {
        return Arbitraries.integers().between(1, MAX_VARIABLES).flatMap(r -> term(r).list()
                .ofMinSize(1).ofMaxSize(MAX_TERMS)
                .map(terms -> terms.stream().reduce(Polynomial.constant(r, 0.0), Polynomial::plus))
                .filter(g -> !g.isZero())
                .map(LinkFunction::new));
    }

    /** f*(x) = g(Ux) with d in [r, 12] and U Haar-random (seeded) or [I_r 0]. */
    @Provide
    Arbitrary<Target> target() {
        return linkFunction().flatMap(link -> Combinators.combine(
                        Arbitraries.integers().between(link.r(), MAX_DIMENSION),
                        Arbitraries.of(Basis.RANDOM, Basis.CANONICAL),
                        seed())
                .as((d, basis, seed) -> new Target(link, d, basis, seed)));
    }

    /** A target and a unit direction of its R^d. */
    @Provide
    Arbitrary<GradientPoint> gradientPoint() {
        return target().flatMap(target -> unitDirection(target.d()).map(w -> new GradientPoint(target, w)));
    }

    /** g and alpha with |alpha| <= 4, alpha drawn as a list of tensor indices in 0..r-1. */
    @Provide
    Arbitrary<HermiteMoment> hermiteMoment() {
        return linkFunction().flatMap(link -> Arbitraries.integers().between(0, link.r() - 1)
                .list().ofMaxSize(MAX_DEGREE)
                .map(indices -> MultiIndex.counting(link.r(), toArray(indices)))
                .map(alpha -> new HermiteMoment(link, alpha)));
    }

    /** d in [1, 12], for properties without a target. */
    @Provide
    Arbitrary<Integer> dimension() {
        return Arbitraries.integers().between(1, MAX_DIMENSION);
    }

    /** b in [-3, 3], two decimals. */
    @Provide
    Arbitrary<Double> bias() {
        return Arbitraries.doubles().between(-MAX_BIAS, MAX_BIAS).ofScale(2);
    }

    /** A master seed of {@link nnrep.numeric.gauss.RandomStreams}. */
    @Provide
    Arbitrary<Long> seed() {
        return Arbitraries.longs().between(0, 999_999);
    }

    /** A unit vector of R^d from an integer vector with entries in -3..3, not all zero. */
    static Arbitrary<UnitDirection> unitDirection(int d) {
        return Arbitraries.integers().between(-3, 3).list().ofSize(d)
                .filter(n -> n.stream().anyMatch(k -> k != 0))
                .map(UnitDirection::new);
    }

    /** c z^beta with c = n / q and z^beta the product of up to 4 variables. */
    private static Arbitrary<Polynomial> term(int r) {
        Arbitrary<Double> coefficient = Combinators.combine(
                        Arbitraries.integers().between(-4, 4).filter(n -> n != 0),
                        Arbitraries.of(1, 2, 4))
                .as((n, q) -> n / (double) q);
        Arbitrary<List<Integer>> factors = Arbitraries.integers().between(0, r - 1).list().ofMaxSize(MAX_DEGREE);
        return Combinators.combine(coefficient, factors)
                .as((c, variables) -> Polynomial.monomial(c, MultiIndex.counting(r, toArray(variables))));
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
