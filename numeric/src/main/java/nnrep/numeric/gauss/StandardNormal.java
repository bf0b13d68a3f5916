package nnrep.numeric.gauss;

import org.apache.commons.math3.special.Erf;

/**
 * Density and distribution function of the standard normal law N(0, 1).
 */
public final class StandardNormal {

    /** 1 / sqrt(2 pi). */
    public static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);

    private StandardNormal() {
    }

    /**
     * {@return phi(z) = exp(-z^2 / 2) / sqrt(2 pi)}
     *
     * @param z a real number
     */
    public static double density(double z) {
        return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    }

    /**
     * {@return Phi(z) = P(Z {@literal <=} z) = erfc(-z / sqrt 2) / 2}, through erfc, so that the lower
     * tail keeps its relative accuracy (Phi(-10) is about 7.6e-24, not 0 from 1 - 1).
     *
     * @param z a real number
     */
    public static double cdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2.0));
    }
}
