package nnrep.reports.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import nnrep.numeric.kernel.KernelExperiment;
import nnrep.numeric.kernel.KernelMethod;
import nnrep.numeric.kernel.RidgeChoice;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.target.Basis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nnrep kernel}: a fixed-feature baseline on the data of {@code nnrep train}, for the kernel lower
 * bound of Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 4: kernel ridge with the NTK or the NNGP
 * kernel of the network at initialisation, or the random-features model.
 */
@Command(name = "kernel", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"A fixed-feature baseline on the data of train: kernel ridge regression with the network's",
            "NTK or NNGP kernel at initialisation, minimising (1/n) sum (f(x_i) - y_i)^2 + ridge ||f||_H^2,",
            "or random features (first layer frozen at initialisation, N(0,1) biases, ridge on the head)."})
final class KernelCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--d", required = true, description = "input dimension d")
    private int d;

    @Option(names = "--n", required = true, description = "training samples n (a kernel needs 8 n^2 bytes of memory)")
    private int n;

    @Mixin
    private TargetOptions targetOptions = new TargetOptions();

    @Mixin
    private DataOptions data = new DataOptions();

    @Mixin
    private RunOptions run = new RunOptions();

    @Option(names = "--kernel", defaultValue = "ntk", description = "ntk (default), nngp or rf (random features)")
    private String kernel;

    @Option(names = "--m", description = "width of the random features (--kernel rf only; default "
            + TrainCommand.DEFAULT_WIDTH + ")")
    private Integer m;

    @Option(names = "--bias", description = "N(0,1) biases in the kernel's network (random features always have them)")
    private boolean bias;

    @Option(names = "--preprocess", description = "remove alpha + beta . x from the labels first (step 1 of Algorithm 1)")
    private boolean preprocess;

    @Override
    public Integer call() {
        Polynomial g = targetOptions.resolve();
        KernelMethod method = KernelMethod.parse(kernel);
        if (m != null && method != KernelMethod.RF) {
            throw new IllegalArgumentException("--m applies only to --kernel rf, got --kernel " + method);
        }
        Basis b = data.basis();
        double noise = data.noise();
        RidgeChoice ridge = run.ridgeChoice();
        int workers = run.threads();
        int width = method == KernelMethod.RF ? (m == null ? TrainCommand.DEFAULT_WIDTH : m) : 0;
        KernelExperiment experiment = new KernelExperiment(g, d, n, b, method, bias, width, ridge, preprocess, noise,
                run.testN(), run.seed());
        KernelExperiment.Outcome outcome = experiment.run(workers);

        Map<String, Object> config = new LinkedHashMap<>();
        config.put("d", d);
        config.put("n", n);
        config.putAll(targetOptions.describe(g));
        data.describe(config);
        config.put("kernel", method.toString());
        config.put("bias", experiment.bias());
        if (method == KernelMethod.RF) {
            config.put("m", width);
        }
        config.put("preprocess", preprocess);
        config.put("ridge", outcome.ridge());
        if (!ridge.isFixed()) {
            config.put("ridgeGrid", ridge.grid());
        }
        run.describe(config);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("config", config);
        doc.put("testRelMse", outcome.test().relMse());
        if (!ridge.isFixed()) {
            doc.put("validationRelMse", outcome.validationRelMse());
        }
        doc.put("seconds", outcome.seconds());
        PrintWriter out = spec.commandLine().getOut();
        run.print(doc, out, () -> {
            out.printf("%s on %s, d=%d n=%d (n/d^2 = %.3g)%s, seed %d, %d thread(s)%n", describe(method, width),
                    targetOptions.presetName() != null ? targetOptions.presetName() : "g(z) = " + g, d, n,
                    n / ((double) d * d), experiment.bias() ? ", N(0,1) biases" : "", run.seed(), workers);
            out.printf("  test relative MSE  %.4f   (test MSE %.4g)%n", outcome.test().relMse(), outcome.test().mse());
            out.printf("  ridge              %.0e%s%n", outcome.ridge(), ridge.isFixed() ? ""
                    : "   (best of " + ridge.grid().length + " on " + RidgeChoice.VALIDATION_SAMPLES + " held-out samples)");
            KernelExperiment.Timings t = outcome.seconds();
            out.printf("  seconds: data %.2f, fit %.2f, predict %.2f, total %.2f%n", t.data(), t.fit(), t.predict(),
                    t.total());
        });
        return 0;
    }

    private static String describe(KernelMethod method, int width) {
        return method == KernelMethod.RF ? "random features (m=" + width + ")"
                : "kernel ridge with the " + method.toString().toUpperCase(java.util.Locale.ROOT) + " kernel";
    }
}
