package nnrep.theory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one {@link WorkUnit} measured: named values, each a number, an array of numbers, a text or a
 * list of texts, in recording order. Immutable; built with {@link #builder()}. A unit's result is
 * stored (as JSON, by the command line's result store) and read back before the claim decides, so
 * these four kinds are all a unit may return; numbers may be NaN or infinite.
 */
public final class Measurements {

    private final Map<String, Object> values;

    private Measurements(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The values by name, in recording order: Double, double[] (do not modify), String or List of String. */
    public Map<String, Object> asMap() {
        return values;
    }

    /** The number recorded under {@code name}. */
    public double number(String name) {
        return (Double) require(name, Double.class);
    }

    /** A copy of the array recorded under {@code name}. */
    public double[] numbers(String name) {
        return ((double[]) require(name, double[].class)).clone();
    }

    /** The text recorded under {@code name}. */
    public String text(String name) {
        return (String) require(name, String.class);
    }

    /** The texts recorded under {@code name}. */
    @SuppressWarnings("unchecked")
    public List<String> texts(String name) {
        return (List<String>) require(name, List.class);
    }

    private Object require(String name, Class<?> type) {
        Object value = values.get(name);
        if (!type.isInstance(value)) {
            throw new IllegalStateException("no " + type.getSimpleName() + " measurement named " + name
                    + " among " + values.keySet());
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Measurements that) || !values.keySet().equals(that.values.keySet())) {
            return false;
        }
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            Object mine = entry.getValue();
            Object theirs = that.values.get(entry.getKey());
            boolean same = mine instanceof double[] a ? theirs instanceof double[] b && java.util.Arrays.equals(a, b)
                    : mine.equals(theirs);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return values.keySet().hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        values.forEach((name, value) -> text.append(text.length() > 1 ? ", " : "").append(name).append('=')
                .append(value instanceof double[] a ? java.util.Arrays.toString(a) : value));
        return text.append('}').toString();
    }

    /** Collects values; names must be unique. */
    public static final class Builder {

        private final Map<String, Object> values = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder number(String name, double value) {
            return put(name, value);
        }

        /** An array (copied). */
        public Builder numbers(String name, double[] values) {
            return put(name, values.clone());
        }

        public Builder text(String name, String value) {
            return put(name, Objects.requireNonNull(value, name));
        }

        /** A list of texts (copied). */
        public Builder texts(String name, List<String> values) {
            return put(name, List.copyOf(values));
        }

        public Measurements build() {
            return new Measurements(new LinkedHashMap<>(values));
        }

        private Builder put(String name, Object value) {
            if (values.putIfAbsent(Objects.requireNonNull(name, "name"), value) != null) {
                throw new IllegalArgumentException("measurement " + name + " recorded twice");
            }
            return this;
        }
    }
}
