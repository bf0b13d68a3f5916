package nnrep.reports.render;

import java.util.List;
import java.util.Map;

/** A chart declared in a claim's evidence: title, axis labels and scales, and the series drawn in it. */
public record PlotModel(String title, String xLabel, String yLabel, boolean logX, boolean logY,
                        List<SeriesModel> series) {

    /**
     * Copies the list of series, so that the model does not change with what it was made from.
     *
     * @param title  the chart's title
     * @param xLabel the label of the x axis
     * @param yLabel the label of the y axis
     * @param logX   whether the x axis is logarithmic
     * @param logY   whether the y axis is logarithmic
     * @param series the series drawn, in order
     */
    public PlotModel {
        series = List.copyOf(series);
    }

    /** The plot of an evidence "plots" entry, with the series of "series" whose "plot" is its title. */
    static PlotModel of(Map<?, ?> plot, List<?> allSeries) {
        String title = String.valueOf(plot.get("title"));
        List<SeriesModel> mine = allSeries.stream().map(s -> (Map<?, ?>) s)
                .filter(s -> title.equals(s.get("plot"))).map(SeriesModel::of).toList();
        return new PlotModel(title, String.valueOf(plot.get("xLabel")), String.valueOf(plot.get("yLabel")),
                Boolean.TRUE.equals(plot.get("logX")), Boolean.TRUE.equals(plot.get("logY")), mine);
    }

    /** {@return whether some series of the plot has no confidence bars (a reference line, a fit, a formula)} */
    public boolean hasSeriesWithoutBand() {
        return series.stream().anyMatch(s -> !s.hasBand());
    }
}
