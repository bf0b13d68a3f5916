package nnrep.numeric.hermite;

/**
 * Probabilists' Hermite polynomials He_k, orthogonal for the standard normal measure:
 * He_0 = 1, He_1(z) = z, He_{k+1}(z) = z He_k(z) - k He_{k-1}(z), so that
 * E[He_j(z) He_k(z)] = k! delta_jk and He_k'(z) = k He_{k-1}(z) for z ~ N(0, 1)
 * (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 1).
 *
 * <p>Values are computed by the three-term recurrence, never from the monomial expansion, which
 * cancels catastrophically for large k. The normalised polynomials h_k = He_k / sqrt(k!) have
 * their own recurrence, h_{k+1} = (z h_k - sqrt(k) h_{k-1}) / sqrt(k + 1), which stays in range
 * where He_k and k! overflow. Every method costs O(k) (O(k^2) for the coefficient tables).
 */
public final class Hermite {

    private Hermite() {
    }

    /**
     * {@return He_k(z) by the three-term recurrence}
     *
     * @param k the degree
     * @param z the point
     */
    public static double he(int k, double z) {
        return upTo(k, z)[k];
    }

    /**
     * {@return He_0(z), ..., He_kmax(z) (an array of length kmax + 1)}
     *
     * @param kmax the highest degree
     * @param z    the point
     */
    public static double[] upTo(int kmax, double z) {
        requireDegree(kmax);
        double[] values = new double[kmax + 1];
        values[0] = 1.0;
        if (kmax >= 1) {
            values[1] = z;
        }
        for (int j = 1; j < kmax; j++) {
            values[j + 1] = z * values[j] - j * values[j - 1];
        }
        return values;
    }

    /**
     * {@return the orthonormal Hermite polynomial h_k(z) = He_k(z) / sqrt(k!), by the recurrence
     * h_{k+1} = (z h_k - sqrt(k) h_{k-1}) / sqrt(k + 1); E[h_j h_k] = delta_jk}
     * Stable for large k (k = 150 and beyond), where He_k(z) and k! themselves overflow.
     *
     * @param k the degree
     * @param z the point
     */
    public static double normalised(int k, double z) {
        return normalisedUpTo(k, z)[k];
    }

    /**
     * {@return h_0(z), ..., h_kmax(z) with h_k = He_k / sqrt(k!) (an array of length kmax + 1)}
     *
     * @param kmax the highest degree
     * @param z    the point
     */
    public static double[] normalisedUpTo(int kmax, double z) {
        requireDegree(kmax);
        double[] values = new double[kmax + 1];
        values[0] = 1.0;
        if (kmax >= 1) {
            values[1] = z;
        }
        for (int j = 1; j < kmax; j++) {
            values[j + 1] = (z * values[j] - Math.sqrt(j) * values[j - 1]) / Math.sqrt(j + 1.0);
        }
        return values;
    }

    /**
     * {@return k! as a double (exact up to k = 22, infinite from k = 171 on)}
     *
     * @param k a non-negative integer
     */
    public static double factorial(int k) {
        requireDegree(k);
        double product = 1.0;
        for (int j = 2; j <= k; j++) {
            product *= j;
        }
        return product;
    }

    /**
     * {@return He_k in the monomial basis: the array a of length k + 1 with He_k(z) = sum_j a[j] z^j}
     * Built by the recurrence on coefficient arrays; the entries are integers, exact in double
     * up to k = 28 (where they stay below 2^53).
     *
     * @param k the degree
     */
    public static double[] monomialCoefficients(int k) {
        requireDegree(k);
        double[] previous = {1.0};
        if (k == 0) {
            return previous;
        }
        double[] current = {0.0, 1.0};
        for (int j = 1; j < k; j++) {
            double[] next = new double[j + 2];
            for (int i = 0; i <= j; i++) {
                next[i + 1] = current[i];
            }
            for (int i = 0; i < j; i++) {
                next[i] -= j * previous[i];
            }
            previous = current;
            current = next;
        }
        return current;
    }

    /**
     * {@return the inverse change of basis: the array b of length n + 1 with z^n = sum_m b[m] He_m(z),
     * b[n - 2j] = n! / (j! (n - 2j)! 2^j) and all other entries 0 (integers, exact in double
     * while below 2^53)}
     *
     * @param n the power
     */
    public static double[] powerInHermiteBasis(int n) {
        requireDegree(n);
        double[] coefficients = new double[n + 1];
        // term j = 0 is 1; the ratio of term j+1 to term j is (n-2j)(n-2j-1) / (2(j+1)).
        double term = 1.0;
        for (int j = 0; 2 * j <= n; j++) {
            coefficients[n - 2 * j] = term;
            term = term * ((n - 2.0 * j) * (n - 2.0 * j - 1)) / (2.0 * (j + 1));
        }
        return coefficients;
    }

    private static void requireDegree(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("Hermite degree must be >= 0, got: " + k);
        }
    }
}
