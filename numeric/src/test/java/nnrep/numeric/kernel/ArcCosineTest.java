package nnrep.numeric.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The angle of the arc-cosine kernels against StrictMath (fdlibm, under 1 ulp from the true value).
 *
 * <p>The bound asked, 4 ulp of the reference, adds up the error sources of {@link ArcCosine#angle}:
 * the anchor atan(k/8) (under 1 ulp), the reduced argument u and its series (a few roundings of a
 * number at most 1/16 of the anchor's scale, so under 1 ulp of the result), the final pi/2 - phi or
 * pi - phi (half an ulp), and the reference's own error (under 1 ulp). The grids are deterministic
 * and dense: every cosine step of 2^-20, and the ends where the angle is steep.
 */
class ArcCosineTest {

    private static final double ULPS = 4.0;

    private static double reference(double cosine) {
        double c = Math.max(-1.0, Math.min(1.0, cosine));
        return StrictMath.atan2(Math.sqrt((1.0 - c) * (1.0 + c)), c);
    }

    private static void assertNearReference(double cosine) {
        double expected = reference(cosine);
        assertThat(Math.abs(ArcCosine.angle(cosine) - expected)).as("cosine %s", cosine)
                .isLessThanOrEqualTo(ULPS * Math.ulp(expected));
    }

    @Test
    void theAngleIsStrictMathsToAFewUlpOnAFineGrid() {
        int steps = 1 << 20;
        for (int i = -steps; i <= steps; i++) {
            assertNearReference((double) i / steps);
        }
    }

    @Test
    void theAngleIsStrictMathsToAFewUlpNearTheEnds() {
        for (int e = 1; e <= 60; e++) {
            double near = Math.scalb(1.0, -e);
            for (double c : new double[] {1.0 - near, -1.0 + near, near, -near}) {
                assertNearReference(c);
            }
        }
    }

    @Test
    void theArctangentOnTheUnitIntervalIsStrictMathsToAFewUlp() {
        int steps = 1 << 18;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double expected = StrictMath.atan(t);
            assertThat(Math.abs(ArcCosine.atanOfUnit(t) - expected)).as("t %s", t)
                    .isLessThanOrEqualTo(ULPS * Math.ulp(expected));
        }
    }

    @Test
    void theAngleIsExactAtTheEndsAndTheMiddleAndClamped() {
        assertThat(ArcCosine.angle(1.0)).isZero();
        assertThat(ArcCosine.angle(-1.0)).isEqualTo(Math.PI);
        assertThat(ArcCosine.angle(0.0)).isEqualTo(Math.PI / 2);
        assertThat(ArcCosine.angle(1.0 + 1e-12)).isZero();
        assertThat(ArcCosine.angle(-1.0 - 1e-12)).isEqualTo(Math.PI);
        assertThat(ArcCosine.angle(Double.NaN)).isNaN();
    }
}
