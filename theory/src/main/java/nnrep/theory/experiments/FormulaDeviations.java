package nnrep.theory.experiments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnrep.theory.Evidence;
import nnrep.theory.protocol.Axes;

/**
 * The coordinate-by-coordinate comparison of a formula with Monte Carlo estimates (claim
 * gradient.population-formula): for each coordinate the standardised deviation
 * Z = max(0, |m - F| - eps) / se of the Monte Carlo mean m from the formula value F, given the
 * standard error se and the rounding slack eps (a NaN anywhere counts as an infinite deviation);
 * the largest Z with where it occurs; and the evidence: two plots, and a table of every coordinate
 * when there are at most {@value #TABLE_ROWS} of them (beyond that the plots and the worst case say
 * enough, and the report stays small). The scatter of measured against formula values draws at most
 * {@value #SCATTER_POINTS} points per group, evenly spaced in the order of the formula values; the
 * plot of standardised deviations draws them all.
 */
public final class FormulaDeviations {

    static final int TABLE_ROWS = 1000;
    static final int SCATTER_POINTS = 200;

    private final String measuredName;
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final List<Double> signed = new ArrayList<>();
    private final Map<String, List<double[]>> pointsByGroup = new LinkedHashMap<>();
    private double worst;
    private String worstCase = "none";

    /** @param measuredName what is compared with the formula, e.g. "Monte Carlo", for plots and measurements */
    public FormulaDeviations(String measuredName) {
        this.measuredName = measuredName;
    }

    /**
     * Records one coordinate.
     *
     * @param group      the series the coordinate is plotted in (one per target)
     * @param label      the case, for the table
     * @param coordinate the coordinate's index
     */
    public void add(String group, String label, int coordinate, double formula, double mean, double standardError,
             double slack) {
        double excess = Math.max(0.0, Math.abs(mean - formula) - slack);
        double z = Double.isNaN(excess) ? Double.POSITIVE_INFINITY : excess == 0.0 ? 0.0 : excess / standardError;
        if (!(z <= worst)) {
            worst = z;
            worstCase = group + ", " + label + ", coordinate " + coordinate;
        }
        signed.add((mean - formula) / standardError);
        pointsByGroup.computeIfAbsent(group, g -> new ArrayList<>())
                .add(new double[] {formula, mean, standardError, slack});
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("target", group);
        row.put("case", label);
        row.put("coordinate", coordinate);
        row.put("formula", formula);
        row.put("monteCarlo", mean);
        row.put("standardError", standardError);
        row.put("deviation", z);
        rows.add(row);
    }

    /** The largest standardised deviation. */
    public double worst() {
        return worst;
    }

    public String worstCase() {
        return worstCase;
    }

    /** The number of coordinates recorded. */
    public int count() {
        return rows.size();
    }

    /**
     * Adds the measurements, the table and two plots: the measured values against the formula values
     * with the intervals m +- (critical se + eps) (one series per group, sorted by formula value,
     * and the line y = x), and the signed deviations (m - F) / se against +-critical. Names are prefixed
     * with the measured quantity, so that several comparisons fit in one evidence.
     */
    public void addTo(Evidence.Builder evidence, double critical, double level) {
        String scatter = measuredName + " against formula (simultaneous " + level + " intervals)";
        String deviations = "Standardised deviation (" + measuredName + " - formula) / standard error";
        evidence.plot(scatter, "formula", measuredName, false, false)
                .plot(deviations, "coordinate (all cases)", "deviation in standard errors", false, false);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, List<double[]>> group : pointsByGroup.entrySet()) {
            List<double[]> points = new ArrayList<>(group.getValue());
            points.sort(Comparator.comparingDouble(p -> p[0]));
            int shown = Math.min(points.size(), SCATTER_POINTS);
            double[][] columns = new double[4][shown];
            for (int i = 0; i < shown; i++) {
                double[] p = points.get((int) ((long) i * (points.size() - 1) / Math.max(1, shown - 1)));
                double halfWidth = critical * p[2] + p[3];
                columns[0][i] = p[0];
                columns[1][i] = p[1];
                columns[2][i] = p[1] - halfWidth;
                columns[3][i] = p[1] + halfWidth;
            }
            low = Math.min(low, points.get(0)[0]);
            high = Math.max(high, points.get(points.size() - 1)[0]);
            evidence.series(scatter, group.getKey(), columns[0], columns[1], columns[2], columns[3]);
        }
        double[] index = Axes.integers(signed.size());
        // the critical values are horizontal lines: their two ends are enough
        double[] ends = {index[0], index[index.length - 1]};
        String key = measuredName.replaceAll("[^A-Za-z0-9]+", " ").trim();
        evidence.series(scatter, "y = x", new double[] {low, high}, new double[] {low, high})
                .series(deviations, measuredName, index, signed.stream().mapToDouble(Double::doubleValue).toArray())
                .series(deviations, "+critical value", ends, new double[] {critical, critical})
                .series(deviations, "-critical value", ends, new double[] {-critical, -critical})
                .measurement(key + ": largest standardised deviation", worst)
                .measurement(key + ": critical value", critical)
                .measurement(key + ": intervals", (long) rows.size())
                .measurement(key + ": worst case", worstCase);
        if (rows.size() <= TABLE_ROWS) {
            evidence.table(key + ": coordinates", rows);
        }
    }
}
