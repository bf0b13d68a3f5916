package nnrep.theory.experiments;

import nnrep.numeric.kernel.KernelExperiment;
import nnrep.numeric.kernel.KernelMethod;
import nnrep.numeric.kernel.RidgeChoice;
import nnrep.numeric.network.Experiment;
import nnrep.numeric.network.HeadSolver;
import nnrep.numeric.network.TrainingOptions;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.target.Basis;

/**
 * The learners the claims compare, all on a Haar-random U, noiseless labels and {@value #TEST_SAMPLES}
 * test samples: Algorithm 1 with the paper's eta_1 = sqrt(d) and lambda_1 = 1/eta_1 ({@link #PAPER});
 * its lazy (kernel) regime ({@link #LAZY}), both with head ridge {@value #RIDGE}; kernel ridge with
 * the NTK of the network with N(0, 1) biases at initialisation ({@link #NTK}; without biases the
 * ReLU kernels have no odd Hermite components above degree 1, so they could never learn z1 z2 z3
 * and a lower bound on them would be vacuous); the random-features model ({@link #RANDOM_FEATURES}). The
 * two fixed-feature baselines get their best ridge on held-out samples ({@link RidgeChoice#validated()}):
 * a lower bound, and a comparison, must be against the best the kernel can do. With one seed they all
 * see the same U and the same training samples.
 */
public enum Learner {
    PAPER("Algorithm 1", "Algorithm 1 (eta1 = sqrt(d), lambda1 = 1/eta1)"),
    LAZY("lazy regime", "lazy regime (eta1 = 1e-4, lambda1 = 0)"),
    NTK("NTK ridge", "kernel ridge, NTK of the network with N(0,1) biases at initialisation, best ridge on held-out"
            + " samples"),
    RANDOM_FEATURES("random features", "random features (first layer frozen at initialisation), best ridge on"
            + " held-out samples");

    public static final double RIDGE = 1e-3;
    public static final int TEST_SAMPLES = 8000;

    private final String label;
    private final String description;

    Learner(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** A short name for charts, tables and progress lines. */
    public String label() {
        return label;
    }

    /**
     * The estimated flops of one run ({@link nnrep.theory.WorkUnit#cost}). Algorithm 1 and random
     * features: the products of a streaming pass, 4 n d m + n m^2 + 2 N d m with N the test and
     * held-out samples, plus about 30 flops per input coordinate for drawing and re-drawing the samples.
     * Kernel ridge: the Gram matrix n^2 d, about 50 flops per kernel entry for the arc-cosine formulas,
     * the factorisation n^3 (an eigendecomposition costs a few n^3 / 3) and the cross-kernels N n (d + 50).
     */
    public double cost(int d, int n, int m) {
        double heldOut = TEST_SAMPLES + RidgeChoice.VALIDATION_SAMPLES;
        if (this == NTK) {
            return (double) n * n * (d + 50.0) + Math.pow(n, 3) + heldOut * n * (d + 50.0);
        }
        return 4.0 * n * d * m + (double) n * m * m + 2.0 * heldOut * d * m + 30.0 * n * d;
    }

    /** What one run gives: its test relative MSE and the ridge it used (the head's, or the one chosen). */
    public record Fit(double testRelMse, double ridge) {
    }

    /** The test relative MSE of one run; m is the width (ignored by the kernel). */
    public double testRelMse(Polynomial link, int d, int n, int m, long seed, int threads) {
        return fit(link, d, n, m, seed, threads).testRelMse();
    }

    /** One run; m is the width (ignored by the kernel). */
    public Fit fit(Polynomial link, int d, int n, int m, long seed, int threads) {
        switch (this) {
            case PAPER:
            case LAZY:
                TrainingOptions options = this == PAPER ? TrainingOptions.paper(d, m, RIDGE, HeadSolver.CLOSED_FORM)
                        : TrainingOptions.lazy(m, TrainingOptions.LAZY_ETA1, RIDGE, HeadSolver.CLOSED_FORM);
                return new Fit(new Experiment(link, d, n, Basis.RANDOM, options, 0.0, TEST_SAMPLES, seed).run(threads)
                        .test().relMse(), RIDGE);
            default:
                KernelMethod method = this == NTK ? KernelMethod.NTK : KernelMethod.RF;
                KernelExperiment.Outcome outcome = new KernelExperiment(link, d, n, Basis.RANDOM, method, true, m,
                        RidgeChoice.validated(), false, 0.0, TEST_SAMPLES, seed).run(threads);
                return new Fit(outcome.test().relMse(), outcome.ridge());
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
