package nnrep.theory.experiments;

import java.util.ArrayList;
import java.util.List;

import nnrep.numeric.data.SampleStream;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.gauss.StandardNormal;
import nnrep.numeric.hermite.Activation;
import nnrep.numeric.linalg.Parallelism;
import nnrep.numeric.linalg.Products;
import nnrep.numeric.network.AlgorithmOne;
import nnrep.numeric.network.HeadSolver;
import nnrep.numeric.network.PopulationGradient;
import nnrep.numeric.network.TrainingOptions;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.poly.SymmetricTensor;
import nnrep.numeric.target.Basis;
import nnrep.numeric.target.MultiIndexTarget;
import nnrep.theory.Measurements;

/**
 * The first layer that Algorithm 1's own code computes ({@link AlgorithmOne#firstStep}, with the paper's
 * options {@link TrainingOptions#paper}), row by row against the paper's formula (Damian, Lee &amp;
 * Soltanolkotabi (COLT 2022), section 2, step 3, and section 3):
 *
 * <pre>  w_j^(1) = 2 eta_1 a_j g_n(w_j),   eta_1 = sqrt(d),</pre>
 *
 * with g_n the empirical gradient on labels preprocessed with the empirical alpha-hat and beta-hat. Given
 * those two, its expectation over the samples is, up to O(1/n),
 *
 * <pre>  F(w) = g_pre(w) - (alpha-hat - C_0) phi(0) w - (beta-hat - U^T C_1) / 2,</pre>
 *
 * where g_pre is the Hermite-tensor formula ({@link PopulationGradient}) of the target without its parts of
 * degree 0 and 1, and the last two terms use E[x 1{w.x >= 0}] = phi(0) w and E[x x^T 1{w.x >= 0}] = I / 2
 * for a unit w. Its fluctuation is that of the gradient on exactly preprocessed labels, whose standard error
 * and rounding slack a Monte Carlo pass over the same inputs gives ({@link MonteCarloGradient}). For each of
 * the m rows and d coordinates the unit records the measured g_n = w^(1) / (2 sqrt(d) a_j), with eta_1 the
 * paper's value computed here, not read from the options under test, the predicted F, the standard error and
 * the slack; and the size of the step: mean_j |w_j^(1)| / (2 sqrt(d) mean_j |g_pre(w_j)|).
 */
public final class FirstStepRows {

    private FirstStepRows() {
    }

    /**
     * One replicate: the target on a Haar-random U in dimension d, n samples, width m, all from {@code seed}.
     *
     * @param options the training options under test (the paper's, or a broken variant)
     */
    public static Measurements measure(Polynomial link, int d, int n, TrainingOptions options, long seed,
            int threads) {
        RandomStreams streams = new RandomStreams(seed);
        MultiIndexTarget target = MultiIndexTarget.of(link, d, Basis.RANDOM, streams);
        Polynomial higher = withoutDegreesBelowTwo(link);
        PopulationGradient formula = PopulationGradient.of(target.withLink(higher), Activation.STEP, 0.0);
        double eta = Math.sqrt(d);
        double c0 = link.mean();
        double[] c1 = lift(target, firstMoment(link));
        int half = options.width() / 2;
        try (Parallelism parallelism = Parallelism.of(threads); Products products = Products.best(parallelism)) {
            AlgorithmOne.FirstStep step = AlgorithmOne.firstStep(SampleStream.training(target, n, 0.0, streams,
                    parallelism), options, streams, products);
            List<MonteCarloGradient.Gate> gates = new ArrayList<>();
            double[][] directions = new double[half][];
            for (int j = 0; j < half; j++) {
                directions[j] = unit(step.init().halfWeights(), j, d);
                gates.add(new MonteCarloGradient.Gate(Activation.STEP, 0.0, directions[j]));
            }
            List<MonteCarloGradient.Estimate> noise = MonteCarloGradient.estimate(SampleStream.training(
                    target.withLink(higher), n, 0.0, streams, parallelism), gates, parallelism);
            int rows = 2 * half;
            double[][] columns = new double[4][rows * d];
            List<String> cases = new ArrayList<>();
            double rowNorms = 0.0;
            double formulaNorms = 0.0;
            double alphaShift = (step.moments().alpha() - c0) * StandardNormal.density(0.0);
            for (int row = 0; row < rows; row++) {
                int j = row % half;
                double a = row < half ? step.init().halfSigns()[j] : -step.init().halfSigns()[j];
                double[] g = formula.at(directions[j]);
                MonteCarloGradient.Estimate e = noise.get(j);
                double norm = 0.0;
                double formulaNorm = 0.0;
                for (int t = 0; t < d; t++) {
                    double w1 = step.w1()[row * d + t];
                    int at = row * d + t;
                    columns[0][at] = g[t] - alphaShift * directions[j][t] - (step.moments().beta()[t] - c1[t]) / 2;
                    columns[1][at] = w1 / (2.0 * eta * a);
                    columns[2][at] = e.standardError()[t];
                    columns[3][at] = e.roundingSlack()[t];
                    norm += w1 * w1;
                    formulaNorm += g[t] * g[t];
                }
                rowNorms += Math.sqrt(norm);
                formulaNorms += Math.sqrt(formulaNorm);
                cases.add("row " + row + " (a = " + (a > 0 ? "+1" : "-1") + ")");
            }
            return Measurements.builder().texts("cases", cases).numbers("formula", columns[0])
                    .numbers("measured", columns[1]).numbers("standardError", columns[2])
                    .numbers("roundingSlack", columns[3])
                    .number("rowNormRatio", rowNorms / (2.0 * eta * formulaNorms)).build();
        }
    }

    /** f - C_0 - C_1 . z: the polynomial without its Hermite components of degree 0 and 1. */
    public static Polynomial withoutDegreesBelowTwo(Polynomial f) {
        int r = f.variables();
        Polynomial rest = f.minus(Polynomial.constant(r, f.mean()));
        double[] c1 = firstMoment(f);
        for (int i = 0; i < r; i++) {
            rest = rest.minus(Polynomial.variable(r, i).scale(c1[i]));
        }
        return rest;
    }

    /** C_1 = E[grad f], in R^r. */
    public static double[] firstMoment(Polynomial f) {
        SymmetricTensor c1 = f.steinTensor(1);
        double[] out = new double[f.variables()];
        for (int i = 0; i < out.length; i++) {
            out[i] = c1.get(i);
        }
        return out;
    }

    /** U^T v for v in R^r. */
    private static double[] lift(MultiIndexTarget target, double[] v) {
        int d = target.d();
        double[] u = target.basis();
        double[] out = new double[d];
        for (int i = 0; i < v.length; i++) {
            for (int t = 0; t < d; t++) {
                out[t] += u[i * d + t] * v[i];
            }
        }
        return out;
    }

    /** Row j of a row-major k x d matrix, normalised to unit length. */
    private static double[] unit(double[] rows, int j, int d) {
        double norm = 0.0;
        double[] w = new double[d];
        for (int t = 0; t < d; t++) {
            w[t] = rows[j * d + t];
            norm += w[t] * w[t];
        }
        norm = Math.sqrt(norm);
        for (int t = 0; t < d; t++) {
            w[t] /= norm;
        }
        return w;
    }

    /** The options of the paper at width m, with the audit's head ridge (unused by the first step). */
    public static TrainingOptions paper(int d, int width) {
        return TrainingOptions.paper(d, width, Learner.RIDGE, HeadSolver.CLOSED_FORM);
    }
}
