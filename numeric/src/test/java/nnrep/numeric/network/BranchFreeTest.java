package nnrep.numeric.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sign-bit selections give exactly what the comparisons they replace give, bit for bit. */
class BranchFreeTest {

    private static final double[] VALUES = {-Double.MAX_VALUE, -3.5, -Double.MIN_VALUE, -0.0, 0.0,
        Double.MIN_VALUE, 1e-300, 2.25, Double.MAX_VALUE, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};

    @Test
    void reluIsTheComparison() {
        for (double v : VALUES) {
            double expected = v > 0.0 ? v : 0.0;
            assertThat(Double.doubleToRawLongBits(BranchFree.relu(v))).as("relu(%s)", v)
                    .isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }

    @Test
    void gateIsTheComparison() {
        for (double h : VALUES) {
            for (double v : new double[] {-1.5, -0.0, 0.0, 4.0}) {
                double expected = h >= 0.0 ? v : 0.0;
                assertThat(Double.doubleToRawLongBits(BranchFree.gate(h, v))).as("gate(%s, %s)", h, v)
                        .isEqualTo(Double.doubleToRawLongBits(expected));
            }
        }
    }
}
