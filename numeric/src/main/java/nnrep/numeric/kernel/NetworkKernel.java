package nnrep.numeric.kernel;

import java.util.Locale;

/**
 * The two kernels of a two-layer ReLU network at initialisation, written on the (augmented) inputs
 * xt, yt of {@link InitialisationKernel} against first-layer weights w ~ N(0, I):
 *
 * <ul>
 * <li>{@link #NNGP}: only the second layer trains (Neal 1996; the "random features" kernel),
 *     K(x, y) = E_w[relu(w . xt) relu(w . yt)] = k_1(xt, yt) / 2;</li>
 * <li>{@link #NTK}: both layers train (Jacot, Gabriel &amp; Hongler, "Neural Tangent Kernel", NeurIPS 2018):
 *     Theta(x, y) = E_w[relu(w . xt) relu(w . yt)] + (xt . yt) E_w[1{w . xt &gt;= 0} 1{w . yt &gt;= 0}]
 *     = k_1(xt, yt) / 2 + (xt . yt) k_0(xt, yt) / 2,</li>
 * </ul>
 * with k_0, k_1 the {@link ArcCosine} kernels. The NTK is the limit, as m grows, of the tangent kernel
 * sum_j grad_theta f(x) . grad_theta f(y) of f(x) = (1/sqrt m) sum_j a_j relu(w_j . xt), a_j = +-1: the
 * head contributes relu(w_j . xt) relu(w_j . yt) / m, the first layer a_j^2 1{..} 1{..} (xt . yt) / m.
 */
public enum NetworkKernel {

    /** The NNGP kernel: the covariance of the network's output at initialisation. */
    NNGP {
        @Override
        double onAugmented(double dot, double normX, double normY, double cosine) {
            return 0.5 * ArcCosine.degreeOne(normX, normY, cosine);
        }
    },

    /** The neural tangent kernel: the inner product of the network's parameter gradients at initialisation. */
    NTK {
        /** k_1 / 2 + (xt . yt) k_0 / 2 = (|xt| |yt| J_1(theta) + (xt . yt) J_0(theta)) / (2 pi), one arccos. */
        @Override
        double onAugmented(double dot, double normX, double normY, double cosine) {
            double theta = ArcCosine.angle(cosine);
            return (normX * normY * ArcCosine.jOne(theta, cosine) + dot * ArcCosine.jZero(theta)) / (2.0 * Math.PI);
        }
    };

    /** The kernel of xt and yt given xt . yt, |xt|, |yt| and cos theta = xt . yt / (|xt| |yt|). */
    abstract double onAugmented(double dot, double normX, double normY, double cosine);

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
