package nnrep.numeric.poly;

/**
 * A target expression (cli.md, section "Targets") that does not parse. The message reads
 * "column C: reason in: expression", C the 1-based column of the offending character
 * (the length + 1 at the end of the input).
 */
public final class ExpressionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String expression;
    private final int column;
    private final String reason;

    public ExpressionException(String expression, int column, String reason) {
        super("column " + column + ": " + reason + " in: " + expression);
        this.expression = expression;
        this.column = column;
        this.reason = reason;
    }

    /** The 1-based column of the error. */
    public int column() {
        return column;
    }

    /** What is wrong, without the column and the expression. */
    public String reason() {
        return reason;
    }

    /** The expression that failed to parse. */
    public String expression() {
        return expression;
    }
}
