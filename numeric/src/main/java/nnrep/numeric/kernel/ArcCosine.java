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
 */
public final class ArcCosine {

    private ArcCosine() {
    }

    /** theta = arccos(cosine), the cosine first clamped to [-1, 1]. */
    public static double angle(double cosine) {
        return Math.acos(clamp(cosine));
    }

    /** J_0(theta) = pi - theta. */
    public static double jZero(double theta) {
        return Math.PI - theta;
    }

    /** J_1(theta) = sin theta + (pi - theta) cos theta, for theta = {@link #angle}(cosine) in [0, pi]. */
    public static double jOne(double theta, double cosine) {
        double c = clamp(cosine);
        return Math.sqrt((1.0 - c) * (1.0 + c)) + (Math.PI - theta) * c;
    }

    /** k_0(x, y) = J_0(theta) / pi = 1 - theta / pi. */
    public static double degreeZero(double cosine) {
        return jZero(angle(cosine)) / Math.PI;
    }

    /** k_1(x, y) = |x| |y| J_1(theta) / pi. */
    public static double degreeOne(double normX, double normY, double cosine) {
        return normX * normY * jOne(angle(cosine), cosine) / Math.PI;
    }

    private static double clamp(double cosine) {
        return Math.max(-1.0, Math.min(1.0, cosine));
    }
}
