package nnrep.numeric.data;

/**
 * Checks of user-facing parameters: each failure is an {@link IllegalArgumentException} whose message
 * names the parameter (as the command line spells it) and what it must be, as cli.md asks.
 */
public final class Require {

    private Require() {
    }

    /** {@code value >= min}. */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
        }
        return value;
    }

    /** A finite {@code value >= 0} (NaN fails). */
    public static double nonNegativeFinite(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a non-negative finite number, got " + value);
        }
        return value;
    }

    /** {@code width} is a positive even number (the symmetric initialisation pairs the units). */
    public static int evenWidth(String name, int width) {
        if (width < 2 || width % 2 != 0) {
            throw new IllegalArgumentException(name + " must be a positive even number, got " + width);
        }
        return width;
    }
}
