package nnrep.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnrep.reports.audit.AtomicFiles;
import nnrep.reports.audit.ReportFiles;
import nnrep.theory.Verdict;

/** The report folder: report.json, report.md, report.html and figures/, written whole. */
class ReportFilesTest {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\n]*?\\]\\((figures/[^)\\s]+\\.svg)\\)");

    @Test
    void theFolderHoldsTheThreeReportsAndTheChartsTheMarkdownRefersTo(@TempDir Path dir) throws IOException {
        Map<String, Object> report = SyntheticReport.map();
        ReportFiles.write(dir, report, "{}", Instant.EPOCH);
        assertThat(dir.resolve("report.json")).hasContent("{}");
        assertThat(dir.resolve("report.html")).exists();
        String markdown = Files.readString(dir.resolve("report.md"));
        List<String> images = new ArrayList<>();
        Matcher m = IMAGE.matcher(markdown);
        while (m.find()) {
            images.add(m.group(1));
        }
        ReportModel model = ReportModel.of(report);
        assertThat(images).hasSize(model.claims().stream().mapToInt(c -> c.plots().size()).sum()).doesNotHaveDuplicates();
        for (String image : images) {
            assertThat(dir.resolve(image)).isRegularFile();
            XmlPages.parse(Files.readString(dir.resolve(image)));
        }
        try (Stream<Path> figures = Files.list(dir.resolve(Figures.FOLDER))) {
            assertThat(figures).hasSameSizeAs(images);
        }
        assertNoPartFiles(dir);
    }

    @Test
    void theMarkdownHasEveryClaimAndTheErrorOfTheOneThatBroke(@TempDir Path dir) throws IOException {
        ReportFiles.write(dir, SyntheticReport.map(), "{}", Instant.EPOCH);
        String markdown = Files.readString(dir.resolve("report.md"));
        for (ClaimModel claim : ReportModel.of(SyntheticReport.map()).claims()) {
            assertThat(markdown).contains("<a id=\"" + claim.anchor() + "\"></a>")
                    .contains("## `" + claim.id() + "`: ").contains("](#" + claim.anchor() + ")")
                    .contains("./nnrep audit --profile quick --claims " + claim.id() + " --seed 3");
        }
        assertThat(markdown).contains("**\u274C FAIL**: 1 of 5 claims FAIL")
                .contains("IllegalStateException: \\<boom> & co")
                .contains("<details><summary><code>grid</code>: 30 values from 0 to 29</summary>")
                .doesNotContainPattern("(?<!\\\\)<script");
    }

    @Test
    void chartsLeftByAnEarlierReportAreRemovedAndNothingElse(@TempDir Path dir) throws IOException {
        ReportFiles.write(dir, SyntheticReport.map(), "{}", Instant.EPOCH);
        Path figures = dir.resolve(Figures.FOLDER);
        Files.writeString(figures.resolve("old.svg"), "<svg/>");
        Files.writeString(figures.resolve("notes.txt"), "kept");
        Files.createDirectories(figures.resolve("nested"));
        Files.writeString(figures.resolve("nested").resolve("old.svg"), "<svg/>");
        ReportFiles.write(dir, SyntheticReport.of(Verdict.PASS, "hermite.orthogonality"), "{}", Instant.EPOCH);
        try (Stream<Path> files = Files.list(figures)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("hermite.orthogonality-1.svg", "notes.txt", "nested");
        }
        assertThat(figures.resolve("nested").resolve("old.svg")).isRegularFile();
    }

    @Test
    void aReportThatCannotBeRenderedWritesNothing(@TempDir Path dir) {
        Path folder = dir.resolve("out");
        assertThatThrownBy(() -> ReportFiles.write(folder, Map.of("claims", "not a list"), "{}", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(folder).doesNotExist();
    }

    @Test
    void aWriteThatFailsLeavesNoPartFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.html");
        Files.createDirectories(target.resolve("in-the-way"));
        assertThatThrownBy(() -> AtomicFiles.write(target, "text")).isInstanceOf(IOException.class);
        assertNoPartFiles(dir);
    }

    private static void assertNoPartFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
        }
    }
}
