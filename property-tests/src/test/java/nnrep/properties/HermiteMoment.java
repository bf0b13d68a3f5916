package nnrep.properties;

import nnrep.numeric.poly.MultiIndex;

/**
 * A link function g and a multi-index alpha with r entries: the Hermite moment E[g(z) He_alpha(z)]
 * of Stein's identity E[g He_alpha] = E[d^alpha g] (Damian, Lee &amp; Soltanolkotabi (COLT 2022),
 * section 1).
 */
record HermiteMoment(LinkFunction link, MultiIndex alpha) {

    HermiteMoment {
        if (alpha.variables() != link.r()) {
            throw new IllegalArgumentException("alpha " + alpha + " does not have r = " + link.r() + " entries");
        }
    }

    /** The tensor indices (i1 <= ... <= ik) counted by alpha: the entry of C_|alpha| that alpha names. */
    int[] tensorIndices() {
        int[] indices = new int[alpha.order()];
        int next = 0;
        for (int i = 0; i < alpha.variables(); i++) {
            for (int e = 0; e < alpha.get(i); e++) {
                indices[next++] = i;
            }
        }
        return indices;
    }

    @Override
    public String toString() {
        return "E[g He_alpha] with alpha = " + alpha + ", " + link;
    }
}
