package nnrep.numeric.hermite;

import java.util.Locale;

/**
 * The two activations whose Hermite coefficients the paper uses
 * (Damian, Lee &amp; Soltanolkotabi (COLT 2022), sections 2 and 3): the network's ReLU and its
 * derivative, the step function that gates the first gradient.
 */
public enum Activation {

    /** relu(t) = max(t, 0). */
    RELU {
        @Override
        public double apply(double t) {
            return Math.max(t, 0.0);
        }
    },

    /** step(t) = 1 if t >= 0, else 0. */
    STEP {
        @Override
        public double apply(double t) {
            return t >= 0.0 ? 1.0 : 0.0;
        }
    };

    /**
     * {@return the activation's value at t}
     *
     * @param t the pre-activation
     */
    public abstract double apply(double t);

    /** {@return the name used on the command line and in JSON: "relu" or "step"} */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads "relu" or "step" (any case).
     *
     * @param text the name
     * @return the activation of that name
     * @throws IllegalArgumentException for anything else
     */
    public static Activation parse(String text) {
        for (Activation activation : values()) {
            if (activation.cliName().equalsIgnoreCase(text)) {
                return activation;
            }
        }
        throw new IllegalArgumentException("--activation must be relu or step, got: " + text);
    }
}
