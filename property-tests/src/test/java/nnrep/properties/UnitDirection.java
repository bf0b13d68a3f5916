package nnrep.properties;

import java.util.List;

/**
 * A unit vector w of R^d, drawn as a small integer vector n and normalised, w = n / |n|, so that a
 * shrunk counterexample reads "w = (1, 0, -2)/sqrt(5)".
 *
 * @param numerators n, not all zero; d = n.size()
 */
record UnitDirection(List<Integer> numerators) {

    UnitDirection {
        numerators = List.copyOf(numerators);
        if (squaredLength(numerators) == 0) {
            throw new IllegalArgumentException("a direction needs a nonzero integer vector");
        }
    }

    /** d. */
    int dimension() {
        return numerators.size();
    }

    /** w = n / |n| as an array of length d. */
    double[] vector() {
        double length = Math.sqrt(squaredLength(numerators));
        return numerators.stream().mapToDouble(n -> n / length).toArray();
    }

    @Override
    public String toString() {
        String n = numerators.toString().replace('[', '(').replace(']', ')');
        int squared = squaredLength(numerators);
        int root = (int) Math.round(Math.sqrt(squared));
        return "w = " + n + (root * root == squared ? (root == 1 ? "" : "/" + root) : "/sqrt(" + squared + ")");
    }

    private static int squaredLength(List<Integer> n) {
        return n.stream().mapToInt(k -> k * k).sum();
    }
}
