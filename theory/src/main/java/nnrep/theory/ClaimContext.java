package nnrep.theory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a claim run is given.
 *
 * @param profile  how much work to do
 * @param seed     the master seed; every random quantity of the run derives from it
 * @param threads  the number of worker threads the claim may use (results never depend on it)
 * @param delta    this claim's error level (after the audit's Bonferroni split): a true statement
 *                 is declared FAIL with probability at most delta
 * @param progress where to report progress
 */
public record ClaimContext(Profile profile, long seed, int threads, double delta, ProgressListener progress) {

    /**
     * @throws IllegalArgumentException if threads &lt; 1 or delta is not in (0, 1)
     */
    public ClaimContext {
        Objects.requireNonNull(progress, "progress");
        unitContext(profile, seed, threads);
        decisionContext(profile, seed, delta);
    }

    /** What each unit of the run is given. */
    public UnitContext unitContext() {
        return unitContext(profile, seed, threads);
    }

    /** What the decision of the run is given. */
    public DecisionContext decisionContext() {
        return decisionContext(profile, seed, delta);
    }

    private static UnitContext unitContext(Profile profile, long seed, int threads) {
        return new UnitContext(profile, seed, threads);
    }

    private static DecisionContext decisionContext(Profile profile, long seed, double delta) {
        return new DecisionContext(profile, seed, delta);
    }

    /**
     * {@return the parameters of {@code claim} at this profile, followed by "delta": what a result
     * reports}
     *
     * @param claim the claim run in this context
     */
    public Map<String, Object> parametersOf(Claim claim) {
        Map<String, Object> parameters = new LinkedHashMap<>(claim.parameters(profile));
        parameters.put("delta", delta);
        return parameters;
    }

    /** One thread, no progress reports. */
    public static ClaimContext of(Profile profile, long seed, double delta) {
        return new ClaimContext(profile, seed, 1, delta, ProgressListener.silent());
    }
}
