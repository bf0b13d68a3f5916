package nnrep.theory.experiments;

import nnrep.numeric.data.SampleStream;
import nnrep.numeric.gauss.RandomStreams.Purpose;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.linalg.Parallelism;
import nnrep.numeric.linalg.Products;
import nnrep.numeric.network.FirstStepGradient;
import nnrep.numeric.network.LabelMoments;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.target.Basis;
import nnrep.numeric.target.MultiIndexTarget;

/**
 * The empirical first-step gradients g_n(w_1), ..., g_n(w_k) of Algorithm 1 (Damian, Lee &amp;
 * Soltanolkotabi (COLT 2022), section 2, step 3) at k directions uniform on the unit sphere, for
 * one seed: U, the n samples and the directions all derive from it. Only the direction of w
 * matters to g_n, so these are the gradients of the paper's initialisation w ~ N(0, I/d) too.
 *
 * @param target     the target f*(x) = g(Ux) that was sampled
 * @param directions k x d, unit rows
 * @param gradients  k x d, row j = g_n(w_j) (labels preprocessed or not, as asked)
 * @param k          the number of directions
 */
public record FirstStepSample(MultiIndexTarget target, double[] directions, double[] gradients, int k) {

    public static FirstStepSample draw(Polynomial link, int d, int n, int k, boolean preprocess, long seed, int threads) {
        RandomStreams streams = new RandomStreams(seed);
        MultiIndexTarget target = MultiIndexTarget.of(link, d, Basis.RANDOM, streams);
        double[] w = unitDirections(k, d, streams);
        try (Parallelism parallelism = Parallelism.of(threads); Products products = Products.best(parallelism)) {
            SampleStream samples = SampleStream.training(target, n, 0.0, streams, parallelism);
            LabelMoments moments = preprocess ? LabelMoments.estimate(samples, products) : LabelMoments.none(d);
            return new FirstStepSample(target, w, FirstStepGradient.compute(samples, moments, w, k, products), k);
        }
    }

    /** k directions uniform on the unit sphere of R^d (normalised Gaussians). */
    public static double[] unitDirections(int k, int d, RandomStreams streams) {
        double[] w = new double[k * d];
        RandomStreams.fillGaussian(streams.stream(Purpose.INIT_WEIGHTS, 0), w, 0, k * d, 1.0);
        for (int j = 0; j < k; j++) {
            double norm = Math.sqrt(squaredNorm(w, j * d, d));
            for (int t = 0; t < d; t++) {
                w[j * d + t] /= norm;
            }
        }
        return w;
    }

    /** Row j of the directions. */
    public double[] direction(int j) {
        return row(directions, j);
    }

    /** Row j of the gradients, g_n(w_j). */
    public double[] gradient(int j) {
        return row(gradients, j);
    }

    /** sqrt((1/k) sum_j ||g_n(w_j) - reference(w_j)||^2): the root-mean-square deviation from a formula. */
    public double rmsDeviation(java.util.function.Function<double[], double[]> reference) {
        int d = target.d();
        double sum = 0.0;
        for (int j = 0; j < k; j++) {
            double[] expected = reference.apply(direction(j));
            for (int t = 0; t < d; t++) {
                double e = gradients[j * d + t] - expected[t];
                sum += e * e;
            }
        }
        return Math.sqrt(sum / k);
    }

    private double[] row(double[] matrix, int j) {
        int d = target.d();
        double[] out = new double[d];
        System.arraycopy(matrix, j * d, out, 0, d);
        return out;
    }

    private static double squaredNorm(double[] v, int offset, int length) {
        double s = 0.0;
        for (int t = 0; t < length; t++) {
            s += v[offset + t] * v[offset + t];
        }
        return s;
    }
}
