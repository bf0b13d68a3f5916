package nnrep.reports.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import nnrep.theory.Claim;
import nnrep.theory.ClaimRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nnrep claims}: the claim catalogue, ids and statements. */
@Command(name = "claims", mixinStandardHelpOptions = true, description = "List the claims an audit can check.")
final class ClaimsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "print JSON on standard output")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Claim> claims = ClaimRegistry.catalogue().all();
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Claim c : claims) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", c.id());
                m.put("statement", c.statement());
                m.put("source", c.source());
                list.add(m);
            }
            Json.print(list, out);
        } else {
            int width = claims.stream().mapToInt(c -> c.id().length()).max().orElse(0);
            for (Claim c : claims) {
                out.printf("%-" + width + "s  %s%n%-" + width + "s  (%s)%n", c.id(), c.statement(), "", c.source());
            }
        }
        return 0;
    }
}
