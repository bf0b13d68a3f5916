package nnrep.reports.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnrep.theory.Band;
import nnrep.theory.Interval;
import nnrep.theory.Profile;

/**
 * The content of report.json (cli.md): {"profile", "seed", "claims": [{"id", "statement", "source",
 * "parameters", "verdict", "interval", "predicted", "evidence", "seconds"}], "environment",
 * "familyWiseDelta"}, as plain maps and lists for Jackson.
 */
public final class AuditReport {

    private AuditReport() {
    }

    /**
     * {@return the report of a run}
     *
     * @param profile the profile the claims ran at
     * @param seed    the master seed
     * @param threads the number of worker threads
     * @param entries each claim's outcome, in order
     */
    public static Map<String, Object> of(Profile profile, long seed, int threads, List<Audit.Entry> entries) {
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
        return report;
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
        m.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("threads", threads);
        return m;
    }
}
