package nnrep.numeric.linalg;

/**
 * {@link ShiftedCholesky} in Java: A and L as two {@link SymmetricTiles} (each about 4 n^2 bytes), L
 * computed by {@link TiledCholesky} on a copy of A's tiles. The fallback where OpenBLAS's LAPACK does
 * not load.
 */
final class JavaShiftedCholesky implements ShiftedCholesky {

    /** Side of the tiles (even, as {@link TiledCholesky}'s Java tile product needs; 64 x 64 doubles = 32 KiB). */
    static final int TILE = 64;

    private final SymmetricTiles a;
    private final SymmetricTiles factor;
    private final Parallelism parallelism;
    private boolean factored;

    JavaShiftedCholesky(int n, Parallelism parallelism) {
        this.a = new SymmetricTiles(n, TILE);
        this.factor = new SymmetricTiles(n, TILE);
        this.parallelism = parallelism;
    }

    /** Bytes held for order n: two tiled triangles. */
    static long bytes(int n) {
        return 2 * SymmetricTiles.bytes(n, TILE);
    }

    @Override
    public int order() {
        return a.order();
    }

    @Override
    public void setRow(int i, int from, double[] values, int offset, int count) {
        a.setRow(i, from, values, offset, count);
    }

    /** Copies A's tiles (padding included) row by row in parallel, adds the shift, factors. */
    @Override
    public void factor(double shift) {
        int count = a.tileCount();
        int n = a.order();
        factored = false;
        parallelism.forRanges(count, 1, (from, to) -> {
            for (int i = from; i < to; i++) {
                for (int j = 0; j <= i; j++) {
                    System.arraycopy(a.tile(i, j), 0, factor.tile(i, j), 0, TILE * TILE);
                }
                double[] diagonal = factor.tile(i, i);
                for (int p = 0; p < TILE && i * TILE + p < n; p++) {
                    diagonal[p * TILE + p] += shift;
                }
            }
        });
        TiledCholesky.factor(factor, parallelism);
        factored = true;
    }

    @Override
    public void solve(double[] b) {
        if (!factored) {
            throw new IllegalStateException("no factor: factor(shift) has not succeeded");
        }
        TiledCholesky.solve(factor, b);
    }

    @Override
    public void close() {
    }
}
