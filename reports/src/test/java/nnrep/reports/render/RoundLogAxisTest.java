package nnrep.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class RoundLogAxisTest {

    @Test
    void ticksAreRoundValues() {
        assertTicks(RoundLogAxis.tickValues(14, 290), 20, 50, 100, 200);
        assertTicks(RoundLogAxis.tickValues(0.07, 1.9), 0.1, 0.2, 0.5, 1);
        assertTicks(RoundLogAxis.tickValues(0.95, 8.5), 1, 2, 3, 4, 5, 6, 7, 8);
        assertTicks(RoundLogAxis.tickValues(0.032, 0.095), 0.04, 0.05, 0.06, 0.07, 0.08, 0.09);
        assertTicks(RoundLogAxis.tickValues(0.0452, 0.0491), 0.046, 0.047, 0.048, 0.049);
        assertTicks(RoundLogAxis.tickValues(1e-16, 2e-10), 1e-16, 1e-15, 1e-14, 1e-13, 1e-12, 1e-11, 1e-10);
    }

    @Test
    void aGridOfAFewWellSpacedValuesGivesTheTicks() {
        assertThat(RoundLogAxis.grid(new double[] {128, 16, 32, 64, 32, 16})).containsExactly(16.0, 32.0, 64.0, 128.0);
        assertThat(RoundLogAxis.grid(new double[] {1, 2, 4, 8, 0, -1, Double.NaN})).containsExactly(1.0, 2.0, 4.0,
                8.0);
    }

    @Test
    void valuesThatAreNotAGridGetRoundTicks() {
        assertThat(RoundLogAxis.grid(range(1, 13))).isEmpty();
        assertThat(RoundLogAxis.grid(new double[] {1, 1.05, 100})).isEmpty();
        assertThat(RoundLogAxis.grid(new double[] {5})).isEmpty();
    }

    @Test
    void veryWideRangesTickEveryFewPowers() {
        List<Double> ticks = RoundLogAxis.tickValues(1e-30, 1e10);
        assertThat(ticks).hasSizeBetween(4, 9);
        assertThat(ticks.get(0)).isCloseTo(1e-30, within(1e-40));
    }

    @Test
    void anAxisWithoutPositiveValuesHasNoTicksAndNeverLoops() {
        assertThat(RoundLogAxis.tickValues(0, 0)).isEmpty();
        assertThat(RoundLogAxis.tickValues(-1, Double.NaN)).isEmpty();
        assertThat(RoundLogAxis.tickValues(0, 10)).isNotEmpty();
    }

    private static double[] range(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).asDoubleStream().toArray();
    }

    private static void assertTicks(List<Double> ticks, double... expected) {
        assertThat(ticks).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(ticks.get(i)).isCloseTo(expected[i], within(1e-9 * expected[i]));
        }
    }
}
