package nnrep.properties;

import nnrep.numeric.target.MultiIndexTarget;

/**
 * Coordinates on span(rows of U, w) for a target f*(x) = g(Ux) and a unit direction w of R^d: the
 * orthonormal frame u_1, ..., u_r (the rows of U), q = (w - U^T U w) / |w - U^T U w|. With
 * z = U x and s = q . x, the vector y = (z, s) is N(0, I_{r+1}), f*(x) = g(z), w . x = e . y with
 * e = (U w, |w - U^T U w|), and the rest of x is independent of both. Hence, for any P,
 *
 * <pre>  E[g(z) x act(w . x + b)] = U^T E[g(z) z act(e . y + b)] + q E[g(z) s act(e . y + b)],</pre>
 *
 * an (r+1)-dimensional integral. When w lies in span(U) the q-part vanishes (s is then independent
 * of the gate and of g), and q is taken to be 0.
 */
final class SpanOfUAndW {

    private final int r;
    private final int d;
    private final double[] u;
    private final double[] q;
    private final double[] e;

    SpanOfUAndW(MultiIndexTarget target, double[] w) {
        this.r = target.r();
        this.d = target.d();
        this.u = target.basis();
        double[] v = new double[r];
        target.project(w, 0, v);
        double[] residual = w.clone();
        for (int i = 0; i < r; i++) {
            for (int t = 0; t < d; t++) {
                residual[t] -= u[i * d + t] * v[i];
            }
        }
        double rho = norm(residual);
        this.q = new double[d];
        if (rho > 1e-12) {
            for (int t = 0; t < d; t++) {
                q[t] = residual[t] / rho;
            }
        } else {
            rho = 0.0;
        }
        double[] direction = new double[r + 1];
        System.arraycopy(v, 0, direction, 0, r);
        direction[r] = rho;
        double length = norm(direction);
        for (int i = 0; i <= r; i++) {
            direction[i] /= length;
        }
        this.e = direction;
    }

    /** e = (Uw, |w - U^T U w|), the gate's direction in the coordinates y = (z, s). */
    double[] gateDirection() {
        return e.clone();
    }

    /** U^T a_{0..r-1} + q a_r: a vector of R^{r+1} in these coordinates, back in R^d. */
    double[] lift(double[] a) {
        double[] x = new double[d];
        for (int t = 0; t < d; t++) {
            double sum = q[t] * a[r];
            for (int i = 0; i < r; i++) {
                sum += u[i * d + t] * a[i];
            }
            x[t] = sum;
        }
        return x;
    }

    static double norm(double[] v) {
        double sum = 0.0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }
}
