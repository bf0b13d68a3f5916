package nnrep.numeric.linalg;

/**
 * {@link Products} in plain Java, written as row updates ({@code c_row += a * b_row}) that the JIT
 * compiles to SIMD instructions. Threads split the output rows, so every output entry is summed in
 * the same order whatever the thread count.
 */
public final class JavaProducts implements Products {

    /** Output rows per task: small enough to balance two cores, large enough to amortise a task. */
    private static final int ROW_GRAIN = 16;
    /** Columns of C updated together, so that the slice of B read for them stays in cache. */
    private static final int COLUMN_BLOCK = 256;
    /** Outputs per task of a matrix-vector product: each task streams all of A's rows, so few tasks. */
    private static final int VECTOR_GRAIN = 256;

    private final Parallelism parallelism;

    /**
     * Products computed in Java on the given threads.
     *
     * @param parallelism the threads
     */
    public JavaProducts(Parallelism parallelism) {
        this.parallelism = parallelism;
    }

    @Override
    public void multiplyTransposed(double[] a, int p, int k, double[] b, int q, double[] c, RowAction then) {
        double[] bt = transpose(b, q, k);
        parallelism.forRanges(p, ROW_GRAIN, (from, to) -> {
            for (int j0 = 0; j0 < q; j0 += COLUMN_BLOCK) {
                int j1 = Math.min(q, j0 + COLUMN_BLOCK);
                for (int i = from; i < to; i++) {
                    int ci = i * q;
                    java.util.Arrays.fill(c, ci + j0, ci + j1, 0.0);
                    int ai = i * k;
                    for (int t = 0; t < k; t++) {
                        axpy(a[ai + t], bt, t * q + j0, c, ci + j0, j1 - j0);
                    }
                }
            }
            then.apply(from, to);
        });
    }

    @Override
    public void addTransposeProduct(double[] a, int s, int p, double[] b, int q, double[] c) {
        if (q == 1) {
            addTransposeVectorProduct(a, s, p, b, c);
            return;
        }
        parallelism.forRanges(p, ROW_GRAIN, (from, to) -> {
            for (int row = 0; row < s; row++) {
                int ar = row * p;
                int br = row * q;
                for (int i = from; i < to; i++) {
                    double v = a[ar + i];
                    if (v != 0.0) {
                        axpy(v, b, br, c, i * q, q);
                    }
                }
            }
        });
    }

    /**
     * {@code c += A^T b} for a vector b: the same sums as the general case, each c_i adding
     * a_ri b_r in row order, but streaming A's rows so that the inner loop runs along c (zeros of A
     * are added rather than skipped, which changes nothing but the sign of a zero).
     */
    private void addTransposeVectorProduct(double[] a, int s, int p, double[] b, double[] c) {
        parallelism.forRanges(p, VECTOR_GRAIN, (from, to) -> {
            for (int row = 0; row < s; row++) {
                axpy(b[row], a, row * p + from, c, from, to - from);
            }
        });
    }

    @Override
    public void addGram(double[] a, int s, int p, double[] c) {
        parallelism.forRanges(p, ROW_GRAIN, (from, to) -> {
            for (int row = 0; row < s; row++) {
                int ar = row * p;
                for (int i = from; i < to; i++) {
                    double v = a[ar + i];
                    if (v != 0.0) {
                        axpy(v, a, ar + i, c, i * p + i, p - i);
                    }
                }
            }
        });
    }

    @Override
    public ShiftedCholesky shiftedCholesky(int n) {
        return new JavaShiftedCholesky(n, parallelism);
    }

    /** {@code y[yo .. yo+len) += alpha * x[xo .. xo+len)}. */
    private static void axpy(double alpha, double[] x, int xo, double[] y, int yo, int len) {
        for (int j = 0; j < len; j++) {
            y[yo + j] += alpha * x[xo + j];
        }
    }

    private static double[] transpose(double[] b, int rows, int cols) {
        double[] t = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = b[i * cols + j];
            }
        }
        return t;
    }
}
