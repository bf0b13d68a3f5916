package nnrep.reports.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnrep.theory.Claim;
import nnrep.theory.ClaimRegistry;
import nnrep.theory.Verdict;

/**
 * A whole audit report, read from the map that is written as report.json (cli.md): the run's
 * profile, seed, environment and family-wise level, and its claims. The HTML and Markdown reports
 * are drawn from this model, so that they can be made from a report.json as well as from a run.
 */
public record ReportModel(String profile, long seed, Map<String, Object> environment, double familyWiseDelta,
                          List<ClaimModel> claims) {

    /** The paper the claims come from. */
    public static final String PAPER = "Damian, Lee & Soltanolkotabi (COLT 2022), "
            + "\u201cNeural Networks can Learn Representations with Gradient Descent\u201d";

    /**
     * Copies the map and the list, so that the model does not change with what it was made from.
     *
     * @param profile         the profile the claims ran at
     * @param seed            the master seed
     * @param environment     the machine and software the run had
     * @param familyWiseDelta the family-wise error level split over the catalogue
     * @param claims          the claims, in the order they ran
     */
    public ReportModel {
        environment = new LinkedHashMap<>(environment);
        claims = List.copyOf(claims);
    }

    /**
     * {@return the model of a report map {"profile", "seed", "claims", "environment", "familyWiseDelta"}}
     *
     * @param report the map, as written to report.json or read back from it
     * @throws IllegalArgumentException if the map is not shaped like a report
     */
    public static ReportModel of(Map<String, ?> report) {
        try {
            Map<String, Object> environment = new LinkedHashMap<>();
            if (report.get("environment") instanceof Map<?, ?> m) {
                m.forEach((k, v) -> environment.put(String.valueOf(k), v));
            }
            List<ClaimModel> claims = ((List<?>) report.get("claims")).stream()
                    .map(c -> ClaimModel.of((Map<?, ?>) c)).toList();
            return new ReportModel(String.valueOf(report.get("profile")), ((Number) report.get("seed")).longValue(),
                    environment, ((Number) report.get("familyWiseDelta")).doubleValue(), claims);
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("not an audit report: " + e.getMessage(), e);
        }
    }

    /** {@return FAIL if a claim fails, else INCONCLUSIVE if one is inconclusive, else PASS} */
    public Verdict overall() {
        if (count(Verdict.FAIL) > 0) {
            return Verdict.FAIL;
        }
        return count(Verdict.INCONCLUSIVE) > 0 ? Verdict.INCONCLUSIVE : Verdict.PASS;
    }

    /**
     * {@return how many claims have this verdict}
     *
     * @param verdict a verdict
     */
    public long count(Verdict verdict) {
        return claims.stream().filter(c -> c.verdict() == verdict).count();
    }

    /** {@return the overall result in a sentence, such as "1 of 10 claims FAIL, 9 PASS."} */
    public String overallSentence() {
        StringBuilder text = new StringBuilder();
        for (Verdict v : List.of(Verdict.FAIL, Verdict.INCONCLUSIVE, Verdict.PASS)) {
            long n = count(v);
            if (n > 0) {
                text.append(text.length() == 0 ? n + " of " + claims.size() + (claims.size() == 1 ? " claim " : " claims ")
                        : ", " + n + " ").append(v.name());
            }
        }
        return text.length() == 0 ? "No claim was run." : text + ".";
    }

    /** {@return the wall time of all claims, in seconds} */
    public double totalSeconds() {
        return claims.stream().mapToDouble(ClaimModel::seconds).sum();
    }

    /**
     * {@return the command that runs this claim again with this report's profile and seed}
     *
     * @param claim a claim of the report
     */
    public String reproduceCommand(ClaimModel claim) {
        return command(claim.id());
    }

    /**
     * {@return the command that runs every claim of this report again with its profile and seed: without
     * --claims when the report holds the whole catalogue, in its order}
     */
    public String reproduceCommand() {
        List<String> ids = claims.stream().map(ClaimModel::id).toList();
        if (ids.equals(ClaimRegistry.catalogue().all().stream().map(Claim::id).toList())) {
            return "./nnrep audit --profile " + profile + " --seed " + seed;
        }
        return command(String.join(",", ids));
    }

    private String command(String ids) {
        return "./nnrep audit --profile " + profile + " --claims " + ids + " --seed " + seed;
    }
}
