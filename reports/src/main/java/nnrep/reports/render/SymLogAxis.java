package nnrep.reports.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.plot.ValueAxisPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * A symmetric logarithmic axis, for signed values that span many decades (the Hermite coefficients
 * c_k(b) run from 1e-2 to 4e2 in size, either sign, with exact zeros among them). A value v is
 * placed at s(v) = v / t within a threshold t of zero and at s(v) = sign(v) (1 + log10(|v| / t))
 * beyond: linear near zero, logarithmic elsewhere, continuous at +-t, and the linear part as long
 * as a decade on each side. Ticks are at 0 and at +-t, +-10 t, +-100 t, ...
 *
 * <p>A linear axis needs it when most of its values would be squeezed against zero: when the
 * median size of the values is below {@link #SQUEEZE} times the largest ({@link #suits}). The
 * threshold is then {@link #DECADES} decades below the largest power of ten not above the
 * largest size, so that four decades are drawn logarithmically and smaller values, rounding
 * errors included, lie in the linear part.
 */
final class SymLogAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;
    /** A linear axis squeezes its values when their median size is below this share of the largest. */
    static final double SQUEEZE = 0.01;
    /** The decades drawn logarithmically below the largest power of ten of the values. */
    static final int DECADES = 4;
    private static final double MARGIN = 0.05;

    private final double threshold;

    /** An axis whose linear part is [-threshold, threshold]. */
    SymLogAxis(String label, double threshold) {
        super(label);
        this.threshold = threshold;
    }

    /** Whether values this spread need a symmetric logarithmic axis rather than a linear one. */
    static boolean suits(double[] values) {
        double[] sizes = Arrays.stream(values).filter(Double::isFinite).map(Math::abs).sorted().toArray();
        if (sizes.length == 0) {
            return false;
        }
        double median = sizes[(sizes.length - 1) / 2];
        return median < SQUEEZE * sizes[sizes.length - 1];
    }

    /** The linear threshold for values whose largest size is {@code largest} (positive). */
    static double threshold(double largest) {
        return Math.pow(10, Math.floor(Math.log10(largest)) - DECADES);
    }

    /** The linear threshold t of this axis. */
    double threshold() {
        return threshold;
    }

    /** s(v): v / t within the threshold, sign(v) (1 + log10(|v| / t)) beyond. */
    double scaled(double value) {
        double size = Math.abs(value) / threshold;
        return size <= 1 ? value / threshold : Math.signum(value) * (1 + Math.log10(size));
    }

    /** The inverse of {@link #scaled}: v = s t within [-1, 1], sign(s) t 10^(|s| - 1) beyond. */
    double unscaled(double s) {
        return Math.abs(s) <= 1 ? s * threshold : Math.signum(s) * threshold * Math.pow(10, Math.abs(s) - 1);
    }

    @Override
    public double valueToJava2D(double value, Rectangle2D area, RectangleEdge edge) {
        double[] ends = ends(area, edge);
        double low = scaled(getLowerBound());
        double high = scaled(getUpperBound());
        return ends[0] + (scaled(value) - low) / (high - low) * (ends[1] - ends[0]);
    }

    @Override
    public double java2DToValue(double java2DValue, Rectangle2D area, RectangleEdge edge) {
        double[] ends = ends(area, edge);
        double low = scaled(getLowerBound());
        double high = scaled(getUpperBound());
        return unscaled(low + (java2DValue - ends[0]) / (ends[1] - ends[0]) * (high - low));
    }

    /** The Java2D coordinates of the lower and the upper end of the axis. */
    private double[] ends(Rectangle2D area, RectangleEdge edge) {
        double[] ends = RectangleEdge.isTopOrBottom(edge) ? new double[] {area.getMinX(), area.getMaxX()}
                : new double[] {area.getMaxY(), area.getMinY()};
        if (isInverted()) {
            return new double[] {ends[1], ends[0]};
        }
        return ends;
    }

    /** Fits the range to the data in scaled space, with a margin of 5% on each side. */
    @Override
    protected void autoAdjustRange() {
        Range data = getPlot() instanceof ValueAxisPlot plot ? plot.getDataRange(this) : null;
        double low = data == null ? -1 : scaled(data.getLowerBound());
        double high = data == null ? 1 : scaled(data.getUpperBound());
        if (!(high > low)) {
            low -= 1;
            high += 1;
        }
        double margin = MARGIN * (high - low);
        setRange(new Range(unscaled(low - margin), unscaled(high + margin)), false, false);
    }

    @Override
    public List<NumberTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = RectangleEdge.isTopOrBottom(edge) ? TextAnchor.TOP_CENTER : TextAnchor.CENTER_RIGHT;
        List<NumberTick> ticks = new ArrayList<>();
        for (double value : tickValues(getLowerBound(), getUpperBound())) {
            ticks.add(new NumberTick(value, Values.number(value), anchor, anchor, 0.0));
        }
        return ticks;
    }

    /** 0 and the values +-t 10^k, k >= 0, that lie in [lower, upper], in increasing order. */
    List<Double> tickValues(double lower, double upper) {
        List<Double> ticks = new ArrayList<>();
        double largest = Math.max(Math.abs(lower), Math.abs(upper));
        List<Double> powers = new ArrayList<>();
        for (int k = 0; threshold * Math.pow(10, k) <= largest * (1 + 1e-9); k++) {
            powers.add(threshold * Math.pow(10, k));
        }
        for (int i = powers.size() - 1; i >= 0; i--) {
            ticks.add(-powers.get(i));
        }
        ticks.add(0.0);
        ticks.addAll(powers);
        ticks.removeIf(v -> v < lower || v > upper);
        return ticks;
    }
}
