package nnrep.reports.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Draws each series of an {@link IntervalXYDataset} (x, y and the bar from start-y to end-y) in the
 * {@link SeriesStyle} given for it, as at most three shapes: its line, its bars and its markers,
 * each one path. JFreeChart's own renderers draw every marker and every bar as an element of its
 * own with its full style, which makes a scatter of a few hundred points with bars weigh most of
 * a report; drawn as paths, it weighs a tenth of that and looks the same.
 *
 * <p>A series of more than {@link #DENSE} points gets smaller markers and bars without caps, which
 * would only overlap; its discs and squares are drawn as the round or square caps of zero-length
 * strokes, a few bytes each where an outline takes a hundred or more.
 */
final class SeriesRenderer extends AbstractXYItemRenderer {

    private static final long serialVersionUID = 1L;

    /** Beyond this many points a series is dense: small markers, no caps on its bars. */
    static final int DENSE = 60;
    private static final double MARKER = 7;
    private static final float DENSE_MARKER = 4;
    private static final BasicStroke DENSE_DISC = new BasicStroke(DENSE_MARKER, BasicStroke.CAP_ROUND,
            BasicStroke.JOIN_ROUND);
    private static final BasicStroke DENSE_SQUARE = new BasicStroke(DENSE_MARKER * 0.8f, BasicStroke.CAP_SQUARE,
            BasicStroke.JOIN_MITER);
    private static final double CAP = 3;
    private static final BasicStroke SOLID = new BasicStroke(1.6f);
    private static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {7f, 5f}, 0f);
    private static final BasicStroke BAR = new BasicStroke(1f);
    /** The line shown in the legend: long enough to show a dash and a gap. */
    private static final Shape LEGEND_LINE = new Line2D.Double(-12, 0, 12, 0);

    private final transient List<SeriesStyle> styles;

    /** @param styles the style of each series of the dataset, by series index */
    SeriesRenderer(List<SeriesStyle> styles) {
        this.styles = List.copyOf(styles);
    }

    /** Every item is visited, so that a series is drawn whole when its last item comes. */
    @Override
    public XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, XYDataset dataset,
            PlotRenderingInfo info) {
        XYItemRendererState state = super.initialise(g2, dataArea, plot, dataset, info);
        state.setProcessVisibleItemsOnly(false);
        return state;
    }

    /** The range of the data, confidence bars included. */
    @Override
    public Range findRangeBounds(XYDataset dataset) {
        return findRangeBounds(dataset, true);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
            XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
            CrosshairState crosshairState, int pass) {
        int count = dataset.getItemCount(series);
        if (item != count - 1) {
            return;
        }
        IntervalXYDataset data = (IntervalXYDataset) dataset;
        SeriesStyle style = styles.get(series);
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        boolean dense = count > DENSE;
        // a line of a single point would not show: it gets a marker
        SeriesStyle.Marker kind = style.marker() == SeriesStyle.Marker.NONE && count < 2 ? SeriesStyle.Marker.CIRCLE
                : style.marker();
        BasicStroke dot = !dense ? null : switch (kind) {
            case CIRCLE -> DENSE_DISC;
            case SQUARE -> DENSE_SQUARE;
            default -> null;
        };
        Shape marker = dot != null ? null : shape(kind, dense ? DENSE_MARKER : MARKER);
        Path2D line = new Path2D.Double();
        Path2D bars = new Path2D.Double();
        Path2D markers = new Path2D.Double();
        for (int i = 0; i < count; i++) {
            double x = domainAxis.valueToJava2D(data.getXValue(series, i), dataArea, xEdge);
            double y = rangeAxis.valueToJava2D(data.getYValue(series, i), dataArea, yEdge);
            if (i == 0) {
                line.moveTo(x, y);
            } else {
                line.lineTo(x, y);
            }
            double low = rangeAxis.valueToJava2D(data.getStartYValue(series, i), dataArea, yEdge);
            double high = rangeAxis.valueToJava2D(data.getEndYValue(series, i), dataArea, yEdge);
            if (style.bars() && low != high) {
                segment(bars, x, low, x, high);
                if (!dense) {
                    segment(bars, x - CAP, low, x + CAP, low);
                    segment(bars, x - CAP, high, x + CAP, high);
                }
            }
            if (dot != null) {
                segment(markers, x, y, x, y);
            } else if (marker != null) {
                markers.append(marker.getPathIterator(AffineTransform.getTranslateInstance(x, y)), false);
            }
        }
        g2.setPaint(style.colour());
        if (style.line() && count > 1) {
            g2.setStroke(stroke(style));
            g2.draw(line);
        }
        if (bars.getCurrentPoint() != null) {
            g2.setStroke(BAR);
            g2.draw(bars);
        }
        if (dot != null) {
            g2.setStroke(dot);
            g2.draw(markers);
        } else if (marker != null) {
            g2.fill(markers);
        }
    }

    /** The legend entry of a series: its line (dashed or not) and its marker, as drawn. */
    @Override
    public LegendItem getLegendItem(int datasetIndex, int series) {
        XYPlot plot = getPlot();
        if (plot == null || plot.getDataset(datasetIndex) == null) {
            return null;
        }
        String label = plot.getDataset(datasetIndex).getSeriesKey(series).toString();
        SeriesStyle style = styles.get(series);
        Shape marker = shape(style.marker(), MARKER);
        boolean hasMarker = marker != null;
        LegendItem item = new LegendItem(label, label, null, null, hasMarker, hasMarker ? marker : LEGEND_LINE,
                hasMarker, style.colour(), false, style.colour(), BAR, style.line() || !hasMarker, LEGEND_LINE,
                stroke(style), style.colour());
        item.setSeriesKey(plot.getDataset(datasetIndex).getSeriesKey(series));
        item.setSeriesIndex(series);
        item.setDatasetIndex(datasetIndex);
        return item;
    }

    private static Stroke stroke(SeriesStyle style) {
        return style.dashed() ? DASHED : SOLID;
    }

    private static void segment(Path2D path, double x0, double y0, double x1, double y1) {
        path.moveTo(x0, y0);
        path.lineTo(x1, y1);
    }

    /** A marker of width {@code size} centred on the origin, or null for {@link SeriesStyle.Marker#NONE}. */
    static Shape shape(SeriesStyle.Marker marker, double size) {
        double h = size / 2;
        return switch (marker) {
            case NONE -> null;
            case CIRCLE -> new Ellipse2D.Double(-h, -h, size, size);
            case SQUARE -> polygon(-h * 0.9, -h * 0.9, h * 0.9, -h * 0.9, h * 0.9, h * 0.9, -h * 0.9, h * 0.9);
            case TRIANGLE -> polygon(0, -h * 1.15, h * 1.1, h * 0.8, -h * 1.1, h * 0.8);
            case DIAMOND -> polygon(0, -h * 1.2, h * 1.2, 0, 0, h * 1.2, -h * 1.2, 0);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }
}
