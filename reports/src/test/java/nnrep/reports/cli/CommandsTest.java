package nnrep.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class CommandsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.status()).as(run.err()).isZero();
        return MAPPER.readTree(run.out());
    }

    @Test
    void hermiteReluAtZeroPrintsTheKnownCoefficients() throws Exception {
        JsonNode doc = json(CliRun.of("hermite", "--activation", "relu", "--bias", "0", "--kmax", "8", "--json"));
        double p = 1 / Math.sqrt(2 * Math.PI);
        double[] expected = {p, 0.5, p, 0, -p, 0, 3 * p, 0, -15 * p};
        assertThat(doc.get("activation").asText()).isEqualTo("relu");
        assertThat(doc.get("bias").asDouble()).isZero();
        assertThat(doc.get("coefficients")).hasSize(9);
        for (int k = 0; k <= 8; k++) {
            assertThat(doc.get("coefficients").get(k).asDouble()).isCloseTo(expected[k], within(1e-12));
        }
    }

    @Test
    void trainPrintsEveryFieldOfTheContract() throws Exception {
        JsonNode doc = json(CliRun.of("train", "--d", "8", "--n", "2000", "--m", "16", "--test-n", "1000", "--json"));
        assertThat(doc.fieldNames()).toIterable().containsExactly("config", "testRelMse", "testMse", "subspaceShare",
                "maxPrincipalAngleDeg", "rowNormMean", "seconds");
        JsonNode config = doc.get("config");
        assertThat(config.get("seed").asLong()).isEqualTo(1);
        assertThat(config.get("eta1").asDouble()).isEqualTo(Math.sqrt(8));
        assertThat(config.get("ridge").asDouble()).isEqualTo(1e-3);
        assertThat(config.get("preset").asText()).isEqualTo("quad-cubic");
        assertThat(config.get("testN").asInt()).isEqualTo(1000);
        assertThat(doc.get("seconds").fieldNames()).toIterable().containsExactly("data", "step1", "head", "total");
        assertThat(doc.get("subspaceShare").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void trainWithoutAWidthUsesTheDefaultWidth() throws Exception {
        JsonNode config = json(CliRun.of("train", "--d", "6", "--n", "300", "--test-n", "200", "--json")).get("config");
        assertThat(config.get("m").asInt()).isEqualTo(TrainCommand.DEFAULT_WIDTH);
    }

    @Test
    void oneAndTwoThreadsPrintTheSameJsonTimingsAside() throws Exception {
        String[] base = {"train", "--d", "10", "--n", "9000", "--m", "24", "--test-n", "3000", "--seed", "5",
            "--target", "He3(z1) + z1*z2", "--noise", "0.1", "--json", "--threads"};
        JsonNode one = json(CliRun.of(concat(base, "1")));
        JsonNode two = json(CliRun.of(concat(base, "2")));
        ((ObjectNode) one).remove("seconds");
        ((ObjectNode) two).remove("seconds");
        assertThat(two).isEqualTo(one);
        base[10] = "6";
        JsonNode other = json(CliRun.of(concat(base, "2")));
        assertThat(other.get("testRelMse")).isNotEqualTo(one.get("testRelMse"));
    }

    @Test
    void theHumanOutputNamesTheMeasurements() {
        CliRun run = CliRun.of("train", "--d", "8", "--n", "1000", "--m", "8", "--test-n", "500");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("test relative MSE").contains("subspace share").contains("principal angle");
    }

    private static String[] concat(String[] a, String last) {
        String[] all = java.util.Arrays.copyOf(a, a.length + 1);
        all[a.length] = last;
        return all;
    }
}
