package nnrep.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReportSizeTest {

    /** The quick audit's report.html must stay small enough to open and mail around: 600 kB. */
    private static final int MAX_BYTES = 600_000;

    @Test
    void aReportWithAsManyChartsAsTheQuickAuditAndItsLargeScatterStaysUnder600Kilobytes() {
        ReportModel report = ReportModel.of(SyntheticReport.auditSized());
        Figures figures = Figures.of(report, new ChartRenderer());
        String html = HtmlReport.render(report, figures, Instant.EPOCH);
        int charts = report.claims().stream().mapToInt(c -> c.plots().size()).sum();
        assertThat(charts).isEqualTo(23);
        assertThat(XmlPages.select(XmlPages.parse(html), "//figure/svg")).hasSize(charts);
        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(MAX_BYTES);
    }
}
