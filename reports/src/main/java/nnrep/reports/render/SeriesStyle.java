package nnrep.reports.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a series is drawn: its colour, its marker, whether its points are joined by a line (solid or
 * dashed) and whether it has confidence bars. The evidence declares only data, so the style follows
 * from each series' name and from the plot it is in.
 *
 * <p>What is drawn:
 * <ul>
 * <li>a series with confidence bars is measured data: markers with their bars, joined by a line
 *     when the plot holds nothing else (a family of curves, e.g. one per d), left unjoined when
 *     the plot also holds reference lines (a fitted line, a predicted slope, y = x);</li>
 * <li>a series without bars named after a measurement ("measured", "quadrature", "Monte Carlo",
 *     "Gauss-Hermite") is drawn as markers, so that it shows against the line it is compared with;</li>
 * <li>any other series is a line, dashed when it is a prediction ("predicted ...").</li>
 * </ul>
 *
 * <p>How series are told apart. A name reads "learner, group" ("network, d = 16") or is a single
 * part ("NTK ridge", "measured"); its {@link SeriesRole} comes from the name.
 * <ul>
 * <li>In a plot that holds learners, the role decides hue, marker and dash together: the network
 *     is blue with circles and solid lines; each baseline learner gets vermillion, orange or
 *     purple, with squares, triangles or diamonds, and dashed lines; anything else (a reference
 *     line such as "degree-3 energy 1/2") is grey. When the learners' names carry several groups
 *     (d = 12, 16, 20), each group is a shade of its learner's hue, lighter to darker in the order
 *     the groups first appear.</li>
 * <li>In any other plot each group has its own colour from Okabe and Ito's colour-blind-safe
 *     palette: series whose names differ only before their first comma, or by a leading sign,
 *     share a colour ("closed form, b = 1" and "quadrature, b = 1"; "+critical value" and
 *     "-critical value").</li>
 * </ul>
 *
 * @param colour the colour of the line, the markers and the bars
 * @param marker the marker at each point, or {@link Marker#NONE}
 * @param line   whether consecutive points are joined by a line
 * @param dashed whether that line is dashed
 * @param bars   whether each point has its confidence bar
 */
record SeriesStyle(Color colour, Marker marker, boolean line, boolean dashed, boolean bars) {

    /** Okabe and Ito's colour-blind-safe palette (yellow darkened to read on white). */
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x444444), new Color(0xB8A100),
    };
    private static final Color NETWORK = new Color(0x0072B2);
    private static final Color[] BASELINES = {new Color(0xD55E00), new Color(0xE69F00), new Color(0xCC79A7)};
    private static final Marker[] BASELINE_MARKERS = {Marker.SQUARE, Marker.TRIANGLE, Marker.DIAMOND};
    private static final Color REFERENCE = new Color(0x555555);
    /** How far the first group is mixed with white, and the last with black. */
    private static final double LIGHTEST = 0.45;
    private static final double DARKEST = 0.35;

    private static final List<String> MEASURED = List.of("measured", "quadrature", "monte carlo", "gauss-hermite");

    /** The marker drawn at each point of a series. */
    enum Marker {
        /** No marker. */
        NONE,
        /** A disc. */
        CIRCLE,
        /** A square standing on a side. */
        SQUARE,
        /** A triangle pointing up. */
        TRIANGLE,
        /** A square standing on a corner. */
        DIAMOND
    }

    /** The style of each series of the plot, in the order of {@link PlotModel#series()}. */
    static List<SeriesStyle> of(PlotModel plot) {
        List<SeriesModel> series = plot.series();
        boolean learners = series.stream().anyMatch(s -> SeriesRole.of(s.name()).isLearner());
        List<String> baselines = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> colourKeys = new ArrayList<>();
        for (SeriesModel s : series) {
            SeriesRole role = SeriesRole.of(s.name());
            if (role == SeriesRole.BASELINE) {
                addOnce(baselines, learner(s.name()));
            }
            if (role.isLearner() && !group(s.name()).isEmpty()) {
                addOnce(groups, group(s.name()));
            }
            addOnce(colourKeys, colourKey(s.name()));
        }
        List<SeriesStyle> styles = new ArrayList<>();
        for (SeriesModel s : series) {
            SeriesRole role = SeriesRole.of(s.name());
            String name = s.name().toLowerCase(Locale.ROOT);
            boolean measured = MEASURED.stream().anyMatch(name::startsWith);
            boolean line = s.hasBand() ? !plot.hasSeriesWithoutBand() : !measured;
            boolean dashed = line && (role == SeriesRole.BASELINE || name.startsWith("predicted"));
            Color colour;
            Marker marker = s.hasBand() || measured ? Marker.CIRCLE : Marker.NONE;
            if (!learners) {
                colour = PALETTE[colourKeys.indexOf(colourKey(s.name())) % PALETTE.length];
            } else if (role == SeriesRole.OTHER) {
                colour = REFERENCE;
            } else {
                int k = baselines.indexOf(learner(s.name()));
                colour = role == SeriesRole.NETWORK ? NETWORK : BASELINES[k % BASELINES.length];
                marker = role == SeriesRole.NETWORK ? Marker.CIRCLE : BASELINE_MARKERS[k % BASELINE_MARKERS.length];
                colour = shade(colour, groups.indexOf(group(s.name())), groups.size());
            }
            styles.add(new SeriesStyle(colour, marker, line, dashed, s.hasBand()));
        }
        return styles;
    }

    /**
     * The colour group of a series outside plots of learners: the name after its first comma,
     * without a leading sign (the whole name if it has no comma).
     */
    static String colourKey(String name) {
        int comma = name.indexOf(", ");
        String key = comma >= 0 ? name.substring(comma + 2) : name;
        return key.replaceFirst("^[+-]", "");
    }

    /** The part of a name before its first comma (the whole name if it has none). */
    private static String learner(String name) {
        int comma = name.indexOf(", ");
        return comma >= 0 ? name.substring(0, comma) : name;
    }

    /** The part of a name after its first comma, or "" if it has none. */
    private static String group(String name) {
        int comma = name.indexOf(", ");
        return comma >= 0 ? name.substring(comma + 2) : "";
    }

    /**
     * Shade {@code index} of {@code count} of a colour: the first mixed with white, the last with
     * black, the others in between; the colour itself when there are fewer than two groups or the
     * series has none ({@code index < 0}).
     */
    static Color shade(Color colour, int index, int count) {
        if (count < 2 || index < 0) {
            return colour;
        }
        double t = -LIGHTEST + (LIGHTEST + DARKEST) * index / (count - 1);
        int towards = t < 0 ? 255 : 0;
        double w = Math.abs(t);
        return new Color(mix(colour.getRed(), towards, w), mix(colour.getGreen(), towards, w),
                mix(colour.getBlue(), towards, w));
    }

    private static int mix(int channel, int towards, double weight) {
        return (int) Math.round(channel * (1 - weight) + towards * weight);
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }
}
