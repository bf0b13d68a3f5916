package nnrep.theory.protocol;

import java.util.List;

import nnrep.theory.Evidence;
import nnrep.theory.Measurements;
import nnrep.theory.Part;

/**
 * The decision of an exact identity (the decision protocol of docs/claims.md): many comparisons of a
 * computed value with an independent reference, each giving an error |measured - reference| / scale,
 * where the scale is chosen by the claim and stated in the evidence. The identity holds when the
 * largest error is at most the stated floating-point tolerance: PASS or FAIL, never INCONCLUSIVE.
 * A NaN error is kept as the maximum, so it gives FAIL.
 *
 * <p>A unit accumulates its comparisons in an instance and {@linkplain #record records} the largest
 * error, the count and the worst case in its measurements; the claim's decision {@linkplain #part
 * combines} the units.
 */
public final class ExactComparison {

    /** Name of the measurement holding the largest error. */
    public static final String MAX_ERROR = "maxError";
    /** Name of the measurement holding the tolerance. */
    public static final String TOLERANCE = "tolerance";
    private static final String COMPARISONS = "comparisons";
    private static final String WORST_CASE = "worstCase";

    private double maxError;
    private String worstCase = "none";
    private long comparisons;

    /**
     * Records the comparison {@code label}: error = |measured - reference| / scale.
     *
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

    /** The largest error so far (NaN if a comparison gave NaN). */
    public double maxError() {
        return maxError;
    }

    /** Puts the largest error, the number of comparisons and the worst case into a unit's measurements. */
    public Measurements.Builder record(Measurements.Builder measurements) {
        return measurements.number(MAX_ERROR, maxError).number(COMPARISONS, comparisons).text(WORST_CASE, worstCase);
    }

    /**
     * The exact part decided over every unit's recorded comparisons: PASS iff the largest error is at
     * most {@code tolerance}. Records the largest error, the tolerance, the error's definition, the
     * count and the worst case in the evidence.
     *
     * @param errorDefinition how one comparison's error is defined, for the report
     */
    public static Part part(String name, List<Measurements> units, double tolerance, String errorDefinition,
            Evidence.Builder evidence) {
        double worst = 0.0;
        String worstCase = "none";
        long count = 0;
        for (Measurements unit : units) {
            double error = unit.number(MAX_ERROR);
            count += (long) unit.number(COMPARISONS);
            if (!Double.isNaN(worst) && !(error <= worst)) {
                worst = error;
                worstCase = unit.text(WORST_CASE);
            }
        }
        evidence.measurement(MAX_ERROR, worst).measurement(TOLERANCE, tolerance)
                .measurement("errorDefinition", errorDefinition).measurement(COMPARISONS, count)
                .measurement(WORST_CASE, worstCase);
        return Part.exact(name, worst, tolerance, errorDefinition);
    }
}
