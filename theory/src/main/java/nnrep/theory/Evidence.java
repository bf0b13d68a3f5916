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

    /** {@return an empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the measurement recorded under this name (a double[] is a copy), or null}
     *
     * @param name the measurement's name
     */
    public Object measurement(String name) {
        return copyOf(measurements.get(name));
    }

    /**
     * {@return the measurements, by name, in recording order (unmodifiable; arrays are shared, do not
     * modify)}
     */
    public Map<String, Object> measurements() {
        return measurements;
    }

    /** {@return the seeds, by name, in recording order (unmodifiable)} */
    public Map<String, Long> seeds() {
        return seeds;
    }

    /** {@return the notes, in recording order} */
    public List<String> notes() {
        return notes;
    }

    /** {@return the declared plots, in declaration order} */
    public List<Plot> plots() {
        return plots;
    }

    /** {@return the series, in recording order} */
    public List<Series> series() {
        return series;
    }

    /** {@return the evidence as nested plain values (see the class comment); a fresh copy on every call} */
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

        /**
         * Checks that nothing is null.
         *
         * @param title  the title, which series refer to
         * @param xLabel the label of the x axis
         * @param yLabel the label of the y axis
         * @param logX   whether the x axis is logarithmic
         * @param logY   whether the y axis is logarithmic
         */
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
         * Checks the arrays and copies them.
         *
         * @param name   the series' name, shown in the legend
         * @param plot   the title of the plot it is drawn in
         * @param x      the abscissae
         * @param y      the ordinates
         * @param yLower the lower ends of the band, or null
         * @param yUpper the upper ends of the band, or null
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

        /** {@return a copy of the abscissae} */
        @Override
        public double[] x() {
            return x.clone();
        }

        /** {@return a copy of the ordinates} */
        @Override
        public double[] y() {
            return y.clone();
        }

        /** {@return a copy of the lower ends of the band, or null} */
        @Override
        public double[] yLower() {
            return yLower == null ? null : yLower.clone();
        }

        /** {@return a copy of the upper ends of the band, or null} */
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

        /**
         * Records a number.
         *
         * @param name  the measurement's name
         * @param value its value
         * @return this builder
         */
        public Builder measurement(String name, double value) {
            return put(name, value);
        }

        /**
         * Records a count or an integer.
         *
         * @param name  the measurement's name
         * @param value its value
         * @return this builder
         */
        public Builder measurement(String name, long value) {
            return put(name, value);
        }

        /**
         * Records a text.
         *
         * @param name  the measurement's name
         * @param value its value
         * @return this builder
         */
        public Builder measurement(String name, String value) {
            return put(name, Objects.requireNonNull(value, name));
        }

        /**
         * Records a yes or no.
         *
         * @param name  the measurement's name
         * @param value its value
         * @return this builder
         */
        public Builder measurement(String name, boolean value) {
            return put(name, value);
        }

        /**
         * Records an array of doubles (copied).
         *
         * @param name   the measurement's name
         * @param values its values
         * @return this builder
         */
        public Builder measurement(String name, double[] values) {
            return put(name, values.clone());
        }

        /**
         * Records a small table: one map per row, column name to a String, Number, Boolean or
         * double[] cell (copied).
         *
         * @param name the measurement's name
         * @param rows the rows
         * @return this builder
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

        /**
         * Records a seed that, with the claim's parameters, reproduces part of the run.
         *
         * @param name what the seed drew
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(String name, long seed) {
            if (seeds.putIfAbsent(name, seed) != null) {
                throw new IllegalArgumentException("seed " + name + " recorded twice");
            }
            return this;
        }

        /**
         * Records a free-text remark for the reader of the report.
         *
         * @param text the remark
         * @return this builder
         */
        public Builder note(String text) {
            notes.add(Objects.requireNonNull(text, "note"));
            return this;
        }

        /**
         * Declares a figure that series can be drawn in.
         *
         * @param title  the title, which series refer to
         * @param xLabel the label of the x axis
         * @param yLabel the label of the y axis
         * @param logX   whether the x axis is logarithmic
         * @param logY   whether the y axis is logarithmic
         * @return this builder
         */
        public Builder plot(String title, String xLabel, String yLabel, boolean logX, boolean logY) {
            if (plots.putIfAbsent(title, new Plot(title, xLabel, yLabel, logX, logY)) != null) {
                throw new IllegalArgumentException("plot " + title + " declared twice");
            }
            return this;
        }

        /**
         * Records a curve without a band, drawn in the declared plot {@code plot}.
         *
         * @param plot the plot's title
         * @param name the curve's name, shown in the legend
         * @param x    the abscissae
         * @param y    the ordinates
         * @return this builder
         */
        public Builder series(String plot, String name, double[] x, double[] y) {
            return series(plot, name, x, y, null, null);
        }

        /**
         * Records a curve with a confidence band, drawn in the declared plot {@code plot}.
         *
         * @param plot   the plot's title
         * @param name   the curve's name, shown in the legend
         * @param x      the abscissae
         * @param y      the ordinates
         * @param yLower the lower ends of the band
         * @param yUpper the upper ends of the band
         * @return this builder
         * @throws IllegalArgumentException if the plot was not declared
         */
        public Builder series(String plot, String name, double[] x, double[] y, double[] yLower, double[] yUpper) {
            if (!plots.containsKey(plot)) {
                throw new IllegalArgumentException("series " + name + " refers to undeclared plot " + plot);
            }
            series.add(new Series(name, plot, x, y, yLower, yUpper));
            return this;
        }

        /** {@return the evidence recorded} */
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
