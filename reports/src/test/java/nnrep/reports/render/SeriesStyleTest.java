package nnrep.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;

import org.junit.jupiter.api.Test;

class SeriesStyleTest {

    private static SeriesModel withBars(String name) {
        return new SeriesModel(name, new double[] {2, 4}, new double[] {0.4, 0.2}, new double[] {0.3, 0.1},
                new double[] {0.5, 0.3});
    }

    private static SeriesModel line(String name) {
        return new SeriesModel(name, new double[] {2, 4}, new double[] {1, 4}, null, null);
    }

    private static List<SeriesStyle> styles(SeriesModel... series) {
        return SeriesStyle.of(new PlotModel("plot", "x", "y", true, false, List.of(series)));
    }

    @Test
    void theNetworkAndABaselineDifferInHueMarkerAndDashAndEachDIsAShadeOfItsLearnersHue() {
        List<SeriesStyle> styles = styles(withBars("network, d = 12"), withBars("NTK kernel, d = 12"),
                withBars("network, d = 16"), withBars("NTK kernel, d = 16"));
        SeriesStyle network = styles.get(0);
        SeriesStyle kernel = styles.get(1);
        assertThat(network.marker()).isEqualTo(SeriesStyle.Marker.CIRCLE);
        assertThat(kernel.marker()).isEqualTo(SeriesStyle.Marker.SQUARE);
        assertThat(network.dashed()).isFalse();
        assertThat(kernel.dashed()).isTrue();
        assertThat(hue(network)).isBetween(180f, 240f);
        assertThat(hue(kernel)).isBetween(0f, 40f);
        assertThat(network.line()).isTrue();
        assertThat(network.colour()).isNotEqualTo(styles.get(2).colour());
        assertThat(hue(styles.get(2))).isBetween(180f, 240f);
        assertThat(brightness(network)).isGreaterThan(brightness(styles.get(2)));
    }

    @Test
    void rolesComeFromTheLearnerNamedWhateverTheWording() {
        assertThat(SeriesRole.of("Algorithm 1")).isEqualTo(SeriesRole.NETWORK);
        assertThat(SeriesRole.of("two-layer networks, m = 64")).isEqualTo(SeriesRole.NETWORK);
        assertThat(SeriesRole.of("NTK ridge")).isEqualTo(SeriesRole.BASELINE);
        assertThat(SeriesRole.of("the network's NTK, d = 16")).isEqualTo(SeriesRole.BASELINE);
        assertThat(SeriesRole.of("random features")).isEqualTo(SeriesRole.BASELINE);
        assertThat(SeriesRole.of("lazy regime")).isEqualTo(SeriesRole.BASELINE);
        assertThat(SeriesRole.of("NNGP kernels")).isEqualTo(SeriesRole.BASELINE);
        assertThat(SeriesRole.of("measured (geometric mean, pointwise band)")).isEqualTo(SeriesRole.OTHER);
        assertThat(SeriesRole.of("algorithm 12")).isEqualTo(SeriesRole.OTHER);
        assertThat(SeriesRole.of("unlazy")).isEqualTo(SeriesRole.OTHER);
    }

    @Test
    void distinctBaselinesGetDistinctHuesAndMarkersAndAReferenceLineIsGrey() {
        List<SeriesStyle> styles = styles(withBars("NTK ridge"), withBars("random features"),
                line("degree-3 energy 1/2"));
        assertThat(styles.get(0).colour()).isNotEqualTo(styles.get(1).colour());
        assertThat(styles.get(0).marker()).isNotEqualTo(styles.get(1).marker());
        SeriesStyle reference = styles.get(2);
        assertThat(reference.colour().getRed()).isEqualTo(reference.colour().getGreen())
                .isEqualTo(reference.colour().getBlue());
        assertThat(reference.marker()).isEqualTo(SeriesStyle.Marker.NONE);
    }

    @Test
    void measuredPointsBesideReferenceLinesStayUnjoinedAndPredictionsAreDashed() {
        List<SeriesStyle> styles = styles(withBars("measured (geometric mean, pointwise band)"),
                line("fitted, slope 2.1"), line("predicted slope 2"));
        assertThat(styles.get(0).line()).isFalse();
        assertThat(styles.get(0).bars()).isTrue();
        assertThat(styles.get(1).dashed()).isFalse();
        assertThat(styles.get(2).dashed()).isTrue();
        assertThat(styles.stream().map(SeriesStyle::colour).distinct()).hasSize(3);
    }

    @Test
    void outsidePlotsOfLearnersSeriesOfOneGroupShareAColour() {
        List<SeriesStyle> styles = styles(line("closed form, b = 1"), line("quadrature, b = 1"),
                line("closed form, b = 2"), line("+critical value"), line("-critical value"));
        assertThat(styles.get(0).colour()).isEqualTo(styles.get(1).colour()).isNotEqualTo(styles.get(2).colour());
        assertThat(styles.get(1).marker()).isEqualTo(SeriesStyle.Marker.CIRCLE);
        assertThat(styles.get(1).line()).isFalse();
        assertThat(styles.get(3).colour()).isEqualTo(styles.get(4).colour());
    }

    private static float hue(SeriesStyle style) {
        return 360 * Color.RGBtoHSB(style.colour().getRed(), style.colour().getGreen(),
                style.colour().getBlue(), null)[0];
    }

    private static float brightness(SeriesStyle style) {
        Color c = style.colour();
        return c.getRed() + c.getGreen() + c.getBlue();
    }
}
