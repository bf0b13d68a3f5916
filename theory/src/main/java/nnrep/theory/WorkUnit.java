package nnrep.theory;

/**
 * One unit of a claim's work: a measurement that is a pure function of (claim, profile, seed,
 * index), so that it can run on any machine, in any order, and be stored and reused. A claim's
 * {@linkplain Claim#plan plan} lists its units; the audit runs them, possibly split over shards,
 * and the claim decides from their results alone.
 *
 * @param index the unit's position in the plan, from 0
 * @param label what it measures, for progress lines, e.g. "d = 64, replicate 3"
 * @param cost  its estimated cost in floating-point operations (order of magnitude is what matters:
 *              it balances shards and drives the progress estimate)
 */
public record WorkUnit(int index, String label, double cost) {

    /**
     * @throws IllegalArgumentException if index is negative or cost is not a positive finite number
     */
    public WorkUnit {
        if (index < 0) {
            throw new IllegalArgumentException("unit index must be >= 0, got " + index);
        }
        if (!(cost > 0.0) || Double.isInfinite(cost)) {
            throw new IllegalArgumentException("unit cost must be positive and finite, got " + cost);
        }
    }
}
