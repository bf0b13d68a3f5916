package nnrep.numeric.hermite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import nnrep.numeric.gauss.NormalIntegral;

class ActivationCoefficientsProperties {

    /**
     * The closed forms of Damian, Lee & Soltanolkotabi (COLT 2022), section 3, against adaptive
     * quadrature of E[act(z + b) He_k(z)] split at the kink z = -b. Both sides carry round-off
     * proportional to the size of the terms summed, bounded (Cauchy-Schwarz) by
     * sqrt(E act^2) sqrt(k!) <= 4 sqrt(k!) for |b| <= 3; measured differences stay below
     * 1e-15 sqrt(k!), and we allow 1e-14 sqrt(k!) (e.g. 2.2e-10 at k = 12, where c_12 is ~1e2,
     * 2e-12 at k = 4). A wrong sign, index or factor changes c_k by O(phi(b)) (phi(3) = 4.4e-3)
     * for all but isolated values of b.
     */
    @Property(tries = 300)
    void closedFormsMatchAdaptiveQuadrature(@ForAll Activation activation,
                                            @ForAll @DoubleRange(min = -3, max = 3) double bias,
                                            @ForAll @IntRange(min = 0, max = 12) int k) {
        double quadrature = NormalIntegral.expect(
                z -> activation.apply(z + bias) * Hermite.he(k, z), -bias, 1e-14);
        assertThat(ActivationCoefficients.coefficient(activation, bias, k))
                .isCloseTo(quadrature, within(1e-14 * Math.sqrt(Hermite.factorial(k))));
    }
}
