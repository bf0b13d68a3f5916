package nnrep.numeric.linalg;

/**
 * A symmetric n x n matrix stored as the lower triangle of a grid of square B x B tiles.
 *
 * <p>With T = ceil(n / B) tile rows, tile (I, J), J &lt;= I, is one row-major {@code double[B * B]}
 * holding the entries (I B + p, J B + q), p, q &lt; B. Memory: B^2 T (T + 1) / 2 doubles, that is about
 * n^2 / 2 doubles = 4 n^2 bytes (1.6 GB for n = 20000), plus O(n B) for the padding. A tile is
 * contiguous, so the blocked algorithms that work tile by tile ({@link TiledCholesky}) stay in cache.
 *
 * <p>Padding: the matrix is held as the T B x T B matrix diag(A, I). Its entries beyond n start as
 * those of the identity and no algorithm here changes them, so a factorisation of the padded matrix
 * is the factorisation of A followed by the identity.
 */
public final class SymmetricTiles {

    private final int n;
    private final int tile;
    private final int count;
    private final double[][] tiles;

    /**
     * The zero matrix of order n, padded with the identity, with tiles of side {@code tile}.
     *
     * @param n    the order
     * @param tile B, the side of a tile
     */
    public SymmetricTiles(int n, int tile) {
        if (n < 1 || tile < 1) {
            throw new IllegalArgumentException("order and tile size must be positive, got " + n + " and " + tile);
        }
        this.n = n;
        this.tile = tile;
        this.count = (n + tile - 1) / tile;
        this.tiles = new double[count * (count + 1) / 2][];
        for (int t = 0; t < tiles.length; t++) {
            tiles[t] = new double[tile * tile];
        }
        double[] last = tile(count - 1, count - 1);
        for (int p = n - (count - 1) * tile; p < tile; p++) {
            last[p * tile + p] = 1.0;
        }
    }

    /**
     * {@return bytes held by a matrix of order n with tiles of side {@code tile}: 8 B^2 T (T + 1) / 2}
     *
     * @param n    the order
     * @param tile B, the side of a tile
     */
    public static long bytes(long n, int tile) {
        long count = (n + tile - 1) / tile;
        return 8L * tile * tile * (count * (count + 1) / 2);
    }

    /** {@return n, the order of the matrix (without padding)} */
    public int order() {
        return n;
    }

    /** {@return B, the side of a tile} */
    public int tileSize() {
        return tile;
    }

    /** {@return T = ceil(n / B), the number of tile rows} */
    public int tileCount() {
        return count;
    }

    /**
     * {@return the live tile (row, col), row &gt;= col: B x B row-major, writes go to the matrix}
     *
     * @param row the tile row
     * @param col the tile column, at most {@code row}
     */
    public double[] tile(int row, int col) {
        if (col > row || row >= count || col < 0) {
            throw new IndexOutOfBoundsException("tile (" + row + ", " + col + ") of a lower triangle of " + count);
        }
        return tiles[row * (row + 1) / 2 + col];
    }

    /**
     * {@return entry (i, j) of the lower triangle (i &gt;= j) or, by symmetry, of the upper one}
     *
     * @param i the row
     * @param j the column
     */
    public double get(int i, int j) {
        int row = Math.max(i, j);
        int col = Math.min(i, j);
        return tile(row / tile, col / tile)[(row % tile) * tile + col % tile];
    }

    /**
     * Sets the entries (i, from) .. (i, from + count - 1) of the lower triangle (from + count &lt;= i + 1)
     * to {@code values[offset .. offset + count)}, one copy per tile crossed.
     */
    public void setRow(int i, int from, double[] values, int offset, int count) {
        if (from < 0 || count < 0 || from + count > i + 1) {
            throw new IndexOutOfBoundsException("columns [" + from + ", " + (from + count) + ") of row " + i);
        }
        int r = (i % tile) * tile;
        for (int done = 0; done < count;) {
            int j = from + done;
            int length = Math.min(count - done, tile - j % tile);
            System.arraycopy(values, offset + done, tile(i / tile, j / tile), r + j % tile, length);
            done += length;
        }
    }

    /** Sets entry (i, j), i &gt;= j, of the lower triangle. */
    public void set(int i, int j, double value) {
        if (j > i) {
            throw new IndexOutOfBoundsException("(" + i + ", " + j + ") is above the diagonal");
        }
        tile(i / tile, j / tile)[(i % tile) * tile + j % tile] = value;
    }
}
