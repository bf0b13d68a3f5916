import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads audit reports (report.json) and prints the count of each verdict per claim as a Markdown
 * table, with the nominal family-wise level: under the audit's Bonferroni split the expected number
 * of false FAILs in one audit is at most that level, and so is the probability of at least one.
 * Run by scripts/calibration.sh as a single-file program against the command-line jar (which
 * bundles Jackson): java -cp reports/target/nnrep.jar scripts/CalibrationTable.java REPORT...
 */
public class CalibrationTable {

    private static final List<String> VERDICTS = List.of("PASS", "FAIL", "INCONCLUSIVE");

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, int[]> byClaim = new LinkedHashMap<>();
        TreeSet<Long> seeds = new TreeSet<>();
        TreeSet<String> profiles = new TreeSet<>();
        TreeSet<Double> levels = new TreeSet<>();
        int auditsWithFail = 0;
        for (String file : args) {
            JsonNode report = json.readTree(Path.of(file).toFile());
            seeds.add(report.path("seed").asLong());
            profiles.add(report.path("profile").asText());
            levels.add(report.path("familyWiseDelta").asDouble());
            boolean failed = false;
            for (JsonNode claim : report.path("claims")) {
                int verdict = VERDICTS.indexOf(claim.path("verdict").asText());
                if (verdict < 0) {
                    throw new IllegalArgumentException(file + ": claim " + claim.path("id").asText()
                            + " has no verdict among " + VERDICTS);
                }
                byClaim.computeIfAbsent(claim.path("id").asText(), id -> new int[VERDICTS.size()])[verdict]++;
                failed |= verdict == 1;
            }
            auditsWithFail += failed ? 1 : 0;
        }
        int audits = args.length;
        double level = levels.size() == 1 ? levels.first() : Double.NaN;
        System.out.printf("Audits: %d (profile %s, seeds %s), family-wise level %s.%n%n", audits,
                String.join(", ", profiles), ranges(seeds), levels.size() == 1 ? format(level) : "mixed " + levels);
        System.out.println("| claim | runs | PASS | FAIL | INCONCLUSIVE |");
        System.out.println("|---|---:|---:|---:|---:|");
        int[] total = new int[VERDICTS.size()];
        for (Map.Entry<String, int[]> row : byClaim.entrySet()) {
            System.out.println(row(row.getKey(), row.getValue()));
            for (int v = 0; v < total.length; v++) {
                total[v] += row.getValue()[v];
            }
        }
        System.out.println(row("**all claims**", total));
        System.out.printf("%nFAIL: %d in %d audits (%.3g per audit); %d audits with at least one FAIL. Nominal: at most %s"
                        + " false FAILs per audit, so at most %s in %d audits.%n",
                total[1], audits, total[1] / (double) audits, auditsWithFail, format(level), format(level * audits),
                audits);
        System.out.printf("INCONCLUSIVE: %d of %d claim runs.%n", total[2], sum(total));
    }

    private static String row(String claim, int[] counts) {
        return String.format("| %s | %d | %d | %d | %d |", claim, sum(counts), counts[0], counts[1], counts[2]);
    }

    private static int sum(int[] counts) {
        int s = 0;
        for (int c : counts) {
            s += c;
        }
        return s;
    }

    private static String format(double x) {
        return String.format("%.3g", x);
    }

    /** 101, 102, 103, 107 as "101-103, 107". */
    private static String ranges(TreeSet<Long> seeds) {
        List<String> parts = new ArrayList<>();
        Long start = null;
        Long previous = null;
        for (long seed : seeds) {
            if (previous == null || seed != previous + 1) {
                if (start != null) {
                    parts.add(start.equals(previous) ? "" + start : start + "-" + previous);
                }
                start = seed;
            }
            previous = seed;
        }
        if (start != null) {
            parts.add(start.equals(previous) ? "" + start : start + "-" + previous);
        }
        return String.join(", ", parts);
    }
}
