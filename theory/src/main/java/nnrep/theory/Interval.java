package nnrep.theory;

/**
 * A measured confidence interval [lower, upper] at confidence level {@code level} = 1 - delta
 * (claims.md, decision protocol). A degenerate interval (lower == upper) is a point measurement.
 */
public record Interval(double lower, double upper, double level) {

    /**
     * Checks the bounds and the level.
     *
     * @param lower the lower end
     * @param upper the upper end
     * @param level the confidence level, 1 - delta
     * @throws IllegalArgumentException if lower > upper or level is not in (0, 1]
     */
    public Interval {
        if (lower > upper) {
            throw new IllegalArgumentException("interval lower bound " + lower + " exceeds upper bound " + upper);
        }
        if (!(level > 0.0 && level <= 1.0)) {
            throw new IllegalArgumentException("interval level must be in (0, 1], got: " + level);
        }
    }

    /** {@return the width, upper - lower} */
    public double width() {
        return upper - lower;
    }

    /**
     * {@return whether {@code lower <= x <= upper}}
     *
     * @param x a value
     */
    public boolean contains(double x) {
        return lower <= x && x <= upper;
    }
}
