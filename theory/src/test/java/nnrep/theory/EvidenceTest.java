package nnrep.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EvidenceTest {

    private static Evidence sample() {
        double[] values = {1.0, 2.0};
        Evidence evidence = Evidence.builder()
                .measurement("slope", -0.49)
                .measurement("count", 12L)
                .measurement("values", values)
                .table("rows", List.of(Map.of("n", 100, "error", 0.1)))
                .seed("master", 42L)
                .note("a note")
                .plot("error vs n", "n", "error", true, true)
                .series("error vs n", "measured", new double[] {1, 2}, new double[] {3, 4},
                        new double[] {2, 3}, new double[] {4, 5})
                .build();
        values[0] = 99.0;
        return evidence;
    }

    @Test
    void asMapHoldsOnlyPlainJsonValuesInRecordingOrder() {
        Map<String, Object> map = sample().asMap();
        assertThat(map).containsOnlyKeys("measurements", "seeds", "notes", "plots", "series");
        @SuppressWarnings("unchecked")
        Map<String, Object> measurements = (Map<String, Object>) map.get("measurements");
        assertThat(measurements.keySet()).containsExactly("slope", "count", "values", "rows");
        assertThat((double[]) measurements.get("values")).containsExactly(1.0, 2.0);
        assertThat(map.get("seeds")).isEqualTo(Map.of("master", 42L));
        assertThat(map.get("notes")).isEqualTo(List.of("a note"));
        assertPlain(map);
    }

    @Test
    void seriesCarryTheirBandAndPlot() {
        Evidence.Series series = sample().series().get(0);
        assertThat(series.plot()).isEqualTo("error vs n");
        assertThat(series.yLower()).containsExactly(2.0, 3.0);
        assertThat(sample().plots().get(0).logX()).isTrue();
    }

    @Test
    void rejectsDuplicatesUndeclaredPlotsAndOddCells() {
        assertThatThrownBy(() -> Evidence.builder().measurement("a", 1.0).measurement("a", 2.0))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> Evidence.builder().series("nowhere", "s", new double[1], new double[1]))
                .hasMessageContaining("undeclared");
        assertThatThrownBy(() -> Evidence.builder().table("t", List.of(Map.of("c", new Object()))))
                .hasMessageContaining("cells must be");
        assertThatThrownBy(() -> Evidence.builder().plot("p", "x", "y", false, false)
                .series("p", "s", new double[2], new double[3])).hasMessageContaining("lengths");
    }

    private static void assertPlain(Object value) {
        if (value instanceof Map) {
            ((Map<?, ?>) value).forEach((k, v) -> {
                assertThat(k).isInstanceOf(String.class);
                assertPlain(v);
            });
        } else if (value instanceof List) {
            ((List<?>) value).forEach(EvidenceTest::assertPlain);
        } else {
            assertThat(value).isInstanceOfAny(String.class, Number.class, Boolean.class, double[].class);
        }
    }
}
