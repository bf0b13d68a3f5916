package nnrep.reports.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nnrep.reports.audit.Audit;

/**
 * Progress of an audit on standard error: units done out of units planned, the claim and unit just
 * finished, the time elapsed, and an estimate of the time left from the units' estimated costs. The
 * estimate converts the remaining cost into seconds with the rate measured so far (seconds per unit
 * of cost) of the claim each remaining unit belongs to, or, for a claim not started yet, the rate
 * of the whole run; units found in the store cost nothing and do not enter the rates. On a terminal
 * (the launcher sets NNREP_PROGRESS=terminal) one line is redrawn in place; elsewhere each unit is a
 * plain line, so CI logs stay readable.
 */
final class ProgressLines implements Audit.Progress {

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final int planned;
    private final Map<String, Double> remainingCost = new HashMap<>();
    private final Map<String, double[]> measured = new HashMap<>();
    private double measuredSeconds;
    private double measuredCost;
    private int done;

    /** Progress over {@code units}, the units this run will go through. */
    ProgressLines(PrintWriter err, List<Audit.Planned> units, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        this.planned = units.size();
        for (Audit.Planned unit : units) {
            remainingCost.merge(unit.claim().id(), unit.unit().cost(), Double::sum);
        }
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
    public void done(Audit.Planned unit, double seconds) {
        String id = unit.claim().id();
        double cost = unit.unit().cost();
        done++;
        remainingCost.merge(id, -cost, Double::sum);
        if (seconds > 0) {
            double[] rate = measured.computeIfAbsent(id, k -> new double[2]);
            rate[0] += seconds;
            rate[1] += cost;
            measuredSeconds += seconds;
            measuredCost += cost;
        }
        String left = measuredCost > 0 ? String.format(", about %s left", duration(secondsLeft())) : "";
        String line = String.format("[%d/%d units] %s: %s (%s elapsed%s)", done, planned, id, unit.unit().label(),
                duration((System.nanoTime() - start) * 1e-9), left);
        if (terminal) {
            err.print("\r\033[K" + line);
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** The remaining cost of each claim at its own measured rate, or at the run's rate if it has none yet. */
    private double secondsLeft() {
        double globalRate = measuredSeconds / measuredCost;
        double left = 0.0;
        for (Map.Entry<String, Double> claim : remainingCost.entrySet()) {
            double[] rate = measured.get(claim.getKey());
            left += Math.max(0.0, claim.getValue()) * (rate == null ? globalRate : rate[0] / rate[1]);
        }
        return left;
    }

    /** "42 s", "3 min 5 s" or "2 h 10 min". */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min " + s % 60 + " s";
        }
        return s / 3600 + " h " + (s % 3600) / 60 + " min";
    }
}
