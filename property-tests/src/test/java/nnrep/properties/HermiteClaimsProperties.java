package nnrep.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.ToDoubleFunction;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import nnrep.numeric.gauss.GaussHermiteRule;
import nnrep.numeric.gauss.NormalIntegral;
import nnrep.numeric.hermite.Activation;
import nnrep.numeric.hermite.ActivationCoefficients;
import nnrep.numeric.hermite.Hermite;
import nnrep.numeric.poly.MultiIndex;
import nnrep.numeric.poly.Polynomial;

/**
 * The exact Hermite identities of Damian, Lee &amp; Soltanolkotabi (COLT 2022), sections 1 and 3,
 * claims hermite.orthogonality, hermite.activation-coefficients and hermite.stein-tensors of
 * claims.md, over random instances. Each compares the code under test with an independent
 * quadrature that is exact (Gauss-Hermite with enough nodes) or adaptive to round-off
 * ({@link NormalIntegral}); the tolerances are floating-point round-off relative to the
 * Cauchy-Schwarz bound of the quantity compared, with orders of magnitude to spare, while a wrong
 * sign, index or factorial moves the compared value by O(1) of that bound.
 */
class HermiteClaimsProperties extends PaperInstances {

    private static final int MAX_HERMITE_DEGREE = 40;
    private static final int MAX_RULE_POINTS = 60;
    private static final int MAX_COEFFICIENT_DEGREE = 12;

    /**
     * E[He_j(z) He_k(z)] = k! delta_jk, z ~ N(0, 1), for j, k <= 40, with He from
     * {@link Hermite#he}, by any Gauss-Hermite rule that is exact for the product (n >= max(j, k) + 1
     * nodes, degree j + k <= 2n - 1). Tolerance 1e-10 sqrt(j! k!): the quadrature terms
     * w_i |He_j(x_i) He_k(x_i)| add up to at most sqrt(j! k!) (Cauchy-Schwarz for the positive
     * weights, exact on He_j^2 and He_k^2), so n <= 60 roundings cost below 1e-13 sqrt(j! k!).
     */
    @Label("hermite.orthogonality")
    @Property(tries = 200)
    void hermitePolynomialsAreOrthogonalWithNormKFactorial(
            @ForAll @IntRange(min = 0, max = MAX_HERMITE_DEGREE) int j,
            @ForAll @IntRange(min = 0, max = MAX_HERMITE_DEGREE) int k,
            @ForAll @IntRange(min = 0, max = MAX_RULE_POINTS - MAX_HERMITE_DEGREE - 1) int extraNodes) {
        GaussHermiteRule rule = GaussHermiteRule.of(Math.max(j, k) + 1 + extraNodes);
        double moment = rule.expect(z -> Hermite.he(j, z) * Hermite.he(k, z));
        double scale = Math.sqrt(Hermite.factorial(j) * Hermite.factorial(k));
        assertThat(moment).as("E[He_%d He_%d] with %d nodes", j, k, rule.points())
                .isCloseTo(j == k ? Hermite.factorial(k) : 0.0, within(1e-10 * scale));
    }

    /**
     * c_k(b) = E[act(z + b) He_k(z)] equals its closed form (paper.md section 3) for relu and step,
     * b in [-3, 3], k <= 12: c_0 = b Phi(b) + phi(b), c_1 = Phi(b), c_k = (-1)^k He_{k-2}(b) phi(b)
     * for relu; c_0 = Phi(b), c_k = (-1)^(k-1) He_{k-1}(b) phi(b) for step. Reference: adaptive
     * quadrature split at the kink z = -b, relative accuracy 1e-14 of E|act He_k|. Tolerance
     * 1e-12 (1 + |b|) sqrt(k!): by Cauchy-Schwarz |c_k| <= sqrt(E act(z+b)^2) sqrt(k!) <=
     * (1 + |b|) sqrt(k!), and both sides are accurate to about 1e-15 of that.
     */
    @Label("hermite.activation-coefficients")
    @Property(tries = 100)
    void activationCoefficientsHaveTheirClosedForms(
            @ForAll Activation act,
            @ForAll("bias") double b,
            @ForAll @IntRange(min = 0, max = MAX_COEFFICIENT_DEGREE) int k) {
        double quadrature = NormalIntegral.expect(z -> act.apply(z + b) * Hermite.he(k, z), -b, 1e-14);
        double tolerance = 1e-12 * (1 + Math.abs(b)) * Math.sqrt(Hermite.factorial(k));
        assertThat(ActivationCoefficients.coefficient(act, b, k)).as("c_%d(%s) of %s", k, b, act)
                .isCloseTo(quadrature, within(tolerance));
    }

    /**
     * Stein's identity for a random link g (degree <= 4, r <= 4) and |alpha| <= 4:
     * E[g He_alpha] = E[d^alpha g] = alpha! h_alpha = C_|alpha|[i_1..i_k], where h_alpha is the
     * Hermite coefficient of g ({@link Polynomial#hermiteCoefficients}) and C_k
     * {@link Polynomial#steinTensor}. The two expectations are computed by the tensor Gauss-Hermite
     * rule with 5 nodes per variable, exact since g He_alpha has degree <= 8 in each variable, the
     * derivative by {@link Polynomial#derivative}. Tolerance 1e-10 ||g|| sqrt(alpha!), ||g||^2 = E g^2
     * by the same rule: ||g|| sqrt(alpha!) bounds |E[g He_alpha]| (Cauchy-Schwarz) and the sum of the
     * absolute quadrature terms, so the 5^r <= 625 roundings stay below 1e-13 of it.
     */
    @Label("hermite.stein-tensors")
    @Property(tries = 200)
    void hermiteMomentsAreMeanDerivativesAndTensorEntries(@ForAll("hermiteMoment") HermiteMoment moment) {
        Polynomial g = moment.link().g();
        MultiIndex alpha = moment.alpha();
        int r = g.variables();
        GaussHermiteRule rule = GaussHermiteRule.of(5);
        ToDoubleFunction<double[]> hermiteProduct = z -> {
            double product = 1.0;
            for (int i = 0; i < r; i++) {
                product *= Hermite.he(alpha.get(i), z[i]);
            }
            return product;
        };
        double steinSide = rule.expect(r, z -> g.evaluate(z) * hermiteProduct.applyAsDouble(z));
        Polynomial derivative = g;
        for (int i : moment.tensorIndices()) {
            derivative = derivative.derivative(i);
        }
        double derivativeSide = rule.expect(r, derivative::evaluate);
        double expansionSide = alpha.factorial() * g.hermiteCoefficients().coefficient(alpha);
        double tensorEntry = g.steinTensor(alpha.order()).get(moment.tensorIndices());

        double norm = Math.sqrt(rule.expect(r, z -> g.evaluate(z) * g.evaluate(z)));
        double tolerance = 1e-10 * norm * Math.sqrt(alpha.factorial());
        assertThat(derivativeSide).as("E[d^alpha g]").isCloseTo(steinSide, within(tolerance));
        assertThat(expansionSide).as("alpha! h_alpha").isCloseTo(steinSide, within(tolerance));
        assertThat(tensorEntry).as("C_%d entry", alpha.order()).isCloseTo(steinSide, within(tolerance));
    }
}
