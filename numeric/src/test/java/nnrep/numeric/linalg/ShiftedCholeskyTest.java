package nnrep.numeric.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.junit.jupiter.api.Test;

/**
 * Both {@link ShiftedCholesky} implementations against a dense LU solve of (A + s I) x = b, for several
 * shifts in a row on one A, on orders that leave partial tiles (LAPACK's tiles are 256, Java's 64); and
 * bit-identical solutions for 1, 2 and 3 threads. This platform (linux-x86_64) is one the binding ships
 * LAPACK for, so it must load.
 */
class ShiftedCholeskyTest {

    /** The two implementations, by order and threads. */
    private static final List<BiFunction<Integer, Parallelism, ShiftedCholesky>> BOTH = List.of(
            ShiftedCholeskyTest::lapack, ShiftedCholeskyTest::java);

    /** Sets A's lower triangle row by row, each row in two pieces (so that pieces cross tile boundaries). */
    private static ShiftedCholesky load(ShiftedCholesky system, double[][] a) {
        for (int i = 0; i < a.length; i++) {
            int half = (i + 1) / 2;
            system.setRow(i, 0, a[i], 0, half);
            system.setRow(i, half, a[i], half, i + 1 - half);
        }
        return system;
    }

    private static ShiftedCholesky lapack(int n, Parallelism p) {
        assertThat(Lapack.failure()).isEmpty();
        return new LapackShiftedCholesky(n, p);
    }

    private static ShiftedCholesky java(int n, Parallelism p) {
        return new JavaShiftedCholesky(n, p);
    }

    private static double[] denseSolve(double[][] a, double shift, double[] b) {
        int n = a.length;
        double[][] shifted = new double[n][];
        for (int i = 0; i < n; i++) {
            shifted[i] = a[i].clone();
            shifted[i][i] += shift;
        }
        return new LUDecomposition(new Array2DRowRealMatrix(shifted)).getSolver().solve(new ArrayRealVector(b))
                .toArray();
    }

    /**
     * A = G G^T / k with k = n / 2 is singular, so a shift s leaves A + s I with condition number about
     * (largest eigenvalue of A + s) / s &lt; 10 / s: for s &gt;= 1e-3, a backward-stable solve is accurate to
     * about 1e4 eps &lt; 1e-11 relative, the tolerance asked.
     */
    @Test
    void bothSolveEveryShiftOfOneMatrixAsADenseSolveDoes() {
        for (int n : new int[] {1, 37, 300, 530}) {
            double[][] a = RandomGram.of(n, Math.max(1, n / 2), n);
            double[] b = new SplittableRandom(7).doubles(n, -1, 1).toArray();
            for (BiFunction<Integer, Parallelism, ShiftedCholesky> make : BOTH) {
                try (Parallelism two = Parallelism.of(2); ShiftedCholesky system = load(make.apply(n, two), a)) {
                    for (double shift : new double[] {1e-1, 1e-3, 1.0}) {
                        system.factor(shift);
                        double[] x = b.clone();
                        system.solve(x);
                        double[] expected = denseSolve(a, shift, b);
                        double scale = Arrays.stream(expected).map(Math::abs).max().orElseThrow();
                        for (int i = 0; i < n; i++) {
                            assertThat(x[i]).as("%s n %d shift %s entry %d", system.getClass().getSimpleName(), n, shift, i)
                                    .isCloseTo(expected[i], within(1e-11 * scale));
                        }
                    }
                }
            }
        }
    }

    @Test
    void oneTwoAndThreeThreadsGiveBitIdenticalSolutions() {
        int n = 700;
        double[][] a = RandomGram.of(n, 300, 11);
        double[] b = new SplittableRandom(12).doubles(n, -1, 1).toArray();
        for (BiFunction<Integer, Parallelism, ShiftedCholesky> make : BOTH) {
            double[][] solutions = new double[3][];
            for (int t = 0; t < 3; t++) {
                try (Parallelism threads = Parallelism.of(t + 1);
                        ShiftedCholesky system = load(make.apply(n, threads), a)) {
                    system.factor(1e-4);
                    solutions[t] = b.clone();
                    system.solve(solutions[t]);
                }
            }
            assertThat(solutions[1]).containsExactly(solutions[0]);
            assertThat(solutions[2]).containsExactly(solutions[0]);
        }
    }

    /** A singular A (rank 3) with no shift has a zero pivot, in floating point a non-positive one soon after. */
    @Test
    void aMatrixThatIsNotPositiveDefiniteIsRefusedAndTheNextShiftStillWorks() {
        int n = 300;
        double[][] a = RandomGram.of(n, 3, 5);
        for (BiFunction<Integer, Parallelism, ShiftedCholesky> make : BOTH) {
            try (Parallelism two = Parallelism.of(2); ShiftedCholesky system = load(make.apply(n, two), a)) {
                assertThatThrownBy(() -> system.factor(0.0)).isInstanceOfSatisfying(NotPositiveDefiniteException.class,
                        e -> assertThat(e.index()).isBetween(3, n - 1));
                assertThatThrownBy(() -> system.solve(new double[n])).isInstanceOf(IllegalStateException.class);
                system.factor(1e-2);
                double[] x = new double[n];
                x[0] = 1.0;
                system.solve(x);
                assertThat(x).doesNotContain(Double.NaN);
            }
        }
    }

    @Test
    void anIndefiniteMatrixIsRefusedAtItsFirstBadPivot() {
        int n = 270;
        double[][] a = RandomGram.of(n, n, 6);
        a[261][261] = -5.0;
        try (Parallelism two = Parallelism.of(2); ShiftedCholesky system = load(lapack(n, two), a)) {
            assertThatThrownBy(() -> system.factor(1.0)).isInstanceOfSatisfying(NotPositiveDefiniteException.class,
                    e -> assertThat(e.index()).isEqualTo(261));
        }
    }

    /** Java's tiled triangles hold whole tiles: their padding adds at most a tile row and column to each. */
    @Test
    void theMatrixTakesEightBytesPerEntry() {
        assertThat(ShiftedCholesky.bytes(10000)).isBetween(8L * 10000 * 10000, 8L * 10064 * 10128);
        assertThatThrownBy(() -> lapack(5, Parallelism.sequential()).setRow(2, 1, new double[3], 0, 3))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
