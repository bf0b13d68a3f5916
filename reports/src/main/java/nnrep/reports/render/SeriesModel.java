package nnrep.reports.render;

import java.util.Map;

/**
 * One curve of a chart, as declared in a claim's evidence: points (x[i], y[i]) and, when
 * {@link #hasBand()}, a confidence bar [yLower[i], yUpper[i]] at each point.
 */
public record SeriesModel(String name, double[] x, double[] y, double[] yLower, double[] yUpper) {

    /** The series of an evidence map entry {"name", "plot", "x", "y", "yLower"?, "yUpper"?}. */
    static SeriesModel of(Map<?, ?> series) {
        Object lower = series.get("yLower");
        Object upper = series.get("yUpper");
        boolean band = lower != null && upper != null;
        return new SeriesModel(String.valueOf(series.get("name")), Values.doubles(series.get("x")),
                Values.doubles(series.get("y")), band ? Values.doubles(lower) : null,
                band ? Values.doubles(upper) : null);
    }

    /** {@return whether the series has confidence bars} */
    public boolean hasBand() {
        return yLower != null && yUpper != null;
    }

    /** {@return the number of points (the shortest of the arrays, should they differ)} */
    public int size() {
        int n = Math.min(x.length, y.length);
        return hasBand() ? Math.min(n, Math.min(yLower.length, yUpper.length)) : n;
    }
}
