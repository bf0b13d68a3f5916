package nnrep.numeric.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.junit.jupiter.api.Test;

import nnrep.numeric.data.Chunk;
import nnrep.numeric.data.SampleStream;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.linalg.JavaProducts;
import nnrep.numeric.linalg.Parallelism;
import nnrep.numeric.network.LabelMoments;
import nnrep.numeric.poly.TargetExpression;
import nnrep.numeric.target.Basis;
import nnrep.numeric.target.MultiIndexTarget;

/** Kernel ridge regression against the textbook dense solve of (K + n lambda I) c = y. */
class KernelRidgeTest {

    private static final Parallelism SEQUENTIAL = Parallelism.sequential();

    private static SampleStream samples(int d, int n, boolean test, long seed) {
        RandomStreams streams = new RandomStreams(seed);
        MultiIndexTarget target = MultiIndexTarget.of(
                TargetExpression.normalise(TargetExpression.parse("He2(z1) + z1*z2*z3 + 0.5*z2 + 0.3")), d,
                Basis.RANDOM, streams);
        return test ? SampleStream.test(target, n, 0.0, streams, SEQUENTIAL)
                : SampleStream.training(target, n, 0.0, streams, SEQUENTIAL);
    }

    /**
     * 150 training inputs (three tiles, the last one partial), with and without biases and
     * preprocessing: predictions agree with the dense solve to round-off.
     */
    @Test
    void predictionsAreThoseOfTheDenseSolve() {
        int d = 4;
        int n = 150;
        double ridge = 1e-3;
        SampleStream trainStream = samples(d, n, false, 3);
        Chunk train = trainStream.read(0, trainStream.newChunk());
        SampleStream testStream = samples(d, 40, true, 3);
        Chunk test = testStream.read(0, testStream.newChunk());
        for (NetworkKernel kind : NetworkKernel.values()) {
            for (boolean bias : new boolean[] {false, true}) {
                for (boolean preprocess : new boolean[] {false, true}) {
                    InitialisationKernel k = new InitialisationKernel(kind, d, bias);
                    SampleStream stream = samples(d, n, false, 3);
                    KernelRidge fit = KernelRidge.fit(stream, k, ridge, preprocess, new JavaProducts(SEQUENTIAL),
                            SEQUENTIAL);
                    LabelMoments moments = preprocess ? LabelMoments.estimate(stream, new JavaProducts(SEQUENTIAL))
                            : LabelMoments.none(d);
                    double[] expected = denseSolvePredictions(k, train, test, ridge, moments);
                    double[] got = new double[test.rows()];
                    fit.predict(test, got);
                    for (int i = 0; i < got.length; i++) {
                        assertThat(got[i]).as("%s bias %s preprocess %s, test point %d", kind, bias, preprocess, i)
                                .isCloseTo(expected[i], within(1e-9 * (1 + Math.abs(expected[i]))));
                    }
                }
            }
        }
    }

    private static double[] denseSolvePredictions(InitialisationKernel k, Chunk train, Chunk test, double ridge,
            LabelMoments moments) {
        int n = train.rows();
        int d = train.d();
        double[][] system = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                system[i][j] = k.value(train.x(), i * d, train.x(), j * d) + (i == j ? n * ridge : 0.0);
            }
        }
        double[] y = new double[n];
        moments.residuals(train, y);
        double[] c = new LUDecomposition(new Array2DRowRealMatrix(system)).getSolver()
                .solve(new ArrayRealVector(y)).toArray();
        double[] out = new double[test.rows()];
        for (int p = 0; p < out.length; p++) {
            double s = moments.affine(test.x(), p * d);
            for (int i = 0; i < n; i++) {
                s += c[i] * k.value(test.x(), p * d, train.x(), i * d);
            }
            out[p] = s;
        }
        return out;
    }

    @Test
    void oneAndTwoThreadsGiveBitIdenticalFits() {
        int d = 6;
        InitialisationKernel k = new InitialisationKernel(NetworkKernel.NTK, d, true);
        SampleStream test = samples(d, 500, true, 9);
        Chunk chunk = test.read(0, test.newChunk());
        double[][] predictions = new double[2][500];
        double[][] coefficients = new double[2][];
        for (int threads = 1; threads <= 2; threads++) {
            try (Parallelism p = Parallelism.of(threads)) {
                KernelRidge fit = KernelRidge.fit(samples(d, 700, false, 9), k, 1e-3, false, new JavaProducts(p), p);
                coefficients[threads - 1] = fit.coefficients();
                fit.predict(chunk, predictions[threads - 1]);
            }
        }
        assertThat(coefficients[1]).containsExactly(coefficients[0]);
        assertThat(predictions[1]).containsExactly(predictions[0]);
    }

    /**
     * In d = 1 without biases every input is +|x| or -|x|, so K has rank 2 and is singular for
     * n = 100: a zero ridge must be refused, naming the parameter.
     */
    @Test
    void aSingularSystemAsksForMoreRidge() {
        RandomStreams streams = new RandomStreams(1);
        SampleStream line = SampleStream.training(MultiIndexTarget.of(TargetExpression.parse("z1^2"), 1,
                Basis.CANONICAL, streams), 100, 0.0, streams, SEQUENTIAL);
        InitialisationKernel k = new InitialisationKernel(NetworkKernel.NNGP, 1, false);
        assertThatThrownBy(() -> KernelRidge.fit(line, k, 0.0, false, new JavaProducts(SEQUENTIAL), SEQUENTIAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--ridge");
        assertThat(KernelRidge.fit(line, k, 1e-6, false, new JavaProducts(SEQUENTIAL), SEQUENTIAL).coefficients())
                .doesNotContain(Double.NaN);
    }

    @Test
    void theSampleLimitIsTheLargestNThatFits() {
        long budget = 1L << 30;
        int n = KernelRidge.maxSamples(30, budget);
        assertThat(KernelRidge.bytes(n, 30)).isLessThanOrEqualTo(budget);
        assertThat(KernelRidge.bytes(n + 1, 30)).isGreaterThan(budget);
        // 4 n^2 bytes: about sqrt(2^30 / 4) = 16384
        assertThat((double) n).isCloseTo(16384, within(200.0));
    }
}
