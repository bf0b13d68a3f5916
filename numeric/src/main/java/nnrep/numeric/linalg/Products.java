package nnrep.numeric.linalg;

/**
 * The dense products that carry the heavy work of Algorithm 1, on row-major {@code double[]}
 * matrices.
 *
 * <p>Three shapes appear (Damian, Lee &amp; Soltanolkotabi (COLT 2022), Algorithm 1):
 * pre-activations {@code X W^T}, the first-step gradient {@code (gates o y)^T X}, and the head's
 * normal equations {@code Phi^T Phi}, {@code Phi^T y}. Implementations must compute each output
 * entry by a fixed sequence of operations that does not depend on the number of threads.
 */
public interface Products {

    /**
     * {@code C = A B^T}: A is p x k, B is q x k, C is p x q (overwritten). Cost 2 p q k flops.
     */
    void multiplyTransposed(double[] a, int p, int k, double[] b, int q, double[] c);

    /**
     * {@code C += A^T B}: A is s x p, B is s x q, C is p x q. Cost 2 s p q flops (less when A has
     * zeros, which are skipped).
     */
    void addTransposeProduct(double[] a, int s, int p, double[] b, int q, double[] c);

    /**
     * Symmetric rank-s update of the <em>upper triangle</em> of {@code C += A^T A}: A is s x p, C is
     * p x p; entries below the diagonal are left untouched (see {@link #mirrorUpper}). Cost s p^2 flops.
     */
    void addGram(double[] a, int s, int p, double[] c);

    /** Copies the upper triangle of the p x p matrix {@code c} onto its lower triangle. */
    static void mirrorUpper(double[] c, int p) {
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                c[i * p + j] = c[j * p + i];
            }
        }
    }
}
