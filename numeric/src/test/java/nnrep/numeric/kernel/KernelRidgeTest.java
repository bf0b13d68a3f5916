package nnrep.numeric.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.junit.jupiter.api.Test;

import nnrep.numeric.data.Chunk;
import nnrep.numeric.data.InvalidParameterException;
import nnrep.numeric.data.SampleStream;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.linalg.JavaProducts;
import nnrep.numeric.linalg.OpenBlasProducts;
import nnrep.numeric.linalg.Parallelism;
import nnrep.numeric.linalg.Products;
import nnrep.numeric.network.Evaluation;
import nnrep.numeric.network.LabelMoments;
import nnrep.numeric.poly.TargetExpression;
import nnrep.numeric.target.Basis;
import nnrep.numeric.target.MultiIndexTarget;

/**
 * Kernel ridge regression against the textbook dense solve of (K + n lambda I) c = y, on both engines
 * (OpenBLAS with LAPACK, and pure Java), which agree with each other to round-off; bit-identical fits
 * for 1, 2 and 3 threads. This platform (linux-x86_64) is one the binding ships OpenBLAS for.
 */
class KernelRidgeTest {

    private static final Parallelism SEQUENTIAL = Parallelism.sequential();

    /** The two engines, by threads. */
    private static final List<Function<Parallelism, Products>> ENGINES = List.of(JavaProducts::new,
            p -> OpenBlasProducts.load(p).orElseThrow(() -> new AssertionError("OpenBLAS did not load")));

    private static SampleStream samples(int d, int n, boolean test, long seed) {
        RandomStreams streams = new RandomStreams(seed);
        MultiIndexTarget target = MultiIndexTarget.of(
                TargetExpression.normalise(TargetExpression.parse("He2(z1) + z1*z2*z3 + 0.5*z2 + 0.3")), d,
                Basis.RANDOM, streams);
        return test ? SampleStream.test(target, n, 0.0, streams, SEQUENTIAL)
                : SampleStream.training(target, n, 0.0, streams, SEQUENTIAL);
    }

    private static Chunk read(SampleStream stream) {
        return stream.read(0, stream.newChunk());
    }

    /**
     * 600 training inputs (three strips and tiles of 256, the last one partial; ten Java tiles of 64),
     * 300 test inputs (two blocks), with and without biases and preprocessing: predictions agree with
     * the dense solve. With lambda = 1e-3, K + n lambda I has condition number about 300 / 0.6 = 500
     * (K's largest eigenvalue is about n times its mean entry), so both solves are accurate to
     * 500 n eps = 3e-11 relative; the tolerance asked is 1e-9.
     */
    @Test
    void predictionsAreThoseOfTheDenseSolveOnBothEngines() {
        int d = 4;
        int n = 600;
        double ridge = 1e-3;
        Chunk train = read(samples(d, n, false, 3));
        Chunk test = read(samples(d, 300, true, 3));
        for (Function<Parallelism, Products> engine : ENGINES) {
            try (Products products = engine.apply(Parallelism.of(2))) {
                for (NetworkKernel kind : NetworkKernel.values()) {
                    for (boolean bias : new boolean[] {false, true}) {
                        for (boolean preprocess : new boolean[] {false, true}) {
                            InitialisationKernel k = new InitialisationKernel(kind, d, bias);
                            SampleStream stream = samples(d, n, false, 3);
                            KernelRidge fit = KernelRidge.fit(stream, k, ridge, preprocess, products);
                            LabelMoments moments = preprocess ? LabelMoments.estimate(stream, products)
                                    : LabelMoments.none(d);
                            double[] expected = denseSolvePredictions(k, train, test, ridge, moments);
                            double[] got = new double[test.rows()];
                            fit.predict(test, got);
                            for (int i = 0; i < got.length; i++) {
                                assertThat(got[i]).as("%s, %s bias %s preprocess %s, test point %d",
                                        products.getClass().getSimpleName(), kind, bias, preprocess, i)
                                        .isCloseTo(expected[i], within(1e-9 * (1 + Math.abs(expected[i]))));
                            }
                        }
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

    /** The engines' coefficients agree to round-off (the bound of the test above, 3e-11, with margin). */
    @Test
    void lapackAndJavaGiveTheSameCoefficientsToRoundOff() {
        int d = 6;
        InitialisationKernel k = new InitialisationKernel(NetworkKernel.NTK, d, true);
        double[][] coefficients = new double[2][];
        for (int e = 0; e < 2; e++) {
            try (Products products = ENGINES.get(e).apply(Parallelism.of(2))) {
                coefficients[e] = KernelRidge.fit(samples(d, 530, false, 8), k, 1e-3, false, products).coefficients();
            }
        }
        double scale = Arrays.stream(coefficients[0]).map(Math::abs).max().orElseThrow();
        for (int i = 0; i < coefficients[0].length; i++) {
            assertThat(coefficients[1][i]).isCloseTo(coefficients[0][i], within(1e-9 * scale));
        }
    }

    @Test
    void oneTwoAndThreeThreadsGiveBitIdenticalFitsOnBothEngines() {
        int d = 6;
        InitialisationKernel k = new InitialisationKernel(NetworkKernel.NTK, d, true);
        Chunk chunk = read(samples(d, 500, true, 9));
        for (Function<Parallelism, Products> engine : ENGINES) {
            double[][] predictions = new double[3][500];
            double[][] coefficients = new double[3][];
            for (int threads = 1; threads <= 3; threads++) {
                try (Parallelism p = Parallelism.of(threads); Products products = engine.apply(p)) {
                    KernelRidge fit = KernelRidge.fit(samples(d, 700, false, 9), k, 1e-3, false, products);
                    coefficients[threads - 1] = fit.coefficients();
                    fit.predict(chunk, predictions[threads - 1]);
                }
            }
            for (int t = 1; t < 3; t++) {
                assertThat(coefficients[t]).containsExactly(coefficients[0]);
                assertThat(predictions[t]).containsExactly(predictions[0]);
            }
        }
    }

    /**
     * The held-out errors of a path come from one cross-kernel for all ridges, and are those of each
     * fit evaluated alone, bit for bit: every prediction sums over the training inputs in index order.
     */
    @Test
    void aPathsHeldOutErrorsAreThoseOfItsFitsEvaluatedOneByOne() {
        int d = 5;
        InitialisationKernel k = new InitialisationKernel(NetworkKernel.NTK, d, true);
        SampleStream heldOut = samples(d, 700, true, 21);
        for (Function<Parallelism, Products> engine : ENGINES) {
            try (Products products = engine.apply(Parallelism.of(2))) {
                double[] ridges = {1e-6, 1e-3, 1e-1};
                KernelRidgePath path = KernelRidgePath.fit(samples(d, 400, false, 21), k, ridges, true, products);
                double[] errors = path.relMse(heldOut);
                for (int r = 0; r < ridges.length; r++) {
                    assertThat(errors[r]).isEqualTo(Evaluation.of(path.at(r), heldOut).relMse());
                }
                assertThat(errors[0]).isNotEqualTo(errors[2]);
            }
        }
    }

    /**
     * In d = 1 without biases every input is +|x| or -|x|, so K has rank 2 and is singular for
     * n = 100: a zero ridge alone is refused, naming the parameter; in a grid it is passed over.
     */
    @Test
    void aSingularSystemAsksForMoreRidgeAndIsPassedOverInAGrid() {
        RandomStreams streams = new RandomStreams(1);
        SampleStream line = SampleStream.training(MultiIndexTarget.of(TargetExpression.parse("z1^2"), 1,
                Basis.CANONICAL, streams), 100, 0.0, streams, SEQUENTIAL);
        InitialisationKernel k = new InitialisationKernel(NetworkKernel.NNGP, 1, false);
        for (Function<Parallelism, Products> engine : ENGINES) {
            try (Products products = engine.apply(SEQUENTIAL)) {
                assertThatThrownBy(() -> KernelRidge.fit(line, k, 0.0, false, products))
                        .isInstanceOfSatisfying(InvalidParameterException.class,
                                e -> assertThat(e.parameter()).isEqualTo("ridge"));
                KernelRidgePath path = KernelRidgePath.fit(line, k, new double[] {0.0, 1e-6}, false, products);
                assertThat(path.fitted(0)).isFalse();
                assertThat(path.fitted(1)).isTrue();
                assertThat(path.relMse(line)[0]).isNaN();
                assertThat(path.at(1).coefficients()).doesNotContain(Double.NaN);
                assertThatThrownBy(() -> path.at(0)).isInstanceOf(IllegalStateException.class);
            }
        }
    }

    /**
     * The limit is the largest n that fits, and nearly all of the budget is the matrix: beside its
     * 8 n^2 bytes, n (2 d + G + 2 blocks of 256 + 3) doubles, under 6% at n = 11000.
     */
    @Test
    void theSampleLimitIsTheLargestNThatFits() {
        long budget = 1L << 30;
        int n = KernelRidge.maxSamples(30, 3, budget);
        assertThat(KernelRidge.bytes(n, 30, 3)).isLessThanOrEqualTo(budget);
        assertThat(KernelRidge.bytes(n + 1, 30, 3)).isGreaterThan(budget);
        assertThat(8.0 * n * n).isBetween(0.94 * budget, (double) budget);
    }
}
