package nnrep.reports.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plain-text forms of the values found in a report (numbers, strings, booleans, arrays of doubles,
 * lists and maps, as produced by {@code AuditReport} or read back from report.json). Numbers get
 * four significant digits; whole numbers print without a decimal point; arrays of more than
 * {@link #SHORT_LIST} values are summarised.
 */
public final class Values {

    /** Arrays and lists up to this many values are printed whole; longer ones are summarised. */
    public static final int SHORT_LIST = 12;

    private static final MathContext FOUR_DIGITS = new MathContext(4);

    /**
     * A decimal number in running text: digits, a point, digits and maybe an exponent, standing
     * alone rather than inside a longer token such as a version ("17.0.2") or a name ("x1.5y"). A
     * point after it is allowed when it ends a sentence.
     */
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\w.])-?(\\d+)\\.(\\d+)([eE][-+]?\\d+)?(?![\\w]|\\.\\w)");

    /** How JSON writes the doubles it has no number for. */
    private static final Map<String, Double> NON_FINITE = Map.of("NaN", Double.NaN,
            "Infinity", Double.POSITIVE_INFINITY, "-Infinity", Double.NEGATIVE_INFINITY);

    private Values() {
    }

    /**
     * {@return whether the value is a number array: a double[] or a list of numbers ({@link #asDouble};
     * empty lists included)}
     *
     * @param value a report value
     */
    public static boolean isNumbers(Object value) {
        if (value instanceof double[]) {
            return true;
        }
        return value instanceof List<?> list && list.stream().allMatch(element -> asDouble(element) != null);
    }

    /**
     * {@return whether the value is a table: a non-empty list whose elements are all maps (the rows)}
     *
     * @param value a report value
     */
    public static boolean isTable(Object value) {
        return value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(Map.class::isInstance);
    }

    /**
     * {@return the number of elements of a list or array, or 1 for anything else}
     *
     * @param value a report value
     */
    public static int size(Object value) {
        if (value instanceof double[] array) {
            return array.length;
        }
        return value instanceof List<?> list ? list.size() : 1;
    }

    /**
     * {@return whether the value is a list or array too long to print whole}
     *
     * @param value a report value
     */
    public static boolean isLong(Object value) {
        return size(value) > SHORT_LIST;
    }

    /**
     * The number a report value stands for, or null if it stands for none: a {@link Number}, or one
     * of the strings "NaN", "Infinity" and "-Infinity", which report.json holds for the doubles that
     * JSON has no number for.
     */
    static Double asDouble(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return value instanceof String s ? NON_FINITE.get(s) : null;
    }

    /**
     * {@return the numbers of a double[] or a list of numbers (nulls become NaN; see
     * {@link #asDouble(Object)})}
     *
     * @param value a double[] or a list of numbers
     * @throws IllegalArgumentException if the value is neither
     */
    public static double[] doubles(Object value) {
        if (value instanceof double[] array) {
            return array.clone();
        }
        if (value instanceof List<?> list) {
            double[] result = new double[list.size()];
            for (int i = 0; i < result.length; i++) {
                Object element = list.get(i);
                Double x = element == null ? Double.valueOf(Double.NaN) : asDouble(element);
                if (x == null) {
                    throw new IllegalArgumentException("not a number: " + element);
                }
                result[i] = x;
            }
            return result;
        }
        throw new IllegalArgumentException("not an array of numbers: " + value);
    }

    /**
     * {@return the number with four significant digits ("0.0123", "1.5e-15", "2048", "NaN")};
     * +-Double.MAX_VALUE, which bands use for an unbounded side, prints as "inf".
     *
     * @param x the number
     */
    public static String number(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        if (Math.abs(x) == Double.MAX_VALUE) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e7) {
            return Long.toString((long) x);
        }
        BigDecimal rounded = new BigDecimal(x).round(FOUR_DIGITS);
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude >= 1e-3 && magnitude < 1e5) {
            return rounded.stripTrailingZeros().toPlainString();
        }
        String[] parts = String.format(Locale.ROOT, "%.3e", x).split("e");
        return trimZeros(parts[0]) + "e" + Integer.parseInt(parts[1]);
    }

    /**
     * {@return the number as {@link #number(double)} prints it, integer types kept exact}
     *
     * @param x the number
     */
    public static String number(Number x) {
        if (x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte) {
            return x.toString();
        }
        return number(x.doubleValue());
    }

    /**
     * {@return the text with every decimal number of more than four significant digits rounded to
     * four} ({@link #number(double)}): "b = -1.6525887462467745" becomes "b = -1.653". Claims write
     * raw doubles into names and messages; this is where they are made readable. Numbers of four
     * digits or fewer keep the form they were written in ("0.500", "2.00").
     *
     * @param text any text
     */
    public static String rounded(String text) {
        Matcher m = DECIMAL.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String digits = (m.group(1) + m.group(2)).replaceFirst("^0+", "");
            String replacement = digits.length() > FOUR_DIGITS.getPrecision() ? number(Double.parseDouble(m.group()))
                    : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    /**
     * {@return any report value on one line}: long arrays and lists are summarised
     * ({@link #summary}), and the numbers inside strings are {@link #rounded}.
     *
     * @param value a report value, or null
     */
    public static String text(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof Number n) {
            return number(n);
        }
        if (value instanceof String s) {
            return rounded(s);
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + " = " + text(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (isLong(value)) {
            return summary(value);
        }
        if (value instanceof double[] || value instanceof List) {
            return elements(value).stream().map(Values::text).collect(Collectors.joining(", ", "[", "]"));
        }
        return value.toString();
    }

    /**
     * {@return every element of an array or list on one line, "[a, b, c, ...]", with no summarising}
     *
     * @param value an array or list (anything else is one element)
     */
    public static String full(Object value) {
        return elements(value).stream().map(Values::text).collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * {@return a one-line summary of a list or array: its length and, for numbers, the range of its
     * finite values}
     *
     * @param value a list or array
     */
    public static String summary(Object value) {
        int n = size(value);
        if (!isNumbers(value)) {
            return n + " entries";
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : doubles(value)) {
            if (Double.isFinite(x)) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        return min > max ? n + " values, none finite" : n + " values from " + number(min) + " to " + number(max);
    }

    private static List<Object> elements(Object value) {
        List<Object> elements = new ArrayList<>();
        if (value instanceof double[] array) {
            for (double x : array) {
                elements.add(x);
            }
        } else if (value instanceof List<?> list) {
            elements.addAll(list);
        } else {
            elements.add(value);
        }
        return elements;
    }

    private static String trimZeros(String decimal) {
        return decimal.contains(".") ? decimal.replaceAll("\\.?0+$", "") : decimal;
    }
}
