package nnrep.properties;

import java.util.function.ToDoubleFunction;

import nnrep.numeric.gauss.GaussHermiteRule;
import nnrep.numeric.gauss.NormalIntegral;
import nnrep.numeric.hermite.Activation;
import nnrep.numeric.hermite.Hermite;

/**
 * A deterministic reference for gated Gaussian expectations
 *
 * <pre>  E[P(y) act(e . y + b)],   y ~ N(0, I_m),  e a unit vector,  P a polynomial of degree <= p,</pre>
 *
 * the shape of every first-step quantity of Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 3,
 * once x is reduced to the span of U's rows and w. It uses neither Hermite tensors nor Stein's
 * lemma nor the closed-form activation coefficients: only quadrature.
 *
 * <p>Method. Write t = e . y ~ N(0, 1). The conditional mean Q(t) = E[P(y) | t] is a polynomial of
 * degree <= p in t (y = t e + y' with y' Gaussian and independent of t), and Hermite polynomials
 * of degree > p are orthogonal to it, so act(t + b) may be replaced by its Hermite truncation
 *
 * <pre>  A_p(t) = sum_{k <= p} (a_k / k!) He_k(t),   a_k = E[act(s + b) He_k(s)]:
 *   E[P(y) act(e . y + b)] = E[Q(t) act(t + b)] = E[Q(t) A_p(t)] = E[P(y) A_p(e . y)].</pre>
 *
 * The a_k come from adaptive quadrature split at the kink s = -b ({@link NormalIntegral}, relative
 * accuracy 1e-14 of E|act He_k|), and the last expectation from the tensor Gauss-Hermite rule with
 * p + 1 nodes per coordinate of y, exact since P(y) A_p(e . y) has degree <= 2p in each.
 */
final class GatedGaussianIntegral {

    private static final double RELATIVE_TOLERANCE = 1e-14;

    private final double[] e;
    private final int degree;
    private final GaussHermiteRule rule;
    private final double[] truncation;

    /**
     * @param e      the gate's direction, a unit vector of R^m (m >= 1)
     * @param degree p, a bound on the degree of the polynomials to integrate
     */
    GatedGaussianIntegral(double[] e, Activation act, double b, int degree) {
        this.e = e.clone();
        this.degree = degree;
        this.rule = GaussHermiteRule.of(degree + 1);
        this.truncation = new double[degree + 1];
        for (int k = 0; k <= degree; k++) {
            int order = k;
            double a = NormalIntegral.expect(s -> act.apply(s + b) * Hermite.he(order, s), -b, RELATIVE_TOLERANCE);
            truncation[k] = a / Hermite.factorial(k);
        }
    }

    /** E[P(y) act(e . y + b)] for a polynomial P of degree <= p (the array passed to P is reused). */
    double expect(ToDoubleFunction<double[]> polynomial) {
        return rule.expect(e.length, y -> polynomial.applyAsDouble(y) * truncatedActivation(dot(e, y)));
    }

    /** A_p(t) = sum_{k <= p} (a_k / k!) He_k(t). */
    private double truncatedActivation(double t) {
        double[] he = Hermite.upTo(degree, t);
        double sum = 0.0;
        for (int k = 0; k <= degree; k++) {
            sum += truncation[k] * he[k];
        }
        return sum;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0.0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
