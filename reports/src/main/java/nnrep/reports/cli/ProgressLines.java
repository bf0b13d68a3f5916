package nnrep.reports.cli;

import java.io.PrintWriter;

import nnrep.reports.render.Values;
import nnrep.theory.ProgressListener;

/**
 * Progress of an audit on standard error: the claim and its position, the step, the time elapsed,
 * and an estimate of what is left of the claim. On a terminal (the launcher sets
 * NNREP_PROGRESS=terminal) one line is redrawn in place; elsewhere each step is a plain line, so CI
 * logs stay readable.
 */
final class ProgressLines implements ProgressListener {

    private final PrintWriter err;
    private final int claims;
    private final long start = System.nanoTime();
    private String current;
    private int position;
    private long claimStart;

    private final boolean terminal;

    ProgressLines(PrintWriter err, int claims, boolean terminal) {
        this.err = err;
        this.claims = claims;
        this.terminal = terminal;
    }

    /** Whether the launcher found standard error to be a terminal. */
    static boolean onTerminal() {
        return "terminal".equals(System.getenv("NNREP_PROGRESS"));
    }

    /** Ends the redrawn line, so that what follows starts on a clean line. */
    void finish() {
        if (terminal) {
            err.print("\r\033[K");
            err.flush();
        }
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
        String line = String.format("[%d/%d] %s: %s (%.1f s elapsed%s)", position, claims, claimId, Values.rounded(step),
                (now - start) * 1e-9, left);
        if (terminal) {
            err.print("\r\033[K" + line);
        } else {
            err.println(line);
        }
        err.flush();
    }
}
