package nnrep.theory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a claim run measured: named measurements in the order they were recorded (numbers,
 * strings, booleans, arrays of doubles, small tables), the seeds that reproduce the run, free-text
 * notes, and data series for plots. Immutable; built with {@link #builder()}.
 *
 * <p>{@link #asMap()} gives the whole evidence as plain JSON-friendly values (String, Number,
 * Boolean, List, Map, double[]), for the report writers:
 * <pre>
 * {"measurements": {name: value, ...},
 *  "seeds": {name: long, ...},
 *  "notes": [text, ...],
 *  "plots": [{"title", "xLabel", "yLabel", "logX", "logY"}, ...],
 *  "series": [{"name", "plot", "x", "y", "yLower", "yUpper"}, ...]}
 * </pre>
 * ("yLower" and "yUpper" only when the series has a confidence band; "plot" names the entry of
 * "plots" the series is drawn in).
 */
public final class Evidence {

    private final Map<String, Object> measurements;
    private final Map<String, Long> seeds;
    private final List<String> notes;
    private final List<Plot> plots;
    private final List<Series> series;

    private Evidence(Builder builder) {
        this.measurements = Collections.unmodifiableMap(new LinkedHashMap<>(builder.measurements));
        this.seeds = Collections.unmodifiableMap(new LinkedHashMap<>(builder.seeds));
        this.notes = List.copyOf(builder.notes);
        this.plots = List.copyOf(builder.plots.values());
        this.series = List.copyOf(builder.series);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The measurement recorded under this name (a double[] is a copy), or null. */
    public Object measurement(String name) {
        return copyOf(measurements.get(name));
    }

    /** The measurements, by name, in recording order (unmodifiable; arrays are shared, do not modify). */
    public Map<String, Object> measurements() {
        return measurements;
    }

    public Map<String, Long> seeds() {
        return seeds;
    }

    public List<String> notes() {
        return notes;
    }

    public List<Plot> plots() {
        return plots;
    }

    public List<Series> series() {
        return series;
    }

    /** The evidence as nested plain values (see the class comment); a fresh copy on every call. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        measurements.forEach((name, value) -> values.put(name, copyOf(value)));
        map.put("measurements", values);
        map.put("seeds", new LinkedHashMap<>(seeds));
        map.put("notes", new ArrayList<>(notes));
        List<Object> plotMaps = new ArrayList<>();
        plots.forEach(plot -> plotMaps.add(plot.asMap()));
        map.put("plots", plotMaps);
        List<Object> seriesMaps = new ArrayList<>();
        series.forEach(s -> seriesMaps.add(s.asMap()));
        map.put("series", seriesMaps);
        return map;
    }

    /** Deep copy of a JSON-friendly value (arrays, lists and maps are copied; the rest is immutable). */
    private static Object copyOf(Object value) {
        if (value instanceof double[]) {
            return ((double[]) value).clone();
        }
        if (value instanceof List) {
            List<Object> copy = new ArrayList<>();
            ((List<?>) value).forEach(element -> copy.add(copyOf(element)));
            return copy;
        }
        if (value instanceof Map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> copy.put(k, copyOf(v)));
            return copy;
        }
        return value;
    }

    /**
     * A figure: its title (which series refer to), axis labels and whether each axis is
     * logarithmic.
     */
    public record Plot(String title, String xLabel, String yLabel, boolean logX, boolean logY) {

        public Plot {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(xLabel, "xLabel");
            Objects.requireNonNull(yLabel, "yLabel");
        }

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("title", title);
            map.put("xLabel", xLabel);
            map.put("yLabel", yLabel);
            map.put("logX", logX);
            map.put("logY", logY);
            return map;
        }
    }

    /**
     * One curve of a plot: points (x[i], y[i]) and, when yLower and yUpper are not null, a
     * confidence band [yLower[i], yUpper[i]]. The arrays are copied on the way in and out.
     */
    public record Series(String name, String plot, double[] x, double[] y, double[] yLower, double[] yUpper) {

        /**
         * @throws IllegalArgumentException if the arrays differ in length, or only one band edge is given
         */
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(plot, "plot");
            if ((yLower == null) != (yUpper == null)) {
                throw new IllegalArgumentException("series " + name + ": give both band edges or neither");
            }
            int n = x.length;
            if (y.length != n || (yLower != null && (yLower.length != n || yUpper.length != n))) {
                throw new IllegalArgumentException("series " + name + ": arrays of different lengths");
            }
            x = x.clone();
            y = y.clone();
            yLower = yLower == null ? null : yLower.clone();
            yUpper = yUpper == null ? null : yUpper.clone();
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        @Override
        public double[] y() {
            return y.clone();
        }

        @Override
        public double[] yLower() {
            return yLower == null ? null : yLower.clone();
        }

        @Override
        public double[] yUpper() {
            return yUpper == null ? null : yUpper.clone();
        }

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", name);
            map.put("plot", plot);
            map.put("x", x.clone());
            map.put("y", y.clone());
            if (yLower != null) {
                map.put("yLower", yLower.clone());
                map.put("yUpper", yUpper.clone());
            }
            return map;
        }
    }

    /** Collects evidence in recording order. Names of measurements, seeds and plots must be unique. */
    public static final class Builder {

        private final Map<String, Object> measurements = new LinkedHashMap<>();
        private final Map<String, Long> seeds = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final Map<String, Plot> plots = new LinkedHashMap<>();
        private final List<Series> series = new ArrayList<>();

        private Builder() {
        }

        public Builder measurement(String name, double value) {
            return put(name, value);
        }

        public Builder measurement(String name, long value) {
            return put(name, value);
        }

        public Builder measurement(String name, String value) {
            return put(name, Objects.requireNonNull(value, name));
        }

        public Builder measurement(String name, boolean value) {
            return put(name, value);
        }

        /** An array of doubles (copied). */
        public Builder measurement(String name, double[] values) {
            return put(name, values.clone());
        }

        /**
         * A small table: one map per row, column name to a String, Number, Boolean or double[]
         * cell (copied).
         *
         * @throws IllegalArgumentException if a cell has another type
         */
        public Builder table(String name, List<Map<String, Object>> rows) {
            List<Object> copy = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                Map<String, Object> cells = new LinkedHashMap<>();
                row.forEach((column, cell) -> cells.put(column, requireCell(name, column, cell)));
                copy.add(Collections.unmodifiableMap(cells));
            }
            return put(name, Collections.unmodifiableList(copy));
        }

        /** A seed that, with the claim's parameters, reproduces part of the run. */
        public Builder seed(String name, long seed) {
            if (seeds.putIfAbsent(name, seed) != null) {
                throw new IllegalArgumentException("seed " + name + " recorded twice");
            }
            return this;
        }

        /** A free-text remark for the reader of the report. */
        public Builder note(String text) {
            notes.add(Objects.requireNonNull(text, "note"));
            return this;
        }

        /** Declares a figure that series can be drawn in. */
        public Builder plot(String title, String xLabel, String yLabel, boolean logX, boolean logY) {
            if (plots.putIfAbsent(title, new Plot(title, xLabel, yLabel, logX, logY)) != null) {
                throw new IllegalArgumentException("plot " + title + " declared twice");
            }
            return this;
        }

        /** A curve without a band, drawn in the declared plot {@code plot}. */
        public Builder series(String plot, String name, double[] x, double[] y) {
            return series(plot, name, x, y, null, null);
        }

        /**
         * A curve with a confidence band, drawn in the declared plot {@code plot}.
         *
         * @throws IllegalArgumentException if the plot was not declared
         */
        public Builder series(String plot, String name, double[] x, double[] y, double[] yLower, double[] yUpper) {
            if (!plots.containsKey(plot)) {
                throw new IllegalArgumentException("series " + name + " refers to undeclared plot " + plot);
            }
            series.add(new Series(name, plot, x, y, yLower, yUpper));
            return this;
        }

        public Evidence build() {
            return new Evidence(this);
        }

        private Builder put(String name, Object value) {
            if (measurements.putIfAbsent(Objects.requireNonNull(name, "name"), value) != null) {
                throw new IllegalArgumentException("measurement " + name + " recorded twice");
            }
            return this;
        }

        /** The cell, or a copy of it if it is an array. */
        private static Object requireCell(String table, String column, Object cell) {
            if (cell instanceof double[]) {
                return ((double[]) cell).clone();
            }
            if (cell instanceof String || cell instanceof Number || cell instanceof Boolean) {
                return cell;
            }
            throw new IllegalArgumentException("table " + table + ", column " + column
                    + ": cells must be String, Number, Boolean or double[], got: " + cell);
        }
    }
}
