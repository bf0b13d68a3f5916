package nnrep.properties;

import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.target.Basis;
import nnrep.numeric.target.MultiIndexTarget;

/**
 * A multi-index target f*(x) = g(Ux) on R^d (Damian, Lee &amp; Soltanolkotabi (COLT 2022),
 * section 1), described by what determines it: the link g, d, and how U is chosen (Haar-random from
 * a seed, or U = [I_r 0]).
 */
record Target(LinkFunction link, int d, Basis basis, long seed) {

    Target {
        if (d < link.r()) {
            throw new IllegalArgumentException("d = " + d + " is smaller than r = " + link.r());
        }
    }

    /** The target itself; U is drawn from the stream (seed, BASIS, 0) for a random basis. */
    MultiIndexTarget build() {
        return MultiIndexTarget.of(link.g(), d, basis, new RandomStreams(seed));
    }

    int r() {
        return link.r();
    }

    @Override
    public String toString() {
        String u = basis == Basis.CANONICAL ? "U = [I_" + r() + " 0]" : "U Haar-random from seed " + seed;
        return "f*(x) = g(Ux) on R^" + d + ", " + u + ", " + link;
    }
}
