package nnrep.numeric.network;

import nnrep.numeric.hermite.Activation;
import nnrep.numeric.hermite.ActivationCoefficients;
import nnrep.numeric.hermite.Hermite;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.poly.SymmetricTensor;
import nnrep.numeric.target.MultiIndexTarget;

/**
 * The exact population gradient of Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 3, for a
 * polynomial target f*(x) = g(Ux), x ~ N(0, I_d), a gate s(t) = act(t + b) and a unit vector w:
 *
 * <pre>  E[f*(x) x s(w . x)] = sum_{k>=0} (c_k / k!) C_{k+1}(w, ..., w, .)          (k copies of w)
 *                     + w sum_{k>=1} (c_k / (k-1)!) C_{k-1}(w, ..., w)        (k-1 copies of w)</pre>
 *
 * where c_k = E[s(z) He_k(z)] are the gate's Hermite coefficients ({@link ActivationCoefficients},
 * bias included) and C_k = E[grad^k f*(x)]. For s = step and b = 0 it is the expected first-step
 * feature g(w) = E[f*(x) x 1{w . x >= 0}] of Algorithm 1.
 *
 * <p>Derivation. Write s(w . x) = sum_k (c_k / k!) He_k(w . x) (valid for |w| = 1). Stein's lemma
 * E[F(x) x_i] = E[d_i F(x)] with F = f* He_k(w . x) and He_k' = k He_{k-1} gives
 * E[f* x_i He_k(w . x)] = E[d_i f* He_k(w . x)] + k w_i E[f* He_{k-1}(w . x)], and
 * E[h(x) He_k(w . x)] = E[(w . grad)^k h(x)] for unit w turns the two terms into
 * C_{k+1}(w^k, e_i) and k w_i C_{k-1}(w^{k-1}). The sums are finite: C_j = 0 for j > p = deg g.
 *
 * <p>Reduction to r dimensions. C_k(f*) = (U^T)^{(x)k} C_k(g), so with v = U w ({@code |v| <= 1}):
 * C_{k+1}(f*)(w^k, .) = U^T C_{k+1}(g)(v^k, .) and C_{k-1}(f*)(w^{k-1}) = C_{k-1}(g)(v^{k-1}).
 * Hence E[f*(x) x s(w . x)] = U^T {@link #tensorTerm}(v) + w {@link #directionTerm}(v). Only the
 * tensors of g in r dimensions are ever formed: cost O(p r^(p+1)) per direction plus O(r d) for U.
 */
public final class PopulationGradient {

    private final MultiIndexTarget target;
    private final double[] c;
    private final SymmetricTensor[] tensors;

    private PopulationGradient(MultiIndexTarget target, double[] c, SymmetricTensor[] tensors) {
        this.target = target;
        this.c = c;
        this.tensors = tensors;
    }

    /**
     * {@return the population gradient of {@code target} gated by act(t + bias): computes the Hermite
     * tensors C_0..C_p of the link function and the coefficients c_0..c_{p+1}}
     *
     * @param target f*
     * @param gate   the activation whose derivative gates the gradient
     * @param bias   b
     */
    public static PopulationGradient of(MultiIndexTarget target, Activation gate, double bias) {
        Polynomial g = target.link();
        int p = g.degree();
        SymmetricTensor[] tensors = new SymmetricTensor[p + 1];
        for (int k = 0; k <= p; k++) {
            tensors[k] = g.steinTensor(k);
        }
        return new PopulationGradient(target, ActivationCoefficients.of(gate, bias, p + 1), tensors);
    }

    /**
     * {@return E[f*(x) x act(w . x + b)] for a unit vector w in R^d: U^T tensorTerm(Uw) + w directionTerm(Uw)}
     *
     * @param w the direction, a unit vector
     * @throws IllegalArgumentException if w does not have length d or |w| differs from 1 by more
     *     than 1e-9
     */
    public double[] at(double[] w) {
        int d = target.d();
        int r = target.r();
        if (w.length != d) {
            throw new IllegalArgumentException("direction has " + w.length + " coordinates, target has d = " + d);
        }
        double squaredNorm = 0.0;
        for (double wi : w) {
            squaredNorm += wi * wi;
        }
        if (!(Math.abs(squaredNorm - 1.0) <= 1e-9)) {
            throw new IllegalArgumentException("direction must have unit norm, got |w|^2 = " + squaredNorm);
        }
        double[] v = new double[r];
        target.project(w, 0, v);
        double[] a = tensorTerm(v);
        double s = directionTerm(v);
        double[] u = target.basis();
        double[] gradient = new double[d];
        for (int t = 0; t < d; t++) {
            double sum = s * w[t];
            for (int i = 0; i < r; i++) {
                sum += u[i * d + t] * a[i];
            }
            gradient[t] = sum;
        }
        return gradient;
    }

    /**
     * {@return sum_{k=0}^{p-1} (c_k / k!) C_{k+1}(v, ..., v, .) (k copies of v), in R^r}
     *
     * @param v U w, in R^r
     */
    public double[] tensorTerm(double[] v) {
        requireSubspaceVector(v);
        double[] sum = new double[target.r()];
        for (int k = 0; k + 1 < tensors.length; k++) {
            double[] term = tensors[k + 1].contractAllButOne(v);
            double weight = c[k] / Hermite.factorial(k);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += weight * term[i];
            }
        }
        return sum;
    }

    /**
     * {@return sum_{k=1}^{p+1} (c_k / (k-1)!) C_{k-1}(v, ..., v) (k-1 copies of v)}
     *
     * @param v U w, in R^r
     */
    public double directionTerm(double[] v) {
        requireSubspaceVector(v);
        double sum = 0.0;
        for (int k = 1; k - 1 < tensors.length; k++) {
            sum += c[k] / Hermite.factorial(k - 1) * tensors[k - 1].contractAll(v);
        }
        return sum;
    }

    /** {@return the target whose gradient this is} */
    public MultiIndexTarget target() {
        return target;
    }

    private void requireSubspaceVector(double[] v) {
        if (v.length != target.r()) {
            throw new IllegalArgumentException("subspace vector has " + v.length + " coordinates, r = " + target.r());
        }
    }
}
