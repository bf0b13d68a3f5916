package nnrep.reports.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nnrep.reports.audit.ReportFiles;
import nnrep.reports.render.ReportModel;

/**
 * The report.json of a folder written by {@code audit}, read back for {@code merge}: the map as
 * the file holds it, and its model (profile, seed, family-wise level, claims).
 *
 * @param folder the folder, as it was named on the command line
 * @param report the report map, in the file's order; its "claims" are in the model's order
 */
record ShardReport(Path folder, Map<String, Object> report, ReportModel model) {

    /**
     * Reads FOLDER/report.json.
     *
     * @throws IllegalArgumentException "FOLDER: not an audit report (...)" if there is no such file or it
     *                                  does not hold a report
     */
    static ShardReport read(Path folder) {
        Path file = folder.resolve(ReportFiles.JSON);
        if (!Files.isRegularFile(file)) {
            throw notAReport(folder, "no " + ReportFiles.JSON);
        }
        Map<String, Object> report;
        try {
            report = Json.readObject(file);
        } catch (IOException e) {
            throw notAReport(folder, ReportFiles.JSON + " is not a readable JSON object");
        }
        if (report != null && report.get("profile") instanceof String && namedClaims(report.get("claims"))) {
            try {
                return new ShardReport(folder, report, ReportModel.of(report));
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw notAReport(folder, ReportFiles.JSON + " is not shaped like one");
    }

    /** The claim ids the audit selected. */
    List<String> selectedClaims() {
        return selection().get("claims") instanceof List<?> ids ? ids.stream().map(String::valueOf).toList()
                : List.of();
    }

    /** The shard the report covers, "I/N". */
    String shard() {
        return String.valueOf(selection().get("shard"));
    }

    /** The build fingerprint of the code that measured the units. */
    String fingerprint() {
        return String.valueOf(model.environment().get("fingerprint"));
    }

    private Map<?, ?> selection() {
        return report.get("selection") instanceof Map<?, ?> m ? m : Map.of();
    }

    private static boolean namedClaims(Object claims) {
        return claims instanceof List<?> list
                && list.stream().allMatch(c -> c instanceof Map<?, ?> claim && claim.get("id") instanceof String);
    }

    private static IllegalArgumentException notAReport(Path folder, String why) {
        return new IllegalArgumentException(folder + ": not an audit report (" + why + ")");
    }
}
