package nnrep.reports.cli;

import java.io.PrintWriter;

import nnrep.numeric.linalg.Products;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code nnrep} command line (the contract of the project's cli.md). Exit status: 0 success,
 * 1 when an audit finds a failing claim or a run breaks unexpectedly, 2 for bad input (one line on
 * standard error naming the parameter, nothing written).
 */
@Command(name = "nnrep", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Numerical audit of Damian, Lee & Soltanolkotabi (COLT 2022), "
                + "\"Neural Networks can Learn Representations with Gradient Descent\".",
        subcommands = {AuditCommand.class, MergeCommand.class, ClaimsCommand.class, TrainCommand.class,
            KernelCommand.class, TransferCommand.class, HermiteCommand.class})
public final class Main implements Runnable {

    /** Bad input. */
    public static final int BAD_INPUT = 2;
    /** A run that broke, or an audit with a failing claim. */
    public static final int FAILURE = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true"); // the report's charts are drawn without a display
        // The native BLAS loads while picocli builds the command line (both take about 0.2 s).
        Products.preload();
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line with the given streams.
     *
     * @param args the command line
     * @param out  standard output
     * @param err  standard error
     * @return the exit status
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            err.println(ex.getCommandLine().getCommandName() + ": " + oneLine(ex.getMessage()));
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof IllegalArgumentException) {
                err.println(commandLine.getCommandName() + ": " + oneLine(ex.getMessage()));
                return BAD_INPUT;
            }
            err.println(commandLine.getCommandName() + ": internal error: " + ex);
            return FAILURE;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: audit, merge, claims, train, kernel, transfer or hermite (see nnrep --help)");
    }

    private static String oneLine(String message) {
        return message == null ? "invalid input" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
