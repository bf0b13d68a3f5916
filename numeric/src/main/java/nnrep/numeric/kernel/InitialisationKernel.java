package nnrep.numeric.kernel;

/**
 * The exact kernel of the two-layer ReLU network of Algorithm 1 at its initialisation (Damian, Lee &amp;
 * Soltanolkotabi (COLT 2022), section 2): first-layer rows w ~ N(0, I_d / d), a_j = +-1, and biases 0
 * or, for the "with biases" variant, b ~ N(0, 1) independent of w (the law of the biases of step 4).
 *
 * <p>Reduction to the arc-cosine kernels. w . x + b = wt . xt with wt = (sqrt(d) w, b) ~ N(0, I_{d+1})
 * and the augmented input xt = (x / sqrt(d), 1); without biases wt = sqrt(d) w ~ N(0, I_d) and
 * xt = x / sqrt(d). So, with s = 1 with biases and s = 0 without,
 *
 * <pre>  xt . yt = x . y / d + s,   |xt|^2 = |x|^2 / d + s,
 *  E_{w,b}[relu(w . x + b) relu(w . y + b)]     = k_1(xt, yt) / 2   (the NNGP kernel),
 *  E_{w,b}[1{w . x + b &gt;= 0} 1{w . y + b &gt;= 0}] = k_0(xt, yt) / 2,
 *  NTK(x, y) = k_1(xt, yt) / 2 + (x . y / d + s) k_0(xt, yt) / 2.</pre>
 *
 * The factor x . y / d + s of the NTK is the first layer's tangent in the NTK parametrisation: gradients
 * are taken in wt (so in sqrt(d) w, which is what "the right scaling" x . y / d means) and, with biases,
 * in b as well (its input is the constant 1). See {@link NetworkKernel} and {@link ArcCosine}.
 *
 * @param kind NNGP or NTK
 * @param d    the input dimension
 * @param bias whether the network has N(0, 1) biases
 */
public record InitialisationKernel(NetworkKernel kind, int d, boolean bias) {

    /**
     * Checks the dimension.
     *
     * @param kind NNGP or NTK
     * @param d    the input dimension
     * @param bias whether the network has N(0, 1) biases
     */
    public InitialisationKernel {
        if (d < 1) {
            throw new IllegalArgumentException("--d must be at least 1, got " + d);
        }
    }

    /**
     * {@return K(x, y) from the raw inner products x . y, |x|^2 and |y|^2 of the d-dimensional inputs}
     *
     * @param xy x . y
     * @param xx |x|^2
     * @param yy |y|^2
     */
    public double value(double xy, double xx, double yy) {
        return fromNorms(xy, augmentedNorm(xx), augmentedNorm(yy));
    }

    /**
     * {@return |xt| = sqrt(|x|^2 / d + s) for |x|^2 = {@code squaredNorm}}
     *
     * @param squaredNorm |x|^2
     */
    public double augmentedNorm(double squaredNorm) {
        return Math.sqrt(squaredNorm / d + (bias ? 1.0 : 0.0));
    }

    /**
     * {@return K(x, y) from x . y and the augmented norms |xt|, |yt| ({@link #augmentedNorm}): the fast path
     * of a kernel matrix}
     *
     * @param xy    x . y
     * @param normX |xt|
     * @param normY |yt|
     */
    public double fromNorms(double xy, double normX, double normY) {
        double dot = xy / d + (bias ? 1.0 : 0.0);
        double norms = normX * normY;
        // a zero augmented input has relu(w . xt) = 0 for every w: any cosine gives K = 0
        double cosine = norms > 0.0 ? dot / norms : 0.0;
        return kind.onAugmented(dot, normX, normY, cosine);
    }

    /**
     * {@return K(x, y) for inputs stored at {@code x[xOffset .. xOffset + d)} and {@code y[yOffset ..]}}
     *
     * @param x       the array holding x
     * @param xOffset where x starts in it
     * @param y       the array holding y
     * @param yOffset where y starts in it
     */
    public double value(double[] x, int xOffset, double[] y, int yOffset) {
        double xy = 0.0;
        double xx = 0.0;
        double yy = 0.0;
        for (int t = 0; t < d; t++) {
            double a = x[xOffset + t];
            double b = y[yOffset + t];
            xy += a * b;
            xx += a * a;
            yy += b * b;
        }
        return value(xy, xx, yy);
    }
}
