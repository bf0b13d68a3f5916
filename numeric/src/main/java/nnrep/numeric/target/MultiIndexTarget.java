package nnrep.numeric.target;

import java.util.SplittableRandom;

import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.poly.Polynomial;

/**
 * A multi-index target f*(x) = g(U x) on R^d (Damian, Lee &amp; Soltanolkotabi (COLT 2022),
 * section 1): U is r x d with orthonormal rows, g a polynomial in r variables.
 *
 * <p>The tensors of f* are those of g pushed forward by U: C_k(f*) = (U^T)^{(x)k} C_k(g), so every
 * exact quantity (E f*^2, H, kappa) is computed on g in r dimensions.
 */
public final class MultiIndexTarget {

    private final Polynomial g;
    private final double[] u;
    private final int r;
    private final int d;

    private MultiIndexTarget(Polynomial g, double[] u, int d) {
        this.g = g;
        this.u = u;
        this.r = g.variables();
        this.d = d;
    }

    /**
     * @param g     the link polynomial in r = g.variables() variables
     * @param d     the ambient dimension, at least r
     * @param basis how U is chosen
     * @param streams the run's random streams (used only for a random basis)
     * @return the target f*(x) = g(Ux)
     */
    public static MultiIndexTarget of(Polynomial g, int d, Basis basis, RandomStreams streams) {
        int r = g.variables();
        if (r > d) {
            throw new IllegalArgumentException("--r must be at most d = " + d + ", got " + r);
        }
        double[] u = basis == Basis.CANONICAL ? canonical(r, d)
                : haar(r, d, streams.stream(RandomStreams.Purpose.BASIS, 0));
        return new MultiIndexTarget(g, u, d);
    }

    /**
     * {@return the target with the same U and another link function (for transfer learning)}
     *
     * @param other the other link function, in at most r variables
     */
    public MultiIndexTarget withLink(Polynomial other) {
        if (other.variables() > r) {
            throw new IllegalArgumentException("--target must use at most z" + r + " on this basis");
        }
        return new MultiIndexTarget(other.withVariables(r), u, d);
    }

    /** {@return g, the link function} */
    public Polynomial link() {
        return g;
    }

    /** {@return r, the dimension of the subspace} */
    public int r() {
        return r;
    }

    /** {@return d, the input dimension} */
    public int d() {
        return d;
    }

    /** {@return a copy of U, r x d, row-major} */
    public double[] basis() {
        return u.clone();
    }

    /**
     * Writes z = U x for one input x (length d) stored at {@code x[offset ..]} to {@code z}.
     *
     * @param x      the array holding x
     * @param offset where x starts in it
     * @param z      U x, written (length r)
     */
    public void project(double[] x, int offset, double[] z) {
        for (int i = 0; i < r; i++) {
            double s = 0.0;
            int ui = i * d;
            for (int t = 0; t < d; t++) {
                s += u[ui + t] * x[offset + t];
            }
            z[i] = s;
        }
    }

    /**
     * Writes f*(x_i) for the rows {@code [from, to)} of the row-major n x d matrix {@code x} to
     * {@code out[from, to)}.
     *
     * @param x    the inputs, n x d row-major
     * @param from the first row
     * @param to   one past the last row
     * @param out  the values, one per row
     */
    public void evaluate(double[] x, int from, int to, double[] out) {
        double[] z = new double[r];
        for (int i = from; i < to; i++) {
            project(x, i * d, z);
            out[i] = g.evaluate(z);
        }
    }

    private static double[] canonical(int r, int d) {
        double[] u = new double[r * d];
        for (int i = 0; i < r; i++) {
            u[i * d + i] = 1.0;
        }
        return u;
    }

    /**
     * Haar-random orthonormal rows: Gram-Schmidt (applied twice, for round-off) on a Gaussian
     * r x d matrix. Orthonormalising i.i.d. Gaussian rows gives the uniform distribution on the
     * Stiefel manifold, because the Gaussian matrix is rotation invariant.
     */
    private static double[] haar(int r, int d, SplittableRandom random) {
        double[] u = new double[r * d];
        RandomStreams.fillGaussian(random, u, 0, r * d, 1.0);
        for (int i = 0; i < r; i++) {
            for (int pass = 0; pass < 2; pass++) {
                for (int j = 0; j < i; j++) {
                    double dot = 0.0;
                    for (int t = 0; t < d; t++) {
                        dot += u[i * d + t] * u[j * d + t];
                    }
                    for (int t = 0; t < d; t++) {
                        u[i * d + t] -= dot * u[j * d + t];
                    }
                }
            }
            double norm = 0.0;
            for (int t = 0; t < d; t++) {
                norm += u[i * d + t] * u[i * d + t];
            }
            norm = Math.sqrt(norm);
            for (int t = 0; t < d; t++) {
                u[i * d + t] /= norm;
            }
        }
        return u;
    }

    @Override
    public String toString() {
        return "f*(x) = g(Ux), d=" + d + ", r=" + r + ", g=" + g;
    }
}
