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

    /**
     * An empty chunk.
     *
     * @param capacity the largest number of rows it can hold
     * @param d        the dimension of the inputs
     */
    public Chunk(int capacity, int d) {
        this.x = new double[capacity * d];
        this.y = new double[capacity];
        this.d = d;
    }

    /** {@return the inputs, row-major, rows x d (the buffer may be longer)} */
    public double[] x() {
        return x;
    }

    /** {@return the labels (the buffer may be longer than {@link #rows()})} */
    public double[] y() {
        return y;
    }

    /** {@return the number of samples the chunk holds} */
    public int rows() {
        return rows;
    }

    /** {@return the dimension of the inputs} */
    public int d() {
        return d;
    }
}
