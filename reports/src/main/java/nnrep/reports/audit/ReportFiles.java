package nnrep.reports.audit;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
 * charts and pages of the same run. Charts left in figures/ by an earlier report in the same folder
 * are removed after the new files are written, so that the folder holds only the current
 * report's charts.
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
     * @throws IOException if a file cannot be written
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
        removeOtherCharts(folder.resolve(Figures.FOLDER),
                figures.all().stream().map(Figures.Figure::fileName).collect(Collectors.toSet()));
    }

    /** Deletes the *.svg files directly in {@code figures} whose names are not {@code kept}; nothing else. */
    private static void removeOtherCharts(Path figures, Set<String> kept) throws IOException {
        if (!Files.isDirectory(figures)) {
            return;
        }
        try (DirectoryStream<Path> charts = Files.newDirectoryStream(figures, "*.svg")) {
            for (Path chart : charts) {
                if (!kept.contains(chart.getFileName().toString())
                        && Files.isRegularFile(chart, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(chart);
                }
            }
        }
    }
}
