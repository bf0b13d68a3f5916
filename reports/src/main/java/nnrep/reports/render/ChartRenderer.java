package nnrep.reports.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link PlotModel} with JFreeChart and turns it into SVG with JFreeSVG. Points that cannot
 * be drawn (not finite, or non-positive on a logarithmic axis) are left out and counted in a
 * subtitle; a confidence bar whose lower end is not positive on a logarithmic axis starts at its
 * point. A plot with nothing to draw still gives a chart, which says so.
 */
public final class ChartRenderer {

    /** Width of a chart, in SVG user units (pixels). */
    public static final int WIDTH = 640;
    /** Height of a chart, in SVG user units (pixels). */
    public static final int HEIGHT = 420;

    /** Okabe and Ito's colour-blind-safe palette (yellow darkened to read on white). */
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x444444), new Color(0xB8A100),
    };
    private static final String FONT = "SansSerif";
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Shape MARKER = new Ellipse2D.Double(-3, -3, 6, 6);
    private static final BasicStroke SOLID = new BasicStroke(1.6f);
    private static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {7f, 5f}, 0f);

    /**
     * Draws the plot.
     *
     * @param id a prefix unique within the page the chart is put in: the SVG element's id, and the
     *           prefix of the ids of its definitions (clip paths), so that several inline charts do
     *           not share ids
     */
    public RenderedChart render(PlotModel plot, String id) {
        JFreeChart chart = chart(plot);
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        svg.setDefsKeyPrefix(id + "-");
        svg.setGeomDoubleConverter(ChartRenderer::coordinate);
        chart.draw(svg, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        ViewBox box = new ViewBox(0, 0, WIDTH, HEIGHT);
        String element = svg.getSVGElement(id, false, box, null, null);
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + svg.getSVGElement(id, true, box, null, null) + "\n";
        return new RenderedChart(plot.title(), element, document);
    }

    /** A coordinate to a hundredth of a pixel: enough for the eye, and it keeps the files small. */
    private static String coordinate(double value) {
        double rounded = Math.rint(value * 100) / 100;
        return rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15 ? Long.toString((long) rounded)
                : Double.toString(rounded);
    }

    private static JFreeChart chart(PlotModel plot) {
        YIntervalSeriesCollection banded = new YIntervalSeriesCollection();
        XYSeriesCollection plain = new XYSeriesCollection();
        XYErrorRenderer bandRenderer = new XYErrorRenderer();
        bandRenderer.setCapLength(6);
        XYLineAndShapeRenderer plainRenderer = new XYLineAndShapeRenderer();
        Map<String, Color> colours = new LinkedHashMap<>();
        UniqueNames keys = new UniqueNames("%s (%d)");
        int skipped = 0;
        for (SeriesModel series : plot.series()) {
            List<double[]> points = drawable(series, plot.logX(), plot.logY());
            skipped += series.size() - points.size();
            if (points.isEmpty()) {
                continue;
            }
            String key = keys.next(series.name());
            Color colour = colours.computeIfAbsent(SeriesStyle.colourKey(series),
                    k -> PALETTE[colours.size() % PALETTE.length]);
            SeriesStyle style = SeriesStyle.of(plot, series);
            if (series.hasBand()) {
                YIntervalSeries data = new YIntervalSeries(key, false, true);
                points.forEach(p -> data.add(p[0], p[1], p[2], p[3]));
                banded.addSeries(data);
                applyStyle(bandRenderer, banded.getSeriesCount() - 1, style, colour, points.size());
            } else {
                XYSeries data = new XYSeries(key, false, true);
                points.forEach(p -> data.add(p[0], p[1]));
                plain.addSeries(data);
                applyStyle(plainRenderer, plain.getSeriesCount() - 1, style, colour, points.size());
            }
        }
        XYPlot xy = new XYPlot();
        xy.setDomainAxis(axis(plot.xLabel(), plot.logX()));
        xy.setRangeAxis(axis(plot.yLabel(), plot.logY()));
        xy.setDataset(0, banded);
        xy.setRenderer(0, bandRenderer);
        xy.setDataset(1, plain);
        xy.setRenderer(1, plainRenderer);
        xy.setBackgroundPaint(Color.WHITE);
        xy.setDomainGridlinePaint(GRID);
        xy.setRangeGridlinePaint(GRID);
        xy.setOutlinePaint(Color.GRAY);
        xy.setNoDataMessage("no plottable data");
        xy.setNoDataMessageFont(new Font(FONT, Font.ITALIC, 14));

        JFreeChart chart = new JFreeChart(plot.title(), new Font(FONT, Font.BOLD, 14), xy, true);
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

    private static ValueAxis axis(String label, boolean log) {
        ValueAxis axis;
        if (log) {
            axis = new RoundLogAxis(label);
        } else {
            NumberAxis linear = new NumberAxis(label);
            linear.setAutoRangeIncludesZero(false);
            linear.setAutoRangeStickyZero(false);
            axis = linear;
        }
        axis.setLabelFont(new Font(FONT, Font.PLAIN, 13));
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        return axis;
    }

    /** Styles series {@code index} of the renderer; a line of a single point shows its marker, or nothing would show. */
    private static void applyStyle(XYLineAndShapeRenderer renderer, int index, SeriesStyle style, Color colour,
            int points) {
        renderer.setSeriesPaint(index, colour);
        renderer.setSeriesLinesVisible(index, style.line());
        renderer.setSeriesShapesVisible(index, style.markers() || points < 2);
        renderer.setSeriesShape(index, MARKER);
        renderer.setSeriesStroke(index, style.dashed() ? DASHED : SOLID);
    }
}
