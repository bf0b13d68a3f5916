package nnrep.numeric.linalg;

/**
 * A symmetric matrix A of order n, held once, and the solutions of (A + s I) x = b for a sequence of
 * shifts s: each {@link #factor} computes the Cholesky factor L L^T = A + s I beside A, which it leaves
 * intact. Kernel ridge needs exactly that, with A = K and s = n lambda for every ridge lambda of a grid.
 *
 * <p>Why a factorisation per shift rather than one eigendecomposition A = Q diag(mu) Q^T shared by all
 * shifts, measured with OpenBLAS's LAPACK on one core of an AVX-512 machine at n = 4608: dsyevd
 * (eigenvectors by divide and conquer) takes 27 s, dsyevr 29 s, dpotrf 0.63 s. The eigendecomposition
 * pays off only beyond about 40 shifts; half of its work (the reduction to tridiagonal form) is
 * matrix-vector products that run at memory speed; it cannot be split over threads without its
 * rounding changing with the thread count, whereas the tiled Cholesky can ({@link TiledCholesky}); and
 * it needs two more n x n buffers (dsyevd's workspace is 2 n^2 doubles).
 *
 * <p>Memory: 8 n^2 bytes ({@link #bytes}). A's lower triangle and L (lower, with its diagonal) are the
 * two halves of one n x n matrix, A's diagonal a vector of n doubles; nothing else of order n^2.
 *
 * <p>Results are bit-identical for any number of threads. {@link Products#shiftedCholesky} gives the
 * one that goes with the products: LAPACK beside OpenBLAS, Java beside the Java products; they agree to
 * round-off. One factorisation at a time.
 */
public interface ShiftedCholesky extends AutoCloseable {

    /** n, the order of A. */
    int order();

    /**
     * Sets the entries (i, from) .. (i, from + count - 1) of A's lower triangle (from + count &lt;= i + 1)
     * to {@code values[offset .. offset + count)}. Calls for different rows may run concurrently.
     */
    void setRow(int i, int from, double[] values, int offset, int count);

    /**
     * Factors A + shift I; A is kept for the next shift.
     *
     * @throws NotPositiveDefiniteException when a pivot is not positive: A + shift I is not numerically
     *                                      positive definite (and there is no factor until the next call)
     */
    void factor(double shift);

    /** Overwrites {@code b} (length n) with (A + s I)^{-1} b, s the shift of the last {@link #factor}. */
    void solve(double[] b);

    /** Releases the matrix (native memory, for LAPACK) now rather than at garbage collection. */
    @Override
    void close();

    /** Bytes held for order n, by either implementation: about 8 n^2. */
    static long bytes(int n) {
        return Math.max(LapackShiftedCholesky.bytes(n), JavaShiftedCholesky.bytes(n));
    }
}
