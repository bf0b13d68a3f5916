package nnrep.reports.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import nnrep.numeric.network.Experiment;
import nnrep.numeric.network.HeadSolver;
import nnrep.numeric.network.TrainingOptions;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.target.Basis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nnrep train}: one run of Algorithm 1 (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 2). */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "One run of Algorithm 1: preprocess, one large gradient step on W, ridge on the head.")
final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--d", required = true, description = "input dimension d")
    private int d;

    @Option(names = "--n", required = true, description = "training samples n")
    private int n;

    /** The width m when none is given (also the random features' default in {@code kernel}). */
    static final int DEFAULT_WIDTH = 512;

    @Option(names = "--m", defaultValue = "" + DEFAULT_WIDTH, description = "width m (even; default " + DEFAULT_WIDTH
            + ")")
    private int m;

    @Mixin
    private TargetOptions targetOptions = new TargetOptions();

    @Mixin
    private DataOptions data = new DataOptions();

    @Mixin
    private RunOptions run = new RunOptions();

    @Option(names = "--eta1", description = "first-step learning rate (default sqrt(d); 1e-4 with --lazy)")
    private Double eta1;

    @Option(names = "--head", defaultValue = "closed-form", description = "closed-form or gd")
    private String head;

    @Option(names = "--no-preprocess", description = "skip step 1 (removing alpha + beta . x)")
    private boolean noPreprocess;

    @Option(names = "--lazy", description = "kernel regime: tiny eta1 and no weight decay")
    private boolean lazy;

    @Override
    public Integer call() {
        Polynomial g = targetOptions.resolve();
        Basis b = data.basis();
        double noise = data.noise();
        HeadSolver solver = HeadSolver.parse(head);
        double ridge = run.ridge();
        if (eta1 != null) {
            RunOptions.requireFinite("--eta1", eta1);
        }
        int workers = run.threads();
        if (d < 1) {
            throw new IllegalArgumentException("--d must be at least 1, got " + d);
        }
        TrainingOptions options = lazy
                ? TrainingOptions.lazy(m, eta1 == null ? TrainingOptions.LAZY_ETA1 : eta1, ridge, solver)
                : TrainingOptions.paper(d, m, ridge, solver);
        if (!lazy && eta1 != null) {
            options = options.withEta1(eta1);
        }
        options = options.withPreprocess(!noPreprocess);
        Experiment experiment = new Experiment(g, d, n, b, options, noise, run.testN(), run.seed());
        if (run.json()) {
            Json.preload(); // while the run computes
        }
        Experiment.Outcome outcome = experiment.run(workers);

        Map<String, Object> config = new LinkedHashMap<>();
        config.put("d", d);
        config.put("n", n);
        config.put("m", m);
        config.putAll(targetOptions.describe(g));
        data.describe(config);
        config.put("eta1", options.eta1());
        config.put("lambda1", options.weightDecay());
        config.put("head", solver.toString());
        config.put("preprocess", options.preprocess());
        config.put("lazy", lazy);
        config.put("ridge", ridge);
        run.describe(config);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("config", config);
        doc.put("testRelMse", outcome.test().relMse());
        doc.put("testMse", outcome.test().mse());
        doc.put("subspaceShare", outcome.subspaceShare());
        doc.put("maxPrincipalAngleDeg", outcome.maxPrincipalAngleDegrees());
        doc.put("rowNormMean", outcome.rowNormMean());
        doc.put("seconds", outcome.seconds());
        PrintWriter out = spec.commandLine().getOut();
        run.print(doc, out, () -> {
            out.printf("Algorithm 1 on %s, d=%d n=%d m=%d (n/d^2 = %.3g), seed %d, %d thread(s)%n",
                    targetOptions.presetName() != null ? targetOptions.presetName() : "g(z) = " + g, d, n, m,
                    n / ((double) d * d), run.seed(), workers);
            out.printf("  test relative MSE        %.4f   (test MSE %.4g)%n", outcome.test().relMse(),
                    outcome.test().mse());
            out.printf("  subspace share           %.4f   (||W1 P_U||_F^2 / ||W1||_F^2)%n", outcome.subspaceShare());
            out.printf("  largest principal angle  %.2f deg%n", outcome.maxPrincipalAngleDegrees());
            out.printf("  mean row norm of W1      %.4f%n", outcome.rowNormMean());
            Experiment.Timings t = outcome.seconds();
            out.printf("  seconds: data %.2f, step 1 %.2f, head %.2f, total %.2f%n", t.data(), t.step1(), t.head(),
                    t.total());
        });
        return 0;
    }
}
