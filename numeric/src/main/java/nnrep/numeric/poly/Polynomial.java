package nnrep.numeric.poly;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import nnrep.numeric.hermite.Hermite;

/**
 * An exact, immutable, sparse polynomial f(z) = sum_beta a_beta z^beta in the monomial basis over
 * the variables z1..zr (r = {@link #variables()}, 0-based index i for z_{i+1} in the API).
 * Used for the link function g of a target f*(x) = g(Ux) and for its Hermite tensors
 * C_k = E[grad^k g(z)], z ~ N(0, I_r) (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 1).
 *
 * <p>Arithmetic is exact up to the rounding of the coefficient operations; terms whose
 * coefficient is exactly 0 are dropped, and every coefficient must stay finite. Binary operations
 * accept operands with different r and return a polynomial in max(r, r') variables. equals and
 * hashCode compare r and the coefficients exactly. {@link #evaluate} is allocation-free: the terms
 * are precompiled to flat arrays.
 */
public final class Polynomial {

    private final int variables;
    private final MultiIndex[] monomials;
    private final double[] coefficients;
    /** Term t is coefficients[t] times the product of z[factorVariable[f]], f in [factorStart[t], factorStart[t+1]). */
    private final int[] factorStart;
    private final int[] factorVariable;
    private volatile HermiteExpansion expansion;

    private Polynomial(int variables, MultiIndex[] monomials, double[] coefficients) {
        this.variables = variables;
        this.monomials = monomials;
        this.coefficients = coefficients;
        this.factorStart = new int[monomials.length + 1];
        int factors = 0;
        for (int t = 0; t < monomials.length; t++) {
            factorStart[t] = factors;
            factors += monomials[t].order();
        }
        factorStart[monomials.length] = factors;
        this.factorVariable = new int[factors];
        int f = 0;
        for (MultiIndex beta : monomials) {
            for (int i = 0; i < variables; i++) {
                for (int e = 0; e < beta.get(i); e++) {
                    factorVariable[f++] = i;
                }
            }
        }
    }

    /**
     * The polynomial sum of terms.get(beta) z^beta in r variables; zero coefficients are dropped.
     *
     * @throws IllegalArgumentException if a coefficient is not finite or a multi-index does not
     *     have r entries
     */
    static Polynomial fromTerms(int r, Map<MultiIndex, Double> terms) {
        requireVariables(r);
        TreeMap<MultiIndex, Double> sorted = new TreeMap<>();
        terms.forEach((beta, a) -> {
            if (beta.variables() != r) {
                throw new IllegalArgumentException("monomial " + beta + " is not in " + r + " variables");
            }
            if (!Double.isFinite(a)) {
                throw new IllegalArgumentException("polynomial coefficient is not finite: " + a);
            }
            if (a != 0.0) {
                sorted.put(beta, a);
            }
        });
        MultiIndex[] monomials = sorted.keySet().toArray(new MultiIndex[0]);
        double[] coefficients = new double[monomials.length];
        for (int t = 0; t < monomials.length; t++) {
            coefficients[t] = sorted.get(monomials[t]);
        }
        return new Polynomial(r, monomials, coefficients);
    }

    /**
     * {@return the constant c in r variables}
     *
     * @param r the number of variables, at least 0
     * @param c the constant
     */
    public static Polynomial constant(int r, double c) {
        return monomial(c, MultiIndex.zero(r));
    }

    /**
     * {@return the single term c z^beta, in beta.variables() variables}
     *
     * @param c    the coefficient
     * @param beta the exponents
     */
    public static Polynomial monomial(double c, MultiIndex beta) {
        return fromTerms(beta.variables(), Map.of(beta, c));
    }

    /**
     * {@return the variable z_{i+1} among r variables}
     *
     * @param r the number of variables
     * @param i the variable, 0-based
     */
    public static Polynomial variable(int r, int i) {
        requireIndex(r, i);
        return monomial(1.0, MultiIndex.unit(r, i));
    }

    /**
     * {@return He_k(z_{i+1}) among r variables, from {@link Hermite#monomialCoefficients}}
     *
     * @param r the number of variables
     * @param i the variable, 0-based
     * @param k the degree
     */
    public static Polynomial hermite(int r, int i, int k) {
        requireIndex(r, i);
        double[] a = Hermite.monomialCoefficients(k);
        Map<MultiIndex, Double> terms = new LinkedHashMap<>();
        for (int j = 0; j <= k; j++) {
            terms.put(MultiIndex.zero(r).with(i, j), a[j]);
        }
        return fromTerms(r, terms);
    }

    /**
     * {@return f + g}
     *
     * @param other g
     */
    public Polynomial plus(Polynomial other) {
        int r = Math.max(variables, other.variables);
        Map<MultiIndex, Double> sum = new LinkedHashMap<>();
        addTo(sum, r);
        other.addTo(sum, r);
        return fromTerms(r, sum);
    }

    /**
     * {@return f - g}
     *
     * @param other g
     */
    public Polynomial minus(Polynomial other) {
        return plus(other.scale(-1.0));
    }

    /**
     * {@return f g}
     *
     * @param other g
     */
    public Polynomial times(Polynomial other) {
        int r = Math.max(variables, other.variables);
        Map<MultiIndex, Double> product = new LinkedHashMap<>();
        for (int s = 0; s < monomials.length; s++) {
            for (int t = 0; t < other.monomials.length; t++) {
                MultiIndex beta = monomials[s].plus(other.monomials[t]).withVariables(r);
                product.merge(beta, coefficients[s] * other.coefficients[t], Double::sum);
            }
        }
        return fromTerms(r, product);
    }

    /**
     * {@return c f}
     *
     * @param c a number
     */
    public Polynomial scale(double c) {
        Map<MultiIndex, Double> scaled = new LinkedHashMap<>();
        for (int t = 0; t < monomials.length; t++) {
            scaled.put(monomials[t], c * coefficients[t]);
        }
        return fromTerms(variables, scaled);
    }

    /**
     * {@return f^e (f^0 = 1), by repeated squaring}
     *
     * @param e the power, an integer at least 0
     */
    public Polynomial power(int e) {
        if (e < 0) {
            throw new IllegalArgumentException("exponent must be >= 0, got: " + e);
        }
        Polynomial result = constant(variables, 1.0);
        Polynomial square = this;
        for (int rest = e; rest > 0; rest >>= 1) {
            if ((rest & 1) == 1) {
                result = result.times(square);
            }
            if (rest > 1) {
                square = square.times(square);
            }
        }
        return result;
    }

    /**
     * {@return the same polynomial seen as a function of r variables}
     *
     * @param r the number of variables, at least {@link #variables()}
     */
    public Polynomial withVariables(int r) {
        if (r < variables) {
            throw new IllegalArgumentException(
                    "cannot embed a polynomial in " + variables + " variables into " + r);
        }
        Map<MultiIndex, Double> embedded = new LinkedHashMap<>();
        addTo(embedded, r);
        return fromTerms(r, embedded);
    }

    /**
     * {@return d f / d z_{i+1}, in the same number of variables}
     *
     * @param i the variable, 0-based
     */
    public Polynomial derivative(int i) {
        requireIndex(variables, i);
        Map<MultiIndex, Double> derivative = new LinkedHashMap<>();
        for (int t = 0; t < monomials.length; t++) {
            int e = monomials[t].get(i);
            if (e > 0) {
                derivative.put(monomials[t].with(i, e - 1), e * coefficients[t]);
            }
        }
        return fromTerms(variables, derivative);
    }

    /** {@return r, the number of variables} */
    public int variables() {
        return variables;
    }

    /** {@return the total degree (0 for constants, including the zero polynomial)} */
    public int degree() {
        return monomials.length == 0 ? 0 : monomials[0].order();
    }

    /** {@return whether every coefficient is 0} */
    public boolean isZero() {
        return monomials.length == 0;
    }

    /** {@return whether no variable occurs (degree 0)} */
    public boolean isConstant() {
        return degree() == 0;
    }

    /**
     * {@return the coefficient a_beta of z^beta (0 if absent)}
     *
     * @param beta the exponents, r entries
     */
    public double coefficient(int... beta) {
        if (beta.length != variables) {
            throw new IllegalArgumentException("expected " + variables + " exponents, got: " + beta.length);
        }
        int t = Arrays.binarySearch(monomials, MultiIndex.of(beta));
        return t >= 0 ? coefficients[t] : 0.0;
    }

    /** {@return the nonzero coefficients by monomial, in graded descending order (unmodifiable)} */
    public Map<MultiIndex, Double> coefficients() {
        Map<MultiIndex, Double> terms = new LinkedHashMap<>();
        addTo(terms, variables);
        return Collections.unmodifiableMap(terms);
    }

    /** {@return max_beta |a_beta|, the largest absolute coefficient (0 for the zero polynomial)} */
    public double maxAbsCoefficient() {
        double max = 0.0;
        for (double a : coefficients) {
            max = Math.max(max, Math.abs(a));
        }
        return max;
    }

    /**
     * {@return f(z) for z.length >= variables() (extra entries ignored)} Allocation-free; cost one
     * multiplication per variable factor of each term.
     *
     * @param z the point
     */
    public double evaluate(double[] z) {
        if (z.length < variables) {
            throw new IllegalArgumentException(
                    "point has " + z.length + " coordinates, polynomial needs " + variables);
        }
        double sum = 0.0;
        for (int t = 0; t < coefficients.length; t++) {
            double product = coefficients[t];
            for (int f = factorStart[t]; f < factorStart[t + 1]; f++) {
                product *= z[factorVariable[f]];
            }
            sum += product;
        }
        return sum;
    }

    /** {@return the exact expansion f = sum_alpha h_alpha He_alpha(z) (computed once, then cached)} */
    public HermiteExpansion hermiteCoefficients() {
        HermiteExpansion cached = expansion;
        if (cached == null) {
            cached = HermiteExpansion.of(this);
            expansion = cached;
        }
        return cached;
    }

    /** {@return E f(z), z ~ N(0, I_r): the Hermite coefficient h_0} */
    public double mean() {
        return hermiteCoefficients().mean();
    }

    /** {@return E f(z)^2 = sum_alpha h_alpha^2 alpha!, z ~ N(0, I_r) (exact)} */
    public double secondMoment() {
        return hermiteCoefficients().secondMoment();
    }

    /**
     * {@return C_k = E[grad^k f(z)], z ~ N(0, I_r), as a symmetric k-tensor} By Stein's lemma
     * E[d^alpha f] = E[f He_alpha] = alpha! h_alpha, so the entry at tensor indices (i1..ik) is
     * alpha! h_alpha with alpha the counts of the indices (Damian, Lee &amp; Soltanolkotabi
     * (COLT 2022), section 1). C_k = 0 for k > degree().
     *
     * @param k the order
     */
    public SymmetricTensor steinTensor(int k) {
        HermiteExpansion h = hermiteCoefficients();
        return SymmetricTensor.of(k, variables, alpha -> alpha.factorial() * h.coefficient(alpha));
    }

    /** {@return H = C_2 = E[grad^2 f(z)] as an r x r array} */
    public double[][] hessianMean() {
        return steinTensor(2).toMatrix();
    }

    /** {@return in the expression language of cli.md, coefficients printed exactly (Double.toString)} */
    public String toExpression() {
        return PolynomialFormat.format(monomials, coefficients, Double::toString, PolynomialFormat::monomial);
    }

    /** Readable, coefficients to 6 significant digits, e.g. "0.408248*z1^2 + z1*z2*z3 - 0.5". */
    @Override
    public String toString() {
        return PolynomialFormat.format(monomials, coefficients, PolynomialFormat::shortNumber,
                PolynomialFormat::monomial);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Polynomial)) {
            return false;
        }
        Polynomial other = (Polynomial) o;
        return variables == other.variables
                && Arrays.equals(monomials, other.monomials)
                && Arrays.equals(coefficients, other.coefficients);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * variables + Arrays.hashCode(monomials)) + Arrays.hashCode(coefficients);
    }

    /** Adds this polynomial's terms, embedded in r variables, to the accumulator. */
    private void addTo(Map<MultiIndex, Double> accumulator, int r) {
        for (int t = 0; t < monomials.length; t++) {
            accumulator.merge(monomials[t].withVariables(r), coefficients[t], Double::sum);
        }
    }

    private static void requireVariables(int r) {
        if (r < 0) {
            throw new IllegalArgumentException("number of variables must be >= 0, got: " + r);
        }
    }

    private static void requireIndex(int r, int i) {
        requireVariables(r);
        if (i < 0 || i >= r) {
            throw new IllegalArgumentException("variable index must be in 0.." + (r - 1) + ", got: " + i);
        }
    }
}
