package nnrep.numeric.poly;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * A symmetric tensor of order k on R^r, stored densely (r^k entries, row-major), such as the
 * Hermite tensors C_k = E[grad^k f(z)] of Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 1,
 * and their contractions C_k(w, ..., w, .) that make up the population gradient of section 3.
 * Contractions with one vector cost O(r^k). Immutable.
 */
public final class SymmetricTensor {

    /** Largest number of stored entries (2^26 doubles, 512 MB). */
    public static final long MAX_ENTRIES = 1L << 26;

    private final int order;
    private final int dimension;
    private final double[] entries;

    private SymmetricTensor(int order, int dimension, double[] entries) {
        this.order = order;
        this.dimension = dimension;
        this.entries = entries;
    }

    /**
     * {@return the tensor whose entry at (i1, ..., ik) is entry(alpha), alpha = {@link MultiIndex#counting}
     * of the indices: a function of the index multiset only, hence symmetric by construction}
     *
     * @param order     k
     * @param dimension r
     * @param entry     the entry for each multi-index of size k
     */
    public static SymmetricTensor of(int order, int dimension, ToDoubleFunction<MultiIndex> entry) {
        if (order < 0 || dimension < 1) {
            throw new IllegalArgumentException(
                    "tensor needs order >= 0 and dimension >= 1, got: " + order + ", " + dimension);
        }
        double size = Math.pow(dimension, order);
        if (size > MAX_ENTRIES) {
            throw new IllegalArgumentException("tensor of order " + order + " in dimension " + dimension
                    + " has " + size + " entries, more than " + MAX_ENTRIES);
        }
        double[] entries = new double[(int) size];
        int[] index = new int[order];
        for (int flat = 0; flat < entries.length; flat++) {
            decode(flat, dimension, index);
            entries[flat] = entry.applyAsDouble(MultiIndex.counting(dimension, index));
        }
        return new SymmetricTensor(order, dimension, entries);
    }

    /** {@return k} */
    public int order() {
        return order;
    }

    /** {@return r} */
    public int dimension() {
        return dimension;
    }

    /**
     * {@return the entry at (i1, ..., ik)}
     *
     * @param index the k indices, 0-based
     */
    public double get(int... index) {
        if (index.length != order) {
            throw new IllegalArgumentException("tensor of order " + order + " needs " + order
                    + " indices, got: " + index.length);
        }
        int flat = 0;
        for (int i : index) {
            if (i < 0 || i >= dimension) {
                throw new IndexOutOfBoundsException("index " + i + " outside 0.." + (dimension - 1));
            }
            flat = flat * dimension + i;
        }
        return entries[flat];
    }

    /**
     * {@return C(w, .): the order k-1 tensor with entries sum_i w_i C[i, i2, ..., ik] (k at least 1)}
     *
     * @param w a vector of length r
     */
    public SymmetricTensor contract(double[] w) {
        if (order == 0) {
            throw new IllegalStateException("cannot contract a tensor of order 0");
        }
        if (w.length != dimension) {
            throw new IllegalArgumentException("vector of length " + w.length
                    + " does not match dimension " + dimension);
        }
        int rest = entries.length / dimension;
        double[] result = new double[rest];
        for (int i = 0; i < dimension; i++) {
            for (int j = 0; j < rest; j++) {
                result[j] += w[i] * entries[i * rest + j];
            }
        }
        return new SymmetricTensor(order - 1, dimension, result);
    }

    /**
     * {@return C(w, ..., w, .) (k - 1 copies of w), a vector of length r (k at least 1)}
     *
     * @param w a vector of length r
     */
    public double[] contractAllButOne(double[] w) {
        if (order == 0) {
            throw new IllegalStateException("a tensor of order 0 has no free index");
        }
        SymmetricTensor t = this;
        while (t.order > 1) {
            t = t.contract(w);
        }
        return t.entries.clone();
    }

    /**
     * {@return C(w, ..., w) (k copies of w); the scalar itself for k = 0}
     *
     * @param w a vector of length r
     */
    public double contractAll(double[] w) {
        SymmetricTensor t = this;
        while (t.order > 0) {
            t = t.contract(w);
        }
        return t.entries[0];
    }

    /** {@return sqrt(sum of all r^k squared entries)} */
    public double frobeniusNorm() {
        double sum = 0.0;
        for (double e : entries) {
            sum += e * e;
        }
        return Math.sqrt(sum);
    }

    /** {@return the r x r matrix of an order-2 tensor} */
    public double[][] toMatrix() {
        if (order != 2) {
            throw new IllegalStateException("only a tensor of order 2 is a matrix, this has order " + order);
        }
        double[][] matrix = new double[dimension][];
        for (int i = 0; i < dimension; i++) {
            matrix[i] = Arrays.copyOfRange(entries, i * dimension, (i + 1) * dimension);
        }
        return matrix;
    }

    /** The order, dimension and the nonzero entries with non-decreasing indices, e.g. "[0, 1, 2]=0.707107". */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("SymmetricTensor(order ").append(order)
                .append(", dimension ").append(dimension).append(") {");
        int[] index = new int[order];
        String separator = "";
        for (int flat = 0; flat < entries.length; flat++) {
            decode(flat, dimension, index);
            if (entries[flat] != 0.0 && isNonDecreasing(index)) {
                text.append(separator).append(Arrays.toString(index)).append('=')
                        .append(PolynomialFormat.shortNumber(entries[flat]));
                separator = ", ";
            }
        }
        return text.append('}').toString();
    }

    /** Writes the base-r digits of flat (most significant first) into index. */
    private static void decode(int flat, int dimension, int[] index) {
        int rest = flat;
        for (int j = index.length - 1; j >= 0; j--) {
            index[j] = rest % dimension;
            rest /= dimension;
        }
    }

    private static boolean isNonDecreasing(int[] index) {
        for (int j = 1; j < index.length; j++) {
            if (index[j] < index[j - 1]) {
                return false;
            }
        }
        return true;
    }
}
