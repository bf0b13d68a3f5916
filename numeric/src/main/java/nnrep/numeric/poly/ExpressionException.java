package nnrep.numeric.poly;

/**
 * A target expression (cli.md, section "Targets") that does not parse. The message reads
 * "column C: reason in: expression", C the 1-based column of the offending character
 * (the length + 1 at the end of the input).
 */
public final class ExpressionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The expression that failed to parse. */
    private final String expression;
    /** The 1-based column of the error. */
    private final int column;
    /** What is wrong. */
    private final String reason;

    /**
     * An error at a column of an expression.
     *
     * @param expression the expression
     * @param column     the 1-based column of the error
     * @param reason     what is wrong there
     */
    public ExpressionException(String expression, int column, String reason) {
        super("column " + column + ": " + reason + " in: " + expression);
        this.expression = expression;
        this.column = column;
        this.reason = reason;
    }

    /** {@return the 1-based column of the error} */
    public int column() {
        return column;
    }

    /** {@return what is wrong, without the column and the expression} */
    public String reason() {
        return reason;
    }

    /** {@return the expression that failed to parse} */
    public String expression() {
        return expression;
    }
}
