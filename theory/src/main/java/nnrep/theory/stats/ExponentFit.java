package nnrep.theory.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nnrep.theory.Interval;

/**
 * A scaling exponent with its confidence interval, as the claims about scaling laws decide on it.
 * Given a grid of parameters p_1, ..., p_G (for example sample sizes n) and, at each p_g, R_g
 * independent replicates s_{g,1}, ..., s_{g,R_g} of a positive statistic:
 *
 * <ul>
 *   <li>point estimates: m_g = (1/R_g) sum_i log s_{g,i}, the mean of the logs;</li>
 *   <li>slope and intercept: the least-squares line m_g ~ intercept + slope x_g, x_g = log p_g
 *       (so s ~ e^intercept p^slope). The slope is a linear combination of the means,
 *       b = sum_g w_g m_g with w_g = (x_g - xbar) / S_xx, xbar = (1/G) sum_g x_g and
 *       S_xx = sum_g (x_g - xbar)^2; the intercept is (1/G) sum_g m_g - b xbar;</li>
 *   <li>interval: Welch's t interval for sum_g w_g E[m_g] with its skewness allowance
 *       ({@link WelchInterval}): b +- sqrt(V^) (t_{nu^, 1-delta/2} + A^ (2 z^2 + 1) / 6), where
 *       V^ = sum_g w_g^2 s_g^2 / R_g, s_g^2 the sample variance of the logs at p_g, and nu^ the
 *       Welch-Satterthwaite degrees of freedom. It covers the exponent of E[log s] in p, the slope
 *       of the line through the E[m_g] when they lie on one;</li>
 *   <li>per-point bands for plots: exp of the {@link StudentT} interval of the mean of the logs,
 *       around the geometric mean exp(m_g), each at level 1 - delta (pointwise, not simultaneous).</li>
 * </ul>
 *
 * For normal logs the interval is conservative; its coverage for heavy-tailed, skewed and
 * heteroscedastic logs at the audit's levels is what the coverage tests of this package measure.
 * It replaces a percentile bootstrap over replicates, which with R of 8 to 24 replicates used the
 * plug-in variance (over R, not R - 1) and normal-like quantiles and, at levels near 1e-3, missed
 * the exponent several times more often than delta. The result is a function of the data alone.
 *
 * @param slope         the fitted exponent
 * @param intercept     the fitted log-scale intercept
 * @param slopeInterval the interval of the exponent at level 1 - delta
 * @param points        the per-point summaries, in grid order
 */
public record ExponentFit(double slope, double intercept, Interval slopeInterval, List<Point> points) {

    /**
     * One grid point: the parameter, the geometric mean of the replicates and its pointwise
     * interval.
     */
    public record Point(double parameter, double geometricMean, double lower, double upper) {
    }

    /**
     * Copies the list of points.
     *
     * @param slope         the fitted exponent
     * @param intercept     the fitted intercept of log(statistic) against log(parameter)
     * @param slopeInterval the interval of the exponent at level 1 - delta
     * @param points        the per-point summaries, in grid order
     */
    public ExponentFit {
        points = List.copyOf(points);
    }

    /**
     * Fits the exponent.
     *
     * @param parameters the grid p_1..p_G: at least 2 distinct positive values
     * @param statistics statistics[g] holds the replicates at p_g: at least 2, positive and finite
     * @param delta      1 - confidence level, in (0, 1)
     * @throws IllegalArgumentException if an argument breaks these rules
     */
    public static ExponentFit fit(double[] parameters, double[][] statistics, double delta) {
        StudentT.requireLevel(delta);
        LogGrid data = LogGrid.of(parameters, statistics);
        double slope = WelchInterval.estimate(slopeWeights(data.x()), data.groups());
        double[] means = Arrays.stream(data.groups()).mapToDouble(group -> group.mean() + data.level()).toArray();
        double intercept = mean(means) - slope * mean(data.x());
        List<Point> points = new ArrayList<>();
        for (int g = 0; g < means.length; g++) {
            Interval band = StudentT.interval(data.logs()[g], delta);
            points.add(new Point(parameters[g], Math.exp(means[g]), Math.exp(band.lower()),
                    Math.exp(band.upper())));
        }
        return new ExponentFit(slope, intercept, slopeInterval(data, delta), points);
    }

    /**
     * The interval of the exponent alone, as {@link #fit(double[], double[][], double)} computes it,
     * without the per-point bands: what a decision needs.
     *
     * @throws IllegalArgumentException if an argument breaks the rules of {@link #fit(double[], double[][], double)}
     */
    public static Interval slopeInterval(double[] parameters, double[][] statistics, double delta) {
        StudentT.requireLevel(delta);
        return slopeInterval(LogGrid.of(parameters, statistics), delta);
    }

    /** {@return the parameters of the grid points, in order (for plots)} */
    public double[] parameters() {
        return points.stream().mapToDouble(Point::parameter).toArray();
    }

    /** {@return the geometric means of the grid points, in order (for plots)} */
    public double[] geometricMeans() {
        return points.stream().mapToDouble(Point::geometricMean).toArray();
    }

    /**
     * {@return the fitted power law e^intercept p^slope at p}
     *
     * @param parameter p
     */
    public double predict(double parameter) {
        return Math.exp(intercept + slope * Math.log(parameter));
    }

    private static Interval slopeInterval(LogGrid data, double delta) {
        return WelchInterval.of(slopeWeights(data.x()), data.groups(), delta, WelchInterval.SKEWNESS_BOUND);
    }

    /** w_g = (x_g - xbar) / S_xx: the least-squares slope of y on x is sum_g w_g y_g. */
    static double[] slopeWeights(double[] x) {
        double xbar = mean(x);
        double sxx = 0.0;
        for (double v : x) {
            sxx += (v - xbar) * (v - xbar);
        }
        double[] weights = new double[x.length];
        for (int g = 0; g < x.length; g++) {
            weights[g] = (x[g] - xbar) / sxx;
        }
        return weights;
    }

    /**
     * The data on the log scale: x_g = log p_g, the logs of the replicates, and the summaries of
     * the logs minus {@code level}.
     */
    private record LogGrid(double[] x, double[][] logs, double level, ReplicateSummary[] groups) {

        /**
         * The slope and its interval do not change when a constant is added to every log
         * (sum_g w_g = 0), so the groups are summarised after subtracting the first log: the
         * round-off of the w_g (relative 1e-12 when grid points are 1e-3 apart in log p) then
         * multiplies the differences between the logs, not their common level.
         */
        static LogGrid of(double[] parameters, double[][] statistics) {
            double[] x = logParameters(parameters, statistics.length);
            double[][] logs = logStatistics(statistics);
            double level = logs[0][0];
            ReplicateSummary[] groups = Arrays.stream(logs)
                    .map(row -> ReplicateSummary.of(Arrays.stream(row).map(v -> v - level).toArray()))
                    .toArray(ReplicateSummary[]::new);
            return new LogGrid(x, logs, level, groups);
        }
    }

    private static double[] logParameters(double[] parameters, int grid) {
        if (parameters.length != grid) {
            throw new IllegalArgumentException(parameters.length + " parameters but " + grid
                    + " groups of replicates");
        }
        double[] logs = new double[grid];
        for (int g = 0; g < grid; g++) {
            if (!(parameters[g] > 0.0) || Double.isInfinite(parameters[g])) {
                throw new IllegalArgumentException("grid parameters must be positive and finite, got: "
                        + parameters[g]);
            }
            logs[g] = Math.log(parameters[g]);
        }
        double first = logs.length == 0 ? 0.0 : logs[0];
        for (double x : logs) {
            if (x != first) {
                return logs;
            }
        }
        throw new IllegalArgumentException("an exponent fit needs at least 2 distinct grid parameters");
    }

    private static double[][] logStatistics(double[][] statistics) {
        double[][] logs = new double[statistics.length][];
        for (int g = 0; g < statistics.length; g++) {
            if (statistics[g].length < 2) {
                throw new IllegalArgumentException("grid point " + g + " needs at least 2 replicates, got: "
                        + statistics[g].length);
            }
            logs[g] = new double[statistics[g].length];
            for (int i = 0; i < statistics[g].length; i++) {
                double s = statistics[g][i];
                if (!(s > 0.0) || Double.isInfinite(s)) {
                    throw new IllegalArgumentException("statistics must be positive and finite to take logs, got: " + s);
                }
                logs[g][i] = Math.log(s);
            }
        }
        return logs;
    }

    private static double mean(double[] values) {
        double sum = 0.0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
