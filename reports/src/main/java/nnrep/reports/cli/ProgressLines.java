package nnrep.reports.cli;

import java.io.PrintWriter;

import nnrep.theory.ProgressListener;

/**
 * Progress of an audit on standard error, one plain line per step (readable in CI logs): the claim
 * and its position, the step, the time elapsed, and an estimate of what is left of the claim.
 */
final class ProgressLines implements ProgressListener {

    private final PrintWriter err;
    private final int claims;
    private final long start = System.nanoTime();
    private String current;
    private int position;
    private long claimStart;

    ProgressLines(PrintWriter err, int claims) {
        this.err = err;
        this.claims = claims;
    }

    @Override
    public void step(String claimId, String step, double fractionDone) {
        long now = System.nanoTime();
        if (!claimId.equals(current)) {
            current = claimId;
            position++;
            claimStart = now;
        }
        double claimSeconds = (now - claimStart) * 1e-9;
        String left = fractionDone > 0.05
                ? String.format(", about %.0f s left in this claim", claimSeconds * (1 - fractionDone) / fractionDone)
                : "";
        err.printf("[%d/%d] %s: %s (%.1f s elapsed%s)%n", position, claims, claimId, step, (now - start) * 1e-9, left);
        err.flush();
    }
}
