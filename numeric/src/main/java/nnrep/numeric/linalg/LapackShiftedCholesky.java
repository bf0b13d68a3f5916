package nnrep.numeric.linalg;

import static org.bytedeco.openblas.global.openblas.LAPACKE_dpotrf_work;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dpotrs_work;
import static org.bytedeco.openblas.global.openblas.LAPACK_COL_MAJOR;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasColMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasLower;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasNonUnit;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRight;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dcopy;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dsyrk;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dtrsm;

import org.bytedeco.javacpp.DoublePointer;

/**
 * {@link ShiftedCholesky} by LAPACK and BLAS (OpenBLAS, single-threaded per call) on one n x n
 * column-major matrix M in native memory:
 *
 * <pre>  A(i, j), i &gt; j:  M[j + i n]   (M's strict upper triangle; row i of A's lower triangle is contiguous),
 *  A(i, i):          a Java vector of n doubles,
 *  L(i, j), i &gt;= j: M[i + j n]   (M's lower triangle, as LAPACK's dpotrf with uplo = 'L' leaves it).</pre>
 *
 * {@link #factor} copies A's strict lower triangle onto M's, the shifted diagonal onto M's diagonal, and
 * runs {@link TiledCholesky}'s schedule with tiles of side {@value #TILE}: dpotrf on the diagonal tile,
 * dtrsm on the panel, dsyrk and dgemm on the trailing triangle, each one call on one tile, so that every
 * tile goes through the same calls whatever the thread count. {@link #solve} is one dpotrs. Memory:
 * 8 n^2 + 16 n bytes off the Java heap, plus n doubles on it.
 */
final class LapackShiftedCholesky implements ShiftedCholesky {

    /**
     * Side of the tiles. Measured at n = 4608 on one core, the factorisation runs at about 40 GFLOP/s
     * per CPU-second for tiles of 128 to 1152 alike (each BLAS call packs its tiles again), against 51
     * for one dpotrf of the whole matrix, which cannot use a second thread without its rounding
     * depending on the thread count. 256 gives two threads many tiles to share from n = 2000 on.
     */
    static final int TILE = 256;

    private final int n;
    private final int count;
    private final Parallelism parallelism;
    private final OffHeapBuffer matrix = new OffHeapBuffer();
    private final OffHeapBuffer vector = new OffHeapBuffer();
    private final double[] diagonal;
    private final Steps steps = new Steps();
    private boolean factored;

    LapackShiftedCholesky(int n, Parallelism parallelism) {
        if (n < 1) {
            throw new IllegalArgumentException("the order must be positive, got " + n);
        }
        this.n = n;
        this.count = (n + TILE - 1) / TILE;
        this.parallelism = parallelism;
        this.diagonal = new double[n];
        matrix.reserve((long) n * n);
        vector.reserve(n);
    }

    /** Bytes held for order n: the matrix, the diagonal and one native vector. */
    static long bytes(int n) {
        return 8L * n * n + 16L * n;
    }

    @Override
    public int order() {
        return n;
    }

    @Override
    public void setRow(int i, int from, double[] values, int offset, int count) {
        if (from < 0 || count < 0 || from + count > i + 1) {
            throw new IndexOutOfBoundsException("columns [" + from + ", " + (from + count) + ") of row " + i);
        }
        int strict = count;
        if (from + count == i + 1 && count > 0) {
            diagonal[i] = values[offset + count - 1];
            strict--;
        }
        matrix.copyIn(values, offset, strict, (long) i * n + from);
    }

    @Override
    public void factor(double shift) {
        factored = false;
        parallelism.forRanges(count, 1, (from, to) -> {
            for (int tileColumn = from; tileColumn < to; tileColumn++) {
                copyBelow(tileColumn);
            }
        });
        double[] shifted = new double[n];
        for (int i = 0; i < n; i++) {
            shifted[i] = diagonal[i] + shift;
        }
        vector.copyIn(shifted, 0, n, 0);
        cblas_dcopy(n, vector.at(0), 1, matrix.at(0), n + 1);
        TiledCholesky.factor(steps, parallelism);
        factored = true;
    }

    /**
     * L(i, j) = A(i, j) for the columns j of one tile column and i &gt; j: one strided copy per column and
     * tile, tile by tile, so that the rows read stay in cache from one column to the next.
     */
    private void copyBelow(int tileColumn) {
        int first = tileColumn * TILE;
        int last = Math.min(n, first + TILE);
        for (int tileRow = tileColumn; tileRow < count; tileRow++) {
            int rowEnd = Math.min(n, (tileRow + 1) * TILE);
            for (int j = first; j < last; j++) {
                int row = Math.max(tileRow * TILE, j + 1);
                if (row < rowEnd) {
                    cblas_dcopy(rowEnd - row, matrix.at(j + (long) row * n), n, matrix.at(row + (long) j * n), 1);
                }
            }
        }
    }

    @Override
    public void solve(double[] b) {
        if (!factored) {
            throw new IllegalStateException("no factor: factor(shift) has not succeeded");
        }
        vector.copyIn(b, 0, n, 0);
        int info = LAPACKE_dpotrs_work(LAPACK_COL_MAJOR, (byte) 'L', n, 1, matrix.at(0), n, vector.at(0), n);
        if (info != 0) {
            throw new IllegalStateException("dpotrs failed with info = " + info);
        }
        vector.copyOut(0, b, 0, n);
    }

    @Override
    public void close() {
        matrix.release();
        vector.release();
    }

    /** The tile operations as LAPACK and BLAS calls on tiles of M with leading dimension n. */
    private final class Steps implements TiledCholesky.Steps {

        @Override
        public int tileCount() {
            return count;
        }

        @Override
        public void factorDiagonal(int k) {
            int info = LAPACKE_dpotrf_work(LAPACK_COL_MAJOR, (byte) 'L', side(k), tile(k, k), n);
            if (info > 0) {
                // dpotrf stops at the first non-positive pivot and leaves it on the diagonal
                long pivot = k * TILE + info - 1;
                throw new NotPositiveDefiniteException((int) pivot, matrix.at(pivot + pivot * n).get());
            }
            if (info < 0) {
                throw new IllegalStateException("dpotrf rejected argument " + -info);
            }
        }

        @Override
        public void solvePanel(int i, int k) {
            cblas_dtrsm(CblasColMajor, CblasRight, CblasLower, CblasTrans, CblasNonUnit, side(i), side(k), 1.0,
                    tile(k, k), n, tile(i, k), n);
        }

        @Override
        public void subtractProduct(int i, int j, int k) {
            if (i == j) {
                cblas_dsyrk(CblasColMajor, CblasLower, CblasNoTrans, side(i), side(k), -1.0, tile(i, k), n, 1.0,
                        tile(i, i), n);
            } else {
                cblas_dgemm(CblasColMajor, CblasNoTrans, CblasTrans, side(i), side(j), side(k), -1.0, tile(i, k), n,
                        tile(j, k), n, 1.0, tile(i, j), n);
            }
        }

        private int side(int k) {
            return Math.min(TILE, n - k * TILE);
        }

        /** The top left corner of tile (i, j) of M. */
        private DoublePointer tile(int i, int j) {
            return matrix.at((long) j * TILE * n + (long) i * TILE);
        }
    }
}
