package nnrep.numeric.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * OpenBLAS against the pure-Java products (to round-off) on shapes that are not multiples of the
 * blocks, and bit-identical results for 1, 2 and 3 threads. This platform (linux-x86_64) is one
 * the binding ships a native library for, so the library must load.
 */
class OpenBlasProductsTest {

    private static final Parallelism ONE = Parallelism.sequential();
    private static final Parallelism TWO = Parallelism.of(2);
    private static final Parallelism THREE = Parallelism.of(3);

    @AfterAll
    static void close() {
        TWO.close();
        THREE.close();
    }

    private static Products openBlas(Parallelism parallelism) {
        return OpenBlasProducts.load(parallelism)
                .orElseThrow(() -> new AssertionError(OpenBlas.failure().orElse("OpenBLAS did not load")));
    }

    private static double[] random(int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[size];
        for (int i = 0; i < size; i++) {
            a[i] = r.nextGaussian();
        }
        return a;
    }

    /** |x - y| <= 1e-12 (|y| + 1) per entry, sums here are of a few hundred O(1) terms. */
    private static void assertCloseTo(double[] actual, double[] expected, double scale) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("entry %d", i).isCloseTo(expected[i], within(1e-12 * scale));
        }
    }

    @Test
    void theFactoryPicksOpenBlasHere() {
        assertThat(Products.best(ONE)).isInstanceOf(OpenBlasProducts.class);
    }

    @Test
    void multiplyTransposedMatchesJava() {
        int p = 600, k = 37, q = 129; // p spans three row blocks, the last one partial
        double[] a = random(p * k, 1);
        double[] b = random(q * k, 2);
        double[] expected = new double[p * q];
        new JavaProducts(ONE).multiplyTransposed(a, p, k, b, q, expected);
        double[] c = random(p * q, 3); // must be overwritten
        openBlas(TWO).multiplyTransposed(a, p, k, b, q, c);
        assertCloseTo(c, expected, k);
    }

    @Test
    void addTransposeProductMatchesJava() {
        int s = 700, p = 300, q = 45;
        double[] a = random(s * p, 4);
        double[] b = random(s * q, 5);
        double[] expected = random(p * q, 6);
        double[] c = expected.clone();
        new JavaProducts(ONE).addTransposeProduct(a, s, p, b, q, expected);
        openBlas(TWO).addTransposeProduct(a, s, p, b, q, c);
        assertCloseTo(c, expected, s);
    }

    @Test
    void addGramMatchesJavaAndLeavesTheLowerTriangle() {
        int s = 500, p = 333;
        double[] a = random(s * p, 7);
        double[] expected = random(p * p, 8);
        double[] c = expected.clone();
        new JavaProducts(ONE).addGram(a, s, p, expected);
        openBlas(TWO).addGram(a, s, p, c);
        assertCloseTo(c, expected, s);
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                assertThat(c[i * p + j]).isEqualTo(expected[i * p + j]);
            }
        }
    }

    @Test
    void thinProductsMatchJavaToo() {
        int s = 300, p = 40;
        double[] a = random(s * p, 9);
        double[] y = random(s, 10);
        double[] expected = new double[p];
        double[] c = new double[p];
        new JavaProducts(ONE).addTransposeProduct(a, s, p, y, 1, expected);
        openBlas(TWO).addTransposeProduct(a, s, p, y, 1, c);
        assertThat(c).containsExactly(expected);
    }

    @Test
    void theRowActionSeesEveryFinishedRowOnce() {
        int p = 1000, k = 20, q = 30;
        double[] a = random(p * k, 11);
        double[] b = random(q * k, 12);
        double[] c = new double[p * q];
        double[] expected = new double[p * q];
        new JavaProducts(ONE).multiplyTransposed(a, p, k, b, q, expected);
        AtomicIntegerArray visits = new AtomicIntegerArray(p);
        double[] firstColumn = new double[p];
        openBlas(THREE).multiplyTransposed(a, p, k, b, q, c, (from, to) -> {
            for (int i = from; i < to; i++) {
                visits.incrementAndGet(i);
                firstColumn[i] = c[i * q];
            }
        });
        for (int i = 0; i < p; i++) {
            assertThat(visits.get(i)).isEqualTo(1);
            assertThat(firstColumn[i]).isCloseTo(expected[i * q], within(1e-12 * k));
        }
    }

    @Test
    void resultsAreBitIdenticalForOneTwoAndThreeThreads() {
        int s = 1100, p = 520, q = 70;
        double[] a = random(s * p, 13);
        double[] b = random(s * q, 14);
        double[] x = random(p * q, 15);
        double[][] products = new double[3][];
        double[][] gradients = new double[3][];
        double[][] grams = new double[3][];
        Parallelism[] all = {ONE, TWO, THREE};
        for (int t = 0; t < 3; t++) {
            Products blas = openBlas(all[t]);
            products[t] = new double[s * p];
            blas.multiplyTransposed(b, s, q, x, p, products[t]);
            gradients[t] = new double[p * q];
            blas.addTransposeProduct(a, s, p, b, q, gradients[t]);
            grams[t] = new double[p * p];
            blas.addGram(a, s, p, grams[t]);
        }
        // isEqualTo compares double[] with Arrays.equals (bit patterns); containsExactly is far slower here.
        for (int t = 1; t < 3; t++) {
            assertThat(products[t]).isEqualTo(products[0]);
            assertThat(gradients[t]).isEqualTo(gradients[0]);
            assertThat(grams[t]).isEqualTo(grams[0]);
        }
    }
}
