package nnrep.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * JSON output and input: one shared Jackson mapper, pretty-printed, doubles printed so that they
 * round-trip.
 */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };

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

    /**
     * The JSON object in a file, as maps (in the file's order), lists, strings, numbers and booleans.
     *
     * @throws IOException if the file cannot be read or does not hold a JSON object
     */
    static Map<String, Object> readObject(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), OBJECT);
    }

    /** The JSON object in a text, read as {@link #readObject(Path)} reads a file. */
    static Map<String, Object> readObject(String text) {
        try {
            return MAPPER.readValue(text, OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read JSON", e);
        }
    }
}
