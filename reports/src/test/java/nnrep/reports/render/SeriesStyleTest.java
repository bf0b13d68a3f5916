package nnrep.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SeriesStyleTest {

    private static SeriesModel withBars(String name) {
        return new SeriesModel(name, new double[] {2, 4}, new double[] {0.4, 0.2}, new double[] {0.3, 0.1},
                new double[] {0.5, 0.3});
    }

    @Test
    void aBaselineCurveIsDashedBesideTheNetworksSolidCurveOfTheSameColour() {
        SeriesModel network = withBars("network, d = 12");
        SeriesModel kernel = withBars("NTK kernel, d = 12");
        PlotModel curves = new PlotModel("error against n / d^2", "n / d^2", "error", false, false,
                List.of(network, kernel));
        assertThat(SeriesStyle.of(curves, network)).isEqualTo(SeriesStyle.CURVE_WITH_BARS);
        assertThat(SeriesStyle.of(curves, kernel)).isEqualTo(SeriesStyle.DASHED_CURVE_WITH_BARS);
        assertThat(SeriesStyle.colourKey(kernel)).isEqualTo(SeriesStyle.colourKey(network));
    }

    @Test
    void measuredPointsBesideReferenceLinesStayUnjoined() {
        SeriesModel measured = withBars("measured (geometric mean, pointwise band)");
        SeriesModel predicted = new SeriesModel("predicted slope 2", new double[] {2, 4}, new double[] {1, 4}, null,
                null);
        PlotModel plot = new PlotModel("n* against d", "d", "n*", true, true, List.of(measured, predicted));
        assertThat(SeriesStyle.of(plot, measured)).isEqualTo(SeriesStyle.POINTS_WITH_BARS);
        assertThat(SeriesStyle.of(plot, predicted)).isEqualTo(SeriesStyle.DASHED_LINE);
    }
}
