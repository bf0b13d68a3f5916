package nnrep.numeric.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SubspaceMetricsTest {

    /** U = e1^T in R^3. */
    private static final double[] U = {1, 0, 0};

    @Test
    void rowsInsideTheSubspaceHaveShareOneAndAngleZero() {
        double[] w = {2, 0, 0, -1, 0, 0};
        assertThat(SubspaceMetrics.subspaceShare(w, 2, 3, U, 1)).isEqualTo(1.0);
        assertThat(SubspaceMetrics.maxPrincipalAngleDegrees(w, 2, 3, U, 1)).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void rowsOrthogonalToTheSubspaceHaveShareZeroAndAngleNinety() {
        double[] w = {0, 1, 0, 0, 0, 3};
        assertThat(SubspaceMetrics.subspaceShare(w, 2, 3, U, 1)).isEqualTo(0.0);
        assertThat(SubspaceMetrics.maxPrincipalAngleDegrees(w, 2, 3, U, 1)).isCloseTo(90.0, within(1e-6));
    }

    @Test
    void aRowAtThirtyDegreesGivesShareCosSquaredAndAngleThirty() {
        double c = Math.cos(Math.toRadians(30));
        double s = Math.sin(Math.toRadians(30));
        double[] w = {c, s, 0};
        assertThat(SubspaceMetrics.subspaceShare(w, 1, 3, U, 1)).isCloseTo(c * c, within(1e-15));
        assertThat(SubspaceMetrics.maxPrincipalAngleDegrees(w, 1, 3, U, 1)).isCloseTo(30.0, within(1e-9));
        assertThat(SubspaceMetrics.rowNormMean(new double[] {3, 4, 0}, 1, 3)).isEqualTo(5.0);
    }
}
