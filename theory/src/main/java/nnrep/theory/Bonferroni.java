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
     * {@return familyDelta / claims}
     *
     * @param familyDelta the family-wise error level
     * @param claims      the number of statements it is split over
     * @throws IllegalArgumentException if familyDelta is not in (0, 1) or {@code claims < 1}
     */
    public static double perClaim(double familyDelta, int claims) {
        if (!(familyDelta > 0.0 && familyDelta < 1.0)) {
            throw new IllegalArgumentException("family-wise delta must be in (0, 1), got: " + familyDelta);
        }
        if (claims < 1) {
            throw new IllegalArgumentException("number of claims must be at least 1, got: " + claims);
        }
        return familyDelta / claims;
    }
}
