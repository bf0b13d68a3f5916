package nnrep.theory.experiments;

import java.util.ArrayList;
import java.util.List;

import nnrep.numeric.poly.MultiIndex;

/** Enumerations of multi-indices alpha in r variables (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 1). */
public final class MultiIndices {

    private MultiIndices() {
    }

    /** Every alpha with r entries and |alpha| &lt;= maxOrder, by increasing order, then lexicographically descending. */
    public static List<MultiIndex> upToOrder(int r, int maxOrder) {
        List<MultiIndex> all = new ArrayList<>();
        for (int order = 0; order <= maxOrder; order++) {
            collect(new int[r], 0, order, all);
        }
        return all;
    }

    /** The tensor indices (i repeated alpha_i times, increasing): the entry of C_|alpha| that is E[d^alpha f]. */
    public static int[] tensorIndices(MultiIndex alpha) {
        int[] indices = new int[alpha.order()];
        int next = 0;
        for (int i = 0; i < alpha.variables(); i++) {
            for (int e = 0; e < alpha.get(i); e++) {
                indices[next++] = i;
            }
        }
        return indices;
    }

    private static void collect(int[] alpha, int i, int remaining, List<MultiIndex> out) {
        if (i == alpha.length - 1) {
            alpha[i] = remaining;
            out.add(MultiIndex.of(alpha));
            return;
        }
        for (int a = remaining; a >= 0; a--) {
            alpha[i] = a;
            collect(alpha, i + 1, remaining - a, out);
        }
    }
}
