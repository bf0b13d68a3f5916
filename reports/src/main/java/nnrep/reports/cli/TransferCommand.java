package nnrep.reports.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import nnrep.numeric.network.HeadSolver;
import nnrep.numeric.network.TrainingOptions;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.target.Basis;
import nnrep.numeric.transfer.TransferExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nnrep transfer}: transfer learning (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 4).
 * Algorithm 1 learns W1 and b on the source task; only the head is retrained on the target task, which
 * shares U. The random-features model with the same m and the same target samples is the baseline.
 */
@Command(name = "transfer", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Learn W1 and b with Algorithm 1 on a source task g_s(Ux), then retrain only the head on",
            "n-target fresh samples of a target task g_t(Ux) with the same U; random features with the same m",
            "and the same target samples are the baseline."})
final class TransferCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--d", required = true, description = "input dimension d")
    private int d;

    @Option(names = "--n-source", required = true, description = "samples of the source task")
    private int nSource;

    @Option(names = "--n-target", required = true, description = "fresh samples of the target task, N")
    private int nTarget;

    @Option(names = "--m", defaultValue = "" + TrainCommand.DEFAULT_WIDTH, description = "width m (even; default "
            + TrainCommand.DEFAULT_WIDTH + ")")
    private int m;

    @Option(names = "--source", required = true,
            description = "source link g_s: a preset name (e.g. quad-cubic) or a polynomial in z1..zr")
    private String source;

    @Option(names = "--target", required = true,
            description = "target link g_t on the same z1..zr: a preset name or a polynomial")
    private String target;

    @Mixin
    private RunOptions run = new RunOptions();

    @Option(names = "--no-normalize", description = "keep both tasks' scales instead of rescaling to E g^2 = 1")
    private boolean noNormalize;

    @Override
    public Integer call() {
        Polynomial gs = TargetOptions.presetOrExpression("--source", source, !noNormalize);
        Polynomial gt = TargetOptions.presetOrExpression("--target", target, !noNormalize);
        double ridge = run.ridge();
        int workers = run.threads();
        if (d < 1) {
            throw new IllegalArgumentException("--d must be at least 1, got " + d);
        }
        TrainingOptions options = TrainingOptions.paper(d, m, ridge, HeadSolver.CLOSED_FORM);
        TransferExperiment experiment = new TransferExperiment(gs, gt, d, nSource, nTarget, Basis.RANDOM, options, 0.0,
                run.testN(), run.seed());
        TransferExperiment.Outcome outcome = experiment.run(workers);

        Map<String, Object> config = new LinkedHashMap<>();
        config.put("d", d);
        config.put("nSource", nSource);
        config.put("nTarget", nTarget);
        config.put("m", m);
        config.put("source", source.trim());
        config.put("target", target.trim());
        config.put("r", experiment.source().variables());
        config.put("normalize", !noNormalize);
        config.put("basis", Basis.RANDOM.toString());
        config.put("eta1", options.eta1());
        config.put("lambda1", options.weightDecay());
        config.put("head", options.head().toString());
        config.put("ridge", ridge);
        run.describe(config);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("config", config);
        doc.put("sourceTestRelMse", outcome.sourceTest().relMse());
        doc.put("targetTestRelMse", outcome.targetTest().relMse());
        doc.put("randomFeaturesTargetTestRelMse", outcome.randomFeaturesTargetTest().relMse());
        doc.put("randomFeaturesRidge", outcome.randomFeaturesRidge());
        doc.put("seconds", outcome.seconds());
        PrintWriter out = spec.commandLine().getOut();
        run.print(doc, out, () -> {
            out.printf("Transfer, d=%d m=%d: W1 learned on %s (n=%d), head retrained on %s (N=%d), seed %d, %d thread(s)%n",
                    d, m, source.trim(), nSource, target.trim(), nTarget, run.seed(), workers);
            out.printf("  source test relative MSE                   %.4f%n", outcome.sourceTest().relMse());
            out.printf("  target test relative MSE                   %.4f%n", outcome.targetTest().relMse());
            out.printf("  random features, same m and N, on target   %.4f   (ridge %.0e, best on held-out samples)%n",
                    outcome.randomFeaturesTargetTest().relMse(), outcome.randomFeaturesRidge());
            TransferExperiment.Timings t = outcome.seconds();
            out.printf("  seconds: data %.2f, source %.2f, target %.2f, baseline %.2f, total %.2f%n", t.data(),
                    t.source(), t.target(), t.baseline(), t.total());
        });
        return 0;
    }
}
