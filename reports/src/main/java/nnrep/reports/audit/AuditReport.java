package nnrep.reports.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnrep.theory.Band;
import nnrep.theory.Interval;
import nnrep.theory.Part;
import nnrep.theory.Profile;

/**
 * The content of report.json (docs/cli.md): {"profile", "seed", "claims": [{"id", "statement", "source",
 * "parameters", "verdict", "interval", "predicted", "parts", "evidence", "seconds"}], "environment",
 * "familyWiseDelta", "selection"}, as plain maps and lists for Jackson. "interval" and "predicted" are
 * the headline part's; "parts" lists every sub-statement: {"name", "verdict", "interval", "predicted",
 * "reading"}. "selection" says what the run covered: {"claims": [ids], "shard": "I/N", "pending": [ids
 * of selected claims whose units are not all in this run's store]}.
 */
public final class AuditReport {

    private AuditReport() {
    }

    /** What a run selected: the claims, its shard, and the selected claims it could not decide alone. */
    public record Selection(List<String> claims, String shard, List<String> pending) {

        /** The whole selection decided in one run. */
        public static Selection whole(List<String> claims) {
            return new Selection(claims, "0/1", List.of());
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("claims", claims);
            m.put("shard", shard);
            m.put("pending", pending);
            return m;
        }
    }

    public static Map<String, Object> of(Profile profile, long seed, int threads, List<Audit.Entry> entries,
            Selection selection) {
        List<Map<String, Object>> claims = new ArrayList<>();
        for (Audit.Entry e : entries) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", e.claim().id());
            c.put("statement", e.claim().statement());
            c.put("source", e.claim().source());
            c.put("parameters", e.result().parameters());
            c.put("verdict", e.result().verdict().name());
            c.put("interval", interval(e.result().interval()));
            c.put("predicted", band(e.result().predicted()));
            c.put("parts", e.result().parts().stream().map(AuditReport::part).toList());
            c.put("evidence", e.result().evidence().asMap());
            c.put("seconds", e.result().seconds());
            claims.add(c);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("profile", profile.name().toLowerCase(java.util.Locale.ROOT));
        report.put("seed", seed);
        report.put("claims", claims);
        report.put("environment", environment(threads));
        report.put("familyWiseDelta", Audit.FAMILY_WISE_DELTA);
        report.put("selection", selection.asMap());
        return report;
    }

    private static Map<String, Object> part(Part part) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", part.name());
        m.put("verdict", part.verdict().name());
        m.put("interval", interval(part.interval()));
        m.put("predicted", band(part.band()));
        m.put("reading", part.reading());
        return m;
    }

    private static Map<String, Object> interval(Interval interval) {
        if (interval == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lower", interval.lower());
        m.put("upper", interval.upper());
        m.put("level", interval.level());
        return m;
    }

    private static Map<String, Object> band(Band band) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lower", band.lower());
        m.put("upper", band.upper());
        m.put("description", band.description());
        return m;
    }

    private static Map<String, Object> environment(int threads) {
        Map<String, Object> m = new LinkedHashMap<>();
        String version = AuditReport.class.getPackage().getImplementationVersion();
        m.put("nnrep", version == null ? "development build" : version);
        m.put("fingerprint", CodeFingerprint.current());
        m.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("threads", threads);
        return m;
    }
}
