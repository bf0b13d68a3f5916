package nnrep.numeric.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Every kernel of {@link InitialisationKernel} is an expectation of products f(x) f(y), hence positive
 * semidefinite: its matrix on any points has no eigenvalue below -(round-off).
 *
 * <p>The round-off is not that of a smooth function. The NTK's gate factor k_0 = 1 - theta / pi has an
 * infinite slope in cos theta at theta = 0, so a cosine computed a few ulps away from 1 (|dc| &lt;= 1e-15)
 * moves theta by up to sqrt(2 |dc|) &lt; 5e-8 and an entry between nearly parallel inputs by up to
 * |xt| |yt| 5e-8 / (2 pi) &lt; 1e-8 max_i |xt_i|^2. (The NNGP's J_1 has zero slope there: its error is
 * quadratic, about 1e-15.) By Weyl's inequality, with ||E||_2 &lt;= n max |E_ij|, the smallest eigenvalue
 * is then at least -n 1e-8 max_i |xt_i|^2, plus the usual 1e-12 trace for the eigensolver.
 */
class KernelPositiveDefiniteProperties {

    /**
     * Random Gaussian points of random scales, plus a repeated point, a scaled copy and a negated copy
     * (the degenerate angles 0 and pi).
     */
    @Property(tries = 200)
    void kernelMatricesHaveNoNegativeEigenvalue(@ForAll NetworkKernel kind, @ForAll boolean bias,
            @ForAll @IntRange(min = 1, max = 8) int d, @ForAll @IntRange(min = 3, max = 40) int n, @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n * d];
        for (int i = 0; i < n - 3; i++) {
            double scale = Math.exp(random.nextGaussian());
            for (int t = 0; t < d; t++) {
                x[i * d + t] = scale * random.nextGaussian();
            }
        }
        for (int t = 0; t < d; t++) {
            x[(n - 3) * d + t] = x[t];
            x[(n - 2) * d + t] = 3.0 * x[t];
            x[(n - 1) * d + t] = -x[t];
        }
        InitialisationKernel k = new InitialisationKernel(kind, d, bias);
        double[][] matrix = new double[n][n];
        double trace = 0.0;
        double largestNorm = 0.0;
        for (int i = 0; i < n; i++) {
            double squaredNorm = 0.0;
            for (int j = 0; j < n; j++) {
                matrix[i][j] = k.value(x, i * d, x, j * d);
            }
            for (int t = 0; t < d; t++) {
                squaredNorm += x[i * d + t] * x[i * d + t];
            }
            trace += matrix[i][i];
            largestNorm = Math.max(largestNorm, Math.pow(k.augmentedNorm(squaredNorm), 2));
        }
        assertThat(matrix[0][1]).isEqualTo(matrix[1][0]);
        double[] eigenvalues = new EigenDecomposition(new Array2DRowRealMatrix(matrix)).getRealEigenvalues();
        for (double lambda : eigenvalues) {
            assertThat(lambda).isGreaterThanOrEqualTo(-n * 1e-8 * largestNorm - 1e-12 * trace);
        }
    }
}
