package nnrep.numeric.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The tiled factorisation against Commons Math's unblocked Cholesky, on orders that leave partial tiles. */
class TiledCholeskyTest {

    private static final Parallelism THREE = Parallelism.of(3);

    @AfterAll
    static void close() {
        THREE.close();
    }

    /** A = G G^T / k + I for a Gaussian n x k matrix G: symmetric positive definite, condition number moderate. */
    private static double[][] spd(int n, int k, long seed) {
        double[][] a = RandomGram.of(n, k, seed);
        for (int i = 0; i < n; i++) {
            a[i][i] += 1.0;
        }
        return a;
    }

    private static SymmetricTiles tiles(double[][] a, int tile) {
        SymmetricTiles t = new SymmetricTiles(a.length, tile);
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j <= i; j++) {
                t.set(i, j, a[i][j]);
            }
        }
        return t;
    }

    @Test
    void theFactorIsTheCholeskyFactorForEveryTileSize() {
        double[][] a = spd(37, 50, 1);
        RealMatrix expected = new CholeskyDecomposition(new Array2DRowRealMatrix(a)).getL();
        for (int tile : new int[] {2, 6, 8, 36, 38, 64}) {
            SymmetricTiles t = tiles(a, tile);
            TiledCholesky.factor(t, THREE);
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j <= i; j++) {
                    assertThat(t.get(i, j)).as("tile %d, (%d, %d)", tile, i, j)
                            .isCloseTo(expected.getEntry(i, j), within(1e-13));
                }
            }
        }
    }

    @Test
    void solveInvertsTheFactoredMatrix() {
        double[][] a = spd(53, 20, 2);
        SymmetricTiles t = tiles(a, 10);
        TiledCholesky.factor(t, Parallelism.sequential());
        double[] b = new SplittableRandom(3).doubles(53, -1, 1).toArray();
        double[] x = b.clone();
        TiledCholesky.solve(t, x);
        for (int i = 0; i < a.length; i++) {
            double ax = 0.0;
            for (int j = 0; j < a.length; j++) {
                ax += a[i][j] * x[j];
            }
            assertThat(ax).isCloseTo(b[i], within(1e-12));
        }
    }

    @Test
    void oneAndThreeThreadsGiveBitIdenticalFactors() {
        double[][] a = spd(101, 30, 4);
        SymmetricTiles one = tiles(a, 8);
        SymmetricTiles three = tiles(a, 8);
        TiledCholesky.factor(one, Parallelism.sequential());
        TiledCholesky.factor(three, THREE);
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j <= i; j++) {
                assertThat(three.get(i, j)).isEqualTo(one.get(i, j));
            }
        }
    }

    @Test
    void anIndefiniteMatrixIsRejectedAtItsFirstBadPivot() {
        double[][] a = spd(20, 5, 5);
        a[13][13] = -1.0;
        assertThatThrownBy(() -> TiledCholesky.factor(tiles(a, 4), THREE))
                .isInstanceOfSatisfying(NotPositiveDefiniteException.class, e -> assertThat(e.index()).isEqualTo(13));
    }

    @Test
    void anOddTileSizeIsRejected() {
        assertThatThrownBy(() -> TiledCholesky.factor(new SymmetricTiles(9, 3), THREE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("even");
    }

    @Test
    void theStorageIsAboutHalfTheSquareAndPaddedWithTheIdentity() {
        assertThat(SymmetricTiles.bytes(20000, 64)).isBetween(4L * 20000 * 20000, 4L * 20064 * 20064 + 8L * 20064 * 64);
        SymmetricTiles t = new SymmetricTiles(5, 4);
        assertThat(t.tileCount()).isEqualTo(2);
        assertThat(t.tile(1, 1)[1 * 4 + 1]).isEqualTo(1.0);
        assertThat(t.tile(1, 1)[0]).isZero();
    }
}
