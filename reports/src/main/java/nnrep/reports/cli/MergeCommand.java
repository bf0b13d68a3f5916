package nnrep.reports.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import nnrep.reports.render.ClaimModel;
import nnrep.reports.render.ReportModel;
import nnrep.theory.ClaimRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nnrep merge DIR... --out DIR}: "joins shard outputs into one report" (cli.md). Reads the
 * report.json of each input folder (as written by {@code audit --shard I/N}), checks that they come
 * from one audit (same profile, seed and familyWiseDelta, no claim twice), puts their claims in
 * the catalogue's order (ids it does not know last, in input order), keeps the environment of the
 * first input, and writes report.json, report.md, report.html and figures/ to the output folder.
 * Then it prints the verdict table and where the report is, as {@code audit} does. Exit status 0
 * when no claim FAILs, 1 when one does, 2 on bad input (every input is checked before anything is
 * written, so nothing is).
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join the reports of audit shards (audit --shard I/N) into one report.")
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "report folders written by audit")
    private List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder of the merged report")
    private Path out;

    @Override
    public Integer call() {
        List<ShardReport> shards = inputs.stream().map(ShardReport::read).toList();
        return ReportOutput.publish(merge(shards), out, spec.commandLine().getOut());
    }

    /** The report of all the shards' claims, with the first shard's profile, seed, environment and level. */
    private static Map<String, Object> merge(List<ShardReport> shards) {
        ShardReport first = shards.get(0);
        List<String> catalogue = ClaimRegistry.catalogue().ids();
        Map<String, Path> seen = new HashMap<>();
        List<Map.Entry<String, Object>> claims = new ArrayList<>();
        for (ShardReport shard : shards) {
            requireSame("profile", ReportModel::profile, first, shard);
            requireSame("seed", ReportModel::seed, first, shard);
            requireSame("familyWiseDelta", ReportModel::familyWiseDelta, first, shard);
            List<ClaimModel> models = shard.model().claims();
            for (int i = 0; i < models.size(); i++) {
                String id = models.get(i).id();
                Path earlier = seen.putIfAbsent(id, shard.folder());
                if (earlier != null) {
                    throw new IllegalArgumentException("claim " + id + " is in two reports: " + earlier + " and "
                            + shard.folder() + " (each claim must come from one shard)");
                }
                claims.add(Map.entry(id, shard.claims().get(i)));
            }
        }
        claims.sort(Comparator.comparingInt(claim -> position(catalogue, claim.getKey())));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("profile", first.report().get("profile"));
        report.put("seed", first.report().get("seed"));
        report.put("claims", claims.stream().map(Map.Entry::getValue).toList());
        report.put("environment", first.report().get("environment"));
        report.put("familyWiseDelta", first.report().get("familyWiseDelta"));
        return report;
    }

    private static void requireSame(String field, Function<ReportModel, Object> value, ShardReport first,
            ShardReport other) {
        Object expected = value.apply(first.model());
        Object found = value.apply(other.model());
        if (!expected.equals(found)) {
            throw new IllegalArgumentException(other.folder() + ": " + field + " is " + found + ", but "
                    + first.folder() + " has " + field + " " + expected + " (only shards of one audit can be merged)");
        }
    }

    /** The claim's position in the catalogue; ids the catalogue does not know come after all of its. */
    private static int position(List<String> catalogue, String id) {
        int index = catalogue.indexOf(id);
        return index < 0 ? catalogue.size() : index;
    }
}
