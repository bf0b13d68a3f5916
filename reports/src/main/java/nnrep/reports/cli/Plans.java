package nnrep.reports.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnrep.reports.audit.Audit;
import nnrep.theory.Claim;
import nnrep.theory.Profile;

/**
 * {@code audit --dry-run}: the plan of an audit, per claim (units, estimated cost, estimated core-hours)
 * and per shard (units, cost, and the largest shard's cost over the average), without running anything.
 * Core-hours convert the estimated flops at {@value #FLOPS_PER_CORE_SECOND} flop/s per core, the rate the
 * quick audit's units reach on a 2-core machine with AVX-512 (measured over its whole run: the products
 * run near the DGEMM rate, the element-wise work and the sampling much slower).
 */
final class Plans {

    static final double FLOPS_PER_CORE_SECOND = 1.0e10;

    private Plans() {
    }

    static void print(PrintWriter out, Profile profile, List<Claim> claims, List<Audit.Planned> plan, int shards) {
        Map<String, double[]> byClaim = new LinkedHashMap<>();
        claims.forEach(c -> byClaim.put(c.id(), new double[2]));
        double total = 0.0;
        for (Audit.Planned unit : plan) {
            double[] row = byClaim.get(unit.claim().id());
            row[0]++;
            row[1] += unit.unit().cost();
            total += unit.unit().cost();
        }
        out.printf("plan: profile %s, %d claims, %d units, estimated %.3g flop, about %.3g core-hours%n",
                profile.cliName(), claims.size(), plan.size(), total, coreHours(total));
        int width = claims.stream().mapToInt(c -> c.id().length()).max().orElse(5);
        String row = "%-" + width + "s  %7s  %12s  %10s%n";
        out.printf(row, "claim", "units", "flop", "core-hours");
        byClaim.forEach((id, r) -> out.printf(row, id, (long) r[0], String.format("%.3g", r[1]),
                String.format("%.3g", coreHours(r[1]))));
        if (shards > 1) {
            out.printf("%nshard  units  %12s  cost / average%n", "flop");
            double largest = 0.0;
            for (int s = 0; s < shards; s++) {
                List<Audit.Planned> shard = Audit.shard(plan, s, shards);
                double cost = shard.stream().mapToDouble(u -> u.unit().cost()).sum();
                largest = Math.max(largest, cost);
                out.printf("%-5s  %5d  %12s  %.3f%n", s + "/" + shards, shard.size(), String.format("%.3g", cost),
                        cost / (total / shards));
            }
            out.printf("largest shard / average: %.3f%n", largest / (total / shards));
        }
    }

    private static double coreHours(double flops) {
        return flops / FLOPS_PER_CORE_SECOND / 3600.0;
    }
}
