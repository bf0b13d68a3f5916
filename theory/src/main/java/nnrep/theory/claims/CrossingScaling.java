package nnrep.theory.claims;

import nnrep.theory.Band;
import nnrep.theory.Decision;
import nnrep.theory.Evidence;
import nnrep.theory.Interval;
import nnrep.theory.Verdict;
import nnrep.theory.stats.Bootstrap;
import nnrep.theory.stats.ExponentFit;

/**
 * The scaling in d of n*, the sample size at which a measured curve (a share, an error) reaches a
 * level, from one crossing per (d, replicate) ({@link LogInterpolation}). A curve that never
 * reaches the level on the grid is a FAIL (the claims that use this put the level well inside
 * the grid); one already past it at the smallest n leaves n* unplaced: INCONCLUSIVE. Otherwise the
 * exponent of n* in d ({@link ExponentFit}, bootstrap percentile interval at level 1 - delta) is
 * compared with the band.
 */
final class CrossingScaling {

    /** The verdict and the exponent's interval (null when no exponent could be fitted). */
    record Outcome(Verdict verdict, Interval interval) {
    }

    private CrossingScaling() {
    }

    /**
     * @param what       what reaches the level, e.g. "the share reaches 0.6", for notes and plots
     * @param firstN     the smallest n of the grid, e.g. "0.5 d^2"
     * @param lastN      the largest n of the grid
     * @param predictedSlope the exponent of n* the paper predicts, drawn in the plot
     */
    static Outcome decide(Evidence.Builder evidence, double[] ds, double[][] crossings, Band band, double delta,
            long seed, String what, String firstN, String lastN, double predictedSlope) {
        if (LogInterpolation.anyNever(crossings)) {
            evidence.note("In some replicate never " + what + " up to n = " + lastN + ".");
            return new Outcome(Verdict.FAIL, null);
        }
        if (LogInterpolation.anyBeforeGrid(crossings)) {
            evidence.note("In some replicate already " + what + " at n = " + firstN + ": the grid cannot place n*.");
            return new Outcome(Verdict.INCONCLUSIVE, null);
        }
        ExponentFit fit = ExponentFit.fit(ds, crossings, delta, Bootstrap.minimumResamples(delta) * 4, seed);
        ScalingEvidence.record(evidence, "nStar", "d", "n* (" + what + ")", fit, band, predictedSlope);
        return new Outcome(Decision.decide(fit.slopeInterval(), band), fit.slopeInterval());
    }
}
