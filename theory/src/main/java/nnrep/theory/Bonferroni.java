package nnrep.theory;

/**
 * Bonferroni's correction: if each of k statements is wrong with probability at most delta / k,
 * then by the union bound some statement is wrong with probability at most delta, whatever the
 * dependence between them. Used to split an audit's family-wise error level over its claims
 * (claims.md, decision protocol) and, inside a claim, over its many intervals.
 */
public final class Bonferroni {

    private Bonferroni() {
    }

    /**
     * delta / statements: the level of each of {@code statements} statements that must hold together
     * at level delta.
     *
     * @throws IllegalArgumentException if delta is not in (0, 1) or statements &lt; 1
     */
    public static double split(double delta, int statements) {
        if (!(delta > 0.0 && delta < 1.0)) {
            throw new IllegalArgumentException("delta must be in (0, 1), got: " + delta);
        }
        if (statements < 1) {
            throw new IllegalArgumentException("number of statements must be at least 1, got: " + statements);
        }
        return delta / statements;
    }
}
