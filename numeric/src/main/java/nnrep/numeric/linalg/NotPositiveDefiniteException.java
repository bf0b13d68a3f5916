package nnrep.numeric.linalg;

/** A Cholesky factorisation met a pivot that is not positive: the matrix is not (numerically) definite. */
public final class NotPositiveDefiniteException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    /** The 0-based row whose pivot was not positive. */
    private final int index;

    /**
     * An exception for the pivot of a row.
     *
     * @param index the row, 0-based
     * @param pivot the pivot found there
     */
    public NotPositiveDefiniteException(int index, double pivot) {
        super("matrix is not positive definite: pivot " + index + " is " + pivot);
        this.index = index;
    }

    /** {@return the 0-based row whose pivot was not positive} */
    public int index() {
        return index;
    }
}
