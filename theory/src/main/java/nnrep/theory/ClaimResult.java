package nnrep.theory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A decided claim: its parts and evidence ({@link Outcome}), how long its units took, and the
 * parameters they ran with.
 *
 * @param id         the claim's id
 * @param parts      the sub-statements with their verdicts, the headline first
 * @param evidence   the measurements, seeds and notes
 * @param seconds    the wall time of the claim's units (as stored: the sum over its units)
 * @param parameters the parameters of the run ({@link Claim#parameters} and delta)
 */
public record ClaimResult(String id, List<Part> parts, Evidence evidence, double seconds,
                          Map<String, Object> parameters) {

    /**
     * Checks that nothing required is null and copies the parameters.
     *
     * @param id         the claim's id
     * @param parts      the sub-statements, at least one
     * @param evidence   the measurements, seeds and notes
     * @param seconds    the wall time of the claim's units
     * @param parameters the parameters the run used
     */
    public ClaimResult {
        Objects.requireNonNull(id, "id");
        parts = List.copyOf(parts);
        Objects.requireNonNull(evidence, "evidence");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("claim " + id + " has no part");
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The claim decided as {@code outcome}. */
    public static ClaimResult of(String id, Outcome outcome, double seconds, Map<String, Object> parameters) {
        return new ClaimResult(id, outcome.parts(), outcome.evidence(), seconds, parameters);
    }

    /** The combined verdict of the parts ({@link Outcome#combine}). */
    public Verdict verdict() {
        return Outcome.combine(parts);
    }

    /** The headline part's interval (null for exact identities). */
    public Interval interval() {
        return parts.get(0).interval();
    }

    /** The headline part's band. */
    public Band predicted() {
        return parts.get(0).band();
    }
}
