package nnrep.theory;

import java.util.Objects;

/**
 * What a claim's decision is given besides its units' results.
 *
 * @param profile the profile the units were measured at
 * @param seed    the audit's master seed, recorded with the evidence
 * @param delta   the claim's error level after the audit's Bonferroni split: a true statement is
 *                declared FAIL with probability at most delta
 */
public record DecisionContext(Profile profile, long seed, double delta) {

    /**
     * @throws IllegalArgumentException if delta is not in (0, 1)
     */
    public DecisionContext {
        Objects.requireNonNull(profile, "profile");
        if (!(delta > 0.0 && delta < 1.0)) {
            throw new IllegalArgumentException("delta must be in (0, 1), got " + delta);
        }
    }

    /**
     * The level of each of {@code parts} sub-statements decided together (Bonferroni): if each part
     * errs with probability at most delta / parts, the claim errs with probability at most delta.
     */
    public double perPart(int parts) {
        return Bonferroni.split(delta, parts);
    }
}
