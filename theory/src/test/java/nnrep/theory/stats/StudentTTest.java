package nnrep.theory.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import nnrep.theory.Interval;
import org.junit.jupiter.api.Test;

class StudentTTest {

    @Test
    void matchesAHandComputedInterval() {
        // mean 3, s^2 = 10/4, s / sqrt(5) = sqrt(1/2); t_{4, 0.975} = 2.7764451051977987 (published tables).
        Interval interval = StudentT.interval(new double[] {1, 2, 3, 4, 5}, 0.05);
        double half = 2.7764451051977987 * Math.sqrt(0.5);
        assertThat(interval.lower()).isCloseTo(3.0 - half, within(1e-8));
        assertThat(interval.upper()).isCloseTo(3.0 + half, within(1e-8));
        assertThat(interval.level()).isEqualTo(0.95);
    }

    @Test
    void constantReplicatesGiveAPoint() {
        Interval interval = StudentT.interval(new double[] {0.25, 0.25, 0.25}, 0.01);
        assertThat(interval.lower()).isEqualTo(0.25);
        assertThat(interval.upper()).isEqualTo(0.25);
    }

    @Test
    void coversTheMeanOfNormalReplicatesAtItsLevel() {
        // For normal replicates the coverage is exactly 0.9. Over 2000 independent trials the observed
        // coverage has standard deviation sqrt(0.9 * 0.1 / 2000) = 0.0067; the band 0.9 +- 5 sd is
        // missed with probability below 1e-6. Pinned seed: the check is deterministic.
        SplittableRandom random = new SplittableRandom(20220701L);
        int trials = 2000;
        int covered = 0;
        for (int trial = 0; trial < trials; trial++) {
            double[] replicates = new double[5];
            for (int i = 0; i < replicates.length; i++) {
                replicates[i] = 1.5 + 2.0 * random.nextGaussian();
            }
            if (StudentT.interval(replicates, 0.1).contains(1.5)) {
                covered++;
            }
        }
        assertThat(covered / (double) trials).isBetween(0.9 - 0.0335, 0.9 + 0.0335);
    }

    @Test
    void rejectsTooFewOrNonFiniteReplicates() {
        assertThatThrownBy(() -> StudentT.interval(new double[] {1.0}, 0.05)).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> StudentT.interval(new double[] {1.0, Double.NaN}, 0.05))
                .hasMessageContaining("not finite");
        assertThatThrownBy(() -> StudentT.interval(new double[] {1.0, 2.0}, 1.0)).hasMessageContaining("delta");
    }
}
