package nnrep.theory.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import nnrep.theory.Interval;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A scaling exponent with its bootstrap confidence interval (claims.md, decision protocol,
 * "scaling laws"). Given a grid of parameters p_1, ..., p_G (for example sample sizes n) and, at
 * each p_g, R_g independent replicates s_{g,1}, ..., s_{g,R_g} of a positive statistic:
 *
 * <ul>
 *   <li>point estimates: m_g = (1/R_g) sum_i log s_{g,i}, the mean of the logs;</li>
 *   <li>slope and intercept: the least-squares line m_g ~ intercept + slope log p_g
 *       (so s ~ e^intercept p^slope);</li>
 *   <li>interval: B bootstrap fits, each on means of R_g replicates drawn with replacement
 *       within every grid point, and their percentile interval at level 1 - delta
 *       ({@link Bootstrap#percentile});</li>
 *   <li>per-point bands for plots: the geometric mean exp(m_g) and the percentile interval of
 *       exp of its B resampled values, each at level 1 - delta (pointwise, not simultaneous).</li>
 * </ul>
 *
 * The resampling draws from one {@link SplittableRandom} seeded with the given seed, grid point
 * by grid point within each resample, so the result is a function of the data and the seed.
 * With few replicates the percentile interval is too narrow by about the factor sqrt((R-1)/R)
 * (the bootstrap variance of a mean is the plug-in variance over R, not over R-1 and it uses
 * normal rather than t quantiles); claims should use R of 10 or more.
 *
 * @param slope         the fitted exponent
 * @param intercept     the fitted log-scale intercept
 * @param slopeInterval the bootstrap percentile interval of the exponent at level 1 - delta
 * @param points        the per-point summaries, in grid order
 */
public record ExponentFit(double slope, double intercept, Interval slopeInterval, List<Point> points) {

    /**
     * One grid point: the parameter, the geometric mean of the replicates and its pointwise
     * bootstrap interval.
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
     * @param resamples  B, at least {@link Bootstrap#minimumResamples}(delta)
     * @param seed       seed of the resampling
     * @return the fit
     * @throws IllegalArgumentException if an argument breaks these rules
     */
    public static ExponentFit fit(double[] parameters, double[][] statistics, double delta, int resamples,
                                  long seed) {
        double[] logParameters = logParameters(parameters, statistics.length);
        double[][] logs = logStatistics(statistics);
        int grid = logs.length;
        double[] means = new double[grid];
        for (int g = 0; g < grid; g++) {
            means[g] = mean(logs[g]);
        }
        SimpleRegression line = line(logParameters, means);

        SplittableRandom random = new SplittableRandom(seed);
        double[] slopes = new double[resamples];
        double[][] resampledMeans = new double[grid][resamples];
        double[] trial = new double[grid];
        for (int b = 0; b < resamples; b++) {
            for (int g = 0; g < grid; g++) {
                trial[g] = Bootstrap.resampledMean(logs[g], random);
                resampledMeans[g][b] = trial[g];
            }
            slopes[b] = line(logParameters, trial).getSlope();
        }
        Interval slopeInterval = Bootstrap.percentile(slopes, delta);

        List<Point> points = new ArrayList<>();
        for (int g = 0; g < grid; g++) {
            Interval band = Bootstrap.percentile(resampledMeans[g], delta);
            points.add(new Point(parameters[g], Math.exp(means[g]), Math.exp(band.lower()), Math.exp(band.upper())));
        }
        return new ExponentFit(line.getSlope(), line.getIntercept(), slopeInterval, points);
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

    private static SimpleRegression line(double[] x, double[] y) {
        SimpleRegression regression = new SimpleRegression();
        for (int g = 0; g < x.length; g++) {
            regression.addData(x[g], y[g]);
        }
        return regression;
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
