package nnrep.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nnrep.reports.render.XmlPages;
import nnrep.theory.ClaimRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class AuditCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void anAuditWritesACompleteReportAndExitsZero(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report");
        CliRun run = CliRun.of("audit", "--claims", "hermite.orthogonality,hermite.activation-coefficients",
                "--out", out.toString(), "--seed", "7", "--threads", "1");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("hermite.orthogonality").contains("PASS")
                .contains(out.toAbsolutePath().resolve("report.html").toString()).contains("report.json");
        assertThat(run.err()).contains("[1/6 units] hermite.orthogonality");
        JsonNode report = MAPPER.readTree(out.resolve("report.json").toFile());
        assertThat(report.fieldNames()).toIterable()
                .containsExactly("profile", "seed", "claims", "environment", "familyWiseDelta", "selection");
        assertThat(report.get("seed").asLong()).isEqualTo(7);
        assertThat(report.get("profile").asText()).isEqualTo("quick");
        assertThat(report.get("claims")).hasSize(2);
        JsonNode claim = report.get("claims").get(0);
        assertThat(claim.fieldNames()).toIterable().containsExactly("id", "statement", "source", "parameters",
                "verdict", "interval", "predicted", "parts", "evidence", "seconds");
        assertThat(claim.get("verdict").asText()).isEqualTo("PASS");
        // the level is split over the whole catalogue, not over the two claims run
        assertThat(claim.get("parameters").get("delta").asDouble())
                .isEqualTo(0.05 / ClaimRegistry.catalogue().all().size());
        assertThat(report.get("claims").get(1).get("evidence").get("seeds").get("master").asLong()).isEqualTo(7);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("report.json", "report.md", "report.html", "figures", "store");
        }
        try (var figures = Files.list(out.resolve("figures"))) {
            assertThat(figures.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "hermite.orthogonality-1.svg", "hermite.activation-coefficients-1.svg",
                    "hermite.activation-coefficients-2.svg");
        }
        Document page = XmlPages.parse(Files.readString(out.resolve("report.html")));
        for (JsonNode c : report.get("claims")) {
            String section = "//section[@id='claim-" + c.get("id").asText() + "']";
            assertThat(XmlPages.select(page, section + "//figure/svg")).hasSize(c.get("evidence").get("plots").size());
        }
        assertThat(Files.readString(out.resolve("report.md")))
                .contains("![relu(z + b): c_k(b)](figures/hermite.activation-coefficients-1.svg)")
                .contains("./nnrep audit --profile quick --claims hermite.orthogonality --seed 7");
    }

    @Test
    void badAuditOptionsExitTwoAndWriteNothing(@TempDir Path dir) {
        Path out = dir.resolve("never");
        String[][] bad = {
            {"audit", "--profile", "nonsense", "--out", out.toString()},
            {"audit", "--claims", "no.such.claim", "--out", out.toString()},
            {"audit", "--shard", "2/2", "--out", out.toString()},
            {"audit", "--shard", "x", "--out", out.toString()},
            {"audit", "--threads", "0", "--out", out.toString()},
        };
        for (String[] args : bad) {
            CliRun run = CliRun.of(args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().strip()).doesNotContain("\n");
            assertThat(run.out()).isEmpty();
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void claimsListsTheCatalogue() throws Exception {
        CliRun run = CliRun.of("claims", "--json");
        assertThat(run.status()).isZero();
        JsonNode list = MAPPER.readTree(run.out());
        assertThat(list).hasSize(ClaimRegistry.catalogue().all().size());
        assertThat(list.get(0).get("id").asText()).isEqualTo("hermite.orthogonality");
        assertThat(list.get(0).fieldNames()).toIterable().containsExactly("id", "statement", "source");
        assertThat(CliRun.of("claims").out()).contains("hermite.orthogonality");
    }
}
