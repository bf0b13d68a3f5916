package nnrep.theory.claims;

import nnrep.theory.Band;
import nnrep.theory.Evidence;
import nnrep.theory.stats.ExponentFit;

/**
 * Puts a fitted scaling law into the evidence: the exponent, its interval and the predicted band
 * as measurements, and a log-log plot with the measured points and their bands, the fitted line,
 * and, when the paper predicts a slope, a line of that slope through the first point. A one-sided
 * claim ("does not grow") predicts no slope: its band's centre would be a made-up value.
 */
final class ScalingEvidence {

    private ScalingEvidence() {
    }

    /** @param predictedSlope the exponent the paper predicts, or NaN for a one-sided claim (no line drawn) */
    static void record(Evidence.Builder evidence, String name, String xLabel, String yLabel, ExponentFit fit,
            Band predicted, double predictedSlope) {
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
        String plot = yLabel + " against " + xLabel;
        evidence.measurement(name + "Exponent", fit.slope())
                .measurement(name + "ExponentInterval", new double[] {fit.slopeInterval().lower(),
                    fit.slopeInterval().upper()})
                .measurement(name + "PredictedBand", new double[] {predicted.lower(), predicted.upper()})
                .plot(plot, xLabel, yLabel, true, true)
                .series(plot, "measured (geometric mean, pointwise band)", x, y, lower, upper)
                .series(plot, String.format("fitted, slope %.3f", fit.slope()), x, fitted);
        if (Double.isFinite(predictedSlope)) {
            evidence.series(plot, String.format("predicted slope %.3g", predictedSlope), x, slopeLine);
        }
    }
}
