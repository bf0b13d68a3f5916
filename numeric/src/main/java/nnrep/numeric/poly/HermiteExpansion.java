package nnrep.numeric.poly;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.ObjDoubleConsumer;

import nnrep.numeric.hermite.Hermite;

/**
 * The exact Hermite expansion of a polynomial, f(z) = sum_alpha h_alpha He_alpha(z) with
 * He_alpha(z) = prod_i He_{alpha_i}(z_i). Since E[He_alpha He_beta] = alpha! delta_alpha,beta for
 * z ~ N(0, I_r), h_alpha = E[f He_alpha] / alpha!, E f = h_0 and E f^2 = sum_alpha h_alpha^2 alpha!
 * (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 1). Immutable; only nonzero coefficients
 * are stored.
 *
 * <p>The change of basis is done variable by variable with z^n = sum_j n!/(j!(n-2j)! 2^j) He_{n-2j}
 * ({@link Hermite#powerInHermiteBasis}) and, back, with {@link Hermite#monomialCoefficients}.
 */
public final class HermiteExpansion {

    private final int variables;
    private final MultiIndex[] indices;
    private final double[] coefficients;

    private HermiteExpansion(int variables, Map<MultiIndex, Double> terms) {
        TreeMap<MultiIndex, Double> nonzero = new TreeMap<>();
        terms.forEach((alpha, h) -> {
            if (h != 0.0) {
                nonzero.put(alpha, h);
            }
        });
        this.variables = variables;
        this.indices = nonzero.keySet().toArray(new MultiIndex[0]);
        this.coefficients = new double[indices.length];
        for (int t = 0; t < indices.length; t++) {
            coefficients[t] = nonzero.get(indices[t]);
        }
    }

    /** The Hermite expansion of f. */
    static HermiteExpansion of(Polynomial f) {
        Map<MultiIndex, Double> terms = new LinkedHashMap<>();
        f.coefficients().forEach((beta, a) -> changeBasis(beta, a, Hermite::powerInHermiteBasis, terms));
        return new HermiteExpansion(f.variables(), terms);
    }

    /** {@return the polynomial sum_alpha h_alpha He_alpha(z) back in the monomial basis} */
    public Polynomial toPolynomial() {
        Map<MultiIndex, Double> terms = new LinkedHashMap<>();
        for (int t = 0; t < indices.length; t++) {
            changeBasis(indices[t], coefficients[t], Hermite::monomialCoefficients, terms);
        }
        return Polynomial.fromTerms(variables, terms);
    }

    /** {@return r, the number of variables} */
    public int variables() {
        return variables;
    }

    /** {@return the number of nonzero coefficients} */
    public int size() {
        return indices.length;
    }

    /**
     * {@return h_alpha (0 if absent)}
     *
     * @param alpha the multi-index, r entries
     */
    public double coefficient(int... alpha) {
        return coefficient(MultiIndex.of(alpha));
    }

    /**
     * {@return h_alpha (0 if absent)}
     *
     * @param alpha the multi-index, r entries
     */
    public double coefficient(MultiIndex alpha) {
        if (alpha.variables() != variables) {
            throw new IllegalArgumentException(
                    "expected a multi-index with " + variables + " entries, got: " + alpha);
        }
        int t = Arrays.binarySearch(indices, alpha);
        return t >= 0 ? coefficients[t] : 0.0;
    }

    /**
     * Calls action(alpha, h_alpha) for every nonzero coefficient, in graded descending order.
     *
     * @param action what to do with a multi-index and its coefficient
     */
    public void forEach(ObjDoubleConsumer<MultiIndex> action) {
        for (int t = 0; t < indices.length; t++) {
            action.accept(indices[t], coefficients[t]);
        }
    }

    /** {@return E f = h_0} */
    public double mean() {
        return coefficient(MultiIndex.zero(variables));
    }

    /** {@return E f^2 = sum_alpha h_alpha^2 alpha!} */
    public double secondMoment() {
        double sum = 0.0;
        for (int t = 0; t < indices.length; t++) {
            sum += coefficients[t] * coefficients[t] * indices[t].factorial();
        }
        return sum;
    }

    /** E.g. "0.707107*He2(z1) + 0.707107*He1(z1)*He1(z2)*He1(z3)". */
    @Override
    public String toString() {
        return PolynomialFormat.format(indices, coefficients, PolynomialFormat::shortNumber,
                PolynomialFormat::hermiteProduct);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof HermiteExpansion)) {
            return false;
        }
        HermiteExpansion other = (HermiteExpansion) o;
        return variables == other.variables
                && Arrays.equals(indices, other.indices)
                && Arrays.equals(coefficients, other.coefficients);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * variables + Arrays.hashCode(indices)) + Arrays.hashCode(coefficients);
    }

    /**
     * Adds c prod_i B_{beta_i}(z_i) to the accumulator, where the one-variable basis change
     * B_n = sum_m basis.apply(n)[m] E_m maps degree n of one basis to the other basis.
     */
    private static void changeBasis(MultiIndex beta, double c, IntFunction<double[]> basis,
                                    Map<MultiIndex, Double> accumulator) {
        double[][] factors = new double[beta.variables()][];
        for (int i = 0; i < factors.length; i++) {
            factors[i] = basis.apply(beta.get(i));
        }
        addProducts(factors, 0, new int[factors.length], c, accumulator);
    }

    private static void addProducts(double[][] factors, int i, int[] alpha, double c,
                                    Map<MultiIndex, Double> accumulator) {
        if (i == factors.length) {
            accumulator.merge(MultiIndex.of(alpha), c, Double::sum);
            return;
        }
        for (int m = 0; m < factors[i].length; m++) {
            if (factors[i][m] != 0.0) {
                alpha[i] = m;
                addProducts(factors, i + 1, alpha, c * factors[i][m], accumulator);
            }
        }
    }
}
