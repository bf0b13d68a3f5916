package nnrep.reports.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nnrep.theory.Measurements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultStoreTest {

    private static final ResultStore.Identity IDENTITY = new ResultStore.Identity("quick", 3, "abc");

    @Test
    void aStoredUnitReadsBackBitForBitWithNaNsInfinitiesArraysAndTexts(@TempDir Path folder) throws Exception {
        Measurements measured = Measurements.builder()
                .number("third", 1.0 / 3.0).number("tiny", Double.MIN_VALUE).number("nan", Double.NaN)
                .numbers("mixed", new double[] {0.1, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e300})
                .text("case", "relu(w.x + 0.5), \"quoted\"").texts("labels", List.of("a", "b")).build();
        ResultStore store = ResultStore.open(folder, IDENTITY);
        store.put("some.claim", 7, "d = 16", new ResultStore.Unit(measured, 1.5));
        ResultStore reopened = ResultStore.open(folder, IDENTITY);
        ResultStore.Unit unit = reopened.get("some.claim", 7).orElseThrow();
        assertThat(unit.measurements()).isEqualTo(measured);
        assertThat(Double.doubleToRawLongBits(unit.measurements().numbers("mixed")[1]))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(unit.seconds()).isEqualTo(1.5);
        assertThat(reopened.get("some.claim", 8)).isEmpty();
        try (var files = Files.walk(folder)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void aStoreOfOtherOptionsIsRefusedAndCanBeCleared(@TempDir Path folder) throws Exception {
        ResultStore.open(folder, IDENTITY).put("c", 0, "", new ResultStore.Unit(Measurements.builder().build(), 0));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        ResultStore.Identity other = new ResultStore.Identity("quick", 4, "abc");
        assertThatThrownBy(() -> ResultStore.open(folder, other)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("seed=3");
        ResultStore.clear(folder);
        assertThat(ResultStore.identityOf(folder)).isEmpty();
        assertThat(folder.resolve("notes.txt")).exists();
        assertThat(folder.resolve("c")).doesNotExist();
        assertThat(ResultStore.open(folder, other).get("c", 0)).isEmpty();
    }

    @Test
    void unitsAreCopiedFromAnotherStoreOfTheSameIdentityOnly(@TempDir Path root) throws Exception {
        ResultStore a = ResultStore.open(root.resolve("a"), IDENTITY);
        ResultStore b = ResultStore.open(root.resolve("b"), IDENTITY);
        Measurements one = Measurements.builder().number("x", 1).build();
        a.put("c", 0, "", new ResultStore.Unit(one, 1));
        b.put("c", 1, "", new ResultStore.Unit(Measurements.builder().number("x", 2).build(), 1));
        assertThat(b.addAll(a, Map.of("c", 3))).isEqualTo(1);
        assertThat(b.get("c", 0).orElseThrow().measurements()).isEqualTo(one);
        ResultStore foreign = ResultStore.open(root.resolve("f"), new ResultStore.Identity("full", 3, "abc"));
        assertThatThrownBy(() -> b.addAll(foreign, Map.of("c", 3))).isInstanceOf(IllegalArgumentException.class);
    }
}
