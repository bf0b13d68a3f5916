package nnrep.numeric.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The three products against textbook triple loops, with and without zeros, on 1 and 3 threads. */
class JavaProductsTest {

    private static final Parallelism THREE = Parallelism.of(3);

    @AfterAll
    static void close() {
        THREE.close();
    }

    private static double[] random(int size, long seed, boolean withZeros) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[size];
        for (int i = 0; i < size; i++) {
            a[i] = withZeros && r.nextBoolean() ? 0.0 : r.nextGaussian();
        }
        return a;
    }

    @Test
    void multiplyTransposedIsABt() {
        int p = 37, k = 19, q = 300;
        double[] a = random(p * k, 1, false);
        double[] b = random(q * k, 2, false);
        for (Parallelism par : new Parallelism[] {Parallelism.sequential(), THREE}) {
            double[] c = new double[p * q];
            java.util.Arrays.fill(c, 99.0); // must be overwritten
            new JavaProducts(par).multiplyTransposed(a, p, k, b, q, c);
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < q; j++) {
                    double s = 0;
                    for (int t = 0; t < k; t++) {
                        s += a[i * k + t] * b[j * k + t];
                    }
                    assertThat(c[i * q + j]).isCloseTo(s, within(1e-12));
                }
            }
        }
    }

    @Test
    void addTransposeProductAccumulatesAtB() {
        int s = 41, p = 23, q = 17;
        double[] a = random(s * p, 3, true);
        double[] b = random(s * q, 4, false);
        double[] c = random(p * q, 5, false);
        double[] expected = c.clone();
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < q; j++) {
                for (int t = 0; t < s; t++) {
                    expected[i * q + j] += a[t * p + i] * b[t * q + j];
                }
            }
        }
        new JavaProducts(THREE).addTransposeProduct(a, s, p, b, q, c);
        for (int i = 0; i < expected.length; i++) {
            assertThat(c[i]).isCloseTo(expected[i], within(1e-12));
        }
    }

    @Test
    void addGramFillsTheUpperTriangleOfAtA() {
        int s = 29, p = 21;
        double[] a = random(s * p, 6, true);
        double[] c = new double[p * p];
        new JavaProducts(THREE).addGram(a, s, p, c);
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double e = 0;
                for (int t = 0; t < s; t++) {
                    e += a[t * p + i] * a[t * p + j];
                }
                if (j >= i) {
                    assertThat(c[i * p + j]).isCloseTo(e, within(1e-12));
                } else {
                    assertThat(c[i * p + j]).isZero();
                }
            }
        }
        Products.mirrorUpper(c, p);
        assertThat(c[5 * p + 2]).isEqualTo(c[2 * p + 5]);
    }

    @Test
    void resultsAreBitIdenticalForAnyThreadCount() {
        int s = 200, p = 64, q = 48;
        double[] a = random(s * p, 7, true);
        double[] b = random(s * q, 8, false);
        double[] one = new double[p * q];
        double[] three = new double[p * q];
        new JavaProducts(Parallelism.sequential()).addTransposeProduct(a, s, p, b, q, one);
        new JavaProducts(THREE).addTransposeProduct(a, s, p, b, q, three);
        assertThat(three).containsExactly(one);
    }
}
