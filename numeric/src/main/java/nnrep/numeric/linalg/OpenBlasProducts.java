package nnrep.numeric.linalg;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasUpper;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dsyrk;

import java.util.Optional;

/**
 * {@link Products} by OpenBLAS (DGEMM and DSYRK), single-threaded inside, called on a partition of
 * the output into blocks whose sizes are constants of this class.
 *
 * <p><b>Why results do not depend on the thread count.</b> A call cuts its output into the same
 * blocks whatever {@link Parallelism#threads()} is, and computes each block by one single-threaded
 * OpenBLAS call whose arguments (shapes, leading dimensions, data) are fixed by the block alone.
 * Threads only decide which worker makes which of these calls, so every output entry goes through
 * the same floating-point operations for 1, 2 or 64 threads. (OpenBLAS's own threading would
 * split differently for each thread count, which is why {@link OpenBlas} turns it off.)
 *
 * <p><b>Memory.</b> The operands are copied into off-heap buffers kept by this object and reused
 * from call to call, once each way (inputs in, outputs out); JavaCPP would otherwise copy every
 * {@code double[]} argument in and out on each call. The buffers grow to the largest shapes seen:
 * for Algorithm 1, O(chunk (d + m) + m^2) doubles, independent of n.
 *
 * <p>Thin products (an output or inner dimension below {@link #THIN}) go to {@link JavaProducts}:
 * there the copies would cost more than the arithmetic. Results agree with {@link JavaProducts} to
 * round-off, not bit for bit: BLAS kernels sum in another order.
 *
 * <p>One call at a time: each call parallelises itself, and the buffers are shared between calls.
 * {@link #close} frees them.
 */
public final class OpenBlasProducts implements Products {

    /** Rows of {@code A B^T} per block: enough to amortise a BLAS call, a few blocks per chunk and thread. */
    static final int ROW_BLOCK = 256;
    /** Output rows per block of {@code A^T B} and of the Gram matrix. */
    static final int OUTPUT_BLOCK = 128;
    /** Smallest dimension worth a BLAS call (below it, a matrix-vector product or nearly). */
    static final int THIN = 8;
    /** Rows per task when copying an input in. */
    private static final int COPY_ROWS = 512;

    private final Parallelism parallelism;
    private final JavaProducts thin;
    private final OffHeapBuffer left = new OffHeapBuffer();
    private final OffHeapBuffer right = new OffHeapBuffer();
    private final OffHeapBuffer out = new OffHeapBuffer();

    private OpenBlasProducts(Parallelism parallelism) {
        this.parallelism = parallelism;
        this.thin = new JavaProducts(parallelism);
    }

    /**
     * {@return OpenBLAS products on {@code parallelism}, or empty when the native library cannot be loaded}
     *
     * @param parallelism the threads that share out the blocks of a product
     */
    public static Optional<Products> load(Parallelism parallelism) {
        return OpenBlas.failure().isPresent() ? Optional.empty() : Optional.of(new OpenBlasProducts(parallelism));
    }

    /** {@inheritDoc} One DGEMM per block of {@link #ROW_BLOCK} rows of C, then {@code then} on the block. */
    @Override
    public void multiplyTransposed(double[] a, int p, int k, double[] b, int q, double[] c, RowAction then) {
        if (Math.min(p, Math.min(k, q)) < THIN) {
            thin.multiplyTransposed(a, p, k, b, q, c, then);
            return;
        }
        left.reserve((long) p * k);
        right.reserve((long) q * k);
        out.reserve((long) p * q);
        right.copyIn(b, 0, q * k, 0);
        parallelism.forRanges(p, ROW_BLOCK, (from, to) -> {
            int rows = to - from;
            left.copyIn(a, from * k, rows * k, (long) from * k);
            cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasTrans, rows, q, k, 1.0, left.at((long) from * k), k,
                    right.at(0), k, 0.0, out.at((long) from * q), q);
            out.copyOut((long) from * q, c, from * q, rows * q);
            then.apply(from, to);
        });
    }

    /** {@inheritDoc} One DGEMM per block of {@link #OUTPUT_BLOCK} rows of C, each over all s rows of A and B. */
    @Override
    public void addTransposeProduct(double[] a, int s, int p, double[] b, int q, double[] c) {
        if (Math.min(s, Math.min(p, q)) < THIN) {
            thin.addTransposeProduct(a, s, p, b, q, c);
            return;
        }
        copyRows(a, s, p, left);
        copyRows(b, s, q, right);
        out.reserve((long) p * q);
        parallelism.forRanges(p, OUTPUT_BLOCK, (from, to) -> {
            int rows = to - from;
            out.copyIn(c, from * q, rows * q, (long) from * q);
            cblas_dgemm(CblasRowMajor, CblasTrans, CblasNoTrans, rows, q, s, 1.0, left.at(from), p, right.at(0), q,
                    1.0, out.at((long) from * q), q);
            out.copyOut((long) from * q, c, from * q, rows * q);
        });
    }

    /**
     * {@inheritDoc} Per block of {@link #OUTPUT_BLOCK} rows of C: one DSYRK for the diagonal block
     * and one DGEMM for the blocks right of it. Blocks are started in order, the largest first.
     */
    @Override
    public void addGram(double[] a, int s, int p, double[] c) {
        if (Math.min(s, p) < THIN) {
            thin.addGram(a, s, p, c);
            return;
        }
        copyRows(a, s, p, left);
        out.reserve((long) p * p);
        parallelism.forRanges(p, OUTPUT_BLOCK, (from, to) -> {
            int rows = to - from;
            out.copyIn(c, from * p, rows * p, (long) from * p);
            long diagonal = (long) from * p + from;
            cblas_dsyrk(CblasRowMajor, CblasUpper, CblasTrans, rows, s, 1.0, left.at(from), p, 1.0,
                    out.at(diagonal), p);
            if (to < p) {
                cblas_dgemm(CblasRowMajor, CblasTrans, CblasNoTrans, rows, p - to, s, 1.0, left.at(from), p,
                        left.at(to), p, 1.0, out.at(diagonal + rows), p);
            }
            out.copyOut((long) from * p, c, from * p, rows * p);
        });
    }

    /** {@inheritDoc} The LAPACK half of the binding is loaded on the first call ({@link Lapack}). */
    @Override
    public ShiftedCholesky shiftedCholesky(int n) {
        return Lapack.failure().isPresent() ? new JavaShiftedCholesky(n, parallelism)
                : new LapackShiftedCholesky(n, parallelism);
    }

    /** Frees the off-heap buffers (tens of MB for Algorithm 1) without waiting for the garbage collector. */
    @Override
    public void close() {
        left.release();
        right.release();
        out.release();
    }

    /** Copies the rows x cols matrix {@code m} into {@code buffer}, rows split across the threads. */
    private void copyRows(double[] m, int rows, int cols, OffHeapBuffer buffer) {
        buffer.reserve((long) rows * cols);
        parallelism.forRanges(rows, COPY_ROWS,
                (from, to) -> buffer.copyIn(m, from * cols, (to - from) * cols, (long) from * cols));
    }
}
