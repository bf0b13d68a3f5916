package nnrep.numeric.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import nnrep.numeric.data.Chunk;
import nnrep.numeric.data.SampleStream;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.linalg.JavaProducts;
import nnrep.numeric.linalg.Parallelism;
import nnrep.numeric.linalg.Products;
import nnrep.numeric.network.AlgorithmOne;
import nnrep.numeric.network.HeadSolver;
import nnrep.numeric.network.LabelMoments;
import nnrep.numeric.network.NormalEquations;
import nnrep.numeric.network.SymmetricInitialisation;
import nnrep.numeric.network.TwoLayerReluNetwork;
import nnrep.numeric.poly.Presets;
import nnrep.numeric.target.Basis;
import nnrep.numeric.target.MultiIndexTarget;

class RandomFeaturesTest {

    private final Products products = new JavaProducts(Parallelism.sequential());

    private static SampleStream samples(int d, int n, long seed) {
        RandomStreams streams = new RandomStreams(seed);
        MultiIndexTarget target = MultiIndexTarget.of(Presets.named("quad-cubic"), d, Basis.RANDOM, streams);
        return SampleStream.training(target, n, 0.0, streams, Parallelism.sequential());
    }

    /** No step at all: W is W0 bit for bit, b are step 4's biases, and the head solves its ridge problem. */
    @Test
    void theFirstLayerIsExactlyTheInitialisationAndOnlyTheHeadIsTrained() {
        int d = 7;
        int m = 20;
        double ridge = 1e-3;
        SampleStream s = samples(d, 300, 4);
        TwoLayerReluNetwork net = RandomFeatures.train(s, m, ridge, HeadSolver.CLOSED_FORM, false,
                new RandomStreams(4), products);
        assertThat(net.firstLayer()).containsExactly(SymmetricInitialisation.draw(m, d, new RandomStreams(4)).weights());
        assertThat(net.biases()).containsExactly(AlgorithmOne.biases(m, 1.0, new RandomStreams(4)));
        assertThat(net.affinePart().beta()).containsOnly(0.0);
        NormalEquations eq = NormalEquations.accumulate(s, net, LabelMoments.none(d), products);
        double[] a = net.head();
        for (int i = 0; i < m; i++) {
            double row = ridge * a[i] - eq.moment()[i];
            for (int j = 0; j < m; j++) {
                row += eq.gram()[i * m + j] * a[j];
            }
            assertThat(row).as("(A + lambda I) a - v, row %d", i).isCloseTo(0.0, within(1e-10));
        }
    }

    /**
     * The features' kernel (1/m) Phi(x) . Phi(y) estimates the NNGP kernel with biases. Rows j and
     * j + m/2 share w_j, so the m/2 pair averages are the i.i.d. terms; median of means over 161 groups
     * of 1000 pairs, with the standard-deviation bound sqrt(3/2) |xt| |yt| of
     * {@link FeatureProductMonteCarlo}: each of the 10 checks fails by chance with probability at most
     * exp(-161/8) &lt; 2e-9.
     */
    @Test
    void theFeaturesEstimateTheNngpKernelWithBiases() {
        int d = 6;
        int groups = 161;
        int perGroup = 1000;
        int m = 2 * groups * perGroup;
        SampleStream points = samples(d, 4, 8);
        Chunk chunk = points.read(0, points.newChunk());
        double[] phi = new double[4 * m];
        TwoLayerReluNetwork network = RandomFeatures.features(m, d, new RandomStreams(8));
        network.features(chunk, products, new double[4 * network.productRows()], phi, (from, to) -> { });
        InitialisationKernel nngp = new InitialisationKernel(NetworkKernel.NNGP, d, true);
        int half = m / 2;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j <= i; j++) {
                double[] means = new double[groups];
                for (int g = 0; g < groups; g++) {
                    for (int k = g * perGroup; k < (g + 1) * perGroup; k++) {
                        means[g] += (phi[i * m + k] * phi[j * m + k] + phi[i * m + k + half] * phi[j * m + k + half])
                                / (2.0 * perGroup);
                    }
                }
                Arrays.sort(means);
                double expected = nngp.value(chunk.x(), i * d, chunk.x(), j * d);
                double norms = nngp.augmentedNorm(squaredNorm(chunk, i)) * nngp.augmentedNorm(squaredNorm(chunk, j));
                double tolerance = 2.0 * Math.sqrt(1.5) * norms / Math.sqrt(perGroup);
                assertThat(means[groups / 2]).as("pair (%d, %d)", i, j).isCloseTo(expected, within(tolerance));
            }
        }
    }

    @Test
    void theWidthMustBeEven() {
        assertThatThrownBy(() -> RandomFeatures.features(7, 3, new RandomStreams(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--m");
    }

    private static double squaredNorm(Chunk chunk, int i) {
        double s = 0.0;
        for (int t = 0; t < chunk.d(); t++) {
            s += chunk.x()[i * chunk.d() + t] * chunk.x()[i * chunk.d() + t];
        }
        return s;
    }
}
