package nnrep.reports.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import nnrep.numeric.data.InvalidParameterException;
import nnrep.reports.audit.Audit;
import nnrep.reports.audit.AuditReport;
import nnrep.reports.audit.CodeFingerprint;
import nnrep.reports.audit.ResultStore;
import nnrep.theory.Claim;
import nnrep.theory.ClaimRegistry;
import nnrep.theory.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nnrep merge DIR... --out DIR}: joins the result stores of {@code audit --shard I/N} runs into one
 * store and decides every selected claim from it, exactly as a single run would. The inputs must come from
 * one audit (same profile, seed, family-wise level, selection and build of nnrep, each shard once); every
 * input is checked, and the merged store must hold every unit of the selection, before anything is
 * written. Prints the verdict table and where the report is, as {@code audit} does. Exit status 0 when
 * no claim FAILs, 1 when one does, 2 on bad input.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join the result stores of audit shards (audit --shard I/N) into one report.")
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "report folders written by audit --shard")
    private List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder of the merged report")
    private Path out;

    @Override
    public Integer call() {
        List<ShardReport> shards = inputs.stream().map(ShardReport::read).toList();
        ShardReport first = shards.get(0);
        Set<String> seenShards = new HashSet<>();
        for (ShardReport shard : shards) {
            requireSame("profile", first.model().profile(), shard.model().profile(), first, shard);
            requireSame("seed", first.model().seed(), shard.model().seed(), first, shard);
            requireSame("familyWiseDelta", first.model().familyWiseDelta(), shard.model().familyWiseDelta(), first,
                    shard);
            requireSame("selection of claims", first.selectedClaims(), shard.selectedClaims(), first, shard);
            requireSame("build fingerprint", CodeFingerprint.current(), shard.fingerprint(), first, shard);
            if (!seenShards.add(shard.shard())) {
                throw new InvalidParameterException("inputs", "hold shard " + shard.shard() + " twice ("
                        + shard.folder() + ")");
            }
        }
        Profile profile = Profile.parse(first.model().profile());
        long seed = first.model().seed();
        ClaimRegistry registry = ClaimRegistry.catalogue();
        List<Claim> claims = registry.select(first.selectedClaims());
        ResultStore merged = join(shards, profile, seed, claims, seenShards);
        List<Audit.Entry> entries = Audit.decide(claims, registry.all().size(), profile, seed, merged, Map.of());
        int threads = ((Number) first.model().environment().getOrDefault("threads", 1)).intValue();
        return ReportOutput.publish(AuditReport.of(profile, seed, threads, entries,
                AuditReport.Selection.whole(first.selectedClaims())), out, spec.commandLine().getOut());
    }

    /**
     * The union of the inputs' stores, in DIR/store of the output, once every input store is found to
     * belong to this audit and every unit of the selection to be in one of them.
     */
    private ResultStore join(List<ShardReport> shards, Profile profile, long seed, List<Claim> claims,
            Set<String> found) {
        ResultStore.Identity identity = new ResultStore.Identity(profile.cliName(), seed, CodeFingerprint.current());
        Map<String, Integer> units = new LinkedHashMap<>();
        claims.forEach(c -> units.put(c.id(), c.plan(profile).size()));
        try {
            List<ResultStore> stores = new ArrayList<>();
            for (ShardReport shard : shards) {
                Path folder = shard.folder().resolve("store");
                if (!ResultStore.identityOf(folder).equals(java.util.Optional.of(identity))) {
                    throw new InvalidParameterException("inputs", shard.folder() + " has no result store of this "
                            + "audit (" + folder + ")");
                }
                stores.add(ResultStore.open(folder, identity));
            }
            Set<String> missing = new LinkedHashSet<>();
            units.forEach((id, count) -> {
                for (int index = 0; index < count; index++) {
                    int unit = index;
                    if (stores.stream().noneMatch(store -> store.has(id, unit))) {
                        missing.add(id);
                    }
                }
            });
            if (!missing.isEmpty()) {
                throw new InvalidParameterException("inputs", "lack units of " + String.join(", ", missing)
                        + ": give the folders of every shard (found " + String.join(", ", found) + ")");
            }
            Path folder = out.resolve("store");
            ResultStore.clear(folder);
            ResultStore merged = ResultStore.open(folder, identity);
            for (ResultStore store : stores) {
                merged.addAll(store, units);
            }
            return merged;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot join the result stores into " + out, e);
        }
    }

    private static void requireSame(String field, Object expected, Object found, ShardReport first,
            ShardReport other) {
        if (!expected.equals(found)) {
            throw new InvalidParameterException("inputs", "are not shards of one audit: " + other.folder() + " has "
                    + field + " " + found + ", but " + first.folder() + " has " + expected);
        }
    }
}
