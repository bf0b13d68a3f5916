package nnrep.theory.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import nnrep.theory.Interval;
import org.junit.jupiter.api.Test;

class WelchIntervalTest {

    @Test
    void matchesAHandComputedTwoGroupInterval() {
        // theta = mu_1 - mu_2. Group 1: {1, 3, 5}, m = 3, s^2 = 4, v = 4/3; group 2: {0, 2}, m = 1, s^2 = 2,
        // v = 1. V = 7/3; nu = V^2 / (v_1^2 / 2 + v_2^2 / 1) = (49/9) / (8/9 + 1) = 49/17. No allowance.
        ReplicateSummary[] groups = {ReplicateSummary.of(new double[] {1, 3, 5}), ReplicateSummary.of(new double[] {0, 2})};
        Interval interval = WelchInterval.of(new double[] {1, -1}, groups, 0.05, 0.0);
        double half = StudentQuantile.upper(49.0 / 17.0, 0.025) * Math.sqrt(7.0 / 3.0);
        assertThat(interval.lower()).isCloseTo(2.0 - half, within(1e-12));
        assertThat(interval.upper()).isCloseTo(2.0 + half, within(1e-12));
        // nu = 49/17 = 2.88 lies between min(R_g) - 1 = 1 and sum (R_g - 1) = 3: t_{2.88} between t_3 and t_1.
        assertThat(half / Math.sqrt(7.0 / 3.0)).isBetween(StudentQuantile.upper(3, 0.025), StudentQuantile.upper(1, 0.025));
    }

    @Test
    void theAllowanceAddsTheCornishFisherShiftOfTheHeavierTail() {
        // Same groups: A = Gamma sum_g v_g^(3/2) / sqrt(R_g) / V^(3/2), shift A (2 z^2 + 1) / 6 in units of sqrt(V).
        ReplicateSummary[] groups = {ReplicateSummary.of(new double[] {1, 3, 5}), ReplicateSummary.of(new double[] {0, 2})};
        double plain = WelchInterval.of(new double[] {1, -1}, groups, 0.01, 0.0).width() / 2;
        double allowed = WelchInterval.of(new double[] {1, -1}, groups, 0.01, 2.0).width() / 2;
        double v1 = 4.0 / 3.0;
        double v2 = 1.0;
        double variance = v1 + v2;
        double a = 2.0 * (Math.pow(v1, 1.5) / Math.sqrt(3) + Math.pow(v2, 1.5) / Math.sqrt(2)) / Math.pow(variance, 1.5);
        double z = 2.5758293035489004; // z_{0.995}, published tables
        assertThat(allowed - plain).isCloseTo(Math.sqrt(variance) * a * (2 * z * z + 1) / 6, within(1e-9));
    }

    @Test
    void withoutAllowanceOneGroupIsStudentsExactInterval() {
        // For normal replicates Student's interval covers with probability exactly 0.9. Over 2000 independent
        // trials the count of covers is Binomial(2000, 0.9), sd sqrt(2000 * 0.9 * 0.1) = 13.4; the band
        // 1800 +- 5.3 sd = [1729, 1871] is left with probability below 1e-6 (normal approximation of the
        // binomial, whose skewness at these sizes moves the tail by far less than the margin).
        // Pinned seed: the check is deterministic.
        SplittableRandom random = new SplittableRandom(20220701L);
        int covered = 0;
        for (int trial = 0; trial < 2000; trial++) {
            double[] replicates = new double[5];
            for (int i = 0; i < replicates.length; i++) {
                replicates[i] = 1.5 + 2.0 * random.nextGaussian();
            }
            ReplicateSummary[] group = {ReplicateSummary.of(replicates)};
            if (WelchInterval.of(new double[] {1.0}, group, 0.1, 0.0).contains(1.5)) {
                covered++;
            }
        }
        assertThat(covered).isBetween(1729, 1871);
    }
}
