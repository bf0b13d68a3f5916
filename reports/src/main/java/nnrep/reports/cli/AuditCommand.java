package nnrep.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
import picocli.CommandLine.Spec;

/**
 * {@code nnrep audit}: plans the selected claims' work units, measures those of its shard that the result
 * store lacks (storing each as it finishes, so that a rerun after a kill resumes), decides every claim
 * whose units are all stored, writes DIR/report.json, DIR/report.md and DIR/report.html (with the charts
 * in DIR/figures), prints a verdict table and where the report is. Exit status 0 when no claim FAILs,
 * 1 when one does, 2 on bad input (nothing written).
 */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check the paper's claims and write a verification report.")
final class AuditCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--profile", defaultValue = "quick", description = "quick, standard or full (default: ${DEFAULT-VALUE})")
    private String profile;

    @Option(names = "--claims", split = ",", description = "claim ids, comma-separated (default: all)")
    private List<String> claimIds;

    @Option(names = "--seed", defaultValue = "1", description = "master seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--out", defaultValue = "nnrep-report", description = "report folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--threads", description = "worker threads (default: the number of cores)")
    private Integer threads;

    @Option(names = "--shard", description = "I/N: measure only shard I of N of the work units (balanced by "
            + "estimated cost); join the shards with nnrep merge")
    private String shard;

    @Option(names = "--store", description = "folder of the stored unit results (default: DIR/store); a rerun with "
            + "the same options resumes from it")
    private Path store;

    @Option(names = "--dry-run", description = "print the plan (units and estimated cost per claim and per shard) "
            + "and stop")
    private boolean dryRun;

    @Override
    public Integer call() {
        Profile p = Profile.parse(profile);
        ClaimRegistry registry = ClaimRegistry.catalogue();
        List<Claim> claims = claimIds == null ? registry.all() : registry.select(claimIds);
        Shard part = Shard.parse(shard);
        List<Audit.Planned> plan = Audit.plan(claims, p);
        List<Audit.Planned> units = Audit.shard(plan, part.index(), part.count());
        if (units.isEmpty()) {
            throw new InvalidParameterException("shard", "must select at least one work unit: " + part.text()
                    + " gets none of the " + plan.size() + " units of this selection (use at most " + plan.size()
                    + " shards)");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (dryRun) {
            Plans.print(stdout, p, claims, plan, part.count());
            return 0;
        }
        int workers = Threads.resolve(threads);
        ResultStore results = openStore(p);
        ProgressLines progress = new ProgressLines(spec.commandLine().getErr(), units, ProgressLines.onTerminal());
        Map<String, String> errors = Audit.measure(units, results, p, seed, workers, progress);
        progress.finish();
        List<Audit.Entry> entries = Audit.decide(claims, registry.all().size(), p, seed, results, errors);
        Set<String> pending = new LinkedHashSet<>(claims.stream().map(Claim::id).toList());
        entries.forEach(e -> pending.remove(e.claim().id()));
        AuditReport.Selection selection = new AuditReport.Selection(claims.stream().map(Claim::id).toList(),
                part.text(), List.copyOf(pending));
        return ReportOutput.publish(AuditReport.of(p, seed, workers, entries, selection), out, stdout);
    }

    /**
     * The store of this run's options: --store, which must hold no units of other options, or DIR/store,
     * emptied first if it holds units of other options or of other code.
     */
    private ResultStore openStore(Profile p) {
        ResultStore.Identity identity = new ResultStore.Identity(p.cliName(), seed, CodeFingerprint.current());
        Path folder = store != null ? store : out.resolve("store");
        try {
            if (ResultStore.identityOf(folder).filter(found -> !found.equals(identity)).isPresent()) {
                if (store != null) {
                    throw new InvalidParameterException("store", "holds units of other options or of another build"
                            + " of nnrep: " + ResultStore.identityOf(folder).get() + "; choose another folder");
                }
                ResultStore.clear(folder);
            }
            return ResultStore.open(folder, identity);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the result store " + folder, e);
        }
    }

    /** --shard I/N. */
    record Shard(int index, int count) {

        static Shard parse(String text) {
            if (text == null) {
                return new Shard(0, 1);
            }
            String[] parts = text.split("/");
            try {
                if (parts.length == 2) {
                    int i = Integer.parseInt(parts[0].trim());
                    int n = Integer.parseInt(parts[1].trim());
                    if (n >= 1 && i >= 0 && i < n) {
                        return new Shard(i, n);
                    }
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new InvalidParameterException("shard", "must be I/N with 0 <= I < N, got: " + text);
        }

        String text() {
            return index + "/" + count;
        }
    }
}
