package nnrep.theory;

import java.util.Map;

/**
 * The decision of an exact identity (claims.md, decision protocol): many comparisons of a
 * computed value with an independent reference, each giving an error |measured - reference| /
 * scale, where the scale is chosen by the claim and stated in the evidence. The identity holds
 * when the largest error is at most the stated floating-point tolerance: PASS or FAIL, never
 * INCONCLUSIVE. A NaN error is kept as the maximum, so it gives FAIL.
 */
public final class ExactComparison {

    /** Name of the measurement holding the largest error. */
    public static final String MAX_ERROR = "maxError";
    /** Name of the measurement holding the tolerance. */
    public static final String TOLERANCE = "tolerance";

    private final double tolerance;
    private final String errorDefinition;
    private double maxError;
    private String worstCase = "none";
    private long comparisons;

    /**
     * @param tolerance       the largest acceptable error
     * @param errorDefinition how the error of one comparison is defined, for the report
     */
    public ExactComparison(double tolerance, String errorDefinition) {
        if (!(tolerance >= 0.0)) {
            throw new IllegalArgumentException("tolerance must be >= 0, got: " + tolerance);
        }
        this.tolerance = tolerance;
        this.errorDefinition = errorDefinition;
    }

    /**
     * Records the comparison {@code label}: error = |measured - reference| / scale.
     *
     * @param label     what is compared, for the report's worst case
     * @param measured  the computed value
     * @param reference the independent reference
     * @param scale     the size against which the difference is measured
     * @return the error
     */
    public double compare(String label, double measured, double reference, double scale) {
        double error = Math.abs(measured - reference) / scale;
        comparisons++;
        if (!Double.isNaN(maxError) && !(error <= maxError)) {
            maxError = error;
            worstCase = label + ": measured " + measured + ", reference " + reference + ", scale " + scale;
        }
        return error;
    }

    /** {@return the largest error recorded so far (NaN if a comparison gave NaN)} */
    public double maxError() {
        return maxError;
    }

    /** {@return the number of comparisons recorded so far} */
    public long comparisons() {
        return comparisons;
    }

    /** {@return the largest acceptable error} */
    public double tolerance() {
        return tolerance;
    }

    /** {@return the verdict, {@link Decision#exact}(maxError, tolerance)} */
    public Verdict verdict() {
        return Decision.exact(maxError, tolerance);
    }

    /** {@return the predicted band of the error, [0, tolerance]} */
    public Band predicted() {
        return new Band(0.0, tolerance, "error <= " + tolerance + ", with error = " + errorDefinition);
    }

    /**
     * Records the maximum error, the tolerance, the error's definition, the count and the worst case.
     *
     * @param evidence the evidence of the claim
     * @return {@code evidence}
     */
    public Evidence.Builder addTo(Evidence.Builder evidence) {
        return evidence.measurement(MAX_ERROR, maxError)
                .measurement(TOLERANCE, tolerance)
                .measurement("errorDefinition", errorDefinition)
                .measurement("comparisons", comparisons)
                .measurement("worstCase", worstCase);
    }

    /**
     * {@return the result of an exact claim: no interval, the verdict and band of this comparison}
     *
     * @param id         the claim's id
     * @param evidence   its evidence
     * @param seconds    the wall time of its run
     * @param parameters the parameters it ran with
     */
    public ClaimResult result(String id, Evidence evidence, double seconds, Map<String, Object> parameters) {
        return new ClaimResult(id, verdict(), null, predicted(), evidence, seconds, parameters);
    }
}
