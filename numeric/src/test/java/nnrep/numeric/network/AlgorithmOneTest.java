package nnrep.numeric.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import nnrep.numeric.data.Chunk;
import nnrep.numeric.data.SampleStream;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.linalg.JavaProducts;
import nnrep.numeric.linalg.Parallelism;
import nnrep.numeric.linalg.Products;
import nnrep.numeric.poly.Presets;
import nnrep.numeric.target.Basis;
import nnrep.numeric.target.MultiIndexTarget;

class AlgorithmOneTest {

    private final Products products = new JavaProducts(Parallelism.sequential());

    @Test
    void theSymmetricInitialisationIsIdenticallyZero() {
        int d = 9;
        int m = 40;
        RandomStreams streams = new RandomStreams(8);
        SymmetricInitialisation init = SymmetricInitialisation.draw(m, d, streams);
        TwoLayerReluNetwork net = new TwoLayerReluNetwork(init.weights(), new double[m], init.signs(),
                LabelMoments.none(d));
        MultiIndexTarget target = MultiIndexTarget.of(Presets.named("quad-cubic"), d, Basis.RANDOM, streams);
        SampleStream s = SampleStream.test(target, 500, 0, streams, Parallelism.sequential());
        Chunk chunk = s.read(0, s.newChunk());
        double[] out = new double[500];
        net.predict(chunk, products, new double[500 * m], new double[500 * m], out);
        // exactly zero in exact arithmetic; the sum of m terms cancels to round-off
        for (double f : out) {
            assertThat(f).isCloseTo(0.0, within(1e-13));
        }
        // the check can fail: without the sign flip of the second half the network is far from zero
        double[] sameSigns = init.signs();
        for (int j = m / 2; j < m; j++) {
            sameSigns[j] = -sameSigns[j];
        }
        new TwoLayerReluNetwork(init.weights(), new double[m], sameSigns, LabelMoments.none(d))
                .predict(chunk, products, new double[500 * m], new double[500 * m], out);
        assertThat(java.util.Arrays.stream(out).map(Math::abs).max().orElseThrow()).isGreaterThan(0.1);
        // and the draw is not degenerate: the rows are N(0, I/d), so their squared norms average ~1
        double[] w = init.halfWeights();
        double sq = 0;
        for (double v : w) {
            sq += v * v;
        }
        assertThat(sq / (m / 2)).isBetween(0.5, 1.5);
    }

    @Test
    void withWeightDecayOneOverEtaTheRowsAreTheScaledGradients() {
        int d = 4;
        SymmetricInitialisation init = new SymmetricInitialisation(new double[] {1, 2, 3, 4, 5, 6, 7, 8},
                new double[] {1, -1});
        double[] g = {0.1, 0.2, 0.3, 0.4, -0.5, 0.6, -0.7, 0.8};
        TrainingOptions paper = TrainingOptions.paper(d, 4, 1e-3, HeadSolver.CLOSED_FORM);
        double[] w1 = AlgorithmOne.firstStep(init, g, d, paper);
        // eta = sqrt(4) = 2: w_1 = 2 * 2 * (+1) g_1, w_2 = 4 * (-1) g_2, w_3 = -w_1, w_4 = -w_2
        assertThat(w1).containsExactly(0.4, 0.8, 1.2, 1.6, 2.0, -2.4, 2.8, -3.2, -0.4, -0.8, -1.2, -1.6, -2.0,
                2.4, -2.8, 3.2);
        double[] lazy = AlgorithmOne.firstStep(init, g, d, TrainingOptions.lazy(4, 1e-3, 1e-3, HeadSolver.CLOSED_FORM));
        assertThat(lazy[0]).isCloseTo(1 + 2e-3 * 0.1, within(1e-15));
        assertThat(lazy[8]).isCloseTo(1 - 2e-3 * 0.1, within(1e-15));
    }

    @Test
    void gradientDescentOnTheHeadConvergesToTheClosedForm() {
        RandomStreams streams = new RandomStreams(21);
        int d = 10;
        int m = 24;
        MultiIndexTarget target = MultiIndexTarget.of(Presets.named("quad-cubic"), d, Basis.RANDOM, streams);
        SampleStream s = SampleStream.training(target, 3000, 0, streams, Parallelism.sequential());
        LabelMoments mo = LabelMoments.estimate(s, products);
        SymmetricInitialisation init = SymmetricInitialisation.draw(m, d, streams);
        double[] b = new double[m];
        RandomStreams.fillGaussian(streams.stream(RandomStreams.Purpose.BIASES, 0), b, 0, m, 1.0);
        TwoLayerReluNetwork net = new TwoLayerReluNetwork(init.weights(), b, new double[m], mo);
        NormalEquations eq = NormalEquations.accumulate(s, net, mo, products);
        for (double ridge : new double[] {1e-1, 1e-3}) {
            double[] closed = HeadSolver.CLOSED_FORM.solve(eq, ridge);
            double[] gd = HeadSolver.GRADIENT_DESCENT.solve(eq, ridge);
            double scale = 0;
            for (double v : closed) {
                scale = Math.max(scale, Math.abs(v));
            }
            assertThat(scale).isPositive();
            for (int j = 0; j < m; j++) {
                assertThat(gd[j]).isCloseTo(closed[j], within(1e-7 * scale));
            }
        }
    }

    @Test
    void optionsRejectAnOddWidthAndANegativeRidge() {
        assertThatThrownBy(() -> TrainingOptions.paper(16, 7, 1e-3, HeadSolver.CLOSED_FORM))
                .hasMessageContaining("--m");
        assertThatThrownBy(() -> TrainingOptions.paper(16, 8, -1, HeadSolver.CLOSED_FORM))
                .hasMessageContaining("--ridge");
        assertThatThrownBy(() -> TrainingOptions.paper(16, 8, Double.NaN, HeadSolver.CLOSED_FORM))
                .hasMessageContaining("--ridge");
    }
}
