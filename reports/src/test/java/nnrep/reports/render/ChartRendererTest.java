package nnrep.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartRendererTest {

    private final ChartRenderer renderer = new ChartRenderer();

    @Test
    void aLogLogPlotSkipsWhatItCannotDrawAndSaysSo() {
        PlotModel plot = new PlotModel("scaling", "n", "error", true, true, List.of(
                new SeriesModel("measured", new double[] {1, 10, 100, 1000}, new double[] {1, -1, Double.NaN, 0.01},
                        new double[] {0.5, -2, 0, -0.1}, new double[] {2, 0, 1, Double.NaN}),
                new SeriesModel("fitted", new double[] {0, 10, 100}, new double[] {1, 0.1, Double.POSITIVE_INFINITY},
                        null, null)));
        RenderedChart chart = renderer.render(plot, "fig-a");
        assertThat(chart.title()).isEqualTo("scaling");
        assertThat(chart.element()).contains("4 points not drawn").doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void plotsWithNothingToDrawStillGiveAChart() {
        for (boolean log : new boolean[] {false, true}) {
            PlotModel empty = new PlotModel("empty", "x", "y", log, log, List.of());
            assertThat(renderer.render(empty, "fig-e").element()).contains("no plottable data");
            PlotModel nothingPositive = new PlotModel("zeros", "x", "y", log, log, List.of(
                    new SeriesModel("zeros", new double[] {0, -1}, new double[] {0, -2}, null, null)));
            assertThat(XmlPages.parse(renderer.render(nothingPositive, "fig-z").document())).isNotNull();
        }
    }

    @Test
    void aSinglePointAndRepeatedNamesAreDrawn() {
        PlotModel plot = new PlotModel("one", "x", "y", true, true, List.of(
                new SeriesModel("s", new double[] {3}, new double[] {5}, null, null),
                new SeriesModel("s", new double[] {3}, new double[] {5}, new double[] {4}, new double[] {6}),
                new SeriesModel("s", new double[] {4}, new double[] {5}, null, null)));
        String svg = renderer.render(plot, "fig-o").element();
        assertThat(svg).contains(">s<").contains(">s (2)<").contains(">s (3)<").doesNotContain("NaN");
    }

    @Test
    void aScatterOfHundredsOfPointsWithBarsIsDrawnAsAFewPaths() {
        int n = 288;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(i) * 0.3;
            y[i] = x[i] + 0.01 * Math.cos(7 * i);
            lower[i] = y[i] - 0.02;
            upper[i] = y[i] + 0.02;
        }
        PlotModel plot = new PlotModel("Monte Carlo mean against formula", "formula", "Monte Carlo mean", false, false,
                List.of(new SeriesModel("quad-cubic (d = 8)", x, y, lower, upper),
                        new SeriesModel("y = x", new double[] {-0.3, 0.3}, new double[] {-0.3, 0.3}, null, null)));
        String svg = renderer.render(plot, "fig-s").element();
        List<Element> shapes = XmlPages.select(XmlPages.parse(svg),
                "//*[local-name()='path' or local-name()='line' or local-name()='ellipse' or local-name()='circle']");
        assertThat(shapes.size()).isLessThan(n / 4);
        assertThat(svg.length()).isLessThan(40_000);
    }

    @Test
    void legendsTitlesAndLabelsShowNumbersRounded() {
        PlotModel plot = new PlotModel("simultaneous 0.9966666666666667 intervals", "k", "c_k(b)", false, false,
                List.of(new SeriesModel("closed form, b = -1.6525887462467745", new double[] {0, 1},
                        new double[] {0.5, 0.4}, null, null)));
        String svg = renderer.render(plot, "fig-r").element();
        assertThat(svg).contains(">simultaneous 0.9967 intervals<").contains(">closed form, b = -1.653<")
                .doesNotContain("6525887");
    }

    @Test
    void aLogAxisOverAGridHasATickLabelAtEveryGridValue() {
        double[] d = {16, 32, 64, 128};
        PlotModel plot = new PlotModel("error against d", "d", "error", true, true, List.of(
                new SeriesModel("measured", d, new double[] {0.3, 0.31, 0.29, 0.3}, new double[] {0.2, 0.2, 0.2, 0.2},
                        new double[] {0.4, 0.4, 0.4, 0.4})));
        List<String> labels = XmlPages.select(XmlPages.parse(renderer.render(plot, "fig-g").element()),
                "//*[local-name()='text']").stream().map(Element::getTextContent).toList();
        assertThat(labels).contains("16", "32", "64", "128").doesNotContain("20", "50", "100");
    }

    @Test
    void signedValuesSpanningManyDecadesGetASymmetricLogAxisAndOthersALinearOne() {
        double[] k = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        double[] c = {0.399, 0.5, 0.399, 0, -0.399, 0, 1.2, 0, -5.98, 0, 41.9, 0, -377};
        String coefficients = renderer.render(new PlotModel("c_k", "k", "c_k(b)", false, false,
                List.of(new SeriesModel("closed form, b = 0", k, c, null, null))), "fig-h").element();
        assertThat(coefficients).contains("c_k(b) (symmetric log scale, linear within \u00b10.01)")
                .contains(">-100<").contains(">0.1<").contains(">10<");
        String spread = renderer.render(new PlotModel("spread", "k", "y", false, false,
                List.of(new SeriesModel("values", k, k, null, null))), "fig-l").element();
        assertThat(spread).doesNotContain("symmetric log");
    }

    @Test
    void textThatLooksLikeMarkupStaysText() {
        String title = "style='x' clip-path='url(#y)' <b> & \"q\"";
        PlotModel plot = new PlotModel(title, "x", "y", false, false,
                List.of(new SeriesModel("s", new double[] {1, 2}, new double[] {3, 4}, null, null)));
        Document document = XmlPages.parse(renderer.render(plot, "fig-t").document());
        assertThat(XmlPages.select(document, "//*[local-name()='text']")).extracting(Element::getTextContent)
                .contains(title);
    }

    @Test
    void theFileFormIsAStandaloneSvgDocumentWithoutRemoteReferences() {
        PlotModel plot = new PlotModel("t", "x", "y", false, false,
                List.of(new SeriesModel("line", new double[] {1, 2}, new double[] {3, 4}, null, null)));
        RenderedChart chart = renderer.render(plot, "fig-d");
        Document document = XmlPages.parse(chart.document());
        assertThat(document.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getAttribute("width")).isEqualTo("640");
        assertThat(chart.document()).doesNotContain("<!DOCTYPE").doesNotContain("href='http")
                .doesNotContain("href=\"http");
        String openingTag = chart.element().substring(0, chart.element().indexOf('>'));
        assertThat(openingTag).startsWith("<svg").contains("viewBox='0 0 640 420'").doesNotContain("width=");
    }
}
