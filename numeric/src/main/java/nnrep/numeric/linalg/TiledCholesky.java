package nnrep.numeric.linalg;

/**
 * In-place Cholesky factorisation A = L L^T of a symmetric positive definite matrix held as tiles,
 * and the solution of A x = b from the factor.
 *
 * <p>The right-looking tiled algorithm (block Cholesky, Golub &amp; Van Loan, Matrix Computations, 4th ed.,
 * section 4.2; in tile form as in Buttari, Langou, Kurzak &amp; Dongarra, "A class of parallel tiled linear
 * algebra algorithms for multicore architectures", Parallel Computing 35, 2009): for each tile column k,
 * <ol>
 * <li>factor the diagonal tile, A_kk = L_kk L_kk^T (B^3 / 3 flops);</li>
 * <li>solve the panel, L_ik = A_ik L_kk^{-T} for i &gt; k;</li>
 * <li>update the trailing triangle, A_ij -= L_ik L_jk^T for k &lt; j &lt;= i (the 2 B^3-flop tile products
 *     that carry nearly all of the n^3 / 3 flops).</li>
 * </ol>
 * Steps 2 and 3 are spread over threads by tile rows; every tile is written by one task, with the same
 * sequence of operations whatever the thread count, so the factor is bit-identical for any number of
 * threads. The schedule is {@link #factor(Steps, Parallelism)}; the tile operations are either the Java
 * ones below, on {@link SymmetricTiles}, or single-threaded LAPACK and BLAS calls
 * ({@link LapackShiftedCholesky}).
 *
 * <p>The Java tile product runs on contiguous rows of three B x B tiles (L_jk is transposed once per
 * step for that), which stay in the L2 cache. Extra memory: one transposed tile column, n B doubles.
 */
public final class TiledCholesky {

    private TiledCholesky() {
    }

    /** The three tile operations of the algorithm, on the tiles (row, column) of a lower triangle. */
    interface Steps {

        /** T, the number of tile rows. */
        int tileCount();

        /**
         * A_kk = L_kk L_kk^T, L_kk in place of A_kk.
         *
         * @throws NotPositiveDefiniteException at the first pivot that is not positive
         */
        void factorDiagonal(int k);

        /** L_ik = A_ik L_kk^{-T} in place of A_ik, i &gt; k; tasks for different i may run concurrently. */
        void solvePanel(int i, int k);

        /** A_ij -= L_ik L_jk^T, k &lt; j &lt;= i; tasks for different i may run concurrently. */
        void subtractProduct(int i, int j, int k);
    }

    /**
     * Overwrites the lower triangle of {@code a} with L, A = L L^T (the strict upper triangles of the
     * diagonal tiles are set to zero).
     *
     * @param a           the matrix, factored in place
     * @param parallelism the threads
     * @throws NotPositiveDefiniteException at the first pivot that is not positive (a is then garbage)
     * @throws IllegalArgumentException if the tile size is odd (the tile product works on pairs of rows)
     */
    public static void factor(SymmetricTiles a, Parallelism parallelism) {
        factor(new JavaSteps(a), parallelism);
    }

    /**
     * The schedule: the diagonal tile, then the panel below it in parallel, then the trailing triangle
     * in parallel by tile rows, the longest rows first so that no long task starts last.
     */
    static void factor(Steps steps, Parallelism parallelism) {
        int count = steps.tileCount();
        for (int k = 0; k < count; k++) {
            steps.factorDiagonal(k);
            int column = k;
            int below = count - k - 1;
            parallelism.forRanges(below, 1, (from, to) -> {
                for (int i = column + 1 + from; i < column + 1 + to; i++) {
                    steps.solvePanel(i, column);
                }
            });
            parallelism.forRanges(below, 1, (from, to) -> {
                for (int t = from; t < to; t++) {
                    int i = count - 1 - t;
                    for (int j = column + 1; j <= i; j++) {
                        steps.subtractProduct(i, j, column);
                    }
                }
            });
        }
    }

    /** The tile operations in Java, on {@link SymmetricTiles} of even side B. */
    private static final class JavaSteps implements Steps {

        private final SymmetricTiles a;
        private final int b;
        private final double[] diagonalTransposed;
        /** L_ik^T for the current column k, by tile row i. */
        private final double[][] transposedColumn;

        JavaSteps(SymmetricTiles a) {
            this.a = a;
            this.b = a.tileSize();
            if (b % 2 != 0) {
                throw new IllegalArgumentException("the tile size must be even, got " + b);
            }
            this.diagonalTransposed = new double[b * b];
            this.transposedColumn = new double[a.tileCount()][];
        }

        @Override
        public int tileCount() {
            return a.tileCount();
        }

        @Override
        public void factorDiagonal(int k) {
            double[] lkk = a.tile(k, k);
            TiledCholesky.factorDiagonal(lkk, b, k * b);
            transpose(lkk, b, diagonalTransposed);
        }

        @Override
        public void solvePanel(int i, int k) {
            double[] lik = a.tile(i, k);
            TiledCholesky.solvePanel(diagonalTransposed, lik, b);
            if (transposedColumn[i] == null) {
                transposedColumn[i] = new double[b * b];
            }
            transpose(lik, b, transposedColumn[i]);
        }

        @Override
        public void subtractProduct(int i, int j, int k) {
            TiledCholesky.subtractProduct(a.tile(i, k), transposedColumn[j], a.tile(i, j), b);
        }
    }

    /**
     * Solves A x = b with A = L L^T given by {@link #factor}: forward substitution L z = b, then back
     * substitution L^T x = z, tile by tile (n^2 flops each). {@code rhs} (length n) is overwritten by x.
     *
     * @param factor L, from {@link #factor}
     * @param rhs    b on entry, x on return
     */
    public static void solve(SymmetricTiles factor, double[] rhs) {
        int n = factor.order();
        int b = factor.tileSize();
        int count = factor.tileCount();
        if (rhs.length != n) {
            throw new IllegalArgumentException("right-hand side has " + rhs.length + " entries, matrix order " + n);
        }
        double[] x = new double[count * b];
        System.arraycopy(rhs, 0, x, 0, n);
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < i; j++) {
                multiplySubtract(factor.tile(i, j), x, j * b, x, i * b, b);
            }
            forward(factor.tile(i, i), x, i * b, b);
        }
        for (int i = count - 1; i >= 0; i--) {
            for (int j = i + 1; j < count; j++) {
                transposeMultiplySubtract(factor.tile(j, i), x, j * b, x, i * b, b);
            }
            backward(factor.tile(i, i), x, i * b, b);
        }
        System.arraycopy(x, 0, rhs, 0, n);
    }

    /** Unblocked Cholesky of one B x B tile (lower triangle read, L written, upper triangle zeroed). */
    static void factorDiagonal(double[] a, int b, int offset) {
        for (int j = 0; j < b; j++) {
            int rj = j * b;
            double s = a[rj + j];
            for (int t = 0; t < j; t++) {
                s -= a[rj + t] * a[rj + t];
            }
            if (!(s > 0.0)) {
                throw new NotPositiveDefiniteException(offset + j, s);
            }
            double ljj = Math.sqrt(s);
            a[rj + j] = ljj;
            java.util.Arrays.fill(a, rj + j + 1, rj + b, 0.0);
            for (int i = j + 1; i < b; i++) {
                int ri = i * b;
                double v = a[ri + j];
                for (int t = 0; t < j; t++) {
                    v -= a[ri + t] * a[rj + t];
                }
                a[ri + j] = v / ljj;
            }
        }
    }

    /**
     * X L^T = A for X, in place of A, by forward substitution along each row:
     * x_pr = (a_pr - sum_{q&lt;r} x_pq L_rq) / L_rr, with {@code lt} = L^T so that the updates run
     * along contiguous rows.
     */
    static void solvePanel(double[] lt, double[] a, int b) {
        for (int p = 0; p < b; p++) {
            int rp = p * b;
            for (int q = 0; q < b; q++) {
                int rq = q * b;
                double x = a[rp + q] / lt[rq + q];
                a[rp + q] = x;
                for (int r = q + 1; r < b; r++) {
                    a[rp + r] -= x * lt[rq + r];
                }
            }
        }
    }

    /**
     * C -= X Y^T for B x B tiles, given {@code yt} = Y^T: row p of C -= sum_t x_pt (row t of Y^T).
     * Two rows of C and four terms t at a time (B even), so that each entry of C is loaded and stored
     * once per four products and each loaded entry of Y^T serves two rows.
     */
    static void subtractProduct(double[] x, double[] yt, double[] c, int b) {
        int t4 = b - b % 4;
        for (int p = 0; p < b; p += 2) {
            int rp = p * b;
            int rs = rp + b;
            for (int t = 0; t < t4; t += 4) {
                double v0 = x[rp + t];
                double v1 = x[rp + t + 1];
                double v2 = x[rp + t + 2];
                double v3 = x[rp + t + 3];
                double u0 = x[rs + t];
                double u1 = x[rs + t + 1];
                double u2 = x[rs + t + 2];
                double u3 = x[rs + t + 3];
                int r0 = t * b;
                int r1 = r0 + b;
                int r2 = r1 + b;
                int r3 = r2 + b;
                for (int q = 0; q < b; q++) {
                    double y0 = yt[r0 + q];
                    double y1 = yt[r1 + q];
                    double y2 = yt[r2 + q];
                    double y3 = yt[r3 + q];
                    c[rp + q] -= v0 * y0 + v1 * y1 + v2 * y2 + v3 * y3;
                    c[rs + q] -= u0 * y0 + u1 * y1 + u2 * y2 + u3 * y3;
                }
            }
            for (int t = t4; t < b; t++) {
                double v = x[rp + t];
                double u = x[rs + t];
                int rt = t * b;
                for (int q = 0; q < b; q++) {
                    c[rp + q] -= v * yt[rt + q];
                    c[rs + q] -= u * yt[rt + q];
                }
            }
        }
    }

    private static void transpose(double[] a, int b, double[] out) {
        for (int p = 0; p < b; p++) {
            for (int q = 0; q < b; q++) {
                out[q * b + p] = a[p * b + q];
            }
        }
    }

    /** y[yo ..] -= M x[xo ..] for a B x B tile M. */
    private static void multiplySubtract(double[] m, double[] x, int xo, double[] y, int yo, int b) {
        for (int p = 0; p < b; p++) {
            double s = 0.0;
            for (int q = 0; q < b; q++) {
                s += m[p * b + q] * x[xo + q];
            }
            y[yo + p] -= s;
        }
    }

    /** y[yo ..] -= M^T x[xo ..] for a B x B tile M. */
    private static void transposeMultiplySubtract(double[] m, double[] x, int xo, double[] y, int yo, int b) {
        for (int p = 0; p < b; p++) {
            double v = x[xo + p];
            for (int q = 0; q < b; q++) {
                y[yo + q] -= v * m[p * b + q];
            }
        }
    }

    /** L z = x in place on x[o .. o + B), L the lower-triangular tile. */
    private static void forward(double[] l, double[] x, int o, int b) {
        for (int p = 0; p < b; p++) {
            double s = x[o + p];
            for (int q = 0; q < p; q++) {
                s -= l[p * b + q] * x[o + q];
            }
            x[o + p] = s / l[p * b + p];
        }
    }

    /** L^T z = x in place on x[o .. o + B), L the lower-triangular tile. */
    private static void backward(double[] l, double[] x, int o, int b) {
        for (int p = b - 1; p >= 0; p--) {
            double v = x[o + p] / l[p * b + p];
            x[o + p] = v;
            for (int q = 0; q < p; q++) {
                x[o + q] -= v * l[p * b + q];
            }
        }
    }
}
