package nnrep.reports.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import nnrep.theory.Measurements;

/**
 * The results of an audit's work units, one small JSON file per unit, {@code DIR/CLAIM/INDEX.json}:
 * {"claim", "unit", "label", "seconds", "measurements": {name: {"number": x} | {"numbers": [x, ...]}
 * | {"text": s} | {"texts": [s, ...]}}}, with NaN and infinities written as the strings "NaN",
 * "Infinity" and "-Infinity". Every file is written aside and renamed ({@link AtomicFiles}), so a
 * unit is stored whole or not at all, and a kill at any moment loses at most the units in flight.
 * Numbers are written with the digits that read back to the same double, so decisions made from
 * a store equal those made from the measurements in memory, bit for bit.
 *
 * <p>{@code DIR/store.json} says what the units belong to (the profile, the seed and the code's
 * fingerprint): a store is only ever reused for the same options and the same code.
 */
public final class ResultStore {

    /** A stored unit: what it measured and how long it took. */
    public record Unit(Measurements measurements, double seconds) {
    }

    /**
     * What the units of a store belong to.
     *
     * @param profile     the profile's name
     * @param seed        the master seed
     * @param fingerprint the code's fingerprint ({@link CodeFingerprint})
     */
    public record Identity(String profile, long seed, String fingerprint) {

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("profile", profile);
            map.put("seed", seed);
            map.put("fingerprint", fingerprint);
            return map;
        }
    }

    /** The name of the file that holds a store's identity. */
    public static final String IDENTITY = "store.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };

    private final Path folder;
    private final Identity identity;

    private ResultStore(Path folder, Identity identity) {
        this.folder = folder;
        this.identity = identity;
    }

    /**
     * Opens the store in {@code folder} for units of {@code identity}, creating it if it does not
     * exist.
     *
     * @throws IllegalStateException if the folder holds a store of other options or other code (the caller
     *                               decides whether to start afresh or to refuse)
     */
    public static ResultStore open(Path folder, Identity identity) throws IOException {
        Optional<Identity> existing = identityOf(folder);
        if (existing.isPresent() && !existing.get().equals(identity)) {
            throw new IllegalStateException(folder + " holds units of " + existing.get() + ", not of " + identity);
        }
        if (existing.isEmpty()) {
            AtomicFiles.write(folder.resolve(IDENTITY), MAPPER.writeValueAsString(identity.asMap()));
        }
        return new ResultStore(folder, identity);
    }

    /** The identity recorded in {@code folder}, if it holds a store. */
    public static Optional<Identity> identityOf(Path folder) throws IOException {
        Map<String, Object> map;
        try {
            map = MAPPER.readValue(folder.resolve(IDENTITY).toFile(), OBJECT);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return Optional.empty();
        }
        return Optional.of(new Identity(String.valueOf(map.get("profile")), ((Number) map.get("seed")).longValue(),
                String.valueOf(map.get("fingerprint"))));
    }

    /**
     * Empties the store in {@code folder}: deletes its identity file and every unit file (CLAIM/INDEX.json),
     * then the claim folders left empty; nothing else in the folder is touched.
     */
    public static void clear(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var claims = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path claim : claims) {
                try (var units = Files.newDirectoryStream(claim, "[0-9]*.json")) {
                    for (Path unit : units) {
                        Files.deleteIfExists(unit);
                    }
                }
                try (var rest = Files.list(claim)) {
                    if (rest.findAny().isEmpty()) {
                        Files.delete(claim);
                    }
                }
            }
        }
        Files.deleteIfExists(folder.resolve(IDENTITY));
    }

    public Path folder() {
        return folder;
    }

    public Identity identity() {
        return identity;
    }

    /** Whether unit {@code index} of {@code claim} is stored. */
    public boolean has(String claim, int index) {
        return Files.isRegularFile(file(claim, index));
    }

    /** The stored result of unit {@code index} of {@code claim}, if there is one. */
    public Optional<Unit> get(String claim, int index) {
        Path file = file(claim, index);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Map<String, Object> map = MAPPER.readValue(file.toFile(), OBJECT);
            return Optional.of(new Unit(decode((Map<?, ?>) map.get("measurements")),
                    ((Number) map.get("seconds")).doubleValue()));
        } catch (IOException | ClassCastException | NullPointerException e) {
            throw new IllegalStateException("stored unit " + file + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** Stores the result of unit {@code index} of {@code claim} (written aside and renamed). */
    public void put(String claim, int index, String label, Unit unit) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("claim", claim);
        map.put("unit", index);
        map.put("label", label);
        map.put("seconds", unit.seconds());
        map.put("measurements", encode(unit.measurements()));
        try {
            AtomicFiles.write(file(claim, index), MAPPER.writeValueAsString(map));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store unit " + index + " of " + claim + " in " + folder, e);
        }
    }

    /**
     * Copies into this store every unit of {@code other} that it lacks, file by file (each written aside and
     * renamed); both must hold units of the same identity.
     *
     * @param unitsByClaim how many units each claim's plan has
     * @return the number of units copied
     */
    public int addAll(ResultStore other, Map<String, Integer> unitsByClaim) throws IOException {
        if (!other.identity.equals(identity)) {
            throw new IllegalArgumentException(other.folder + " holds units of " + other.identity + ", not of "
                    + identity);
        }
        int added = 0;
        for (Map.Entry<String, Integer> claim : unitsByClaim.entrySet()) {
            for (int index = 0; index < claim.getValue(); index++) {
                Path source = other.file(claim.getKey(), index);
                Path target = file(claim.getKey(), index);
                if (!Files.isRegularFile(target) && Files.isRegularFile(source)) {
                    AtomicFiles.write(target, Files.readString(source));
                    added++;
                }
            }
        }
        return added;
    }

    private Path file(String claim, int index) {
        return folder.resolve(claim).resolve(index + ".json");
    }

    private static Map<String, Object> encode(Measurements measurements) {
        Map<String, Object> out = new LinkedHashMap<>();
        measurements.asMap().forEach((name, value) -> {
            if (value instanceof Double x) {
                out.put(name, Map.of("number", number(x)));
            } else if (value instanceof double[] xs) {
                List<Object> list = new ArrayList<>(xs.length);
                for (double x : xs) {
                    list.add(number(x));
                }
                out.put(name, Map.of("numbers", list));
            } else if (value instanceof String s) {
                out.put(name, Map.of("text", s));
            } else {
                out.put(name, Map.of("texts", value));
            }
        });
        return out;
    }

    private static Measurements decode(Map<?, ?> map) {
        Measurements.Builder builder = Measurements.builder();
        map.forEach((name, cell) -> {
            Map<?, ?> typed = (Map<?, ?>) cell;
            String key = String.valueOf(name);
            if (typed.containsKey("number")) {
                builder.number(key, toDouble(typed.get("number")));
            } else if (typed.containsKey("numbers")) {
                List<?> list = (List<?>) typed.get("numbers");
                double[] xs = new double[list.size()];
                for (int i = 0; i < xs.length; i++) {
                    xs[i] = toDouble(list.get(i));
                }
                builder.numbers(key, xs);
            } else if (typed.containsKey("text")) {
                builder.text(key, String.valueOf(typed.get("text")));
            } else {
                builder.texts(key, ((List<?>) typed.get("texts")).stream().map(String::valueOf).toList());
            }
        });
        return builder.build();
    }

    /** A finite double as itself, NaN and the infinities as strings (JSON has no such numbers). */
    private static Object number(double x) {
        return Double.isFinite(x) ? (Object) x : Double.toString(x);
    }

    private static double toDouble(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(value));
    }
}
