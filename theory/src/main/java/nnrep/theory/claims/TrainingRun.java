package nnrep.theory.claims;

import nnrep.numeric.network.Experiment;
import nnrep.numeric.network.HeadSolver;
import nnrep.numeric.network.TrainingOptions;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.target.Basis;

/**
 * How the network claims train: Algorithm 1 with the paper's eta_1 = sqrt(d) and lambda_1 = 1/eta_1
 * ({@link #PAPER}), or the lazy kernel regime ({@link #LAZY}, a negative control), on a Haar-random
 * U, noiseless labels, ridge {@value #RIDGE}, closed-form head, {@value #TEST_SAMPLES} test samples.
 */
enum TrainingRun {
    PAPER,
    LAZY;

    static final double RIDGE = 1e-3;
    static final int TEST_SAMPLES = 8000;

    /** The test relative MSE of one run. */
    double testRelMse(Polynomial link, int d, int n, int m, long seed, int threads) {
        TrainingOptions options = this == PAPER ? TrainingOptions.paper(d, m, RIDGE, HeadSolver.CLOSED_FORM)
                : TrainingOptions.lazy(m, TrainingOptions.LAZY_ETA1, RIDGE, HeadSolver.CLOSED_FORM);
        return new Experiment(link, d, n, Basis.RANDOM, options, 0.0, TEST_SAMPLES, seed).run(threads).test().relMse();
    }

    @Override
    public String toString() {
        return this == PAPER ? "Algorithm 1 (eta1 = sqrt(d), lambda1 = 1/eta1)" : "lazy regime (eta1 = 1e-4, lambda1 = 0)";
    }
}
