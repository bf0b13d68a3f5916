package nnrep.numeric.linalg;

import java.util.SplittableRandom;

/** Test matrices: the Gram matrix G G^T / k of a Gaussian n x k matrix G (rank min(n, k), eigenvalues of order 1). */
final class RandomGram {

    private RandomGram() {
    }

    static double[][] of(int n, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] g = new double[n][k];
        for (double[] row : g) {
            for (int t = 0; t < k; t++) {
                row[t] = random.nextGaussian();
            }
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0.0;
                for (int t = 0; t < k; t++) {
                    s += g[i][t] * g[j][t];
                }
                a[i][j] = s / k;
            }
        }
        return a;
    }
}
