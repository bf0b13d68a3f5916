package nnrep.numeric.gauss;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

import nnrep.numeric.hermite.Hermite;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * n-point Gauss quadrature for the standard normal measure: E f(z) ~ sum_i w_i f(x_i), z ~ N(0, 1),
 * with weights summing to 1, exact for polynomials of degree {@code <= 2n - 1}. The nodes are the zeros
 * of He_n.
 *
 * <p>Construction (Golub-Welsch, then polished): the nodes start as the eigenvalues of the
 * symmetric tridiagonal Jacobi matrix of the recurrence z h_k = sqrt(k+1) h_{k+1} + sqrt(k) h_{k-1}
 * (zero diagonal, off-diagonal sqrt(1), ..., sqrt(n-1)), are refined by Newton steps on the
 * orthonormal polynomial h_n = He_n / sqrt(n!) (with h_n' = sqrt(n) h_{n-1}), and the weights are
 * the Christoffel numbers w_i = 1 / (n h_{n-1}(x_i)^2), accurate in relative terms even for the
 * tiny outer weights. Nodes and weights are made exactly symmetric. Cost O(n^2).
 * Supported sizes: {@code 1 <= n <= 200} (the normalised recurrence stays in range there).
 */
public final class GaussHermiteRule {

    /** Largest supported number of points. */
    public static final int MAX_POINTS = 200;

    private static final int NEWTON_STEPS = 3;

    private final double[] nodes;
    private final double[] weights;

    private GaussHermiteRule(double[] nodes, double[] weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    /**
     * {@return the rule with the given number of points}
     *
     * @param points n, from 1 to {@link #MAX_POINTS}
     */
    public static GaussHermiteRule of(int points) {
        if (points < 1 || points > MAX_POINTS) {
            throw new IllegalArgumentException(
                    "Gauss-Hermite points must be in 1.." + MAX_POINTS + ", got: " + points);
        }
        double[] x = jacobiEigenvalues(points);
        double[] w = new double[points];
        for (int i = 0; i < points; i++) {
            for (int step = 0; step < NEWTON_STEPS; step++) {
                double[] h = Hermite.normalisedUpTo(points, x[i]);
                x[i] -= h[points] / (Math.sqrt(points) * h[points - 1]);
            }
            double below = Hermite.normalised(points - 1, x[i]);
            w[i] = 1.0 / (points * below * below);
        }
        symmetrise(x, w);
        return new GaussHermiteRule(x, w);
    }

    /** {@return the number of points n} */
    public int points() {
        return nodes.length;
    }

    /** {@return the nodes {@code x_1 < ... < x_n} (a copy)} */
    public double[] nodes() {
        return nodes.clone();
    }

    /** {@return the weights w_1, ..., w_n, summing to 1 (a copy)} */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * {@return sum_i w_i f(x_i), the rule's value for E f(z), z ~ N(0, 1)}
     *
     * @param f the integrand
     */
    public double expect(DoubleUnaryOperator f) {
        double sum = 0.0;
        for (int i = 0; i < nodes.length; i++) {
            sum += weights[i] * f.applyAsDouble(nodes[i]);
        }
        return sum;
    }

    /**
     * {@return the tensor-product rule for E f(z), z ~ N(0, I_dims): sum over all n^dims node tuples of
     * w_{i1} ... w_{i_dims} f(x_{i1}, ..., x_{i_dims}); exact when f is a polynomial of degree
     * {@code <= 2n - 1} in each variable} The array passed to f is reused between calls (copy it to
     * keep it). Cost n^dims evaluations of f.
     *
     * @param dims the number of variables
     * @param f    the integrand
     */
    public double expect(int dims, ToDoubleFunction<double[]> f) {
        if (dims < 0) {
            throw new IllegalArgumentException("dims must be >= 0, got: " + dims);
        }
        int n = nodes.length;
        int[] index = new int[dims];
        double[] point = new double[dims];
        double sum = 0.0;
        while (true) {
            double weight = 1.0;
            for (int d = 0; d < dims; d++) {
                point[d] = nodes[index[d]];
                weight *= weights[index[d]];
            }
            sum += weight * f.applyAsDouble(point);
            int d = 0;
            while (d < dims && ++index[d] == n) {
                index[d] = 0;
                d++;
            }
            if (d == dims) {
                return sum;
            }
        }
    }

    /** Sorted eigenvalues of the n x n Jacobi matrix of the normalised Hermite recurrence. */
    private static double[] jacobiEigenvalues(int n) {
        if (n == 1) {
            return new double[] {0.0};
        }
        double[] offDiagonal = new double[n - 1];
        for (int k = 1; k < n; k++) {
            offDiagonal[k - 1] = Math.sqrt(k);
        }
        double[] eigenvalues = new EigenDecomposition(new double[n], offDiagonal).getRealEigenvalues();
        Arrays.sort(eigenvalues);
        return eigenvalues;
    }

    /** Averages mirrored entries so that x_i = -x_{n-1-i} and w_i = w_{n-1-i} exactly. */
    private static void symmetrise(double[] x, double[] w) {
        int n = x.length;
        for (int i = 0; i < n / 2; i++) {
            int j = n - 1 - i;
            double node = 0.5 * (x[j] - x[i]);
            double weight = 0.5 * (w[i] + w[j]);
            x[i] = -node;
            x[j] = node;
            w[i] = weight;
            w[j] = weight;
        }
        if (n % 2 == 1) {
            x[n / 2] = 0.0;
        }
    }
}
