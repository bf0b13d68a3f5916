package nnrep.numeric.kernel;

/**
 * The arc-cosine kernels of degree 0 and 1 (Cho &amp; Saul, "Kernel Methods for Deep Learning",
 * NeurIPS 2009, section 2.1): for x, y in R^k, w ~ N(0, I_k) and theta the angle between x and y,
 *
 * <pre>  k_n(x, y) = 2 E_w[ 1{w . x &gt;= 0} 1{w . y &gt;= 0} (w . x)^n (w . y)^n ] = (1/pi) |x|^n |y|^n J_n(theta),
 *  J_0(theta) = pi - theta,   J_1(theta) = sin theta + (pi - theta) cos theta.</pre>
 *
 * So E_w[1{w . x &gt;= 0} 1{w . y &gt;= 0}] = k_0 / 2 and E_w[relu(w . x) relu(w . y)] = k_1 / 2. Both are
 * functions of the norms and of cos theta = x . y / (|x| |y|); cosines are clamped to [-1, 1] against
 * round-off.
 *
 * <p>The angle is computed as atan2(sin theta, cos theta) with sin theta = sqrt((1 - c)(1 + c)), which
 * J_1 needs anyway: on this JDK StrictMath.atan2 costs about a sixth of Math.acos (34 against 200 ns),
 * and the angle is the dominant cost of every kernel matrix. StrictMath keeps the result the same
 * bits in the interpreter and in compiled code.
 */
public final class ArcCosine {

    private ArcCosine() {
    }

    /**
     * {@return theta = arccos(cosine) in [0, pi], the cosine first clamped to [-1, 1]}
     *
     * @param cosine the cosine of the angle between the inputs
     */
    public static double angle(double cosine) {
        double c = clamp(cosine);
        return StrictMath.atan2(sine(c), c);
    }

    /**
     * {@return J_0(theta) = pi - theta}
     *
     * @param theta the angle between the inputs
     */
    public static double jZero(double theta) {
        return Math.PI - theta;
    }

    /**
     * {@return J_1(theta) = sin theta + (pi - theta) cos theta, for theta = {@link #angle}(cosine) in
     * [0, pi]}
     *
     * @param theta  the angle between the inputs
     * @param cosine its cosine
     */
    public static double jOne(double theta, double cosine) {
        double c = clamp(cosine);
        return sine(c) + (Math.PI - theta) * c;
    }

    /**
     * {@return k_0(x, y) = J_0(theta) / pi = 1 - theta / pi}
     *
     * @param cosine the cosine of the angle between x and y
     */
    public static double degreeZero(double cosine) {
        return jZero(angle(cosine)) / Math.PI;
    }

    /**
     * {@return k_1(x, y) = |x| |y| J_1(theta) / pi}
     *
     * @param normX  |x|
     * @param normY  |y|
     * @param cosine the cosine of the angle between x and y
     */
    public static double degreeOne(double normX, double normY, double cosine) {
        return normX * normY * jOne(angle(cosine), cosine) / Math.PI;
    }

    /** sin theta = sqrt((1 - c)(1 + c)) for a clamped cosine c (the factored form keeps it accurate near c = +-1). */
    private static double sine(double c) {
        return Math.sqrt((1.0 - c) * (1.0 + c));
    }

    private static double clamp(double cosine) {
        return Math.max(-1.0, Math.min(1.0, cosine));
    }
}
