package nnrep.theory;

/**
 * Receives progress reports from a running claim, for example to drive a progress line on the
 * terminal. Calls come from the thread that runs the claim; implementations must be quick.
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * Hears of a step of a claim.
     *
     * @param claimId      the claim reporting
     * @param step         what it is doing now, e.g. "target 2 of 3"
     * @param fractionDone an estimate of the share of the claim's work already done, in [0, 1]
     */
    void step(String claimId, String step, double fractionDone);

    /** {@return a listener that ignores every report} */
    static ProgressListener silent() {
        return (claimId, step, fractionDone) -> { };
    }
}
