package nnrep.numeric.linalg;

/**
 * The dense products that carry the heavy work of Algorithm 1, on row-major {@code double[]}
 * matrices.
 *
 * <p>Three shapes appear (Damian, Lee &amp; Soltanolkotabi (COLT 2022), Algorithm 1):
 * pre-activations {@code X W^T}, the first-step gradient {@code (gates o y)^T X}, and the head's
 * normal equations {@code Phi^T Phi}, {@code Phi^T y}. Implementations must compute each output
 * entry by a fixed sequence of operations that does not depend on the number of threads. The kernel
 * baselines add one factorisation on the same engine, {@link #shiftedCholesky}.
 *
 * <p>Two implementations give the same results to round-off: {@link OpenBlasProducts} (native
 * OpenBLAS, the fast one) and {@link JavaProducts} (pure Java, the fallback).
 */
public interface Products extends AutoCloseable {

    /**
     * {@return the fastest products available: {@link OpenBlasProducts} when the native library loads on this
     * machine, else {@link JavaProducts} (and a one-line notice on standard error, once per JVM)}
     *
     * @param parallelism the threads the products run on
     */
    static Products best(Parallelism parallelism) {
        return OpenBlasProducts.load(parallelism).orElseGet(() -> new JavaProducts(parallelism));
    }

    /**
     * Starts loading the native library on a background thread, so that a later {@link #best} finds
     * it ready instead of spending a few tenths of a second on it. Optional; idempotent.
     */
    static void preload() {
        OpenBlas.startLoading();
    }

    /** Work on the rows {@code [from, to)} of a product's output, which depends on those rows only. */
    @FunctionalInterface
    interface RowAction {
        /**
         * Works on the rows.
         *
         * @param from the first row
         * @param to   one past the last row
         */
        void apply(int from, int to);
    }

    /**
     * {@code C = A B^T}: A is p x k, B is q x k, C is p x q (overwritten). Cost 2 p q k flops.
     *
     * @param a A, row-major
     * @param p the rows of A
     * @param k the columns of A and B
     * @param b B, row-major
     * @param q the rows of B
     * @param c C, row-major
     */
    default void multiplyTransposed(double[] a, int p, int k, double[] b, int q, double[] c) {
        multiplyTransposed(a, p, k, b, q, c, (from, to) -> { });
    }

    /**
     * {@code C = A B^T} as above, then {@code then} on every block of finished rows of C, by the
     * thread that computed them, while they are still in its cache. Each row of C is given to
     * {@code then} exactly once; blocks may run concurrently, so {@code then} must write only what
     * belongs to its rows (an element-wise activation, one value per row).
     *
     * @param a    A, row-major
     * @param p    the rows of A
     * @param k    the columns of A and B
     * @param b    B, row-major
     * @param q    the rows of B
     * @param c    C, row-major
     * @param then the work on finished rows of C
     */
    void multiplyTransposed(double[] a, int p, int k, double[] b, int q, double[] c, RowAction then);

    /**
     * {@code C += A^T B}: A is s x p, B is s x q, C is p x q. Cost 2 s p q flops (JavaProducts skips
     * the zeros of A, which makes the gated gradient of Algorithm 1 about half as costly there).
     *
     * @param a A, row-major
     * @param s the rows of A and B
     * @param p the columns of A
     * @param b B, row-major
     * @param q the columns of B
     * @param c C, row-major, added to
     */
    void addTransposeProduct(double[] a, int s, int p, double[] b, int q, double[] c);

    /**
     * Symmetric rank-s update of the <em>upper triangle</em> of {@code C += A^T A}: A is s x p, C is
     * p x p; entries below the diagonal are left untouched (see {@link #mirrorUpper}). Cost s p^2 flops.
     *
     * @param a A, row-major
     * @param s the rows of A
     * @param p the columns of A
     * @param c C, row-major, added to
     */
    void addGram(double[] a, int s, int p, double[] c);

    /**
     * A {@link ShiftedCholesky} of order n on the same engine and threads: LAPACK beside OpenBLAS (or
     * Java, with a one-line notice, if LAPACK does not load), Java beside the Java products. About
     * 8 n^2 bytes ({@link ShiftedCholesky#bytes}); the caller closes it.
     */
    ShiftedCholesky shiftedCholesky(int n);

    /**
     * Releases the native memory an implementation may hold ({@link OpenBlasProducts} keeps its
     * operands off-heap); the products must not be used afterwards. The default holds none.
     */
    @Override
    default void close() {
    }

    /**
     * Copies the upper triangle of the p x p matrix {@code c} onto its lower triangle.
     *
     * @param c the matrix, row-major
     * @param p its order
     */
    static void mirrorUpper(double[] c, int p) {
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                c[i * p + j] = c[j * p + i];
            }
        }
    }
}
