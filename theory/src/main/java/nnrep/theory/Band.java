package nnrep.theory;

/**
 * The predicted value of a measured statistic, as a closed band [lower, upper] (for example a
 * predicted exponent plus or minus its stated tolerance), with a human-readable description of
 * where it comes from (claims.md, decision protocol).
 */
public record Band(double lower, double upper, String description) {

    /**
     * @throws IllegalArgumentException if lower > upper or a bound is NaN
     */
    public Band {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("band [" + lower + ", " + upper + "] is empty or NaN");
        }
    }

    /** The band [centre - tolerance, centre + tolerance]. */
    public static Band around(double centre, double tolerance, String description) {
        return new Band(centre - tolerance, centre + tolerance, description);
    }
}
