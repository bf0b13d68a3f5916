package nnrep.reports.render;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nnrep.theory.Verdict;

/**
 * report.md: the content of report.html in GitHub-flavoured Markdown, for a terminal or a pull
 * request. Charts are images referring to the SVG files of {@link Figures}, relative to the
 * folder report.md is in; long measurements are folded in {@code <details>}.
 */
public final class MarkdownReport {

    private static final Map<Verdict, String> MARKS = Map.of(Verdict.PASS, "\u2705", Verdict.FAIL, "\u274C",
            Verdict.INCONCLUSIVE, "\u26A0\uFE0F");

    private final ReportModel report;
    private final Figures figures;
    private final StringBuilder out = new StringBuilder(1 << 14);

    private MarkdownReport(ReportModel report, Figures figures) {
        this.report = report;
        this.figures = figures;
    }

    /**
     * {@return the Markdown text of a report}
     *
     * @param report    the report
     * @param figures   its charts, drawn once for both pages
     * @param generated when the report was made
     */
    public static String render(ReportModel report, Figures figures, Instant generated) {
        return new MarkdownReport(report, figures).document(generated);
    }

    private String document(Instant generated) {
        Verdict overall = report.overall();
        out.append("# nnrep verification report\n\n").append(Markdown.escape(ReportModel.PAPER)).append("\n\n")
                .append("**").append(verdict(overall)).append("**: ").append(Markdown.escape(report.overallSentence()))
                .append("\n\n");
        table(new TextTable(List.of("run", ""), List.of(
                List.of("profile", report.profile()),
                List.of("seed", Long.toString(report.seed())),
                List.of("generated", Times.date(generated)),
                List.of("family-wise delta", Values.number(report.familyWiseDelta()) + " (Bonferroni over the catalogue's claims)"),
                List.of("total time", Times.seconds(report.totalSeconds())))));
        table(TextTable.entries("environment", "", report.environment()));
        out.append("Run it again:\n\n```sh\n").append(report.reproduceCommand()).append("\n```\n\n");
        summary();
        report.claims().forEach(this::claim);
        return out.toString();
    }

    private void summary() {
        out.append("## Summary\n\n| claim | verdict | measured | predicted | time |\n|---|---|---|---|---:|\n");
        for (ClaimModel claim : report.claims()) {
            out.append("| [").append(Markdown.code(claim.id())).append("](#").append(claim.anchor()).append(") | ")
                    .append(verdict(claim.verdict())).append(" | ").append(Markdown.cell(claim.measured()))
                    .append(" | ").append(Markdown.cell(claim.predictedBand() + ": " + claim.predicted().description()))
                    .append(" | ").append(Times.seconds(claim.seconds())).append(" |\n");
        }
        out.append('\n');
    }

    private void claim(ClaimModel claim) {
        out.append("<a id=\"").append(Html.escape(claim.anchor())).append("\"></a>\n\n## ")
                .append(Markdown.code(claim.id())).append(": ").append(verdict(claim.verdict())).append("\n\n> ")
                .append(Markdown.escape(claim.statement())).append("\n\nSource: ").append(Markdown.escape(claim.source()))
                .append("\n\n**").append(claim.verdict()).append(".** ").append(Markdown.escape(claim.verdictReason()))
                .append("\n\n");
        if (claim.parts().size() > 1 || claim.parts().stream().anyMatch(p -> p.reading() != null)) {
            heading("Parts");
            table(TextTable.of(claim.partRows()));
        }
        if (!claim.parameters().isEmpty()) {
            heading("Parameters");
            table(TextTable.entries("parameter", "value", claim.parameters()));
        }
        List<Figures.Figure> charts = figures.of(claim);
        if (!charts.isEmpty()) {
            heading("Charts");
            charts.forEach(f -> out.append("![").append(Markdown.linkText(f.chart().title())).append("](")
                    .append(f.path()).append(")\n\n"));
        }
        if (!claim.measurements().isEmpty()) {
            heading("Measurements");
            table(TextTable.entries("measurement", "value", claim.shortMeasurements()));
            claim.blockMeasurements().forEach(this::block);
        }
        if (!claim.notes().isEmpty()) {
            heading("Notes");
            claim.notes().forEach(n -> out.append("- ").append(Markdown.escape(Values.rounded(n))).append('\n'));
            out.append('\n');
        }
        heading("Reproduce");
        out.append("```sh\n").append(report.reproduceCommand(claim)).append("\n```\n\n");
        if (!claim.seeds().isEmpty()) {
            table(TextTable.entries("seed", "value", claim.seeds()));
        }
        out.append("Took ").append(Times.seconds(claim.seconds())).append(". [Back to the summary](#summary)\n\n");
    }

    /** A table measurement, or an array too long for a line: folded when long, shown whole when short. */
    private void block(String name, Object value) {
        boolean table = Values.isTable(value);
        if (!Values.isLong(value)) {
            out.append(Markdown.code(name)).append(":\n\n");
            table(TextTable.of((List<?>) value));
            return;
        }
        String size = table ? Values.size(value) + " rows" : Values.summary(value);
        out.append("<details><summary><code>").append(Html.escape(name)).append("</code>: ")
                .append(Html.escape(size)).append("</summary>\n\n");
        if (table) {
            table(TextTable.of((List<?>) value));
        } else {
            out.append(Markdown.escape(Values.full(value))).append("\n\n");
        }
        out.append("</details>\n\n");
    }

    private void table(TextTable table) {
        if (table.rows().isEmpty()) {
            return;
        }
        row(table.columns());
        out.append("|---".repeat(table.columns().size())).append("|\n");
        table.rows().forEach(this::row);
        out.append('\n');
    }

    private void row(List<String> cells) {
        out.append('|');
        cells.forEach(cell -> out.append(' ').append(Markdown.cell(cell)).append(" |"));
        out.append('\n');
    }

    private void heading(String title) {
        out.append("### ").append(title).append("\n\n");
    }

    private static String verdict(Verdict verdict) {
        return MARKS.get(verdict) + " " + verdict;
    }
}
