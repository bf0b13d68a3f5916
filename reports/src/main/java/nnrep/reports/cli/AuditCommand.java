package nnrep.reports.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import nnrep.reports.audit.Audit;
import nnrep.reports.audit.AuditReport;
import nnrep.theory.Claim;
import nnrep.theory.ClaimRegistry;
import nnrep.theory.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nnrep audit}: runs claims, writes DIR/report.json, DIR/report.md and DIR/report.html (with
 * the charts in DIR/figures) once every claim has run, prints a verdict table and where the report
 * is. Exit status 0 when no claim FAILs, 1 when one does, 2 on bad input (nothing written).
 */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check the paper's claims and write a verification report.")
final class AuditCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--profile", defaultValue = "quick", description = "quick (default), standard or full")
    private String profile;

    @Option(names = "--claims", split = ",", description = "claim ids, comma-separated (default: all)")
    private List<String> claimIds;

    @Option(names = "--seed", defaultValue = "1", description = "master seed (default 1)")
    private long seed;

    @Option(names = "--out", defaultValue = "nnrep-report", description = "report folder (default nnrep-report)")
    private Path out;

    @Option(names = "--threads", description = "worker threads (default: the number of cores)")
    private Integer threads;

    @Option(names = "--shard", description = "I/N: run only the claims whose position modulo N is I")
    private String shard;

    @Override
    public Integer call() {
        Profile p = Profile.parse(profile);
        ClaimRegistry registry = ClaimRegistry.catalogue();
        List<Claim> claims = Shard.parse(shard).select(claimIds == null ? registry.all() : registry.select(claimIds));
        int workers = Threads.resolve(threads);
        PrintWriter err = spec.commandLine().getErr();
        ProgressLines progress = new ProgressLines(err, claims.size(), ProgressLines.onTerminal());
        List<Audit.Entry> entries = Audit.run(claims, registry.all().size(), p, seed, workers, progress);
        progress.finish();
        return ReportOutput.publish(AuditReport.of(p, seed, workers, entries), out, spec.commandLine().getOut());
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
            throw new IllegalArgumentException("--shard must be I/N with 0 <= I < N, got: " + text);
        }

        List<Claim> select(List<Claim> claims) {
            return IntStream.range(0, claims.size()).filter(i -> i % count == index).mapToObj(claims::get).toList();
        }
    }
}
