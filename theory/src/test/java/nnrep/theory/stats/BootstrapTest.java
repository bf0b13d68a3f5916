package nnrep.theory.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import nnrep.theory.Interval;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void percentileIntervalUsesTheOrderStatisticsOfDavisonAndHinkley() {
        double[] estimates = new double[999];
        for (int b = 0; b < estimates.length; b++) {
            estimates[estimates.length - 1 - b] = b + 1; // 999 down to 1: sorting is the interval's job
        }
        // (B + 1) delta / 2 = 50: the 50th and the 950th order statistics.
        Interval interval = Bootstrap.percentile(estimates, 0.1);
        assertThat(interval.lower()).isEqualTo(50.0);
        assertThat(interval.upper()).isEqualTo(950.0);
        assertThat(interval.level()).isEqualTo(0.9);
    }

    @Test
    void refusesTooFewResamplesForTheLevel() {
        assertThat(Bootstrap.minimumResamples(0.05)).isEqualTo(39);
        assertThatThrownBy(() -> Bootstrap.percentile(new double[38], 0.05)).hasMessageContaining("at least 39");
    }

    @Test
    void resampledMeansAreMeansOfTheValues() {
        SplittableRandom random = new SplittableRandom(1);
        double[] values = {1.0, 2.0, 4.0};
        for (int b = 0; b < 100; b++) {
            double mean = Bootstrap.resampledMean(values, random);
            assertThat(mean * 3).isBetween(3.0, 12.0);
        }
    }
}
