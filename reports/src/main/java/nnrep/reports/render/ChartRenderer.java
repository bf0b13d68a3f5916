package nnrep.reports.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link PlotModel} with JFreeChart and turns it into SVG with JFreeSVG. Each series is
 * drawn in its {@link SeriesStyle} by a {@link SeriesRenderer}, as a few paths. Points that cannot
 * be drawn (not finite, or non-positive on a logarithmic axis) are left out and counted in a
 * subtitle; a confidence bar whose lower end is not positive on a logarithmic axis starts at its
 * point. A plot with nothing to draw still gives a chart, which says so.
 *
 * <p>Axes: a logarithmic x axis whose values lie on a grid has its ticks at the grid's values
 * ({@link RoundLogAxis}); a linear y axis whose values would mostly be squeezed against zero is
 * drawn on a symmetric logarithmic scale instead ({@link SymLogAxis}), and its label says so.
 * Numbers in titles, axis labels and legends are {@link Values#rounded}. Each distinct style is
 * written once ({@link SvgStyleClasses}).
 */
public final class ChartRenderer {

    /** Width of a chart, in SVG user units (pixels). */
    public static final int WIDTH = 640;
    /** Height of a chart, in SVG user units (pixels). */
    public static final int HEIGHT = 420;

    private static final String FONT = "SansSerif";
    private static final Color GRID = new Color(0xDDDDDD);

    static {
        // JFreeChart draws rotated text (the y axis label) as glyph outlines unless told not to: a
        // path of a few kilobytes per chart where an SVG text element does the same
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    /**
     * Draws the plot.
     *
     * @param plot the plot to draw
     * @param id   a prefix unique within the page the chart is put in: the SVG element's id, and the
     *             prefix of the ids of its definitions (clip paths), so that several inline charts do
     *             not share ids
     * @return the chart, as an inline element and as a standalone document
     */
    public RenderedChart render(PlotModel plot, String id) {
        JFreeChart chart = chart(plot);
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        svg.setDefsKeyPrefix(id + "-");
        svg.setGeomDoubleConverter(ChartRenderer::coordinate);
        svg.setTransformDoubleConverter(ChartRenderer::coordinate);
        chart.draw(svg, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        ViewBox box = new ViewBox(0, 0, WIDTH, HEIGHT);
        String element = SvgStyleClasses.apply(svg.getSVGElement(id, false, box, null, null), id);
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + SvgStyleClasses.apply(svg.getSVGElement(id, true, box, null, null), id) + "\n";
        return new RenderedChart(plot.title(), element, document);
    }

    /** A coordinate to a tenth of a pixel: enough for the eye, and it keeps the files small. */
    private static String coordinate(double value) {
        double rounded = Math.rint(value * 10) / 10;
        return rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15 ? Long.toString((long) rounded)
                : Double.toString(rounded);
    }

    private static JFreeChart chart(PlotModel plot) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        List<SeriesStyle> styles = new ArrayList<>();
        List<SeriesStyle> allStyles = SeriesStyle.of(plot);
        UniqueNames keys = new UniqueNames("%s (%d)");
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        int skipped = 0;
        for (int s = 0; s < plot.series().size(); s++) {
            SeriesModel series = plot.series().get(s);
            List<double[]> points = drawable(series, plot.logX(), plot.logY());
            skipped += series.size() - points.size();
            if (points.isEmpty()) {
                continue;
            }
            YIntervalSeries data = new YIntervalSeries(keys.next(Values.rounded(series.name())), false, true);
            for (double[] p : points) {
                data.add(p[0], p[1], p[2], p[3]);
                xs.add(p[0]);
                ys.add(p[1]);
            }
            dataset.addSeries(data);
            styles.add(allStyles.get(s));
        }
        XYPlot xy = new XYPlot();
        xy.setDomainAxis(domainAxis(Values.rounded(plot.xLabel()), plot.logX(), values(xs)));
        xy.setRangeAxis(rangeAxis(Values.rounded(plot.yLabel()), plot.logY(), values(ys)));
        xy.setDataset(dataset);
        xy.setRenderer(new SeriesRenderer(styles));
        xy.setBackgroundPaint(Color.WHITE);
        xy.setDomainGridlinePaint(GRID);
        xy.setRangeGridlinePaint(GRID);
        xy.setOutlinePaint(Color.GRAY);
        xy.setNoDataMessage("no plottable data");
        xy.setNoDataMessageFont(new Font(FONT, Font.ITALIC, 14));

        JFreeChart chart = new JFreeChart(Values.rounded(plot.title()), new Font(FONT, Font.BOLD, 14), xy, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(new Font(FONT, Font.PLAIN, 12));
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        if (skipped > 0) {
            TextTitle note = new TextTitle(skipped + (skipped == 1 ? " point" : " points")
                    + " not drawn (not finite, or not positive on a logarithmic axis)",
                    new Font(FONT, Font.ITALIC, 11));
            note.setPaint(Color.DARK_GRAY);
            chart.addSubtitle(note);
        }
        return chart;
    }

    /**
     * The points of a series that can be drawn, as {x, y, yLower, yUpper} (the bar collapsed onto
     * the point when the series has none, or when its ends cannot be drawn).
     */
    private static List<double[]> drawable(SeriesModel series, boolean logX, boolean logY) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            double x = series.x()[i];
            double y = series.y()[i];
            if (!drawable(x, logX) || !drawable(y, logY)) {
                continue;
            }
            double lower = series.hasBand() ? series.yLower()[i] : y;
            double upper = series.hasBand() ? series.yUpper()[i] : y;
            points.add(new double[] {x, y, drawable(lower, logY) ? Math.min(lower, y) : y,
                Double.isFinite(upper) ? Math.max(upper, y) : y});
        }
        return points;
    }

    private static boolean drawable(double value, boolean log) {
        return Double.isFinite(value) && (!log || value > 0);
    }

    private static double[] values(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The x axis: logarithmic with ticks at the grid the values lie on, if any; or linear. */
    private static ValueAxis domainAxis(String label, boolean log, double[] xs) {
        return log ? styled(new RoundLogAxis(label, RoundLogAxis.grid(xs))) : styled(linear(label));
    }

    /**
     * The y axis: logarithmic; symmetric logarithmic if linear was asked for but would squeeze
     * most values against zero; or linear.
     */
    private static ValueAxis rangeAxis(String label, boolean log, double[] ys) {
        if (log) {
            return styled(new RoundLogAxis(label, List.of()));
        }
        if (SymLogAxis.suits(ys)) {
            double largest = Arrays.stream(ys).map(Math::abs).max().orElse(1);
            double threshold = SymLogAxis.threshold(largest);
            return styled(new SymLogAxis(label + " (symmetric log scale, linear within \u00b1"
                    + Values.number(threshold) + ")", threshold));
        }
        return styled(linear(label));
    }

    private static NumberAxis linear(String label) {
        NumberAxis linear = new NumberAxis(label);
        linear.setAutoRangeIncludesZero(false);
        linear.setAutoRangeStickyZero(false);
        return linear;
    }

    private static ValueAxis styled(ValueAxis axis) {
        axis.setLabelFont(new Font(FONT, Font.PLAIN, 13));
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        return axis;
    }
}
