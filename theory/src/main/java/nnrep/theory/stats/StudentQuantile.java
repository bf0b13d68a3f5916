package nnrep.theory.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Upper quantiles of Student's t distribution with real degrees of freedom nu > 0 (Welch's
 * degrees of freedom are not integers): the t > 0 with
 *
 * <pre>  Q_nu(t) = P(T_nu > t) = (1/2) I_{nu / (nu + t^2)}(nu / 2, 1 / 2) = alpha</pre>
 *
 * (I the regularised incomplete beta function; Abramowitz and Stegun 26.7.1 with 26.5.27). The
 * equation is solved by Newton's method on log Q_nu(t) - log alpha, whose derivative is
 * -f_nu(t) / Q_nu(t) with f_nu the t density. It starts from the Cornish-Fisher expansion of t in
 * powers of 1/nu around the normal quantile z = z_{1-alpha} (Abramowitz and Stegun 26.7.5), which
 * is within a fraction of a percent for nu >= {@value #EXPANSION_FROM} at the levels used here,
 * and for fewer degrees of freedom, where the series diverges, from z itself, which lies below t
 * because the t tails are heavier; on the log scale a step from far below grows t by a bounded
 * factor even for heavy tails (Q_nu(t) ~ t^-nu), so the iteration needs no bracketing. It
 * evaluates the beta function two to four times where Commons Math's generic inverse (bracketing
 * and Brent's method) evaluates it tens of times; the coverage tests compute a million of these.
 */
final class StudentQuantile {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);
    private static final int MAX_ITERATIONS = 200;
    private static final double EXPANSION_FROM = 4.0;
    /** Commons Math's incomplete beta function is accurate to about 1e-12 relative; t to 1e-10 is within reach. */
    private static final double RELATIVE_TOLERANCE = 1e-10;

    private StudentQuantile() {
    }

    /**
     * The upper alpha-quantile t_{nu, 1 - alpha}.
     *
     * @param nu    degrees of freedom, positive and finite
     * @param alpha upper tail probability, in (0, 1/2)
     */
    static double upper(double nu, double alpha) {
        if (!(nu > 0.0) || Double.isInfinite(nu)) {
            throw new IllegalArgumentException("degrees of freedom must be positive and finite, got: " + nu);
        }
        if (!(alpha > 0.0 && alpha < 0.5)) {
            throw new IllegalArgumentException("upper tail probability must be in (0, 1/2), got: " + alpha);
        }
        double logDensityConstant = Gamma.logGamma((nu + 1) / 2) - Gamma.logGamma(nu / 2) - 0.5 * Math.log(nu * Math.PI);
        double logAlpha = Math.log(alpha);
        double z = STANDARD_NORMAL.inverseCumulativeProbability(1.0 - alpha);
        double t = nu >= EXPANSION_FROM ? cornishFisher(nu, z) : z;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double tail = tail(nu, t);
            double density = Math.exp(logDensityConstant - (nu + 1) / 2 * Math.log1p(t * t / nu));
            double step = (Math.log(tail) - logAlpha) * tail / density;
            double next = t + step;
            if (!(next > 0.0)) {
                next = t / 2; // an overshoot below 0 (not seen from the normal start); halve and go on
            }
            if (Math.abs(next - t) <= RELATIVE_TOLERANCE * next) {
                return next;
            }
            t = next;
        }
        throw new ArithmeticException("t quantile did not converge for nu = " + nu + ", alpha = " + alpha);
    }

    /** Abramowitz and Stegun 26.7.5: t = z + g_1(z) / nu + g_2(z) / nu^2 + g_3(z) / nu^3 + g_4(z) / nu^4. */
    private static double cornishFisher(double nu, double z) {
        double z2 = z * z;
        double g1 = z * (z2 + 1) / 4;
        double g2 = z * ((5 * z2 + 16) * z2 + 3) / 96;
        double g3 = z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / 384;
        double g4 = z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) / 92160;
        return z + (g1 + (g2 + (g3 + g4 / nu) / nu) / nu) / nu;
    }

    /**
     * Q_nu(t) for t >= 0. Near the centre (t^2 &lt; nu) the argument nu / (nu + t^2) is close to 1 and
     * would lose its distance to 1 in rounding, so the complement
     * Q_nu(t) = (1/2) (1 - I_{t^2 / (nu + t^2)}(1/2, nu/2)) is used there (I_x(a, b) = 1 - I_{1-x}(b, a)).
     */
    private static double tail(double nu, double t) {
        double t2 = t * t;
        if (t2 < nu) {
            return 0.5 * (1.0 - Beta.regularizedBeta(t2 / (nu + t2), 0.5, nu / 2));
        }
        return 0.5 * Beta.regularizedBeta(nu / (nu + t2), nu / 2, 0.5);
    }
}
