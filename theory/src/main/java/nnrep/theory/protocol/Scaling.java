package nnrep.theory.protocol;

import nnrep.theory.Band;
import nnrep.theory.Evidence;
import nnrep.theory.Part;
import nnrep.theory.Verdict;
import nnrep.theory.stats.ExponentFit;

/**
 * Scaling laws as parts of a claim (the decision protocol of docs/claims.md, "scaling laws"): fit the
 * exponent of a statistic against a grid parameter ({@link ExponentFit}), decide it against the
 * predicted band, and put into the evidence the exponent, its interval, the band and a log-log plot
 * with the measured points and their bands, the fitted line and, when the paper predicts a slope, a
 * line of that slope through the first point (a one-sided statement, "does not grow", predicts no
 * slope: its band's centre would be a made-up value).
 */
public final class Scaling {

    /**
     * How a fitted law is named in the evidence and drawn.
     *
     * @param key    the prefix of its measurements, e.g. "nStar" gives "nStarExponent"
     * @param xLabel the grid parameter, e.g. "d"
     * @param yLabel the statistic, e.g. "test relative MSE at n = 8 d^2"
     */
    public record Labels(String key, String xLabel, String yLabel) {
    }

    private Scaling() {
    }

    /**
     * Fits and decides the exponent of {@code statistics} (statistics[g][i]: replicate i at x[g]).
     *
     * @param statement      the part's name, e.g. "exponent in d of the error at n = 8 d^2"
     * @param delta          the part's level
     * @param predictedSlope the paper's exponent, or NaN when it predicts none (no line drawn)
     */
    public static Part exponent(Evidence.Builder evidence, String statement, Labels labels, double[] x,
            double[][] statistics, Band band, double delta, double predictedSlope) {
        ExponentFit fit = ExponentFit.fit(x, statistics, delta);
        record(evidence, labels, fit, band, predictedSlope);
        return Part.decide(statement, fit.slopeInterval(), band);
    }

    /**
     * The scaling in x of the parameter at which a measured curve (a share, an error) reaches a level,
     * from one crossing per (grid point, replicate) ({@link LogInterpolation}). A curve that never
     * reaches the level on its grid is a FAIL (the claims that use this put the level well inside the
     * grid); one already past it at the grid's first point leaves the crossing unplaced: INCONCLUSIVE.
     * Otherwise the exponent is decided as {@link #exponent} does.
     *
     * @param what   what reaches the level, e.g. "the share reaches 0.6"
     * @param firstN the grid's first value, e.g. "0.5 d^2"; {@code lastN} its last
     */
    public static Part crossing(Evidence.Builder evidence, String statement, Labels labels, double[] x,
            double[][] crossings, Band band, double delta, double predictedSlope, String what,
            String firstN, String lastN) {
        if (LogInterpolation.anyNever(crossings)) {
            return Part.unplaced(statement, band, Verdict.FAIL, "in some replicate never " + what + " up to n = " + lastN);
        }
        if (LogInterpolation.anyBeforeGrid(crossings)) {
            return Part.unplaced(statement, band, Verdict.INCONCLUSIVE, "in some replicate already " + what
                    + " at n = " + firstN + ": the grid cannot place the crossing");
        }
        return exponent(evidence, statement, labels, x, crossings, band, delta, predictedSlope);
    }

    private static void record(Evidence.Builder evidence, Labels labels, ExponentFit fit, Band predicted,
            double predictedSlope) {
        double[] x = fit.parameters();
        double[] y = fit.geometricMeans();
        double[] lower = fit.points().stream().mapToDouble(ExponentFit.Point::lower).toArray();
        double[] upper = fit.points().stream().mapToDouble(ExponentFit.Point::upper).toArray();
        double[] fitted = new double[x.length];
        double[] slopeLine = new double[x.length];
        for (int g = 0; g < x.length; g++) {
            fitted[g] = fit.predict(x[g]);
            slopeLine[g] = y[0] * Math.pow(x[g] / x[0], predictedSlope);
        }
        String plot = labels.yLabel() + " against " + labels.xLabel();
        evidence.measurement(labels.key() + "Exponent", fit.slope())
                .measurement(labels.key() + "ExponentInterval", new double[] {fit.slopeInterval().lower(),
                    fit.slopeInterval().upper()})
                .measurement(labels.key() + "PredictedBand", new double[] {predicted.lower(), predicted.upper()})
                .plot(plot, labels.xLabel(), labels.yLabel(), true, true)
                .series(plot, "measured (geometric mean, pointwise band)", x, y, lower, upper)
                .series(plot, "fitted, slope " + fit.slope(), x, fitted);
        if (Double.isFinite(predictedSlope)) {
            evidence.series(plot, "predicted slope " + predictedSlope, x, slopeLine);
        }
    }
}
