package nnrep.numeric.linalg;

import org.bytedeco.javacpp.DoublePointer;

/**
 * A reusable block of native memory holding doubles, for passing matrices to OpenBLAS without the
 * copy-in-and-out that JavaCPP does for every {@code double[]} argument. It grows on demand and is
 * then reused: Algorithm 1 calls the same products with the same shapes, chunk after chunk.
 *
 * <p>Not thread-safe for {@link #reserve}; disjoint ranges may be copied and computed on
 * concurrently once reserved.
 */
final class OffHeapBuffer {

    private DoublePointer memory;

    /** Makes room for at least {@code size} doubles; the content is lost when it grows. */
    void reserve(long size) {
        if (memory == null || memory.capacity() < size) {
            if (memory != null) {
                memory.close();
            }
            memory = new DoublePointer(size);
        }
    }

    /** Frees the native memory now rather than when the garbage collector finds this buffer unreachable. */
    void release() {
        if (memory != null) {
            memory.close();
            memory = null;
        }
    }

    /** A pointer to the element at {@code offset}, for a BLAS argument. */
    DoublePointer at(long offset) {
        return memory.getPointer(offset);
    }

    /** Copies {@code source[from, from + count)} to the elements {@code [offset, offset + count)}. */
    void copyIn(double[] source, int from, int count, long offset) {
        at(offset).put(source, from, count);
    }

    /** Copies the elements {@code [offset, offset + count)} to {@code target[from, from + count)}. */
    void copyOut(long offset, double[] target, int from, int count) {
        at(offset).get(target, from, count);
    }
}
