package nnrep.numeric.data;

/**
 * A block of consecutive samples: inputs x (rows x d, row-major) and labels y. Buffers are reused
 * from chunk to chunk, so only {@code rows} entries are meaningful.
 */
public final class Chunk {

    final double[] x;
    final double[] y;
    final int d;
    int rows;

    public Chunk(int capacity, int d) {
        this.x = new double[capacity * d];
        this.y = new double[capacity];
        this.d = d;
    }

    /** The inputs, row-major, rows x d (the buffer may be longer). */
    public double[] x() {
        return x;
    }

    /** The labels (the buffer may be longer than {@link #rows()}). */
    public double[] y() {
        return y;
    }

    public int rows() {
        return rows;
    }

    public int d() {
        return d;
    }
}
