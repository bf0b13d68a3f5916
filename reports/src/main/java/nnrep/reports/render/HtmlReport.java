package nnrep.reports.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import nnrep.theory.Verdict;

/**
 * report.html: one self-contained page (inline CSS, inline SVG charts, no script and nothing
 * fetched) that is also well-formed XML. A header with the run and the overall result, a summary
 * table, then a section per claim: statement, source, verdict and why, parameters, charts,
 * measurements (long ones folded in {@code <details>}), notes, and how to reproduce it.
 */
public final class HtmlReport {

    private static final String CSS = stylesheet();
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d+)?(e-?\\d+)?|NaN|Infinity)");

    private final ReportModel report;
    private final Figures figures;
    private final StringBuilder out = new StringBuilder(1 << 16);

    private HtmlReport(ReportModel report, Figures figures) {
        this.report = report;
        this.figures = figures;
    }

    /**
     * {@return the page of a report}
     *
     * @param report    the report
     * @param figures   its charts, drawn once for both pages
     * @param generated when the report was made
     */
    public static String render(ReportModel report, Figures figures, Instant generated) {
        return new HtmlReport(report, figures).page(generated);
    }

    private String page(Instant generated) {
        Verdict overall = report.overall();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(text("nnrep audit: " + overall + " (" + report.profile() + ", seed "
                        + report.seed() + ")")).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
                .append("<body>\n<main>\n");
        header(overall, generated);
        summary();
        report.claims().forEach(this::claim);
        out.append("<footer>Written by nnrep. Every chart and number above comes from report.json in the same folder.")
                .append("</footer>\n</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void header(Verdict overall, Instant generated) {
        out.append("<header>\n<h1>nnrep verification report</h1>\n<p class=\"paper\">")
                .append(text(ReportModel.PAPER)).append("</p>\n<div class=\"overall ").append(overall).append("\">")
                .append(overall).append(": ").append(text(report.overallSentence())).append("</div>\n<dl class=\"run\">\n");
        term("profile", report.profile());
        term("seed", Long.toString(report.seed()));
        term("generated", Times.date(generated));
        term("family-wise delta", Values.number(report.familyWiseDelta())
                + " (Bonferroni over the catalogue's claims: the chance that some true claim is reported FAIL is at most"
                + " this)");
        term("total time", Times.seconds(report.totalSeconds()));
        report.environment().forEach((name, value) -> term(name, Values.text(value)));
        out.append("</dl>\n<p>Run it again:</p>\n<pre><code>").append(text(report.reproduceCommand()))
                .append("</code></pre>\n</header>\n");
    }

    private void term(String name, String value) {
        out.append("<dt>").append(text(name)).append("</dt><dd>").append(text(value)).append("</dd>\n");
    }

    private void summary() {
        out.append("<section id=\"summary\">\n<h2>Summary</h2>\n<table class=\"summary\">\n<thead><tr><th>claim</th>")
                .append("<th>verdict</th><th>measured</th><th>predicted</th><th>time</th></tr></thead>\n<tbody>\n");
        for (ClaimModel claim : report.claims()) {
            out.append("<tr><td><a href=\"#").append(text(claim.anchor())).append("\"><code>").append(text(claim.id()))
                    .append("</code></a></td><td>");
            badge(claim.verdict());
            out.append("</td><td>").append(text(claim.measured())).append("</td><td>")
                    .append(text(claim.predictedBand())).append("<br/><span class=\"muted\">")
                    .append(text(claim.predicted().description())).append("</span></td><td class=\"num\">")
                    .append(text(Times.seconds(claim.seconds()))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void claim(ClaimModel claim) {
        out.append("<section class=\"claim\" id=\"").append(text(claim.anchor())).append("\">\n<h2>");
        badge(claim.verdict());
        out.append(" <code>").append(text(claim.id())).append("</code></h2>\n<p class=\"statement\">")
                .append(text(claim.statement())).append("</p>\n<p class=\"muted\">Source: ").append(text(claim.source()))
                .append("</p>\n<p class=\"reason ").append(claim.verdict()).append("\">")
                .append(text(claim.verdictReason())).append("</p>\n");
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
            out.append("<div class=\"charts\">\n");
            charts.forEach(f -> out.append("<figure>").append(f.chart().element()).append("</figure>\n"));
            out.append("</div>\n");
        }
        if (!claim.measurements().isEmpty()) {
            heading("Measurements");
            table(TextTable.entries("measurement", "value", claim.shortMeasurements()));
            claim.blockMeasurements().forEach(this::block);
        }
        if (!claim.notes().isEmpty()) {
            heading("Notes");
            out.append("<ul>\n");
            claim.notes().forEach(n -> out.append("<li>").append(text(Values.rounded(n))).append("</li>\n"));
            out.append("</ul>\n");
        }
        heading("Reproduce");
        out.append("<pre><code>").append(text(report.reproduceCommand(claim))).append("</code></pre>\n");
        if (!claim.seeds().isEmpty()) {
            table(TextTable.entries("seed", "value", claim.seeds()));
        }
        out.append("<p class=\"muted\">Took ").append(text(Times.seconds(claim.seconds())))
                .append(". <a href=\"#summary\">Back to the summary</a></p>\n</section>\n");
    }

    /** A table measurement, or an array too long for a line: folded when long, shown whole when short. */
    private void block(String name, Object value) {
        boolean table = Values.isTable(value);
        if (!Values.isLong(value)) {
            out.append("<p><code>").append(text(name)).append("</code></p>\n");
            table(TextTable.of((List<?>) value));
            return;
        }
        String size = table ? Values.size(value) + " rows" : Values.summary(value);
        out.append("<details><summary><code>").append(text(name)).append("</code>: ").append(text(size))
                .append("</summary>\n");
        if (table) {
            out.append("<div class=\"scroll\">\n");
            table(TextTable.of((List<?>) value));
            out.append("</div>\n");
        } else {
            out.append("<p class=\"values\">").append(text(Values.full(value))).append("</p>\n");
        }
        out.append("</details>\n");
    }

    private void table(TextTable table) {
        if (table.rows().isEmpty()) {
            return;
        }
        out.append("<table>\n<thead><tr>");
        table.columns().forEach(c -> out.append("<th>").append(text(c)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            out.append("<tr>");
            row.forEach(cell -> out.append(NUMBER.matcher(cell).matches() ? "<td class=\"num\">" : "<td>")
                    .append(text(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void heading(String title) {
        out.append("<h3>").append(text(title)).append("</h3>\n");
    }

    private void badge(Verdict verdict) {
        out.append("<span class=\"badge ").append(verdict).append("\">").append(verdict).append("</span>");
    }

    private static String text(String s) {
        return Html.escape(s);
    }

    private static String stylesheet() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report.css", e);
        }
    }
}
