package nnrep.numeric.data;

/**
 * Checks of user-facing parameters: each failure is an {@link IllegalArgumentException} whose message
 * names the parameter (as the command line spells it) and what it must be, as cli.md asks.
 */
public final class Require {

    private Require() {
    }

    /**
     * {@return {@code value}, checked to be at least {@code min}}
     *
     * @param name  the parameter, for the message
     * @param value its value
     * @param min   the smallest value allowed
     */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
        }
        return value;
    }

    /**
     * {@return {@code value}, checked to be finite and at least 0 (NaN fails)}
     *
     * @param name  the parameter, for the message
     * @param value its value
     */
    public static double nonNegativeFinite(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a non-negative finite number, got " + value);
        }
        return value;
    }

    /**
     * {@return {@code width}, checked to be a positive even number (the symmetric initialisation pairs
     * the units)}
     *
     * @param name  the parameter, for the message
     * @param width its value
     */
    public static int evenWidth(String name, int width) {
        if (width < 2 || width % 2 != 0) {
            throw new IllegalArgumentException(name + " must be a positive even number, got " + width);
        }
        return width;
    }
}
