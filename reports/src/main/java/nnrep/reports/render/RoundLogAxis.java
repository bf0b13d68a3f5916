package nnrep.reports.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.plot.ValueAxisPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * A base-10 logarithmic axis with ticks labelled as plain numbers ("0.05", "2000", "1e-15"), where
 * JFreeChart's own log axes label fractional powers ("10^1.2") or only whole powers of ten.
 *
 * <p>An axis that carries a grid (the d = 16, 32, 64, 128 or the n / d^2 = 1, 2, 4, 8 of a claim,
 * see {@link #grid}) has its ticks at the grid's own values, so that every point measured has its
 * label. Any other axis has ticks at round values: 1, 2 and 5 times the powers of ten, or 1 to 9
 * times them if that gives too few ticks, or evenly spaced round values on a very narrow axis;
 * beyond four decades, powers of ten only (every few powers over a very wide range).
 */
final class RoundLogAxis extends LogAxis {

    private static final long serialVersionUID = 1L;
    private static final int MAX_DECADES_WITH_STEPS = 4;
    private static final int MAX_POWER_TICKS = 8;
    private static final int MIN_TICKS = 4;
    private static final double MIN_DECADES = 0.1;
    private static final double WIDENING = 0.5;
    private static final double MARGIN = 0.05;
    /** A grid has at most this many values... */
    static final int MAX_GRID = 12;
    /** ... and no two of them closer than this share of its span, in decades, so that labels do not collide. */
    private static final double MIN_GRID_GAP = 1.0 / 15;

    private final List<Double> grid;

    /**
     * @param grid the values to put the ticks at, from {@link #grid}; empty for round values
     */
    RoundLogAxis(String label, List<Double> grid) {
        super(label);
        this.grid = List.copyOf(grid);
    }

    /**
     * The grid the values lie on, if they lie on one: their distinct positive values, increasing,
     * if there are 2 to {@link #MAX_GRID} of them and consecutive ones are at least 1/15 of the
     * span apart on a log scale; otherwise an empty list.
     */
    static List<Double> grid(double[] values) {
        double[] distinct = Arrays.stream(values).filter(v -> v > 0 && Double.isFinite(v)).sorted()
                .distinct().toArray();
        if (distinct.length < 2 || distinct.length > MAX_GRID) {
            return List.of();
        }
        double span = Math.log10(distinct[distinct.length - 1] / distinct[0]);
        for (int i = 1; i < distinct.length; i++) {
            if (Math.log10(distinct[i] / distinct[i - 1]) < MIN_GRID_GAP * span) {
                return List.of();
            }
        }
        return Arrays.stream(distinct).boxed().toList();
    }

    @Override
    public List<NumberTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor;
        if (RectangleEdge.isTopOrBottom(edge)) {
            anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        } else {
            anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
        }
        List<NumberTick> ticks = new ArrayList<>();
        List<Double> values = grid.isEmpty() ? tickValues(getLowerBound(), getUpperBound()) : grid;
        for (double value : values) {
            ticks.add(new NumberTick(value, Values.number(value), anchor, anchor, 0.0));
        }
        return ticks;
    }

    /**
     * Fits the range to the data in log space, with a margin of 5% on each side; a range narrower
     * than a tenth of a decade (a single value, say) is widened to half a decade each way, and an
     * axis without data spans 1 to 10. (JFreeChart's own rule widens any range narrower than 1e-8,
     * in data units, which breaks on data of size 1e-10.)
     */
    @Override
    protected void autoAdjustRange() {
        Range data = getPlot() instanceof ValueAxisPlot plot ? plot.getDataRange(this) : null;
        double low = 0;
        double high = 1;
        if (data != null && data.getUpperBound() > 0 && Double.isFinite(data.getUpperBound())) {
            high = Math.log10(data.getUpperBound());
            low = data.getLowerBound() > 0 ? Math.log10(data.getLowerBound()) : high - 1;
        }
        if (high - low < MIN_DECADES) {
            double centre = (low + high) / 2;
            low = centre - WIDENING;
            high = centre + WIDENING;
        }
        double margin = MARGIN * (high - low);
        setRange(new Range(Math.pow(10, low - margin), Math.pow(10, high + margin)), false, false);
    }

    /** The tick values for an axis from {@code lower} to {@code upper} (none if upper is not positive). */
    static List<Double> tickValues(double lower, double upper) {
        if (!(upper > 0) || !Double.isFinite(upper)) {
            return List.of();
        }
        double low = lower > 0 && lower < upper ? lower : upper / 10;
        if (Math.log10(upper / low) > MAX_DECADES_WITH_STEPS) {
            return powers(low, upper, new double[] {1});
        }
        for (double[] mantissas : new double[][] {{1, 2, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}}) {
            List<Double> ticks = powers(low, upper, mantissas);
            if (ticks.size() >= MIN_TICKS) {
                return ticks;
            }
        }
        return linear(low, upper);
    }

    /** The values m 10^k in [low, upper] for the given mantissas m, k every few powers so as to give a few ticks. */
    private static List<Double> powers(double low, double upper, double[] mantissas) {
        int first = (int) Math.floor(Math.log10(low));
        int last = (int) Math.ceil(Math.log10(upper));
        int step = mantissas.length > 1 ? 1 : Math.max(1, (int) Math.ceil((last - first) / (double) MAX_POWER_TICKS));
        List<Double> ticks = new ArrayList<>();
        for (int k = first; k <= last; k += step) {
            for (double m : mantissas) {
                double value = m * Math.pow(10, k);
                if (value >= low * (1 - 1e-9) && value <= upper * (1 + 1e-9)) {
                    ticks.add(value);
                }
            }
        }
        return ticks;
    }

    /** Evenly spaced round values (a step of 1, 2 or 5 times a power of ten), for a narrow range. */
    private static List<Double> linear(double low, double upper) {
        double raw = (upper - low) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 5, 10}) {
            step = m * magnitude;
            if (step >= raw) {
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        for (long i = (long) Math.ceil(low / step); i * step <= upper * (1 + 1e-9); i++) {
            ticks.add(i * step);
        }
        return ticks;
    }
}
