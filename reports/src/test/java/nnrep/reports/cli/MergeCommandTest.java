package nnrep.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nnrep.reports.render.SyntheticReport;
import nnrep.theory.Verdict;

/** {@code nnrep merge}: shard reports joined into one, in catalogue order; bad input writes nothing. */
class MergeCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void shardsMergeIntoOneReportInCatalogueOrder(@TempDir Path dir) throws IOException {
        Path first = shard(dir.resolve("first"),
                SyntheticReport.of(Verdict.PASS, "network.width", "extra.later", "hermite.orthogonality"));
        Map<String, Object> second = SyntheticReport.of(Verdict.INCONCLUSIVE, "gradient.concentration",
                "extra.first", "hermite.stein-tensors");
        second.put("environment", Map.of("machine", "another one"));
        shard(dir.resolve("second"), second);
        Path out = dir.resolve("merged");
        CliRun run = CliRun.of("merge", first.toString(), dir.resolve("second").toString(), "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> ids = List.of("hermite.orthogonality", "hermite.stein-tensors", "gradient.concentration",
                "network.width", "extra.later", "extra.first");
        JsonNode report = MAPPER.readTree(out.resolve("report.json").toFile());
        assertThat(report.fieldNames()).toIterable()
                .containsExactly("profile", "seed", "claims", "environment", "familyWiseDelta");
        assertThat(ids(report)).containsExactlyElementsOf(ids);
        assertThat(report.get("environment")).isEqualTo(read(first).get("environment"));
        assertThat(claimsOf(report)).containsExactlyInAnyOrderElementsOf(
                Stream.concat(claimsOf(read(first)).stream(), claimsOf(read(dir.resolve("second"))).stream()).toList());
        String markdown = Files.readString(out.resolve("report.md"));
        String html = Files.readString(out.resolve("report.html"));
        for (String id : ids) {
            assertThat(markdown).contains("## `" + id + "`: ");
            assertThat(html).contains("id=\"claim-" + id + "\"");
            assertThat(out.resolve("figures").resolve(id + "-1.svg")).isRegularFile();
            assertThat(run.out()).contains(id);
        }
        assertThat(run.out()).contains("verdict").contains("INCONCLUSIVE")
                .contains(out.toAbsolutePath().resolve("report.html").toString());
    }

    @Test
    void aFailingClaimMakesTheMergeExitOne(@TempDir Path dir) throws IOException {
        Path passing = shard(dir.resolve("passing"), SyntheticReport.of(Verdict.PASS, "hermite.orthogonality"));
        Path awkward = shard(dir.resolve("awkward"), SyntheticReport.map());
        Path out = dir.resolve("merged");
        CliRun run = CliRun.of("merge", awkward.toString(), passing.toString(), "--out", out.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("synthetic.broken").contains("FAIL");
        JsonNode report = MAPPER.readTree(out.resolve("report.json").toFile());
        assertThat(ids(report).get(0)).isEqualTo("hermite.orthogonality");
        assertThat(claimsOf(report).subList(1, report.get("claims").size())).isEqualTo(claimsOf(read(awkward)));
        assertThat(Files.readString(out.resolve("report.md"))).contains("1 of 6 claims FAIL");
    }

    @Test
    void badInputExitsTwoWithOneLineAndWritesNothing(@TempDir Path dir) throws IOException {
        String good = passing(dir.resolve("good"), "hermite.orthogonality");
        String other = passing(dir.resolve("other"), "network.width");
        String again = passing(dir.resolve("again"), "hermite.orthogonality");
        String empty = Files.createDirectories(dir.resolve("empty")).toString();
        String garbled = file(dir.resolve("garbled"), "{\"profile\": \"quick\", ").toString();
        String array = file(dir.resolve("array"), "[]").toString();
        String shapeless = file(dir.resolve("shapeless"), "{\"profile\": \"quick\", \"claims\": [{\"id\": \"x\"}]}")
                .toString();
        String out = dir.resolve("never").toString();
        // each case: what the line on standard error must name, then the arguments
        List<String[]> cases = new ArrayList<>(List.of(
            new String[] {"DIR", "merge", "--out", out},
            new String[] {"--out", "merge", good, other},
            new String[] {empty, "merge", good, empty, "--out", out},
            new String[] {garbled, "merge", good, garbled, "--out", out},
            new String[] {array, "merge", array, good, "--out", out},
            new String[] {shapeless, "merge", good, shapeless, "--out", out},
            new String[] {"hermite.orthogonality", "merge", good, other, again, "--out", out}));
        for (Map.Entry<String, Object> change : Map.<String, Object>of("profile", "standard", "seed", 4,
                "familyWiseDelta", 0.1).entrySet()) {
            Map<String, Object> report = SyntheticReport.of(Verdict.PASS, "network.width");
            report.put(change.getKey(), change.getValue());
            String odd = shard(dir.resolve("odd-" + change.getKey()), report).toString();
            cases.add(new String[] {change.getKey() + " is " + change.getValue(), "merge", good, odd, "--out", out});
        }
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

    @Test
    void twoRealShardsMergeIntoTheReportOfBoth(@TempDir Path dir) throws IOException {
        List<Path> shards = new ArrayList<>();
        for (String shard : List.of("1/2", "0/2")) {
            Path folder = dir.resolve("shard-" + shard.charAt(0));
            CliRun run = CliRun.of("audit", "--claims", "hermite.orthogonality,hermite.stein-tensors", "--shard", shard,
                    "--seed", "5", "--threads", "1", "--out", folder.toString());
            assertThat(run.status()).as(run.err()).isZero();
            shards.add(folder);
        }
        Path out = dir.resolve("merged");
        CliRun run = CliRun.of("merge", shards.get(0).toString(), shards.get(1).toString(), "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode report = MAPPER.readTree(out.resolve("report.json").toFile());
        assertThat(ids(report)).containsExactly("hermite.orthogonality", "hermite.stein-tensors");
        assertThat(claimsOf(report)).containsExactly(read(shards.get(1)).get("claims").get(0),
                read(shards.get(0)).get("claims").get(0));
        assertThat(report.get("seed").asLong()).isEqualTo(5);
        List<String> shardFigures = new ArrayList<>(figures(shards.get(0)));
        shardFigures.addAll(figures(shards.get(1)));
        assertThat(figures(out)).isNotEmpty().containsExactlyInAnyOrderElementsOf(shardFigures);
        assertThat(run.out()).containsPattern("hermite.orthogonality +PASS")
                .containsPattern("hermite.stein-tensors +PASS");
    }

    /** Writes a report map as FOLDER/report.json, as an audit would. */
    private static Path shard(Path folder, Map<String, Object> report) throws IOException {
        return file(folder, Json.text(report));
    }

    /** A shard whose one claim PASSes, as a command-line argument. */
    private static String passing(Path folder, String id) throws IOException {
        return shard(folder, SyntheticReport.of(Verdict.PASS, id)).toString();
    }

    private static Path file(Path folder, String json) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("report.json"), json);
        return folder;
    }

    private static JsonNode read(Path folder) throws IOException {
        return MAPPER.readTree(folder.resolve("report.json").toFile());
    }

    /** The names of the files in FOLDER/figures (none if there is no such folder). */
    private static List<String> figures(Path folder) throws IOException {
        if (!Files.isDirectory(folder.resolve("figures"))) {
            return List.of();
        }
        try (Stream<Path> figures = Files.list(folder.resolve("figures"))) {
            return figures.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static List<JsonNode> claimsOf(JsonNode report) {
        List<JsonNode> claims = new ArrayList<>();
        report.get("claims").forEach(claims::add);
        return claims;
    }

    private static List<String> ids(JsonNode report) {
        return claimsOf(report).stream().map(c -> c.get("id").asText()).toList();
    }
}
