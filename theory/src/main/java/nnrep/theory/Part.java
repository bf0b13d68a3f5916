package nnrep.theory;

import java.util.Objects;

/**
 * One sub-statement of a claim and its decision (the decision protocol of docs/claims.md): what
 * was measured, the band the paper's statement allows, the verdict, and, where the band was widened
 * beyond the paper's exact value (for log factors or finite-d corrections), a reading in words of
 * which law the interval is consistent with.
 *
 * @param name     what the part states, e.g. "exponent of n* in d"
 * @param interval the measured confidence interval; null when there is none (an exact identity, or
 *                 a measurement that could not be placed: see {@code reading})
 * @param band     the predicted band (for exact identities: [0, tolerance] for the error)
 * @param verdict  PASS, FAIL or INCONCLUSIVE
 * @param reading  a sentence for the reader, or null
 */
public record Part(String name, Interval interval, Band band, Verdict verdict, String reading) {

    public Part {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** A statistical statement: {@link Decision#decide}(measured, band). */
    public static Part decide(String name, Interval measured, Band band) {
        return new Part(name, measured, band, Decision.decide(measured, band), null);
    }

    /**
     * An exact identity: the largest error against the tolerance, PASS or FAIL ({@link Decision#exact}).
     *
     * @param errorDefinition how one comparison's error is defined
     */
    public static Part exact(String name, double maxError, double tolerance, String errorDefinition) {
        return new Part(name, null, new Band(0.0, tolerance, "error <= " + tolerance + ", with error = "
                + errorDefinition), Decision.exact(maxError, tolerance), null);
    }

    /** A part that could not be measured as planned: no interval, the verdict given, and why. */
    public static Part unplaced(String name, Band band, Verdict verdict, String why) {
        return new Part(name, null, band, verdict, why);
    }

    /**
     * This part with a reading that compares its interval with the paper's exact value, when the band
     * is wider than that value: "consistent with {@code exactLaw}" when the interval contains it, and
     * "consistent with {@code widenedLaw}, not with {@code exactLaw} exactly" when the interval lies
     * inside the band but excludes it. Unchanged when there is no interval.
     *
     * @param exactValue the value the paper's statement gives without its hidden factors
     * @param exactLaw   that law in words, e.g. "d^2"
     * @param widenedLaw the law the band allows, e.g. "d^2 log d"
     */
    public Part against(double exactValue, String exactLaw, String widenedLaw) {
        if (interval == null) {
            return this;
        }
        String text;
        if (interval.contains(exactValue)) {
            text = "consistent with " + exactLaw + " exactly";
        } else if (verdict == Verdict.PASS) {
            text = "consistent with " + widenedLaw + ", not with " + exactLaw + " exactly";
        } else {
            text = "excludes " + exactLaw;
        }
        return new Part(name, interval, band, verdict, text);
    }
}
