package nnrep.theory;

/**
 * The predicted value of a measured statistic, as a closed band [lower, upper] (for example a
 * predicted exponent plus or minus its stated tolerance), with a human-readable description of
 * where it comes from (claims.md, decision protocol).
 */
public record Band(double lower, double upper, String description) {

    /**
     * Checks that the band is not empty.
     *
     * @param lower       the lower end
     * @param upper       the upper end
     * @param description what the band stands for and where it comes from
     * @throws IllegalArgumentException if lower > upper or a bound is NaN
     */
    public Band {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("band [" + lower + ", " + upper + "] is empty or NaN");
        }
    }

    /**
     * {@return the band [centre - tolerance, centre + tolerance]}
     *
     * @param centre      the predicted value
     * @param tolerance   how far from it the band reaches on each side
     * @param description what the band stands for and where it comes from
     */
    public static Band around(double centre, double tolerance, String description) {
        return new Band(centre - tolerance, centre + tolerance, description);
    }
}
