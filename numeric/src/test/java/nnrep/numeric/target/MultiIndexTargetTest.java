package nnrep.numeric.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.poly.Presets;

class MultiIndexTargetTest {

    @Test
    void aRandomBasisHasOrthonormalRowsAndDependsOnTheSeed() {
        MultiIndexTarget t = MultiIndexTarget.of(Presets.named("quad-cubic"), 50, Basis.RANDOM, new RandomStreams(3));
        double[] u = t.basis();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double dot = 0;
                for (int k = 0; k < 50; k++) {
                    dot += u[i * 50 + k] * u[j * 50 + k];
                }
                assertThat(dot).isCloseTo(i == j ? 1.0 : 0.0, within(1e-14));
            }
        }
        double[] other = MultiIndexTarget.of(Presets.named("quad-cubic"), 50, Basis.RANDOM, new RandomStreams(4)).basis();
        assertThat(other[0]).isNotEqualTo(u[0]);
    }

    @Test
    void theCanonicalBasisReadsTheFirstCoordinates() {
        MultiIndexTarget t = MultiIndexTarget.of(Presets.named("quad-cubic"), 5, Basis.CANONICAL, new RandomStreams(1));
        double[] x = {0.3, -1.2, 2.0, 7.0, -9.0};
        double[] out = new double[1];
        t.evaluate(x, 0, 1, out);
        assertThat(out[0]).isEqualTo(Presets.named("quad-cubic").evaluate(new double[] {0.3, -1.2, 2.0}));
    }

    @Test
    void rMustNotExceedD() {
        assertThatThrownBy(() -> MultiIndexTarget.of(Presets.named("quad-cubic"), 2, Basis.RANDOM, new RandomStreams(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--r");
    }
}
