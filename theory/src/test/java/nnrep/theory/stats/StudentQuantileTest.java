package nnrep.theory.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class StudentQuantileTest {

    @Test
    void agreesWithTheGenericInverseOfCommonsMath() {
        // The library inverts the distribution function at 1 - alpha by bracketing and Brent's method, to
        // an absolute accuracy set here to 1e-12. Its argument 1 - alpha carries a rounding error of
        // 1e-16, i.e. a relative error of up to 1e-9 in alpha = 1e-7, which moves t by a relative
        // 1e-9 / nu (Q(t) ~ t^-nu): hence the relative tolerance 1e-8, from Cauchy-like tails
        // (nu = 0.7, 1) to nearly normal ones, at the levels the audit uses and beyond.
        for (double nu : new double[] {0.7, 1.0, 2.0, 3.5, 7.0, 12.3, 45.0, 1000.0, 1e6}) {
            for (double alpha : new double[] {0.4, 0.05, 1.25e-3, 2.5e-4, 1e-7}) {
                double expected = new TDistribution(null, nu, 1e-12).inverseCumulativeProbability(1.0 - alpha);
                assertThat(StudentQuantile.upper(nu, alpha)).as("nu = %s, alpha = %s", nu, alpha)
                        .isCloseTo(expected, within(1e-8 * Math.max(1.0, expected)));
            }
        }
    }

    @Test
    void matchesPublishedTableValues() {
        // t_{4, 0.975} and t_{2, 0.975} from published tables; for nu = 1 (Cauchy) tan(pi (1/2 - alpha)).
        // The iteration stops at a relative step of 1e-10.
        assertThat(StudentQuantile.upper(4, 0.025)).isCloseTo(2.7764451051977987, within(3e-10));
        assertThat(StudentQuantile.upper(2, 0.025)).isCloseTo(4.302652729749464, within(5e-10));
        double cauchy = Math.tan(Math.PI * (0.5 - 2.5e-4));
        assertThat(StudentQuantile.upper(1, 2.5e-4)).isCloseTo(cauchy, within(1e-10 * cauchy));
    }

    @Test
    void rejectsOutOfRangeArguments() {
        assertThatThrownBy(() -> StudentQuantile.upper(0.0, 0.05)).hasMessageContaining("degrees of freedom");
        assertThatThrownBy(() -> StudentQuantile.upper(3.0, 0.5)).hasMessageContaining("tail probability");
    }
}
