package nnrep.numeric.poly;

import java.util.List;

/**
 * The named targets of cli.md (section "Targets"), each a link function g on R^r with
 * E g(z)^2 = 1, E g = 0, no linear part, and H = E[grad^2 g] of full rank r, as the non-degeneracy
 * assumption of Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 1, requires.
 *
 * <ul>
 *   <li>"quad-cubic" (r = 3, degree 3, the default):
 *     g = [ (He2(z1) + He2(z2) + He2(z3)) / sqrt(6) + z1 z2 z3 ] / sqrt(2).
 *     The quadratic and cubic parts have variance 1/2 each; H = (2 / sqrt 12) I_3 (kappa = 1);
 *     C_3 has entries 1 / sqrt 2 at the permutations of (1, 2, 3); C_4 = 0.</li>
 *   <li>"quartic" (r = 2, degree 4): g = (z1^2 z2^2 - 1) / (2 sqrt 2)
 *     = [ (He2(z1) + He2(z2)) / 2 + He2(z1) He2(z2) / 2 ] / sqrt(2).
 *     The quadratic and quartic Hermite parts have variance 1/2 each; H = I_2 / sqrt 2
 *     (kappa = 1); C_1 = C_3 = 0 (g is even in each coordinate); C_4 has entries sqrt 2 at the
 *     arrangements of (1, 1, 2, 2). A kernel method with n ~ d^2 samples learns at most the
 *     quadratic part (section 4), so its relative error stays >= 1/2.</li>
 * </ul>
 */
public final class Presets {

    private static final List<String> NAMES = List.of("quad-cubic", "quartic");

    private Presets() {
    }

    /**
     * {@return the preset's link function g}
     *
     * @param name the preset's name
     */
    public static Polynomial named(String name) {
        switch (name) {
            case "quad-cubic":
                return quadCubic();
            case "quartic":
                return quartic();
            default:
                throw new IllegalArgumentException(
                        "--preset must be one of: " + String.join(", ", NAMES) + "; got: " + name);
        }
    }

    /** {@return the preset names, the default first} */
    public static List<String> names() {
        return NAMES;
    }

    private static Polynomial quadCubic() {
        Polynomial quadratic = Polynomial.hermite(3, 0, 2)
                .plus(Polynomial.hermite(3, 1, 2))
                .plus(Polynomial.hermite(3, 2, 2))
                .scale(1.0 / Math.sqrt(6.0));
        Polynomial cubic = Polynomial.variable(3, 0)
                .times(Polynomial.variable(3, 1))
                .times(Polynomial.variable(3, 2));
        return quadratic.plus(cubic).scale(1.0 / Math.sqrt(2.0));
    }

    private static Polynomial quartic() {
        Polynomial squares = Polynomial.variable(2, 0).times(Polynomial.variable(2, 1)).power(2);
        return squares.minus(Polynomial.constant(2, 1.0)).scale(1.0 / (2.0 * Math.sqrt(2.0)));
    }
}
