package nnrep.theory.experiments;

import nnrep.numeric.kernel.KernelMethod;
import nnrep.numeric.kernel.RidgeChoice;
import nnrep.numeric.network.HeadSolver;
import nnrep.numeric.network.TrainingOptions;
import nnrep.numeric.poly.Polynomial;

/**
 * A learner the claims compare, always on a Haar-random U, noiseless labels and {@value #TEST_SAMPLES}
 * test samples: Algorithm 1 with the paper's eta_1 = sqrt(d) and lambda_1 = 1/eta_1 ({@link #PAPER}); its
 * lazy (kernel) regime ({@link #LAZY}), both with head ridge {@value #RIDGE}; kernel ridge with the NTK of the
 * network with N(0, 1) biases at initialisation ({@link #NTK}; without biases the ReLU kernels have no odd
 * Hermite components above degree 1, so they could never learn z1 z2 z3 and a lower bound on them would be
 * vacuous); the random-features model ({@link #RANDOM_FEATURES}). The two fixed-feature baselines get their
 * best ridge on held-out samples ({@link RidgeChoice#validated()}): a lower bound, and a comparison, must be
 * against the best the kernel can do. With one seed they all see the same U and the same training samples.
 *
 * <p>Claims take their learners through their constructors, so that a test can hand them a broken one
 * (a first step of the wrong size, biases left at 0, a baseline that predicts 0, ...).
 */
public interface Learner {

    /** The head's ridge of the networks. */
    double RIDGE = 1e-3;
    /** The test samples of every run. */
    int TEST_SAMPLES = 8000;

    /** Algorithm 1 as the paper states it. */
    NetworkLearner PAPER = new NetworkLearner("Algorithm 1", "Algorithm 1 (eta1 = sqrt(d), lambda1 = 1/eta1)",
            (d, m) -> TrainingOptions.paper(d, m, RIDGE, HeadSolver.CLOSED_FORM));
    /** The kernel regime of the same network. */
    NetworkLearner LAZY = new NetworkLearner("lazy regime", "lazy regime (eta1 = 1e-4, lambda1 = 0)",
            (d, m) -> TrainingOptions.lazy(m, TrainingOptions.LAZY_ETA1, RIDGE, HeadSolver.CLOSED_FORM));
    /** Kernel ridge with the network's NTK at initialisation, with N(0, 1) biases. */
    KernelLearner NTK = new KernelLearner("NTK ridge", "kernel ridge, NTK of the network with N(0,1) biases at"
            + " initialisation, best ridge on held-out samples", KernelMethod.NTK, RidgeChoice.validated());
    /** Random features: the first layer frozen at its initialisation. */
    KernelLearner RANDOM_FEATURES = new KernelLearner("random features", "random features (first layer frozen at"
            + " initialisation), best ridge on held-out samples", KernelMethod.RF, RidgeChoice.validated());

    /** What one run gives: its test relative MSE and the ridge it used (the head's, or the one chosen). */
    record Fit(double testRelMse, double ridge) {
    }

    /** A short name for charts, tables and progress lines. */
    String label();

    /** One run; m is the width (ignored by the kernel). */
    Fit fit(Polynomial link, int d, int n, int m, long seed, int threads);

    /** The estimated flops of one run ({@link nnrep.theory.WorkUnit#cost}). */
    double cost(int d, int n, int m);

    /** The test relative MSE of one run; m is the width (ignored by the kernel). */
    default double testRelMse(Polynomial link, int d, int n, int m, long seed, int threads) {
        return fit(link, d, n, m, seed, threads).testRelMse();
    }

    /**
     * The flops of a streaming pass of a network of width m: the products 4 n d m + n m^2 + 2 N d m, N the
     * test and held-out samples, plus about 30 flops per input coordinate for drawing and re-drawing the
     * samples.
     */
    static double networkCost(int d, int n, int m) {
        double heldOut = TEST_SAMPLES + RidgeChoice.VALIDATION_SAMPLES;
        return 4.0 * n * d * m + (double) n * m * m + 2.0 * heldOut * d * m + 30.0 * n * d;
    }
}
