package nnrep.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nnrep.reports.audit.ReportFiles;
import nnrep.reports.render.ClaimModel;
import nnrep.reports.render.ReportModel;
import nnrep.reports.render.Values;
import nnrep.theory.Interval;
import nnrep.theory.Verdict;

/**
 * What {@code audit} and {@code merge} do with the report they have made: write the report folder,
 * print the verdict table and where the report is, and give the exit status (0 when no claim
 * FAILs, 1 when one does).
 */
final class ReportOutput {

    private ReportOutput() {
    }

    /**
     * Writes the report to {@code folder} and prints the summary on {@code out}.
     *
     * @param report the report map, shaped like report.json
     * @return the exit status
     */
    static int publish(Map<String, Object> report, Path folder, PrintWriter out) {
        String json = Json.text(report);
        // the pages are drawn from report.json as written, so that a merge of it draws the same pages
        Map<String, Object> written = Json.readObject(json);
        try {
            ReportFiles.write(folder, written, json, Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + folder, e);
        }
        ReportModel model = ReportModel.of(written);
        printTable(out, model.claims());
        Path absolute = folder.toAbsolutePath().normalize();
        out.println("report: " + absolute.resolve(ReportFiles.HTML));
        out.println("        " + absolute.resolve(ReportFiles.MARKDOWN) + ", " + absolute.resolve(ReportFiles.JSON));
        return model.overall() == Verdict.FAIL ? Main.FAILURE : 0;
    }

    /**
     * The verdict table: a row per claim with its headline part, and, for a claim of several parts, an
     * indented row for each of them.
     */
    private static void printTable(PrintWriter out, List<ClaimModel> claims) {
        int width = Math.max(5, claims.stream().mapToInt(c -> c.id().length()).max().orElse(5));
        for (ClaimModel c : claims) {
            if (c.parts().size() > 1) {
                width = Math.max(width, c.parts().stream().mapToInt(p -> p.name().length() + 4).max().orElse(0));
            }
        }
        width = Math.min(width, 60);
        String row = "%-" + width + "s  %-12s  %-26s  %-24s  %7s%n";
        out.printf(row, "claim", "verdict", "measured", "predicted", "seconds");
        for (ClaimModel c : claims) {
            Interval i = c.interval();
            String measured = i == null ? (c.error() != null ? "error" : "exact") : brackets(i);
            out.printf(row, c.id(), c.verdict(), measured, c.predictedBand(), String.format("%.1f", c.seconds()));
            if (c.parts().size() > 1) {
                for (ClaimModel.PartModel part : c.parts()) {
                    String name = "  - " + part.name();
                    out.printf(row, name.length() > width ? name.substring(0, width - 3) + "..." : name,
                            part.verdict(), part.interval() == null ? "none" : brackets(part.interval()),
                            part.predictedBand(), "");
                }
            }
        }
    }

    private static String brackets(Interval i) {
        return i.lower() == i.upper() ? Values.number(i.lower())
                : "[" + Values.number(i.lower()) + ", " + Values.number(i.upper()) + "]";
    }
}
