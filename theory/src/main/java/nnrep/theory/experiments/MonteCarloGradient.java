package nnrep.theory.experiments;

import java.util.ArrayList;
import java.util.List;

import nnrep.numeric.data.Chunk;
import nnrep.numeric.data.SampleStream;
import nnrep.numeric.hermite.Activation;
import nnrep.numeric.linalg.Parallelism;

/**
 * Monte Carlo estimates of gated first moments E[y x act(w . x + b)] (the population gradient
 * of Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 3) for several gates on one stream of
 * samples (x, y), with a per-coordinate standard error.
 *
 * <p>For each gate and coordinate t the summands are T_i = y_i x_{i,t} act(w . x_i + b); the
 * estimate is the sample mean, the standard error is sqrt(s^2 / N) with s^2 the unbiased sample
 * variance, and the rounding slack gamma_N sqrt(mean of T_i^2), gamma_N = N u / (1 - N u),
 * u = 2^-53, bounds the floating-point error of the mean (|fl(sum T_i) - sum T_i| &lt;=
 * gamma_N sum |T_i| &lt;= gamma_N sqrt(N sum T_i^2), Higham, Accuracy and Stability of Numerical
 * Algorithms, 2002, section 4.2, and Cauchy-Schwarz). The variance is formed as
 * mean(T^2) - mean(T)^2, which loses about u mean(T^2) / s^2 in relative terms: harmless here,
 * where s^2 is of the order of mean(T^2).
 *
 * <p>Determinism: chunks are read in order (each chunk's samples come from its own random
 * streams, see {@link SampleStream}); within a chunk the gates are spread over threads, but every
 * gate's sums are accumulated by one thread in row order, so the result does not depend on the
 * number of threads.
 */
public final class MonteCarloGradient {

    private static final double UNIT_ROUNDOFF = 0x1.0p-53;

    /** The gate act(w . x + b) with w a vector of length d. */
    public record Gate(Activation act, double bias, double[] w) {
    }

    /** Per-coordinate mean, standard error and rounding slack of one gate's estimate. */
    public record Estimate(double[] mean, double[] standardError, double[] roundingSlack) {
    }

    private MonteCarloGradient() {
    }

    /** One pass over the samples; the estimates in the order of the gates. */
    public static List<Estimate> estimate(SampleStream samples, List<Gate> gates, Parallelism parallelism) {
        int d = samples.dimension();
        double[][] sums = new double[gates.size()][d];
        double[][] squares = new double[gates.size()][d];
        Chunk chunk = samples.newChunk();
        for (int c = 0; c < samples.chunks(); c++) {
            samples.read(c, chunk);
            parallelism.forRanges(gates.size(), 1, (from, to) -> {
                for (int g = from; g < to; g++) {
                    accumulate(chunk, gates.get(g), sums[g], squares[g]);
                }
            });
        }
        List<Estimate> estimates = new ArrayList<>();
        for (int g = 0; g < gates.size(); g++) {
            estimates.add(summarise(sums[g], squares[g], samples.size()));
        }
        return estimates;
    }

    /** Adds sum_i T_i and sum_i T_i^2 over the chunk's rows to the accumulators. */
    private static void accumulate(Chunk chunk, Gate gate, double[] sum, double[] squares) {
        int d = chunk.d();
        double[] x = chunk.x();
        double[] y = chunk.y();
        double[] w = gate.w();
        for (int i = 0; i < chunk.rows(); i++) {
            int row = i * d;
            double projection = 0.0;
            for (int t = 0; t < d; t++) {
                projection += w[t] * x[row + t];
            }
            double weight = y[i] * gate.act().apply(projection + gate.bias());
            if (weight == 0.0) {
                continue;
            }
            for (int t = 0; t < d; t++) {
                double term = weight * x[row + t];
                sum[t] += term;
                squares[t] += term * term;
            }
        }
    }

    private static Estimate summarise(double[] sum, double[] squares, int n) {
        int d = sum.length;
        double gamma = n * UNIT_ROUNDOFF / (1.0 - n * UNIT_ROUNDOFF);
        double[] mean = new double[d];
        double[] standardError = new double[d];
        double[] slack = new double[d];
        for (int t = 0; t < d; t++) {
            mean[t] = sum[t] / n;
            double secondMoment = squares[t] / n;
            double variance = Math.max(0.0, secondMoment - mean[t] * mean[t]) * n / (n - 1.0);
            standardError[t] = Math.sqrt(variance / n);
            slack[t] = gamma * Math.sqrt(secondMoment);
        }
        return new Estimate(mean, standardError, slack);
    }
}
