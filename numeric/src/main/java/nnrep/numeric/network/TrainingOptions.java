package nnrep.numeric.network;

/**
 * The knobs of Algorithm 1 (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 2).
 *
 * @param width       m, the number of hidden units (even, for the symmetric initialisation)
 * @param eta1        eta_1, the learning rate of the first step
 * @param weightDecay lambda_1, the weight decay of the first step; 1/eta_1 erases the initialisation
 * @param ridge       lambda, the head's ridge penalty in (1/n) ||Phi a - y||^2 + lambda ||a||^2
 * @param head        how the head is trained
 * @param preprocess  whether step 1 (removing alpha + beta . x from the labels) is applied
 * @param biasScale   the standard deviation of the biases b_j drawn in step 4 (the paper's: 1)
 */
public record TrainingOptions(int width, double eta1, double weightDecay, double ridge, HeadSolver head,
        boolean preprocess, double biasScale) {

    /** Learning rate of the lazy (kernel) regime when none is given: tiny against the paper's sqrt(d). */
    public static final double LAZY_ETA1 = 1e-4;

    /**
     * Checks the options.
     *
     * @param width       m, the number of hidden units, even
     * @param eta1        eta_1, the learning rate of the first step
     * @param weightDecay lambda_1, the weight decay of the first step
     * @param ridge       lambda, the head's ridge penalty
     * @param head        how the head is trained
     * @param preprocess  whether step 1 is applied
     */
    public TrainingOptions {
        if (width < 2 || width % 2 != 0) {
            throw new IllegalArgumentException("--m must be a positive even number, got " + width);
        }
        if (!(eta1 > 0) || Double.isInfinite(eta1)) {
            throw new IllegalArgumentException("--eta1 must be a positive finite number, got " + eta1);
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weight decay must be a non-negative finite number, got " + weightDecay);
        }
        if (!(ridge >= 0) || Double.isInfinite(ridge)) {
            throw new IllegalArgumentException("--ridge must be a non-negative finite number, got " + ridge);
        }
        if (!(biasScale >= 0) || Double.isInfinite(biasScale)) {
            throw new IllegalArgumentException("bias scale must be a non-negative finite number, got " + biasScale);
        }
    }

    /**
     * {@return the paper's choice: eta_1 = sqrt(d), lambda_1 = 1/eta_1, preprocessing on}
     *
     * @param d     the input dimension
     * @param width m
     * @param ridge the head's ridge
     * @param head  how the head is trained
     */
    public static TrainingOptions paper(int d, int width, double ridge, HeadSolver head) {
        double eta1 = Math.sqrt(d);
        return new TrainingOptions(width, eta1, 1.0 / eta1, ridge, head, true, 1.0);
    }

    /**
     * {@return the kernel regime: a tiny first step without weight decay, so W1 stays at its initialisation}
     *
     * @param width m
     * @param eta1  the tiny learning rate, such as {@link #LAZY_ETA1}
     * @param ridge the head's ridge
     * @param head  how the head is trained
     */
    public static TrainingOptions lazy(int width, double eta1, double ridge, HeadSolver head) {
        return new TrainingOptions(width, eta1, 0.0, ridge, head, true, 1.0);
    }

    /**
     * {@return these options with another learning rate; a weight decay, if any, follows as 1/eta}
     *
     * @param eta the learning rate of the first step
     */
    public TrainingOptions withEta1(double eta) {
        return new TrainingOptions(width, eta, weightDecay == 0.0 ? 0.0 : 1.0 / eta, ridge, head, preprocess, biasScale);
    }

    /**
     * {@return these options with step 1 on or off}
     *
     * @param on whether step 1 is applied
     */
    public TrainingOptions withPreprocess(boolean on) {
        return new TrainingOptions(width, eta1, weightDecay, ridge, head, on, biasScale);
    }

    /**
     * {@return these options with another weight decay}
     *
     * @param lambda1 the weight decay of the first step
     */
    public TrainingOptions withWeightDecay(double lambda1) {
        return new TrainingOptions(width, eta1, lambda1, ridge, head, preprocess, biasScale);
    }

    public TrainingOptions withBiasScale(double scale) {
        return new TrainingOptions(width, eta1, weightDecay, ridge, head, preprocess, scale);
    }
}
