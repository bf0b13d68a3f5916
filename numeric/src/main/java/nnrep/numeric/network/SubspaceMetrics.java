package nnrep.numeric.network;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * How well the learned first layer W1 (m x d) has found span(U^T), the relevant subspace
 * (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 3).
 */
public final class SubspaceMetrics {

    private SubspaceMetrics() {
    }

    /**
     * {@return subspaceShare = ||W1 P_U||_F^2 / ||W1||_F^2 with P_U = U^T U (U: r x d, orthonormal rows)}
     *
     * @param w W1, m x d row-major
     * @param m the number of rows
     * @param d the input dimension
     * @param u U, r x d row-major
     * @param r the dimension of the subspace
     */
    public static double subspaceShare(double[] w, int m, int d, double[] u, int r) {
        double inside = 0.0;
        double total = 0.0;
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < r; i++) {
                double s = 0.0;
                for (int t = 0; t < d; t++) {
                    s += w[j * d + t] * u[i * d + t];
                }
                inside += s * s;
            }
            for (int t = 0; t < d; t++) {
                total += w[j * d + t] * w[j * d + t];
            }
        }
        return inside / total;
    }

    /**
     * {@return the largest principal angle, in degrees, between the top-r right singular subspace of W1 and
     * span(U^T): with V (d x r) the top-r eigenvectors of W1^T W1, the cosines of the principal angles
     * are the singular values of U V, and the largest angle is arccos of the smallest of them}
     *
     * @param w W1, m x d row-major
     * @param m the number of rows
     * @param d the input dimension
     * @param u U, r x d row-major
     * @param r the dimension of the subspace
     */
    public static double maxPrincipalAngleDegrees(double[] w, int m, int d, double[] u, int r) {
        double[][] gram = new double[d][d];
        for (int j = 0; j < m; j++) {
            int wj = j * d;
            for (int s = 0; s < d; s++) {
                double ws = w[wj + s];
                if (ws != 0.0) {
                    for (int t = s; t < d; t++) {
                        gram[s][t] += ws * w[wj + t];
                    }
                }
            }
        }
        for (int s = 0; s < d; s++) {
            for (int t = 0; t < s; t++) {
                gram[s][t] = gram[t][s];
            }
        }
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(gram, false));
        double[] values = eig.getRealEigenvalues();
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(values[y], values[x]));
        double[][] uv = new double[r][r];
        for (int c = 0; c < r; c++) {
            double[] v = eig.getEigenvector(order[c]).toArray();
            for (int i = 0; i < r; i++) {
                double s = 0.0;
                for (int t = 0; t < d; t++) {
                    s += u[i * d + t] * v[t];
                }
                uv[i][c] = s;
            }
        }
        RealMatrix cosines = new Array2DRowRealMatrix(uv, false);
        double[] sigma = new SingularValueDecomposition(cosines).getSingularValues();
        double smallest = Math.min(1.0, sigma[sigma.length - 1]);
        return Math.toDegrees(Math.acos(smallest));
    }

    /**
     * {@return mean Euclidean norm of the rows of W1}
     *
     * @param w W1, m x d row-major
     * @param m the number of rows
     * @param d the input dimension
     */
    public static double rowNormMean(double[] w, int m, int d) {
        double sum = 0.0;
        for (int j = 0; j < m; j++) {
            double s = 0.0;
            for (int t = 0; t < d; t++) {
                s += w[j * d + t] * w[j * d + t];
            }
            sum += Math.sqrt(s);
        }
        return sum / m;
    }
}
