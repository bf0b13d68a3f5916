package nnrep.theory.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import nnrep.theory.Interval;
import org.junit.jupiter.api.Test;

class ExponentFitTest {

    private static final double[] GRID = {100, 200, 400, 800, 1600};

    @Test
    void anExactPowerLawGivesItsExponentAndADegenerateInterval() {
        double[][] statistics = new double[GRID.length][4];
        for (int g = 0; g < GRID.length; g++) {
            Arrays.fill(statistics[g], 3.0 * Math.pow(GRID[g], -0.5));
        }
        ExponentFit fit = ExponentFit.fit(GRID, statistics, 0.05);
        assertThat(fit.slope()).isCloseTo(-0.5, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(Math.log(3.0), within(1e-12));
        assertThat(fit.slopeInterval().width()).isZero();
        assertThat(fit.slopeInterval().lower()).isEqualTo(fit.slope());
        assertThat(fit.predict(400)).isCloseTo(0.15, within(1e-12));
        assertThat(fit.geometricMeans()[2]).isCloseTo(0.15, within(1e-12));
        assertThat(fit.points().get(2).lower()).isEqualTo(fit.points().get(2).geometricMean());
        assertThat(fit.parameters()).containsExactly(GRID);
    }

    @Test
    void matchesAHandComputedFit() {
        // x = log p = 0, 1, 2; logs {0, 2}, {1, 3}, {4, 6}: m = 1, 2, 5, s^2 = 2 each, R = 2.
        // w = (-1/2, 0, 1/2): slope 2, intercept 8/3 - 2 * 1 = 2/3. V = 2 * (1/4) * 2 / 2 = 1/2;
        // nu = V^2 / (2 * (1/4)^2 / 1) = 2; A = sum_g v_g^(3/2) / sqrt(2) / V^(3/2) = 1/2.
        // Published: t_{2, 0.975} = 4.302652729749464, z_{0.975} = 1.959963984540054.
        double e = Math.E;
        double[][] statistics = {{1, e * e}, {e, e * e * e}, {Math.exp(4), Math.exp(6)}};
        ExponentFit fit = ExponentFit.fit(new double[] {1, e, e * e}, statistics, 0.05);
        double z = 1.959963984540054;
        double half = Math.sqrt(0.5) * (4.302652729749464 + 0.5 * (2 * z * z + 1) / 6);
        assertThat(fit.slope()).isCloseTo(2.0, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(2.0 / 3.0, within(1e-12));
        assertThat(fit.slopeInterval().lower()).isCloseTo(2.0 - half, within(1e-8));
        assertThat(fit.slopeInterval().upper()).isCloseTo(2.0 + half, within(1e-8));
        assertThat(ExponentFit.slopeInterval(new double[] {1, e, e * e}, statistics, 0.05)).isEqualTo(fit.slopeInterval());
        // Per-point band at p = e: exp of the Student-t interval of the logs {1, 3}.
        Interval logBand = StudentT.interval(new double[] {1, 3}, 0.05);
        assertThat(fit.points().get(1).geometricMean()).isCloseTo(e * e, within(1e-12));
        assertThat(fit.points().get(1).lower()).isCloseTo(Math.exp(logBand.lower()), within(1e-12));
        assertThat(fit.points().get(1).upper()).isCloseTo(Math.exp(logBand.upper()), within(1e-9));
    }

    @Test
    void rejectsUnusableData() {
        assertThatThrownBy(() -> ExponentFit.fit(new double[] {1, 1}, new double[][] {{1, 2}, {1, 2}}, 0.1))
                .hasMessageContaining("distinct");
        assertThatThrownBy(() -> ExponentFit.fit(new double[] {1, 2}, new double[][] {{1, 2}, {0, 2}}, 0.1))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> ExponentFit.fit(new double[] {1, 2}, new double[][] {{1}, {2, 3}}, 0.1))
                .hasMessageContaining("at least 2 replicates");
        assertThatThrownBy(() -> ExponentFit.fit(new double[] {1, 2}, new double[][] {{1, 2}}, 0.1))
                .hasMessageContaining("groups");
        assertThatThrownBy(() -> ExponentFit.fit(new double[] {1, 2}, new double[][] {{1, 2}, {1, 2}}, 0.0))
                .hasMessageContaining("delta");
    }
}
