package nnrep.numeric.network;

import java.util.Locale;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;

/**
 * How the head a is trained on frozen features (Damian, Lee &amp; Soltanolkotabi (COLT 2022),
 * section 2, step 5): minimise F(a) = a^T A a - 2 v^T a + lambda ||a||^2 (see {@link NormalEquations}).
 */
public enum HeadSolver {

    /** The minimiser in closed form: a = (A + lambda I)^{-1} v, by Cholesky. */
    CLOSED_FORM {
        @Override
        public double[] solve(NormalEquations eq, double lambda) {
            int m = eq.width();
            double[][] system = new double[m][m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    system[i][j] = eq.gram()[i * m + j];
                }
                system[i][i] += lambda;
            }
            try {
                CholeskyDecomposition chol = new CholeskyDecomposition(new Array2DRowRealMatrix(system, false),
                        0.0, 0.0);
                return chol.getSolver().solve(new ArrayRealVector(eq.moment())).toArray();
            } catch (NonPositiveDefiniteMatrixException e) {
                throw new IllegalArgumentException(
                        "--ridge must be positive enough to make the head's normal equations definite, got " + lambda,
                        e);
            }
        }
    },

    /**
     * Gradient descent with weight decay from a = 0, with Nesterov's momentum for strongly convex
     * objectives: step 1/L with L = 2 (||A||_inf + lambda) (a bound on the largest eigenvalue of the
     * Hessian 2 (A + lambda I)), momentum (sqrt(L/mu) - 1)/(sqrt(L/mu) + 1) with mu = 2 lambda. It
     * stops when {@code ||grad F|| <= 1e-11 ||2 v||}; the limit is the {@link #CLOSED_FORM} solution.
     */
    GRADIENT_DESCENT {
        @Override
        public double[] solve(NormalEquations eq, double lambda) {
            if (!(lambda > 0)) {
                throw new IllegalArgumentException("--ridge must be positive for --head gd, got " + lambda);
            }
            int m = eq.width();
            double[] gram = eq.gram();
            double[] v = eq.moment();
            double lipschitz = 2.0 * (rowSumBound(gram, m) + lambda);
            double mu = 2.0 * lambda;
            double q = Math.sqrt(lipschitz / mu);
            double momentum = (q - 1.0) / (q + 1.0);
            double target = 1e-11 * 2.0 * norm(v);
            double[] previous = new double[m];
            double[] look = new double[m];
            double[] grad = new double[m];
            for (long step = 0; step < MAX_STEPS; step++) {
                gradient(gram, v, lambda, look, grad);
                if (norm(grad) <= target) {
                    return look;
                }
                for (int j = 0; j < m; j++) {
                    double next = look[j] - grad[j] / lipschitz;
                    look[j] = next + momentum * (next - previous[j]);
                    previous[j] = next;
                }
            }
            throw new IllegalStateException("--head gd did not converge in " + MAX_STEPS + " steps");
        }
    };

    private static final long MAX_STEPS = 5_000_000L;

    /**
     * {@return the trained head for the normal equations {@code eq} and ridge {@code lambda}}
     *
     * @param eq     the normal equations of the head
     * @param lambda the ridge
     */
    public abstract double[] solve(NormalEquations eq, double lambda);

    /**
     * Parses "closed-form" or "gd".
     *
     * @param text the name
     * @return the solver of that name
     */
    public static HeadSolver parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "closed-form":
                return CLOSED_FORM;
            case "gd":
                return GRADIENT_DESCENT;
            default:
                throw new IllegalArgumentException("--head must be closed-form or gd, got: " + text);
        }
    }

    @Override
    public String toString() {
        return this == CLOSED_FORM ? "closed-form" : "gd";
    }

    /** grad F(a) = 2 (A a - v + lambda a). */
    private static void gradient(double[] gram, double[] v, double lambda, double[] a, double[] out) {
        int m = v.length;
        for (int i = 0; i < m; i++) {
            double s = 0.0;
            int gi = i * m;
            for (int j = 0; j < m; j++) {
                s += gram[gi + j] * a[j];
            }
            out[i] = 2.0 * (s - v[i] + lambda * a[i]);
        }
    }

    /** max_i sum_j |A_ij|, an upper bound on the spectral radius of A (Gershgorin). */
    private static double rowSumBound(double[] gram, int m) {
        double best = 0.0;
        for (int i = 0; i < m; i++) {
            double s = 0.0;
            for (int j = 0; j < m; j++) {
                s += Math.abs(gram[i * m + j]);
            }
            best = Math.max(best, s);
        }
        return best;
    }

    private static double norm(double[] v) {
        double s = 0.0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
