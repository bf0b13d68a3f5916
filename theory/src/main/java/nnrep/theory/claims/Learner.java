package nnrep.theory.claims;

import nnrep.numeric.network.Experiment;
import nnrep.numeric.network.HeadSolver;
import nnrep.numeric.network.TrainingOptions;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.target.Basis;

/**
 * The learners the claims compare, on a Haar-random U, noiseless labels, ridge {@value #RIDGE} and
 * {@value #TEST_SAMPLES} test samples: Algorithm 1 with the paper's eta_1 = sqrt(d) and
 * lambda_1 = 1/eta_1 ({@link #PAPER}), and its lazy (kernel) regime ({@link #LAZY}). With one seed
 * both see the same U and the same training samples.
 */
enum Learner {
    PAPER("Algorithm 1 (eta1 = sqrt(d), lambda1 = 1/eta1)"),
    LAZY("lazy regime (eta1 = 1e-4, lambda1 = 0)");

    static final double RIDGE = 1e-3;
    static final int TEST_SAMPLES = 8000;

    private final String description;

    Learner(String description) {
        this.description = description;
    }

    /** The test relative MSE of one run of width m. */
    double testRelMse(Polynomial link, int d, int n, int m, long seed, int threads) {
        TrainingOptions options = this == PAPER ? TrainingOptions.paper(d, m, RIDGE, HeadSolver.CLOSED_FORM)
                : TrainingOptions.lazy(m, TrainingOptions.LAZY_ETA1, RIDGE, HeadSolver.CLOSED_FORM);
        return new Experiment(link, d, n, Basis.RANDOM, options, 0.0, TEST_SAMPLES, seed).run(threads).test().relMse();
    }

    @Override
    public String toString() {
        return description;
    }
}
