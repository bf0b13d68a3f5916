package nnrep.numeric.poly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import nnrep.numeric.gauss.GaussHermiteRule;
import nnrep.numeric.hermite.Hermite;

/**
 * Moments and Hermite tensors of link functions (degree <= 4, r <= 3) against tensor
 * Gauss-Hermite quadrature, which is exact for them: f^2 and f He_alpha (|alpha| <= 4) have degree
 * <= 8 in each variable, integrated exactly by 5 points; we use 6. The quadrature knows nothing
 * of the Hermite expansion, so these are independent computations; tolerances are round-off
 * relative to the Cauchy-Schwarz scale sqrt(E f^2 alpha!).
 */
class PolynomialProperties {

    private static final GaussHermiteRule RULE = GaussHermiteRule.of(6);

    @Provide
    Arbitrary<Polynomial> linkFunctions() {
        return LinkFunctions.moderate(4);
    }

    @Provide
    Arbitrary<List<Integer>> tensorIndices() {
        return Arbitraries.integers().between(0, 2).list().ofMaxSize(4);
    }

    @Property(tries = 200)
    void secondMomentIsTheSumOfSquaredHermiteCoefficientsTimesAlphaFactorial(
            @ForAll("linkFunctions") Polynomial f) {
        double quadrature = expect(f, z -> Math.pow(f.evaluate(z), 2));
        assertThat(f.secondMoment()).isCloseTo(quadrature, within(1e-12 * (1 + quadrature)));
        double mean = expect(f, f::evaluate);
        assertThat(f.mean()).isCloseTo(mean, within(1e-12 * (1 + Math.sqrt(quadrature))));
    }

    /**
     * Stein's lemma E[f He_alpha] = E[d^alpha f] (Damian, Lee & Soltanolkotabi (COLT 2022),
     * section 1), three ways: quadrature of f He_alpha, quadrature of the symbolic derivative, and
     * the entry alpha! h_alpha of {@link Polynomial#steinTensor}.
     */
    @Property(tries = 200)
    void steinTensorEntriesEqualMeanDerivativesAndHermiteMoments(@ForAll("linkFunctions") Polynomial f,
                                                                 @ForAll("tensorIndices") List<Integer> indices) {
        int r = f.variables();
        int[] tensorIndex = indices.stream().mapToInt(i -> i % r).toArray();
        MultiIndex alpha = MultiIndex.counting(r, tensorIndex);
        double steinSide = expect(f, z -> f.evaluate(z) * hermiteProduct(alpha, z));
        Polynomial derivative = f;
        for (int i : tensorIndex) {
            derivative = derivative.derivative(i);
        }
        Polynomial derivativeOfF = derivative;
        double derivativeSide = expect(f, derivativeOfF::evaluate);
        double tensorEntry = f.steinTensor(tensorIndex.length).get(tensorIndex);

        double scale = 1 + Math.sqrt(expect(f, z -> Math.pow(f.evaluate(z), 2)) * alpha.factorial());
        assertThat(derivativeSide).as("E d^alpha f, alpha = %s", alpha).isCloseTo(steinSide, within(1e-12 * scale));
        assertThat(tensorEntry).as("C_%d entry %s", tensorIndex.length, alpha)
                .isCloseTo(steinSide, within(1e-12 * scale));
    }

    @Property(tries = 100)
    void tensorsAboveTheDegreeVanish(@ForAll("linkFunctions") Polynomial f) {
        assertThat(f.steinTensor(f.degree() + 1).frobeniusNorm()).isZero();
    }

    @Property(tries = 200)
    void theHermiteExpansionConvertsBackToThePolynomial(@ForAll("linkFunctions") Polynomial f) {
        Polynomial back = f.hermiteCoefficients().toPolynomial();
        assertThat(back.variables()).isEqualTo(f.variables());
        assertThat(back.minus(f).maxAbsCoefficient()).isLessThanOrEqualTo(1e-13 * (1 + f.maxAbsCoefficient()));
    }

    @Property(tries = 200)
    void arithmeticAgreesWithPointwiseArithmetic(@ForAll("linkFunctions") Polynomial f,
                                                 @ForAll("linkFunctions") Polynomial g,
                                                 @ForAll @Size(3) List<@DoubleRange(min = -2, max = 2) Double> point,
                                                 @ForAll @IntRange(min = 0, max = 3) int e) {
        double[] z = point.stream().mapToDouble(Double::doubleValue).toArray();
        double fz = f.evaluate(z);
        double gz = g.evaluate(z);
        // round-off is relative to sum_beta |a_beta| |z^beta|, the size of the terms summed
        double scale = 1 + magnitude(f, z) + magnitude(g, z);
        assertThat(f.plus(g).evaluate(z)).isCloseTo(fz + gz, within(1e-14 * scale));
        assertThat(f.minus(g).evaluate(z)).isCloseTo(fz - gz, within(1e-14 * scale));
        assertThat(f.times(g).evaluate(z)).isCloseTo(fz * gz, within(1e-14 * scale * scale));
        assertThat(f.power(e).evaluate(z)).isCloseTo(Math.pow(fz, e), within(1e-14 * Math.pow(scale, e)));
    }

    /** E[integrand(z)], z ~ N(0, I_r), r = f.variables(), by the tensor rule. */
    private static double expect(Polynomial f, ToDoubleFunction<double[]> integrand) {
        return RULE.expect(f.variables(), integrand);
    }

    /** sum_beta |a_beta| prod_i |z_i|^beta_i. */
    private static double magnitude(Polynomial f, double[] z) {
        double sum = 0.0;
        for (Map.Entry<MultiIndex, Double> term : f.coefficients().entrySet()) {
            double product = Math.abs(term.getValue());
            for (int i = 0; i < f.variables(); i++) {
                product *= Math.pow(Math.abs(z[i]), term.getKey().get(i));
            }
            sum += product;
        }
        return sum;
    }

    private static double hermiteProduct(MultiIndex alpha, double[] z) {
        double product = 1.0;
        for (int i = 0; i < alpha.variables(); i++) {
            product *= Hermite.he(alpha.get(i), z[i]);
        }
        return product;
    }
}
