package nnrep.properties;

/**
 * A target and a unit direction w of the same R^d: where a population or empirical first-step
 * gradient g(w) = E[f*(x) x act(w . x + b)] is evaluated (Damian, Lee &amp; Soltanolkotabi
 * (COLT 2022), section 3).
 */
record GradientPoint(Target target, UnitDirection w) {

    GradientPoint {
        if (w.dimension() != target.d()) {
            throw new IllegalArgumentException(w + " is not a direction of R^" + target.d());
        }
    }

    @Override
    public String toString() {
        return target + ", at " + w;
    }
}
