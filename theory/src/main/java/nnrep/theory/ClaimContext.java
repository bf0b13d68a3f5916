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
     * Checks the thread count and the error level.
     *
     * @param profile  how much work to do
     * @param seed     the master seed
     * @param threads  the number of worker threads
     * @param delta    this claim's error level
     * @param progress where to report progress
     * @throws IllegalArgumentException if {@code threads < 1} or delta is not in (0, 1)
     */
    public ClaimContext {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(progress, "progress");
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got: " + threads);
        }
        if (!(delta > 0.0 && delta < 1.0)) {
            throw new IllegalArgumentException("delta must be in (0, 1), got: " + delta);
        }
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

    /**
     * Reports progress of {@code claim} to the listener.
     *
     * @param claim        the claim reporting
     * @param step         what it is doing now
     * @param fractionDone an estimate of the share of its work already done, in [0, 1]
     */
    public void report(Claim claim, String step, double fractionDone) {
        progress.step(claim.id(), step, fractionDone);
    }

    /**
     * {@return a context of one thread and no progress reports}
     *
     * @param profile how much work to do
     * @param seed    the master seed
     * @param delta   the claim's error level
     */
    public static ClaimContext of(Profile profile, long seed, double delta) {
        return new ClaimContext(profile, seed, 1, delta, ProgressListener.silent());
    }
}
