package nnrep.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nnrep.reports.audit.Audit;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HtmlReportTest {

    private static final Instant GENERATED = Instant.parse("2026-01-02T03:04:05Z");
    private static final Pattern REMOTE = Pattern.compile("(?i)\\b(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//");

    private static ReportModel report;
    private static String html;
    private static Document page;

    @BeforeAll
    static void render() {
        report = ReportModel.of(SyntheticReport.map());
        html = HtmlReport.render(report, Figures.of(report, new ChartRenderer()), GENERATED);
        page = XmlPages.parse(html);
    }

    @Test
    void thePageIsSelfContained() {
        assertThat(REMOTE.matcher(html).find()).as("a src or href to another host").isFalse();
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("@font-face")
                .doesNotContainIgnoringCase("url(http").doesNotContainIgnoringCase("<img");
        assertThat(XmlPages.select(page, "//style[not(ancestor::svg)]")).hasSize(1);
    }

    @Test
    void theHeaderGivesTheRunAndTheOverallResult() {
        String header = XmlPages.select(page, "//header").get(0).getTextContent();
        assertThat(header).contains("quick").contains("2026-01-02 03:04:05 UTC")
                .contains(Audit.FAMILY_WISE_DELTA + " (Bonferroni")
                .contains("FAIL").contains("1 of 5 claims FAIL, 1 INCONCLUSIVE, 3 PASS")
                .contains(System.getProperty("java.version"));
        assertThat(XmlPages.select(page, "//header//*[contains(@class, 'overall') and contains(@class, 'FAIL')]"))
                .hasSize(1);
    }

    @Test
    void theSummaryHasARowPerClaimWithItsColouredVerdict() {
        List<Element> rows = XmlPages.select(page, "//table[@class='summary']/tbody/tr");
        assertThat(rows).hasSize(report.claims().size());
        for (int i = 0; i < rows.size(); i++) {
            ClaimModel claim = report.claims().get(i);
            Element row = rows.get(i);
            assertThat(row.getTextContent()).contains(claim.id()).contains(claim.measured());
            assertThat(XmlPages.select(page, "//table[@class='summary']/tbody/tr[" + (i + 1)
                    + "]//span[@class='badge " + claim.verdict() + "']")).hasSize(1);
            assertThat(XmlPages.select(page, "//table[@class='summary']/tbody/tr[" + (i + 1)
                    + "]//a[@href='#" + claim.anchor() + "']")).hasSize(1);
        }
    }

    @Test
    void everyClaimHasItsSectionWithItsChartsAsSvg() {
        for (ClaimModel claim : report.claims()) {
            String section = "//section[@id='" + claim.anchor() + "']";
            assertThat(XmlPages.select(page, section)).as(claim.id()).hasSize(1);
            assertThat(XmlPages.select(page, section + "//figure/svg")).as(claim.id()).hasSize(claim.plots().size());
            String text = XmlPages.select(page, section).get(0).getTextContent();
            assertThat(text).contains(claim.statement()).contains(claim.source())
                    .contains(report.reproduceCommand(claim));
        }
        assertThat(XmlPages.select(page, "//svg")).hasSize(1 + 1 + 1 + 3);
    }

    @Test
    void textIsEscapedNotInterpreted() {
        assertThat(XmlPages.select(page, "//script")).isEmpty();
        assertThat(XmlPages.select(page, "//a[@href='http://example.com']")).isEmpty();
        assertThat(XmlPages.select(page, "//section[@id='claim-synthetic.scaling']//p[@class='statement']")
                .get(0).getTextContent()).isEqualTo(SyntheticReport.HOSTILE);
    }

    @Test
    void aClaimThatBrokeIsShownWithItsError() {
        String section = "//section[@id='claim-" + SyntheticReport.BROKEN + "']";
        assertThat(XmlPages.select(page, section + "//span[@class='badge FAIL']")).hasSize(1);
        assertThat(XmlPages.select(page, section).get(0).getTextContent())
                .contains("stopped with an error").contains("IllegalStateException: <boom> & co");
    }

    @Test
    void longValuesAreFoldedAndShortOnesShown() {
        List<Element> folded = XmlPages.select(page, "//details/summary");
        assertThat(folded).extracting(Element::getTextContent)
                .containsExactly("grid: 30 values from 0 to 29", "shareAndAngle: 15 rows");
        assertThat(XmlPages.select(page, "//details")).allSatisfy(d -> assertThat(d.getAttribute("open")).isEmpty());
        String scaling = XmlPages.select(page, "//section[@id='claim-synthetic.scaling']").get(0).getTextContent();
        assertThat(scaling).contains("[-0.55, -0.45]");
    }

    @Test
    void emptyPartsAreLeftOut() {
        String section = "//section[@id='claim-synthetic.degenerate']";
        assertThat(XmlPages.select(page, section + "//table")).hasSize(1);
        assertThat(XmlPages.select(page, section + "//h3")).extracting(Element::getTextContent)
                .containsExactly("Parameters", "Charts", "Reproduce");
    }

    @Test
    void theHeaderSaysHowToRunTheWholeAuditAgain() {
        assertThat(XmlPages.select(page, "//header//pre/code").get(0).getTextContent()).isEqualTo(
                "./nnrep audit --profile quick --claims synthetic.scaling,synthetic.curves,synthetic.scatter,"
                        + "synthetic.degenerate,synthetic.broken --seed 3");
    }

    @Test
    void chartIdsAreUniqueWithinThePage() {
        List<String> ids = XmlPages.select(page, "//*[@id]").stream().map(e -> e.getAttribute("id")).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }
}
