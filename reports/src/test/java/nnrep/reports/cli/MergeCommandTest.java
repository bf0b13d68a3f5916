package nnrep.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nnrep merge}: the result stores of shards joined and decided as one run would decide them;
 * bad input writes nothing.
 */
class MergeCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Cheap claims with many units (gradient.signal-size has 50), so that 7 shards all get some. */
    private static final String CLAIMS = "hermite.orthogonality,hermite.stein-tensors,gradient.signal-size";

    @Test
    void mergedShardsGiveTheReportOfASingleRunForOneTwoThreeAndSevenShards(@TempDir Path dir) throws IOException {
        Path single = audit(dir.resolve("single"), null);
        for (int count : new int[] {1, 2, 3, 7}) {
            List<String> args = new ArrayList<>(List.of("merge"));
            for (int i = count - 1; i >= 0; i--) {
                args.add(audit(dir.resolve(count + "-" + i), i + "/" + count).toString());
            }
            Path out = dir.resolve("merged-" + count);
            args.addAll(List.of("--out", out.toString()));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(withoutTimings(read(out))).as(count + " shards").isEqualTo(withoutTimings(read(single)));
            assertThat(figures(out)).isEqualTo(figures(single));
            assertThat(Files.readString(out.resolve("figures").resolve(figures(single).get(0))))
                    .isEqualTo(Files.readString(single.resolve("figures").resolve(figures(single).get(0))));
        }
    }

    @Test
    void badInputExitsTwoWithOneLineAndWritesNothing(@TempDir Path dir) throws IOException {
        String first = audit(dir.resolve("first"), "0/2").toString();
        String second = audit(dir.resolve("second"), "1/2").toString();
        String otherSeed = run(dir.resolve("seed"), "audit", "--claims", CLAIMS, "--shard", "1/2", "--seed", "6")
                .toString();
        String empty = Files.createDirectories(dir.resolve("empty")).toString();
        String garbled = file(dir.resolve("garbled"), "{\"profile\": \"quick\", ").toString();
        String array = file(dir.resolve("array"), "[]").toString();
        String out = dir.resolve("never").toString();
        // each case: what the line on standard error must name, then the arguments
        List<String[]> cases = List.of(
            new String[] {"DIR", "merge", "--out", out},
            new String[] {"--out", "merge", first, second},
            new String[] {empty, "merge", first, empty, "--out", out},
            new String[] {garbled, "merge", first, garbled, "--out", out},
            new String[] {array, "merge", array, first, "--out", out},
            new String[] {"seed", "merge", first, otherSeed, "--out", out},
            new String[] {"twice", "merge", first, first, "--out", out},
            new String[] {"lack units", "merge", first, "--out", out});
        for (String[] c : cases) {
            String[] args = List.of(c).subList(1, c.length).toArray(String[]::new);
            CliRun run = CliRun.of(args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip()).as(String.join(" ", args)).doesNotContain("\n").contains(c[0])
                    .doesNotContain("Exception");
            assertThat(dir.resolve("never")).doesNotExist();
        }
    }

    /** An audit of {@link #CLAIMS} with seed 5, whole or one shard ("I/N"), into {@code folder}. */
    private static Path audit(Path folder, String shard) {
        return shard == null ? run(folder, "audit", "--claims", CLAIMS, "--seed", "5")
                : run(folder, "audit", "--claims", CLAIMS, "--seed", "5", "--shard", shard);
    }

    private static Path run(Path folder, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--threads", "1", "--out", folder.toString()));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isZero();
        return folder;
    }

    /** The report without what may differ between equal runs: the times and the environment. */
    private static JsonNode withoutTimings(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("environment");
        copy.get("claims").forEach(claim -> ((ObjectNode) claim).remove("seconds"));
        return copy;
    }

    private static Path file(Path folder, String json) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("report.json"), json);
        return folder;
    }

    private static JsonNode read(Path folder) throws IOException {
        return MAPPER.readTree(folder.resolve("report.json").toFile());
    }

    /** The names of the files in FOLDER/figures, sorted. */
    private static List<String> figures(Path folder) throws IOException {
        try (Stream<Path> figures = Files.list(folder.resolve("figures"))) {
            return figures.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
