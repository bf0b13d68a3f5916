package nnrep.numeric.gauss;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Adaptive quadrature of E[h(z)] = integral of h(z) phi(z) dz, z ~ N(0, 1), for h smooth except
 * at one known breakpoint t (a kink or a jump; for act(z + b), t = -b). It is the independent
 * check of the closed-form Hermite coefficients (Damian, Lee &amp; Soltanolkotabi (COLT 2022),
 * section 3), so it shares no code with {@link GaussHermiteRule}.
 *
 * <p>Method: the range is truncated to [-40, 40] (phi(40) is about 1.5e-348, below the smallest
 * double, so polynomially growing h lose nothing), cut at t, split into panels of width at most 2,
 * and each panel is integrated with Gauss-Legendre rules of 10 and 20 points. A panel is accepted
 * when the two agree to within its share (proportional to its width) of the absolute tolerance
 * relTol * E|h(z)| (E|h| estimated by the 20-point rule on the initial panels), or to within
 * round-off (100 ulp of the panel's integral of |h phi|); otherwise it is bisected. The
 * 20-point value (exact for degree 39) is kept, so the accepted error estimates are those of the
 * 10-point rule and are pessimistic. Panels are summed in a fixed order. At most
 * {@value #MAX_PANELS} panels are evaluated in all: an integrand that is nothing but round-off
 * (a cancellation that leaves noise) never passes either test, and without a total budget the
 * bisection would run to its depth limit on every panel, 2^50 evaluations each.
 */
public final class NormalIntegral {

    private static final double HALF_WIDTH = 40.0;
    private static final double MAX_PANEL_WIDTH = 2.0;
    private static final int MAX_DEPTH = 50;
    /** Panels evaluated in all, over every bisection of one integral. */
    static final int MAX_PANELS = 1 << 16;
    /** Disagreements below this multiple of a panel's integral of |h phi| are round-off. */
    private static final double ROUND_OFF = 100 * Math.ulp(1.0);
    private static final GaussIntegrator COARSE = legendre(10);
    private static final GaussIntegrator FINE = legendre(20);

    private final DoubleUnaryOperator integrand;
    private final double tolerancePerUnitWidth;
    private int panels;

    private NormalIntegral(DoubleUnaryOperator integrand, double tolerancePerUnitWidth) {
        this.integrand = integrand;
        this.tolerancePerUnitWidth = tolerancePerUnitWidth;
    }

    /**
     * {@return E[h(z)] for z ~ N(0, 1), to an absolute accuracy of about relTol * E|h(z)|, integrating
     * separately on each side of the breakpoint}
     *
     * @param h          the integrand, smooth except at the breakpoint
     * @param breakpoint t, where h may have a kink or a jump
     * @param relTol     the accuracy asked for, relative to E|h(z)|
     * @throws IllegalArgumentException if relTol is not in (0, 1) or breakpoint is NaN
     * @throws ArithmeticException if 50 bisections, or {@value #MAX_PANELS} panels in all, do not
     *     reach the tolerance (h has a singularity away from the breakpoint, or is round-off noise)
     */
    public static double expect(DoubleUnaryOperator h, double breakpoint, double relTol) {
        if (!(relTol > 0.0 && relTol < 1.0)) {
            throw new IllegalArgumentException("relTol must be in (0, 1), got: " + relTol);
        }
        if (Double.isNaN(breakpoint)) {
            throw new IllegalArgumentException("breakpoint must not be NaN");
        }
        DoubleUnaryOperator weighted = z -> h.applyAsDouble(z) * StandardNormal.density(z);
        double[] cuts = panelCuts(breakpoint);
        double scale = 0.0;
        for (int i = 0; i + 1 < cuts.length; i++) {
            scale += apply(FINE, weighted, cuts[i], cuts[i + 1])[1];
        }
        double tolerance = relTol * Math.max(scale, Double.MIN_NORMAL);
        NormalIntegral integral = new NormalIntegral(weighted, tolerance / (2.0 * HALF_WIDTH));
        double sum = 0.0;
        for (int i = 0; i + 1 < cuts.length; i++) {
            sum += integral.adaptive(cuts[i], cuts[i + 1], 0);
        }
        return sum;
    }

    /** Panel boundaries covering [-40, 40], including the breakpoint when it lies inside. */
    private static double[] panelCuts(double breakpoint) {
        boolean inside = breakpoint > -HALF_WIDTH && breakpoint < HALF_WIDTH;
        double[] pieces = inside
                ? new double[] {-HALF_WIDTH, breakpoint, HALF_WIDTH}
                : new double[] {-HALF_WIDTH, HALF_WIDTH};
        int[] panels = new int[pieces.length - 1];
        int total = 0;
        for (int i = 0; i < panels.length; i++) {
            panels[i] = (int) Math.ceil((pieces[i + 1] - pieces[i]) / MAX_PANEL_WIDTH);
            total += panels[i];
        }
        double[] cuts = new double[total + 1];
        int next = 0;
        for (int i = 0; i < panels.length; i++) {
            double width = (pieces[i + 1] - pieces[i]) / panels[i];
            for (int j = 0; j < panels[i]; j++) {
                cuts[next++] = pieces[i] + j * width;
            }
        }
        cuts[total] = HALF_WIDTH;
        return cuts;
    }

    private double adaptive(double a, double b, int depth) {
        if (++panels > MAX_PANELS) {
            throw new ArithmeticException("NormalIntegral: no convergence within " + MAX_PANELS
                    + " panels (is h smooth away from the breakpoint, and more than round-off?)");
        }
        double[] fine = apply(FINE, integrand, a, b);
        double coarse = apply(COARSE, integrand, a, b)[0];
        double roundOff = ROUND_OFF * fine[1];
        if (Math.abs(fine[0] - coarse) <= Math.max(tolerancePerUnitWidth * (b - a), roundOff)) {
            return fine[0];
        }
        if (depth == MAX_DEPTH) {
            throw new ArithmeticException("NormalIntegral: no convergence on [" + a + ", " + b + "]");
        }
        double middle = 0.5 * (a + b);
        return adaptive(a, middle, depth + 1) + adaptive(middle, b, depth + 1);
    }

    /**
     * The Gauss-Legendre rule on [-1, 1] mapped to [a, b], applied to f and to |f|:
     * {integral of f, integral of |f|}.
     */
    private static double[] apply(GaussIntegrator rule, DoubleUnaryOperator f, double a, double b) {
        double half = 0.5 * (b - a);
        double centre = 0.5 * (a + b);
        double sum = 0.0;
        double absSum = 0.0;
        for (int i = 0; i < rule.getNumberOfPoints(); i++) {
            double term = rule.getWeight(i) * f.applyAsDouble(centre + half * rule.getPoint(i));
            sum += term;
            absSum += Math.abs(term);
        }
        return new double[] {half * sum, half * absSum};
    }

    private static GaussIntegrator legendre(int points) {
        return new GaussIntegratorFactory().legendreHighPrecision(points);
    }
}
