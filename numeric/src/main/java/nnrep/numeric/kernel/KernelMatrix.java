package nnrep.numeric.kernel;

import nnrep.numeric.linalg.Parallelism;
import nnrep.numeric.linalg.SymmetricTiles;

/**
 * The kernel between the n training inputs x_1..x_n and any other inputs, block by block: the entries
 * of a block are K(a_p, x_q) from the inner products a_p . x_q (a small matrix product over d) and the
 * augmented norms |at_p|, |xt_q| ({@link InitialisationKernel#fromNorms}).
 *
 * <p>The training inputs are held transposed (d x n, so that a block's inner products run along
 * contiguous rows) with their augmented norms: n (d + 1) doubles.
 */
final class KernelMatrix {

    private final InitialisationKernel kernel;
    private final double[] xt;
    private final double[] norms;
    private final int n;
    private final int d;

    /** @param xt the training inputs transposed, d x n row-major */
    KernelMatrix(InitialisationKernel kernel, double[] xt, int n) {
        this.kernel = kernel;
        this.xt = xt;
        this.n = n;
        this.d = kernel.d();
        this.norms = new double[n];
        for (int t = 0; t < d; t++) {
            for (int q = 0; q < n; q++) {
                double v = xt[t * n + q];
                norms[q] += v * v;
            }
        }
        for (int q = 0; q < n; q++) {
            norms[q] = kernel.augmentedNorm(norms[q]);
        }
    }

    int size() {
        return n;
    }

    InitialisationKernel kernel() {
        return kernel;
    }

    /**
     * K + shift I as tiles of side {@code tile} (about 4 n^2 bytes): tile rows are computed in
     * parallel, each entry by the same operations whatever the thread count.
     */
    SymmetricTiles regularised(double shift, int tile, Parallelism parallelism) {
        SymmetricTiles a = new SymmetricTiles(n, tile);
        int count = a.tileCount();
        parallelism.forRanges(count, 1, (from, to) -> {
            double[] rowNorms = new double[tile];
            for (int t = from; t < to; t++) {
                int i = count - 1 - t;
                int rows = Math.min(tile, n - i * tile);
                System.arraycopy(norms, i * tile, rowNorms, 0, rows);
                for (int j = 0; j <= i; j++) {
                    int cols = Math.min(tile, n - j * tile);
                    block(xt, i * tile, 1, n, rowNorms, rows, j * tile, cols, a.tile(i, j), tile);
                }
                double[] diagonal = a.tile(i, i);
                for (int p = 0; p < rows; p++) {
                    diagonal[p * tile + p] += shift;
                }
            }
        });
        return a;
    }

    /**
     * out[p * stride + q] = K(a_p, x_{from + q}) for p &lt; rows, q &lt; cols, where coordinate t of a_p is
     * {@code a[offset + p * rowStride + t * columnStride]} and |at_p| = {@code aNorms[p]} (augmented norm).
     */
    void block(double[] a, int offset, int rowStride, int columnStride, double[] aNorms, int rows, int from,
            int cols, double[] out, int stride) {
        double[] dots = new double[cols];
        for (int p = 0; p < rows; p++) {
            java.util.Arrays.fill(dots, 0.0);
            int ap = offset + p * rowStride;
            for (int t = 0; t < d; t++) {
                double v = a[ap + t * columnStride];
                int xr = t * n + from;
                for (int q = 0; q < cols; q++) {
                    dots[q] += v * xt[xr + q];
                }
            }
            int op = p * stride;
            for (int q = 0; q < cols; q++) {
                out[op + q] = kernel.fromNorms(dots[q], aNorms[p], norms[from + q]);
            }
        }
    }
}
