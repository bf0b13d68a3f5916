package nnrep.numeric.kernel;

import java.util.Arrays;

import nnrep.numeric.linalg.Products;
import nnrep.numeric.linalg.ShiftedCholesky;

/**
 * The kernel K(a, x_q) between any inputs a and the n training inputs x_1..x_n, in two steps: the
 * inner products a . x_q by the dense {@link Products} (DGEMM, fixed output blocks), then the kernel
 * formula entry by entry from them and the augmented norms ({@link InitialisationKernel#fromNorms}),
 * on each block of finished rows by the thread that computed it.
 *
 * <p>Two uses: the n x n kernel matrix K (its lower triangle, into a {@link ShiftedCholesky}) and the
 * predictions sum_q K(a_p, x_q) c_q of query inputs a_p for one or several coefficient vectors c.
 * Both work on blocks of {@value #BLOCK} columns in one buffer of n {@value #BLOCK} doubles, kept
 * from call to call (a fit and the evaluations after it would otherwise leave 8 MB of garbage per
 * block at n = 4096), beside the training inputs (n (d + 1) doubles); the products hold a copy of the
 * inputs and of a block ({@link #bytes}). Every entry goes through the same operations whatever the
 * thread count. One call at a time, as for the products.
 */
final class KernelMatrix {

    /** Training inputs per strip of K, and query inputs per block of predictions. */
    static final int BLOCK = 256;

    private final InitialisationKernel kernel;
    private final double[] x;
    private final double[] norms;
    private final int n;
    private final int d;
    /** Inner products, then kernel values, of a block: n x {@value #BLOCK} at most. */
    private final double[] block;
    /** The block's own inputs: {@value #BLOCK} x d at most. */
    private final double[] inputs;

    /** @param x the training inputs, n x d row-major (kept, not copied) */
    KernelMatrix(InitialisationKernel kernel, double[] x, int n) {
        this.kernel = kernel;
        this.x = x;
        this.n = n;
        this.d = kernel.d();
        this.norms = augmentedNorms(x, n);
        this.block = new double[n * BLOCK];
        this.inputs = new double[BLOCK * d];
    }

    /**
     * Bytes this object and its calls hold at most, beside the kernel matrix: the training inputs and
     * their norms, the block, and the products' copies of the inputs and of a block.
     */
    static long bytes(int n, int d) {
        return 8L * n * (2L * d + 1 + 2L * BLOCK) + 8L * BLOCK * d;
    }

    int size() {
        return n;
    }

    /**
     * Writes K's lower triangle into {@code system}, strip by strip of {@value #BLOCK} columns: the
     * inner products of all n inputs with the strip's (2 n d {@value #BLOCK} flops, half of them above
     * the diagonal and unused), then K(x_i, x_j) for i &gt;= j.
     */
    void fill(ShiftedCholesky system, Products products) {
        for (int first = 0; first < n; first += BLOCK) {
            int columns = Math.min(BLOCK, n - first);
            int j0 = first;
            System.arraycopy(x, first * d, inputs, 0, columns * d);
            products.multiplyTransposed(x, n, d, inputs, columns, block, (from, to) -> {
                for (int i = Math.max(from, j0); i < to; i++) {
                    int count = Math.min(columns, i - j0 + 1);
                    int row = i * columns;
                    for (int q = 0; q < count; q++) {
                        block[row + q] = kernel.fromNorms(block[row + q], norms[i], norms[j0 + q]);
                    }
                    system.setRow(i, j0, block, row, count);
                }
            });
        }
    }

    /**
     * out[p g + r] = sum_q K(a_p, x_q) c[q g + r] for the {@code rows} query inputs a_p (row-major in
     * {@code a}, d columns) and the g coefficient vectors c_r (n x g row-major): per block of
     * {@value #BLOCK} queries, the kernel block (n x block, transposed) and its product with c, each
     * prediction summed over the training inputs in index order.
     */
    void predict(double[] a, int rows, double[] c, int g, double[] out, Products products) {
        double[] predictions = new double[Math.min(BLOCK, rows) * g];
        for (int first = 0; first < rows; first += BLOCK) {
            int queries = Math.min(BLOCK, rows - first);
            System.arraycopy(a, first * d, inputs, 0, queries * d);
            double[] queryNorms = augmentedNorms(inputs, queries);
            products.multiplyTransposed(x, n, d, inputs, queries, block, (from, to) -> {
                for (int q = from; q < to; q++) {
                    int row = q * queries;
                    for (int p = 0; p < queries; p++) {
                        block[row + p] = kernel.fromNorms(block[row + p], norms[q], queryNorms[p]);
                    }
                }
            });
            Arrays.fill(predictions, 0.0);
            products.addTransposeProduct(block, n, queries, c, g, predictions);
            System.arraycopy(predictions, 0, out, first * g, queries * g);
        }
    }

    /** |xt_p| for the rows of a rows x d matrix ({@link InitialisationKernel#augmentedNorm}). */
    private double[] augmentedNorms(double[] a, int rows) {
        double[] result = new double[rows];
        for (int p = 0; p < rows; p++) {
            double s = 0.0;
            for (int t = 0; t < d; t++) {
                double v = a[p * d + t];
                s += v * v;
            }
            result[p] = kernel.augmentedNorm(s);
        }
        return result;
    }
}
