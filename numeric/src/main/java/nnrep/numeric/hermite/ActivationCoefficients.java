package nnrep.numeric.hermite;

import nnrep.numeric.gauss.StandardNormal;

/**
 * Closed forms of the Hermite coefficients c_k(b) = E[act(z + b) He_k(z)], z ~ N(0, 1), so that
 * act(z + b) = sum_k c_k(b) He_k(z) / k! (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 3).
 *
 * <ul>
 *   <li>ReLU: c_0 = b Phi(b) + phi(b), c_1 = Phi(b), c_k = (-1)^k He_{k-2}(b) phi(b) for k >= 2.</li>
 *   <li>Step 1{z + b >= 0}: c_0 = Phi(b), c_k = (-1)^(k-1) He_{k-1}(b) phi(b) for k >= 1.</li>
 * </ul>
 * phi and Phi are the standard normal density and distribution function. Both follow from
 * Stein's lemma E[s(z) He_k(z)] = E[s^(k)(z)]: the k-th derivative of relu(z + b) is the
 * (k-2)-th derivative of the Dirac mass at -b, and E[delta^(j)(z + b)] = (-1)^j d^j phi(-b) / dz^j
 * = (-1)^j He_j(b) phi(b).
 */
public final class ActivationCoefficients {

    private ActivationCoefficients() {
    }

    /**
     * {@return c_0(b), ..., c_kmax(b) for the given activation}
     *
     * @param act  the activation
     * @param b    the bias
     * @param kmax the highest degree
     */
    public static double[] of(Activation act, double b, int kmax) {
        if (kmax < 0) {
            throw new IllegalArgumentException("kmax must be >= 0, got: " + kmax);
        }
        double[] he = Hermite.upTo(Math.max(kmax - 1, 0), b);
        double[] c = new double[kmax + 1];
        for (int k = 0; k <= kmax; k++) {
            c[k] = coefficient(act, b, k, he) + 0.0; // + 0.0 turns -0.0 into 0.0 for printing
        }
        return c;
    }

    /**
     * {@return the single coefficient c_k(b)}
     *
     * @param act the activation
     * @param b   the bias
     * @param k   the degree
     */
    public static double coefficient(Activation act, double b, int k) {
        return of(act, b, k)[k];
    }

    /** c_k(b) given He_0(b), ..., He_{k-1}(b) (or more). */
    private static double coefficient(Activation act, double b, int k, double[] heOfB) {
        double density = StandardNormal.density(b);
        switch (act) {
            case RELU:
                if (k == 0) {
                    return b * StandardNormal.cdf(b) + density;
                }
                if (k == 1) {
                    return StandardNormal.cdf(b);
                }
                return sign(k) * heOfB[k - 2] * density;
            case STEP:
                if (k == 0) {
                    return StandardNormal.cdf(b);
                }
                return sign(k - 1) * heOfB[k - 1] * density;
            default:
                throw new AssertionError(act);
        }
    }

    /** (-1)^j. */
    private static double sign(int j) {
        return (j % 2 == 0) ? 1.0 : -1.0;
    }
}
