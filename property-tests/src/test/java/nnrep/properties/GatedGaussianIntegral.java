package nnrep.properties;

import java.util.function.ToDoubleFunction;

import nnrep.numeric.gauss.GaussHermiteRule;
import nnrep.numeric.gauss.NormalIntegral;
import nnrep.numeric.hermite.Activation;

/**
 * A deterministic reference for gated Gaussian expectations
 *
 * <pre>  E[P(y) act(e . y + b)],   y ~ N(0, I_m),  e a unit vector,  P a polynomial of degree <= p,</pre>
 *
 * the shape of every first-step quantity of Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 3,
 * once x is reduced to the span of U's rows and w. It shares no formula with the Hermite-tensor
 * code it checks: only quadrature.
 *
 * <p>Method: the Householder reflection H with H e_m = e is orthogonal, so y = H t with
 * t ~ N(0, I_m) and e . y = t_m. The expectation over t_1..t_{m-1} is a tensor Gauss-Hermite rule
 * with floor(p/2) + 1 nodes per variable, exact because P(H t) has degree <= p in each of them;
 * the expectation over t_m, across the gate's kink or jump at t_m = -b, is {@link NormalIntegral}
 * at relative accuracy 1e-13. NormalIntegral's accuracy is relative to E|integrand|, which is
 * useless when the inner expectation vanishes identically (it then only sees round-off); so the
 * constant {@code scale} is added to the inner expectation and scale E[act(t + b)] subtracted
 * again, which makes the accuracy about 1e-13 * scale * E[act] in absolute terms.
 */
final class GatedGaussianIntegral {

    private static final double RELATIVE_TOLERANCE = 1e-13;

    private final int m;
    private final double[][] reflection;
    private final Activation act;
    private final double b;
    private final GaussHermiteRule inner;
    private final double gateMean;

    /**
     * @param e      the gate's direction, a unit vector of R^m (m >= 1)
     * @param degree p, a bound on the degree of the polynomials to integrate
     */
    GatedGaussianIntegral(double[] e, Activation act, double b, int degree) {
        this.m = e.length;
        this.reflection = householderOnto(e);
        this.act = act;
        this.b = b;
        this.inner = GaussHermiteRule.of(degree / 2 + 1);
        this.gateMean = NormalIntegral.expect(t -> act.apply(t + b), -b, RELATIVE_TOLERANCE);
    }

    /**
     * E[P(y) act(e . y + b)]; {@code scale} should be of the order of |P| (it sets the absolute
     * accuracy). The array passed to P is reused between calls.
     */
    double expect(ToDoubleFunction<double[]> polynomial, double scale) {
        double[] t = new double[m];
        double[] y = new double[m];
        double shifted = NormalIntegral.expect(tm -> {
            t[m - 1] = tm;
            double conditional = inner.expect(m - 1, rest -> {
                System.arraycopy(rest, 0, t, 0, m - 1);
                rotate(t, y);
                return polynomial.applyAsDouble(y);
            });
            return act.apply(tm + b) * (conditional + scale);
        }, -b, RELATIVE_TOLERANCE);
        return shifted - scale * gateMean;
    }

    /** y = H t. */
    private void rotate(double[] t, double[] y) {
        for (int i = 0; i < m; i++) {
            double sum = 0.0;
            for (int j = 0; j < m; j++) {
                sum += reflection[i][j] * t[j];
            }
            y[i] = sum;
        }
    }

    /** H = I - 2 h h^T / |h|^2 with h = e_m - e, so H e_m = e (H = I when e = e_m). */
    private static double[][] householderOnto(double[] e) {
        int m = e.length;
        double[] h = new double[m];
        double squared = 0.0;
        for (int i = 0; i < m; i++) {
            h[i] = (i == m - 1 ? 1.0 : 0.0) - e[i];
            squared += h[i] * h[i];
        }
        double[][] reflection = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double projection = squared == 0.0 ? 0.0 : 2.0 * h[i] * h[j] / squared;
                reflection[i][j] = (i == j ? 1.0 : 0.0) - projection;
            }
        }
        return reflection;
    }
}
