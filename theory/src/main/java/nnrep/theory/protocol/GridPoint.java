package nnrep.theory.protocol;

/**
 * A point of a claim's grid of parameters (a dimension d, a sample size n, a width m, a target, ...)
 * at which replicates are measured.
 */
public interface GridPoint {

    /** The point in words, e.g. "d = 64"; used in progress lines and plots. */
    String label();

    /** The estimated cost of one replicate at this point, in floating-point operations. */
    double cost();
}
