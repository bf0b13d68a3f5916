package nnrep.theory.experiments;

import nnrep.numeric.kernel.KernelExperiment;
import nnrep.numeric.kernel.KernelMethod;
import nnrep.numeric.kernel.RidgeChoice;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.target.Basis;

/**
 * A fixed-feature baseline run by the kernel code ({@link KernelExperiment}): kernel ridge with the network's
 * NTK, or random features of width m, both with N(0, 1) biases and their ridge chosen as {@code ridges} says.
 *
 * @param label       a short name
 * @param description the method in words, as reported
 * @param method      the kernel or random features
 * @param ridges      how the ridge is chosen
 */
public record KernelLearner(String label, String description, KernelMethod method, RidgeChoice ridges)
        implements Learner {

    @Override
    public Fit fit(Polynomial link, int d, int n, int m, long seed, int threads) {
        KernelExperiment.Outcome outcome = new KernelExperiment(link, d, n, Basis.RANDOM, method, true, m, ridges, false,
                0.0, TEST_SAMPLES, seed).run(threads);
        return new Fit(outcome.test().relMse(), outcome.ridge());
    }

    /**
     * Kernel ridge: the Gram matrix n^2 d, about 50 flops per kernel entry for the arc-cosine formulas, the
     * factorisation n^3 and the cross-kernels N n (d + 50); random features: as a network of width m.
     */
    @Override
    public double cost(int d, int n, int m) {
        if (method != KernelMethod.NTK && method != KernelMethod.NNGP) {
            return Learner.networkCost(d, n, m);
        }
        double heldOut = TEST_SAMPLES + RidgeChoice.VALIDATION_SAMPLES;
        return (double) n * n * (d + 50.0) + Math.pow(n, 3) + heldOut * n * (d + 50.0);
    }

    @Override
    public String toString() {
        return description;
    }
}
