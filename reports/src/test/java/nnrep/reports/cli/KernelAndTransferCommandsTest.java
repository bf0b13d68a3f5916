package nnrep.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nnrep.numeric.kernel.RidgeChoice;
import nnrep.numeric.poly.Presets;
import nnrep.numeric.poly.TargetExpression;

class KernelAndTransferCommandsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertThat(run.status()).as(run.err()).isZero();
        return MAPPER.readTree(run.out());
    }

    private static JsonNode withoutTimings(JsonNode doc) {
        ((ObjectNode) doc).remove("seconds");
        return doc;
    }

    @Test
    void kernelPrintsEveryFieldOfTheContractWithTheDefaults() throws Exception {
        JsonNode doc = json("kernel", "--d", "6", "--n", "300", "--test-n", "500", "--json");
        assertThat(doc.fieldNames()).toIterable().containsExactly("config", "testRelMse", "validationRelMse",
                "seconds");
        JsonNode config = doc.get("config");
        assertThat(config.fieldNames()).toIterable().containsExactly("d", "n", "preset", "target", "r", "normalize",
                "basis", "noise", "kernel", "bias", "preprocess", "ridge", "ridgeGrid", "testN", "seed");
        assertThat(config.get("kernel").asText()).isEqualTo("ntk");
        assertThat(config.get("bias").asBoolean()).isFalse();
        double[] grid = RidgeChoice.GRID;
        assertThat(config.get("ridgeGrid")).hasSize(grid.length);
        assertThat(doc.get("validationRelMse")).hasSize(grid.length);
        int chosen = -1;
        for (int k = 0; k < grid.length; k++) {
            assertThat(config.get("ridgeGrid").get(k).asDouble()).isEqualTo(grid[k]);
            if (grid[k] == config.get("ridge").asDouble()) {
                chosen = k;
            }
        }
        assertThat(chosen).as("the chosen ridge is on the grid").isNotNegative();
        for (JsonNode error : doc.get("validationRelMse")) {
            assertThat(doc.get("validationRelMse").get(chosen).asDouble()).isLessThanOrEqualTo(error.asDouble());
        }
        assertThat(config.get("preprocess").asBoolean()).isFalse();
        assertThat(config.get("seed").asLong()).isEqualTo(1);
        assertThat(doc.get("seconds").fieldNames()).toIterable().containsExactly("data", "fit", "predict", "total");
        assertThat(doc.get("testRelMse").asDouble()).isPositive();
    }

    @Test
    void aGivenRidgeIsUsedAsItIsAndTheHelpNamesTheGrid() throws Exception {
        JsonNode doc = json("kernel", "--d", "6", "--n", "300", "--test-n", "500", "--ridge", "0.01", "--json");
        assertThat(doc.get("config").get("ridge").asDouble()).isEqualTo(0.01);
        assertThat(doc.has("validationRelMse")).isFalse();
        assertThat(doc.get("config").has("ridgeGrid")).isFalse();
        String help = CliRun.of("kernel", "--help").out();
        for (double ridge : RidgeChoice.GRID) {
            assertThat(help).contains(String.format(java.util.Locale.ROOT, "1e-%d", Math.round(-Math.log10(ridge))));
        }
    }

    @Test
    void randomFeaturesReportTheirWidthAndTheirBiases() throws Exception {
        JsonNode config = json("kernel", "--d", "6", "--n", "300", "--kernel", "rf", "--test-n", "500", "--json")
                .get("config");
        assertThat(config.get("m").asInt()).isEqualTo(TrainCommand.DEFAULT_WIDTH);
        assertThat(config.get("bias").asBoolean()).isTrue();
    }

    @Test
    void kernelJsonIsTheSameForOneAndTwoThreads() throws Exception {
        for (String kernel : new String[] {"ntk", "nngp", "rf"}) {
            String[] base = {"kernel", "--d", "7", "--n", "600", "--kernel", kernel, "--bias", "--noise", "0.1",
                "--target", "He3(z1) + z1*z2", "--test-n", "1500", "--seed", "4", "--json", "--threads"};
            JsonNode one = withoutTimings(json(concat(base, "1")));
            JsonNode two = withoutTimings(json(concat(base, "2")));
            assertThat(two).as(kernel).isEqualTo(one);
        }
    }

    @Test
    void transferPrintsEveryFieldOfTheContract() throws Exception {
        JsonNode doc = json("transfer", "--d", "6", "--n-source", "600", "--n-target", "200", "--m", "16", "--source",
                "quad-cubic", "--target", "z1*z2 + He3(z3)/sqrt(6)", "--test-n", "500", "--json");
        assertThat(doc.fieldNames()).toIterable().containsExactly("config", "sourceTestRelMse", "targetTestRelMse",
                "randomFeaturesTargetTestRelMse", "randomFeaturesRidge", "seconds");
        JsonNode config = doc.get("config");
        assertThat(config.get("source").asText()).isEqualTo("quad-cubic");
        assertThat(config.get("r").asInt()).isEqualTo(3);
        assertThat(config.get("nTarget").asInt()).isEqualTo(200);
        assertThat(config.get("seed").asLong()).isEqualTo(1);
        assertThat(config.get("ridge").asDouble()).isEqualTo(1e-3);
        assertThat(RidgeChoice.GRID).contains(doc.get("randomFeaturesRidge").asDouble());
        assertThat(doc.get("seconds").fieldNames()).toIterable()
                .containsExactly("data", "source", "target", "baseline", "total");
    }

    @Test
    void transferJsonIsTheSameForOneAndTwoThreads() throws Exception {
        String[] base = {"transfer", "--d", "7", "--n-source", "900", "--n-target", "300", "--m", "24", "--source",
            "quad-cubic", "--target", "quartic", "--test-n", "800", "--seed", "9", "--json", "--threads"};
        assertThat(withoutTimings(json(concat(base, "2")))).isEqualTo(withoutTimings(json(concat(base, "1"))));
    }

    /** --source and --target take a preset name or an expression: no preset name parses as an expression. */
    @Test
    void presetNamesAreNeverExpressions() {
        for (String name : Presets.names()) {
            assertThatThrownBy(() -> TargetExpression.parse(name)).isInstanceOf(IllegalArgumentException.class);
            assertThat(TargetOptions.presetOrExpression("--source", name, true)).isEqualTo(
                    TargetExpression.normalise(Presets.named(name)));
        }
    }

    @Test
    void theHumanOutputNamesTheMeasurements() {
        CliRun kernel = CliRun.of("kernel", "--d", "6", "--n", "200", "--test-n", "300");
        assertThat(kernel.status()).isZero();
        assertThat(kernel.out()).contains("test relative MSE").contains("NTK");
        CliRun transfer = CliRun.of("transfer", "--d", "6", "--n-source", "300", "--n-target", "100", "--m", "8",
                "--source", "quad-cubic", "--target", "He2(z1)", "--test-n", "300");
        assertThat(transfer.status()).isZero();
        assertThat(transfer.out()).contains("source test relative MSE").contains("target test relative MSE")
                .contains("random features");
    }

    private static String[] concat(String[] a, String last) {
        String[] all = java.util.Arrays.copyOf(a, a.length + 1);
        all[a.length] = last;
        return all;
    }
}
