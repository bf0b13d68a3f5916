package nnrep.reports.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import nnrep.theory.Band;
import nnrep.theory.Interval;
import nnrep.theory.Verdict;

/**
 * One claim of a report, read from its report.json entry: what it states, how it was run, its
 * verdict with the measured interval and the predicted band, and the evidence (measurements,
 * seeds, notes and plots).
 */
public record ClaimModel(String id, String statement, String source, Map<String, Object> parameters,
                         Verdict verdict, Interval interval, Band predicted, List<PartModel> parts,
                         Map<String, Object> measurements, Map<String, Object> seeds, List<String> notes,
                         List<PlotModel> plots, double seconds) {

    /**
     * One sub-statement of the claim, as report.json's "parts" lists it.
     *
     * @param interval the measured interval, or null
     * @param reading  a sentence on which law the interval is consistent with, or null
     */
    public record PartModel(String name, Verdict verdict, Interval interval, Band predicted, String reading) {

        /** The measured interval in a few words, as {@link ClaimModel#measured()} says it. */
        public String measured() {
            return interval == null ? (reading == null ? "exact" : "none") : ClaimModel.describe(interval);
        }

        /** The predicted band, "[lower, upper]". */
        public String predictedBand() {
            return ClaimModel.describe(predicted);
        }
    }

    /** The measurement under which a claim that stopped with an error records the error. */
    public static final String ERROR = "error";

    /**
     * Copies the maps and lists, so that the model does not change with what it was made from.
     *
     * @param id           the claim's id
     * @param statement    what the claim states
     * @param source       where in the paper it comes from
     * @param parameters   the parameters it ran with
     * @param verdict      its verdict
     * @param interval     the measured confidence interval, or null (exact identities, claims that broke)
     * @param predicted    the band the paper's statement allows
     * @param measurements what it measured, by name
     * @param seeds        the seeds it drew from, by name
     * @param notes        remarks on the run
     * @param plots        its charts
     * @param seconds      its wall time
     */
    public ClaimModel {
        parameters = new LinkedHashMap<>(parameters);
        measurements = new LinkedHashMap<>(measurements);
        seeds = new LinkedHashMap<>(seeds);
        parts = List.copyOf(parts);
        notes = List.copyOf(notes);
        plots = List.copyOf(plots);
    }

    /** The claim of a report.json "claims" entry. */
    static ClaimModel of(Map<?, ?> claim) {
        Map<?, ?> evidence = map(claim.get("evidence"));
        List<?> series = list(evidence.get("series"));
        List<PlotModel> plots = list(evidence.get("plots")).stream()
                .map(p -> PlotModel.of((Map<?, ?>) p, series)).toList();
        Map<?, ?> band = map(claim.get("predicted"));
        return new ClaimModel(String.valueOf(claim.get("id")), String.valueOf(claim.get("statement")),
                String.valueOf(claim.get("source")), strings(map(claim.get("parameters"))),
                Verdict.valueOf(String.valueOf(claim.get("verdict"))), interval(claim.get("interval")), band(band),
                list(claim.get("parts")).stream().map(p -> part(map(p))).toList(),
                strings(map(evidence.get("measurements"))), strings(map(evidence.get("seeds"))),
                list(evidence.get("notes")).stream().map(String::valueOf).toList(), plots,
                number(claim.get("seconds")));
    }

    /** {@return the id of the claim's section in a report page ("claim-" and the claim's id)} */
    public String anchor() {
        return "claim-" + id;
    }

    /** The sub-statements as table rows: part, verdict, measured, predicted, and the reading when there is one. */
    public List<Map<String, Object>> partRows() {
        return parts.stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("part", p.name());
            row.put("verdict", p.verdict().name());
            row.put("measured", p.measured());
            row.put("predicted", p.predictedBand() + ": " + p.predicted().description());
            row.put("reading", p.reading() == null ? "" : p.reading());
            return row;
        }).toList();
    }

    /** The measurements short enough for a line each: scalars, short arrays and lists. */
    public Map<String, Object> shortMeasurements() {
        return measurementsWhere(value -> !isBlock(value));
    }

    /** {@return the measurements that need a block of their own: tables, and arrays too long to print on a line} */
    public Map<String, Object> blockMeasurements() {
        return measurementsWhere(ClaimModel::isBlock);
    }

    /** Whether a measurement goes in a block of its own (see {@link #blockMeasurements()}). */
    private static boolean isBlock(Object value) {
        return Values.isTable(value) || Values.isLong(value);
    }

    /** {@return the error message of a claim that stopped with an error, or null} */
    public String error() {
        Object error = measurements.get(ERROR);
        return error == null ? null : error.toString();
    }

    /** {@return what was measured, in a few words: the interval, the largest error of an exact check, or "error"} */
    public String measured() {
        if (error() != null) {
            return "error";
        }
        if (interval != null) {
            return describe(interval);
        }
        Object maxError = measurements.get("maxError");
        return maxError instanceof Number n ? "max error " + Values.number(n) : "exact";
    }

    /** {@return the predicted band, "[lower, upper]"} */
    public String predictedBand() {
        return describe(predicted);
    }

    static String describe(Interval interval) {
        return (interval.lower() == interval.upper() ? Values.number(interval.lower())
                : "[" + Values.number(interval.lower()) + ", " + Values.number(interval.upper()) + "]")
                + " at " + Values.number(100 * interval.level()) + "%";
    }

    static String describe(Band band) {
        return "[" + Values.number(band.lower()) + ", " + Values.number(band.upper()) + "]";
    }

    /** {@return one sentence saying how the verdict was reached} */
    public String verdictReason() {
        if (error() != null) {
            return "The claim stopped with an error, so the audit could not check it: " + error();
        }
        String where = switch (verdict) {
            case PASS -> "lies inside";
            case FAIL -> "lies outside";
            case INCONCLUSIVE -> "straddles an edge of";
        };
        String what;
        if (interval != null) {
            what = (interval.lower() == interval.upper() ? "The measured value " : "The measured interval ") + measured();
        } else {
            what = measurements.get("maxError") instanceof Number ? "The " + measured() : "The result";
        }
        return what + " " + where + " the predicted band " + predictedBand() + " (" + predicted.description() + ").";
    }

    private Map<String, Object> measurementsWhere(Predicate<Object> test) {
        Map<String, Object> result = new LinkedHashMap<>();
        measurements.forEach((name, value) -> {
            if (test.test(value)) {
                result.put(name, value);
            }
        });
        return result;
    }

    private static PartModel part(Map<?, ?> part) {
        Object reading = part.get("reading");
        return new PartModel(String.valueOf(part.get("name")), Verdict.valueOf(String.valueOf(part.get("verdict"))),
                interval(part.get("interval")), band(map(part.get("predicted"))),
                reading == null ? null : String.valueOf(reading));
    }

    private static Band band(Map<?, ?> band) {
        return new Band(number(band.get("lower")), number(band.get("upper")), String.valueOf(band.get("description")));
    }

    private static Interval interval(Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            return null;
        }
        return new Interval(number(m.get("lower")), number(m.get("upper")), number(m.get("level")));
    }

    private static double number(Object value) {
        Double x = Values.asDouble(value);
        return x == null ? Double.NaN : x;
    }

    private static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> m ? m : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static Map<String, Object> strings(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }
}
