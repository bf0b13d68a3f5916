package nnrep.reports.render;

import java.util.List;
import java.util.Locale;

/**
 * How a series is drawn. The evidence declares only data, so the style follows from the series
 * and the plot it is in:
 * <ul>
 * <li>a series with confidence bars is measured data: markers with their bars, joined by a line
 *     when the plot holds nothing else (a family of curves, e.g. one per d), left unjoined when
 *     the plot also holds reference lines (a fitted line, a predicted slope, y = x); a joined
 *     curve of a baseline ("NTK kernel, d = 16", "random features", "lazy") is dashed, so that it
 *     reads apart from the network's curve of the same colour;</li>
 * <li>a series without bars named after a measurement ("measured", "quadrature", "Monte Carlo",
 *     "Gauss-Hermite") is drawn as markers, so that it shows against the line it is compared with;</li>
 * <li>a predicted line is dashed; any other series is a solid line.</li>
 * </ul>
 */
public enum SeriesStyle {
    /** Markers with confidence bars. */
    POINTS_WITH_BARS(false, true, false),
    /** Markers with confidence bars, joined by a line. */
    CURVE_WITH_BARS(true, true, false),
    /** Markers with confidence bars, joined by a dashed line: a baseline's curve. */
    DASHED_CURVE_WITH_BARS(true, true, true),
    /** Markers only. */
    POINTS(false, true, false),
    /** A solid line. */
    LINE(true, false, false),
    /** A dashed line. */
    DASHED_LINE(true, false, true);

    private static final List<String> MEASURED = List.of("measured", "quadrature", "monte carlo", "gauss-hermite");
    private static final List<String> BASELINES = List.of("ntk", "kernel", "random", "lazy");

    private final boolean line;
    private final boolean markers;
    private final boolean dashed;

    SeriesStyle(boolean line, boolean markers, boolean dashed) {
        this.line = line;
        this.markers = markers;
        this.dashed = dashed;
    }

    /** The style of {@code series} drawn in {@code plot}. */
    public static SeriesStyle of(PlotModel plot, SeriesModel series) {
        String name = series.name().toLowerCase(Locale.ROOT);
        if (series.hasBand()) {
            if (plot.hasSeriesWithoutBand()) {
                return POINTS_WITH_BARS;
            }
            return BASELINES.stream().anyMatch(name::startsWith) ? DASHED_CURVE_WITH_BARS : CURVE_WITH_BARS;
        }
        if (MEASURED.stream().anyMatch(name::startsWith)) {
            return POINTS;
        }
        return name.startsWith("predicted") ? DASHED_LINE : LINE;
    }

    /** Whether consecutive points are joined by a line. */
    public boolean line() {
        return line;
    }

    /** Whether each point has a marker. */
    public boolean markers() {
        return markers;
    }

    /** Whether the line is dashed. */
    public boolean dashed() {
        return dashed;
    }

    /**
     * The colour group of a series: series whose names differ only before their first comma, or by
     * a leading sign, share a colour ("closed form, b = 1" and "quadrature, b = 1"; "+critical
     * value" and "-critical value").
     */
    public static String colourKey(SeriesModel series) {
        String name = series.name();
        int comma = name.indexOf(", ");
        String key = comma >= 0 ? name.substring(comma + 2) : name;
        return key.replaceFirst("^[+-]", "");
    }
}
