package nnrep.reports.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** JSON output: one shared Jackson mapper, pretty-printed, doubles printed so that they round-trip. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /**
     * Builds the mapper and its serializers on a background thread, so that a later {@link #print}
     * is quick: Jackson's first use costs 0.3 to 0.5 s, a sixth of a whole d = 64 training run.
     */
    static void preload() {
        Thread warmUp = new Thread(() -> text(Map.of("warm-up", List.of(0.5, 1))), "nnrep-json-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    static void print(Object value, PrintWriter out) {
        out.println(text(value));
    }

    static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
