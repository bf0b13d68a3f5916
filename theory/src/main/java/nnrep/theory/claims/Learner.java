package nnrep.theory.claims;

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
enum Learner {
    PAPER("Algorithm 1", "Algorithm 1 (eta1 = sqrt(d), lambda1 = 1/eta1)"),
    LAZY("lazy regime", "lazy regime (eta1 = 1e-4, lambda1 = 0)"),
    NTK("NTK ridge", "kernel ridge, NTK of the network with N(0,1) biases at initialisation, best ridge on held-out"
            + " samples"),
    RANDOM_FEATURES("random features", "random features (first layer frozen at initialisation), best ridge on"
            + " held-out samples");

    static final double RIDGE = 1e-3;
    static final int TEST_SAMPLES = 8000;

    private final String label;
    private final String description;

    Learner(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** A short name for charts, tables and progress lines. */
    String label() {
        return label;
    }

    /** What one run gives: its test relative MSE and the ridge it used (the head's, or the one chosen). */
    record Fit(double testRelMse, double ridge) {
    }

    /** The test relative MSE of one run; m is the width (ignored by the kernel). */
    double testRelMse(Polynomial link, int d, int n, int m, long seed, int threads) {
        return fit(link, d, n, m, seed, threads).testRelMse();
    }

    /** One run; m is the width (ignored by the kernel). */
    Fit fit(Polynomial link, int d, int n, int m, long seed, int threads) {
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
