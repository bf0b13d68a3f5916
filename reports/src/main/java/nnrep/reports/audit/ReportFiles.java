package nnrep.reports.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import nnrep.reports.render.ChartRenderer;
import nnrep.reports.render.Figures;
import nnrep.reports.render.HtmlReport;
import nnrep.reports.render.MarkdownReport;
import nnrep.reports.render.ReportModel;

/**
 * Writes a report folder: the charts (figures/ID-n.svg), report.md, report.html and, last,
 * report.json. Everything is rendered in memory before the first file is written, and each file
 * is written aside and renamed ({@link AtomicFiles}); so a run that breaks while rendering writes
 * nothing, and since report.json always comes last, a report.json is always accompanied by the
 * charts and pages of the same run.
 */
public final class ReportFiles {

    /** The name of the JSON report. */
    public static final String JSON = "report.json";
    /** The name of the Markdown report. */
    public static final String MARKDOWN = "report.md";
    /** The name of the HTML report. */
    public static final String HTML = "report.html";

    private ReportFiles() {
    }

    /**
     * Writes the report.
     *
     * @param folder    the report folder (created if needed)
     * @param report    the report, as {@link AuditReport#of} makes it
     * @param json      the report as JSON text
     * @param generated when the report was made, printed in the Markdown and HTML pages
     */
    public static void write(Path folder, Map<String, Object> report, String json, Instant generated)
            throws IOException {
        ReportModel model = ReportModel.of(report);
        Figures figures = Figures.of(model, new ChartRenderer());
        String markdown = MarkdownReport.render(model, figures, generated);
        String html = HtmlReport.render(model, figures, generated);
        for (Figures.Figure figure : figures.all()) {
            AtomicFiles.write(folder.resolve(figure.path()), figure.chart().document());
        }
        AtomicFiles.write(folder.resolve(MARKDOWN), markdown);
        AtomicFiles.write(folder.resolve(HTML), html);
        AtomicFiles.write(folder.resolve(JSON), json);
    }
}
