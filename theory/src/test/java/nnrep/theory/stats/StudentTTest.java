package nnrep.theory.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import nnrep.theory.Interval;
import org.junit.jupiter.api.Test;

class StudentTTest {

    @Test
    void matchesAHandComputedInterval() {
        // mean 3, s^2 = 10/4, s / sqrt(5) = sqrt(1/2); from published tables t_{4, 0.975} = 2.7764451051977987
        // and z_{0.975} = 1.959963984540054; the skewness allowance is (1 / sqrt(5)) (2 z^2 + 1) / 6.
        Interval interval = StudentT.interval(new double[] {1, 2, 3, 4, 5}, 0.05);
        double z = 1.959963984540054;
        double half = (2.7764451051977987 + (2 * z * z + 1) / 6 / Math.sqrt(5)) * Math.sqrt(0.5);
        assertThat(interval.lower()).isCloseTo(3.0 - half, within(1e-8));
        assertThat(interval.upper()).isCloseTo(3.0 + half, within(1e-8));
        assertThat(interval.level()).isEqualTo(0.95);
    }

    @Test
    void constantReplicatesGiveAPoint() {
        Interval interval = StudentT.interval(new double[] {0.1, 0.1, 0.1}, 0.01);
        assertThat(interval.lower()).isEqualTo(0.1);
        assertThat(interval.upper()).isEqualTo(0.1);
    }

    @Test
    void rejectsTooFewOrNonFiniteReplicates() {
        assertThatThrownBy(() -> StudentT.interval(new double[] {1.0}, 0.05)).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> StudentT.interval(new double[] {1.0, Double.NaN}, 0.05))
                .hasMessageContaining("not finite");
        assertThatThrownBy(() -> StudentT.interval(new double[] {1.0, 2.0}, 1.0)).hasMessageContaining("delta");
    }
}
