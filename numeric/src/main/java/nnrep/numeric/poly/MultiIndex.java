package nnrep.numeric.poly;

import java.util.Arrays;

/**
 * A multi-index alpha = (alpha_1, ..., alpha_r) of non-negative integers: the exponents of the
 * monomial z^alpha = prod_i z_i^alpha_i, the degrees of the Hermite product
 * He_alpha(z) = prod_i He_{alpha_i}(z_i), and the derivative d^alpha
 * (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 1). Immutable; equals and hashCode compare
 * the entries. Ordered graded descending: larger |alpha| first, then lexicographically descending
 * (z1^2 before z1 z2 before z2^2 before z1).
 */
public final class MultiIndex implements Comparable<MultiIndex> {

    private final int[] alpha;
    private final int order;

    private MultiIndex(int[] alpha) {
        int sum = 0;
        for (int a : alpha) {
            if (a < 0) {
                throw new IllegalArgumentException("multi-index entries must be >= 0, got: "
                        + Arrays.toString(alpha));
            }
            sum += a;
        }
        this.alpha = alpha;
        this.order = sum;
    }

    /**
     * {@return the multi-index with the given entries (copied)}
     *
     * @param alpha the entries
     */
    public static MultiIndex of(int... alpha) {
        return new MultiIndex(alpha.clone());
    }

    /**
     * {@return (0, ..., 0) with r entries}
     *
     * @param r the number of entries
     */
    public static MultiIndex zero(int r) {
        return new MultiIndex(new int[r]);
    }

    /**
     * {@return the unit multi-index e_i with r entries}
     *
     * @param r the number of entries
     * @param i the entry that is 1, 0-based
     */
    public static MultiIndex unit(int r, int i) {
        int[] alpha = new int[r];
        alpha[i] = 1;
        return new MultiIndex(alpha);
    }

    /**
     * {@return the multi-index counting how often each of 0..r-1 occurs among the tensor indices, e.g.
     * (0, 2, 0) for r = 3 gives (2, 0, 1): the derivative d^alpha equal to d_{i1} ... d_{ik}}
     *
     * @param r             the number of entries
     * @param tensorIndices the tensor indices i1, ..., ik, each in 0..r-1
     */
    public static MultiIndex counting(int r, int... tensorIndices) {
        int[] alpha = new int[r];
        for (int i : tensorIndices) {
            if (i < 0 || i >= r) {
                throw new IndexOutOfBoundsException("index " + i + " outside 0.." + (r - 1));
            }
            alpha[i]++;
        }
        return new MultiIndex(alpha);
    }

    /** {@return r, the number of entries} */
    public int variables() {
        return alpha.length;
    }

    /**
     * {@return alpha_i}
     *
     * @param i the entry, 0-based
     */
    public int get(int i) {
        return alpha[i];
    }

    /** {@return |alpha| = sum_i alpha_i} */
    public int order() {
        return order;
    }

    /** {@return alpha! = prod_i alpha_i!} */
    public double factorial() {
        double product = 1.0;
        for (int a : alpha) {
            for (int j = 2; j <= a; j++) {
                product *= j;
            }
        }
        return product;
    }

    /**
     * {@return alpha + beta (the exponent of a product of monomials); the result has max(r, r') entries}
     *
     * @param other beta, with r' entries
     */
    public MultiIndex plus(MultiIndex other) {
        int[] sum = Arrays.copyOf(alpha, Math.max(alpha.length, other.alpha.length));
        for (int i = 0; i < other.alpha.length; i++) {
            sum[i] += other.alpha[i];
        }
        return new MultiIndex(sum);
    }

    /**
     * {@return alpha with entry i replaced by value}
     *
     * @param i     the entry, 0-based
     * @param value its new value
     */
    public MultiIndex with(int i, int value) {
        int[] copy = alpha.clone();
        copy[i] = value;
        return new MultiIndex(copy);
    }

    /**
     * {@return alpha padded with zeros to r entries}
     *
     * @param r the number of entries, at least the current number
     */
    public MultiIndex withVariables(int r) {
        if (r < alpha.length) {
            throw new IllegalArgumentException("cannot shrink " + this + " to " + r + " variables");
        }
        return new MultiIndex(Arrays.copyOf(alpha, r));
    }

    /** {@return the entries (a copy)} */
    public int[] toArray() {
        return alpha.clone();
    }

    @Override
    public int compareTo(MultiIndex other) {
        if (order != other.order) {
            return Integer.compare(other.order, order);
        }
        int shared = Math.min(alpha.length, other.alpha.length);
        for (int i = 0; i < shared; i++) {
            if (alpha[i] != other.alpha[i]) {
                return Integer.compare(other.alpha[i], alpha[i]);
            }
        }
        return Integer.compare(alpha.length, other.alpha.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultiIndex && Arrays.equals(alpha, ((MultiIndex) o).alpha);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(alpha);
    }

    /** E.g. "(2, 0, 1)". */
    @Override
    public String toString() {
        return Arrays.toString(alpha).replace('[', '(').replace(']', ')');
    }
}
