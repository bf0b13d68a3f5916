package nnrep.numeric.target;

import java.util.Locale;

/** How the relevant subspace span(U^T) of a multi-index target is chosen. */
public enum Basis {
    /** U drawn from the Haar measure on r x d matrices with orthonormal rows (seeded). */
    RANDOM,
    /** U = [I_r 0]: the target depends on the first r coordinates of x. */
    CANONICAL;

    /**
     * Parses "random" or "canonical".
     *
     * @param text the name
     * @return the basis of that name
     */
    public static Basis parse(String text) {
        for (Basis b : values()) {
            if (b.name().toLowerCase(Locale.ROOT).equals(text.trim().toLowerCase(Locale.ROOT))) {
                return b;
            }
        }
        throw new IllegalArgumentException("--basis must be random or canonical, got: " + text);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
