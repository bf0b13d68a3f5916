package nnrep.numeric.network;

import static org.assertj.core.api.Assertions.assertThat;
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

/**
 * The streamed statistics of Algorithm 1 (chunk by chunk, blocked products) equal the textbook
 * formulas computed on all n samples held in memory, to round-off.
 */
class StreamingTest {

    private static final int D = 7;
    private static final int N = 2 * SampleStream.CHUNK_ROWS + 517;
    private static final int K = 6;

    private final RandomStreams streams = new RandomStreams(11);
    private final MultiIndexTarget target = MultiIndexTarget.of(Presets.named("quad-cubic"), D, Basis.RANDOM, streams);
    private final SampleStream samples = SampleStream.training(target, N, 0.2, streams, Parallelism.sequential());
    private final Products products = new JavaProducts(Parallelism.sequential());
    private final double[] x = new double[N * D];
    private final double[] y = new double[N];

    StreamingTest() {
        Chunk chunk = samples.newChunk();
        for (int c = 0; c < samples.chunks(); c++) {
            samples.read(c, chunk);
            System.arraycopy(chunk.x(), 0, x, c * SampleStream.CHUNK_ROWS * D, chunk.rows() * D);
            System.arraycopy(chunk.y(), 0, y, c * SampleStream.CHUNK_ROWS, chunk.rows());
        }
    }

    private double residual(LabelMoments mo, int i) {
        double s = y[i] - mo.alpha();
        for (int t = 0; t < D; t++) {
            s -= mo.beta()[t] * x[i * D + t];
        }
        return s;
    }

    @Test
    void labelMomentsMatchTheInMemoryMeans() {
        LabelMoments mo = LabelMoments.estimate(samples, products);
        double alpha = 0;
        double[] beta = new double[D];
        for (int i = 0; i < N; i++) {
            alpha += y[i] / N;
            for (int t = 0; t < D; t++) {
                beta[t] += y[i] * x[i * D + t] / N;
            }
        }
        assertThat(mo.alpha()).isCloseTo(alpha, within(1e-13));
        for (int t = 0; t < D; t++) {
            assertThat(mo.beta()[t]).isCloseTo(beta[t], within(1e-13));
        }
    }

    @Test
    void firstStepGradientMatchesTheInMemoryFormula() {
        LabelMoments mo = LabelMoments.estimate(samples, products);
        SymmetricInitialisation init = SymmetricInitialisation.draw(2 * K, D, streams);
        double[] w = init.halfWeights();
        double[] g = FirstStepGradient.compute(samples, mo, w, K, products);
        for (int j = 0; j < K; j++) {
            double[] expected = new double[D];
            for (int i = 0; i < N; i++) {
                double pre = 0;
                for (int t = 0; t < D; t++) {
                    pre += w[j * D + t] * x[i * D + t];
                }
                if (pre >= 0) {
                    double r = residual(mo, i);
                    for (int t = 0; t < D; t++) {
                        expected[t] += r * x[i * D + t] / N;
                    }
                }
            }
            for (int t = 0; t < D; t++) {
                assertThat(g[j * D + t]).isCloseTo(expected[t], within(1e-13));
            }
        }
    }

    @Test
    void normalEquationsMatchTheInMemoryFeatures() {
        SymmetricInitialisation init = SymmetricInitialisation.draw(2 * K, D, streams);
        assertNormalEquationsMatchTheInMemoryFeatures(init.weights());
    }

    /** Rows in opposite pairs, as after the paper's first step: only half of X W^T is computed. */
    @Test
    void normalEquationsMatchTheInMemoryFeaturesForMirroredRows() {
        SymmetricInitialisation init = SymmetricInitialisation.draw(2 * K, D, streams);
        double[] w = init.weights();
        for (int t = w.length / 2; t < w.length; t++) {
            w[t] = -w[t];
        }
        assertThat(new TwoLayerReluNetwork(w, new double[2 * K], new double[2 * K], LabelMoments.none(D))
                .productRows()).isEqualTo(K);
        assertNormalEquationsMatchTheInMemoryFeatures(w);
    }

    private void assertNormalEquationsMatchTheInMemoryFeatures(double[] w) {
        LabelMoments mo = LabelMoments.estimate(samples, products);
        int m = 2 * K;
        double[] b = new double[m];
        RandomStreams.fillGaussian(new java.util.SplittableRandom(5), b, 0, m, 1.0);
        TwoLayerReluNetwork net = new TwoLayerReluNetwork(w, b, new double[m], mo);
        NormalEquations eq = NormalEquations.accumulate(samples, net, mo, products);
        double[] gram = new double[m * m];
        double[] v = new double[m];
        double[] phi = new double[m];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < m; j++) {
                double pre = b[j];
                for (int t = 0; t < D; t++) {
                    pre += w[j * D + t] * x[i * D + t];
                }
                phi[j] = Math.max(pre, 0);
            }
            double r = residual(mo, i);
            for (int j = 0; j < m; j++) {
                v[j] += phi[j] * r / N;
                for (int l = 0; l < m; l++) {
                    gram[j * m + l] += phi[j] * phi[l] / N;
                }
            }
        }
        for (int j = 0; j < m * m; j++) {
            assertThat(eq.gram()[j]).isCloseTo(gram[j], within(1e-12));
        }
        for (int j = 0; j < m; j++) {
            assertThat(eq.moment()[j]).isCloseTo(v[j], within(1e-13));
        }
    }
}
