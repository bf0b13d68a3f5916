package nnrep.theory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a claim run returns.
 *
 * @param id         the claim's id
 * @param verdict    PASS, FAIL or INCONCLUSIVE
 * @param interval   the measured confidence interval that was compared with {@code predicted};
 *                   null for exact identities, whose evidence holds the measurements
 *                   {@value ExactComparison#MAX_ERROR} and {@value ExactComparison#TOLERANCE}
 * @param predicted  the predicted band (for exact identities: [0, tolerance] for the error)
 * @param evidence   the measurements, seeds and notes
 * @param seconds    wall time of the run
 * @param parameters the parameters the run used (those of {@link Claim#parameters} and delta)
 */
public record ClaimResult(String id, Verdict verdict, Interval interval, Band predicted, Evidence evidence,
                          double seconds, Map<String, Object> parameters) {

    /**
     * Checks that nothing required is null and copies the parameters.
     *
     * @param id         the claim's id
     * @param verdict    PASS, FAIL or INCONCLUSIVE
     * @param interval   the measured confidence interval, or null for exact identities
     * @param predicted  the predicted band
     * @param evidence   the measurements, seeds and notes
     * @param seconds    wall time of the run
     * @param parameters the parameters the run used
     */
    public ClaimResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(evidence, "evidence");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
