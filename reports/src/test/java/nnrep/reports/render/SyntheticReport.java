package nnrep.reports.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nnrep.reports.audit.Audit;
import nnrep.reports.audit.AuditReport;
import nnrep.theory.Band;
import nnrep.theory.Claim;
import nnrep.theory.ClaimResult;
import nnrep.theory.DecisionContext;
import nnrep.theory.Evidence;
import nnrep.theory.Interval;
import nnrep.theory.Measurements;
import nnrep.theory.Outcome;
import nnrep.theory.Part;
import nnrep.theory.Profile;
import nnrep.theory.UnitContext;
import nnrep.theory.Verdict;
import nnrep.theory.WorkUnit;

/**
 * A report map made by {@link AuditReport#of} from hand-made claim results, with the awkward cases
 * a report must survive: a log-log scaling plot with a non-positive and a NaN value, curves with
 * bars only, a scatter with y = x, an empty plot, a log plot with nothing positive, repeated series
 * names, long arrays and tables, text full of HTML and Markdown syntax, and a claim that broke;
 * and plain reports of named claims ({@link #of}).
 */
public final class SyntheticReport {

    /** The id of the claim that stopped with an error. */
    static final String BROKEN = "synthetic.broken";
    /** A statement that must come out as text, never as markup. */
    static final String HOSTILE = "<script>alert('x')</script> & \"||W1 P_U||_F^2\" *z1*z2* $x$ [a](http://example.com)";

    private SyntheticReport() {
    }

    /** The report map, as AuditReport makes it for a run. */
    public static Map<String, Object> map() {
        List<Audit.Entry> entries = new ArrayList<>();
        entries.add(entry("synthetic.scaling", HOSTILE, Verdict.PASS, new Interval(-0.55, -0.45, 0.999),
                Band.around(-0.5, 0.1, "exponent -1/2 in n"), scaling()));
        entries.add(entry("synthetic.curves", "curves against n / d^2", Verdict.INCONCLUSIVE,
                new Interval(1.5, 2.5, 0.999), Band.around(2, 0.3, "exponent 2 in d"), curves()));
        entries.add(entry("synthetic.scatter", "Monte Carlo against formula", Verdict.PASS, null,
                new Band(0, 1e-10, "error <= 1e-10"), scatter()));
        entries.add(entry("synthetic.degenerate", "plots with nothing to draw", Verdict.PASS, null,
                new Band(0, 1, "anything"), degenerate()));
        entries.add(entry(BROKEN, "a claim that throws", Verdict.FAIL, null,
                new Band(0, 0, "the claim must run to completion"),
                Evidence.builder().seed("master", 3).measurement("error", "IllegalStateException: <boom> & co")
                        .note("The claim stopped with an error.").build()));
        return AuditReport.of(Profile.parse("quick"), 3, 1, entries, AuditReport.Selection.whole(entries.stream()
                .map(e -> e.claim().id()).toList()));
    }

    /**
     * The report map of a run of the named claims (profile quick, seed 3, like {@link #map()}), in that
     * order, each with this verdict, a measured interval and one chart.
     */
    public static Map<String, Object> of(Verdict verdict, String... ids) {
        List<Audit.Entry> entries = new ArrayList<>();
        for (String id : ids) {
            entries.add(entry(id, "what " + id + " states", verdict, new Interval(0.4, 0.6, 0.99),
                    new Band(0, 1, "between 0 and 1"), scatter()));
        }
        return AuditReport.of(Profile.parse("quick"), 3, 1, entries, AuditReport.Selection.whole(entries.stream()
                .map(e -> e.claim().id()).toList()));
    }

    /**
     * A report with as many charts as the quick audit, of the same shapes and sizes: a scatter of 288
     * Monte Carlo means with their bars in three groups against y = x and their 288 standardised
     * deviations, with the 288-row table of coordinates; the Hermite coefficients of two activations
     * for five biases; and 19 scaling plots and families of curves of a few points each.
     */
    public static Map<String, Object> auditSized() {
        Random random = new Random(14);
        List<Audit.Entry> entries = new ArrayList<>();
        entries.add(entry("synthetic.population-formula", "Monte Carlo against formula", Verdict.PASS,
                new Interval(2.7, 2.7, 0.997), new Band(0, 4.4, "inside the critical value"), formula(random)));
        entries.add(entry("synthetic.hermite", "Hermite coefficients", Verdict.PASS, null,
                new Band(0, 1, "exact"), hermite(random)));
        for (int c = 0; c < 19; c++) {
            Evidence evidence = c % 2 == 0 ? scaling() : learnerCurves(random, 2 + c % 3);
            entries.add(entry("synthetic.chart-" + c, "chart " + c, Verdict.PASS, new Interval(1.9, 2.1, 0.998),
                    Band.around(2, 0.3, "exponent 2"), evidence));
        }
        return AuditReport.of(Profile.parse("quick"), 3, 1, entries, AuditReport.Selection.whole(entries.stream()
                .map(e -> e.claim().id()).toList()));
    }

    private static Evidence formula(Random random) {
        String scatter = "Monte Carlo mean against formula (simultaneous 0.9966666666666667 intervals)";
        String deviations = "Standardised deviation (Monte Carlo - formula) / standard error";
        Evidence.Builder evidence = Evidence.builder().plot(scatter, "formula", "Monte Carlo mean", false, false)
                .plot(deviations, "coordinate (all cases)", "deviation in standard errors", false, false);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Double> signed = new ArrayList<>();
        String[] groups = {"quad-cubic (d = 8)", "quartic (d = 12)", "random (d = 16)"};
        for (int g = 0; g < groups.length; g++) {
            int n = 64 + 32 * g;
            double[] formula = new double[n];
            double[] mean = new double[n];
            for (int i = 0; i < n; i++) {
                formula[i] = 0.1 * random.nextGaussian();
            }
            java.util.Arrays.sort(formula);
            for (int i = 0; i < n; i++) {
                double deviation = random.nextGaussian();
                mean[i] = formula[i] + 0.005 * deviation;
                signed.add(deviation);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("case", groups[g]);
                row.put("coordinate", (long) i);
                row.put("formula", formula[i]);
                row.put("monteCarlo", mean[i]);
                row.put("standardError", 0.005 * random.nextDouble());
                row.put("deviation", deviation);
                rows.add(row);
            }
            evidence.series(scatter, groups[g], formula, mean, minus(mean, 0.02), plus(mean, 0.02));
        }
        double[] index = range(signed.size());
        double[] ends = {0, signed.size() - 1};
        return evidence.series(scatter, "y = x", new double[] {-0.3, 0.3}, new double[] {-0.3, 0.3})
                .series(deviations, "Monte Carlo", index, signed.stream().mapToDouble(Double::doubleValue).toArray())
                .series(deviations, "+critical value", ends, new double[] {4.385460348950164, 4.385460348950164})
                .series(deviations, "-critical value", ends, new double[] {-4.385460348950164, -4.385460348950164})
                .table("coordinates", rows).build();
    }

    private static Evidence hermite(Random random) {
        Evidence.Builder evidence = Evidence.builder();
        double[] degrees = range(13);
        for (String activation : new String[] {"relu", "step"}) {
            String plot = activation + "(z + b): c_k(b)";
            evidence.plot(plot, "k", "c_k(b)", false, false);
            for (int b = 0; b < 5; b++) {
                double bias = b == 0 ? 0 : 6 * random.nextDouble() - 3;
                double[] closed = new double[degrees.length];
                for (int k = 0; k < closed.length; k++) {
                    closed[k] = Math.pow(-1, k / 2) * Math.pow(1.6, k) / 10 * (1 + bias * bias);
                }
                evidence.series(plot, "closed form, b = " + bias, degrees, closed)
                        .series(plot, "quadrature, b = " + bias, degrees, plus(closed, 1e-15));
            }
        }
        return evidence.build();
    }

    /** A network's curves against its baseline's, one pair per d, with bars. */
    private static Evidence learnerCurves(Random random, int ds) {
        String plot = "network and kernel test error against n / d^2";
        Evidence.Builder evidence = Evidence.builder().plot(plot, "n / d^2", "test relative MSE", true, false);
        double[] c = {1, 2, 4, 8};
        for (int g = 0; g < ds; g++) {
            for (String learner : new String[] {"network", "NTK kernel"}) {
                double[] error = new double[c.length];
                for (int i = 0; i < c.length; i++) {
                    error[i] = (learner.equals("network") ? 0.6 / c[i] : 0.5) + 0.02 * random.nextGaussian();
                }
                evidence.series(plot, learner + ", d = " + (16 << g), c, error, minus(error, 0.04), plus(error, 0.04));
            }
        }
        return evidence.build();
    }

    private static Evidence scaling() {
        String plot = "RMS ||g_n(w) - g(w)|| against n";
        double[] n = {1024, 2048, 4096, 8192, 16384};
        return Evidence.builder()
                .measurement("nExponent", -0.5)
                .measurement("nExponentInterval", new double[] {-0.55, -0.45})
                .measurement("grid", range(30))
                .plot(plot, "n", "RMS ||g_n(w) - g(w)||", true, true)
                .series(plot, "measured (geometric mean, pointwise band)", n,
                        new double[] {0.1, 0.07, -0.05, Double.NaN, 0.025},
                        new double[] {0.09, -0.01, -0.06, 0.03, 0.02}, new double[] {0.11, 0.08, 0.06, 0.04, 0.03})
                .series(plot, "fitted, slope -0.500", n, new double[] {0.1, 0.0707, 0.05, 0.0354, 0.025})
                .series(plot, "predicted slope -0.5", n, new double[] {0.1, 0.0707, 0.05, 0.0354, 0.025})
                .seed("master", 3)
                .note("Points that are not positive cannot be drawn on a log axis.")
                .build();
    }

    private static Evidence curves() {
        Evidence.Builder evidence = Evidence.builder().plot("share against n / d^2", "n / d^2", "share", true, false);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int d : new int[] {16, 32, 64}) {
            double[] c = {0.5, 1, 2, 4, 8};
            double[] share = {0.3, 0.45, 0.6, 0.7, 0.8};
            evidence.series("share against n / d^2", "d = " + d, c, share, minus(share, 0.05), plus(share, 0.05));
            for (double x : c) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("d", (long) d);
                row.put("n/d^2", x);
                row.put("meanShare", 0.5);
                rows.add(row);
            }
        }
        return evidence.table("shareAndAngle", rows).build();
    }

    private static Evidence scatter() {
        String plot = "Monte Carlo mean against formula";
        double[] formula = {-0.2, -0.1, 0, 0.1, 0.2};
        return Evidence.builder()
                .plot(plot, "formula", "Monte Carlo mean", false, false)
                .series(plot, "target (d = 8)", formula, formula, minus(formula, 0.01), plus(formula, 0.01))
                .series(plot, "target (d = 8)", formula, plus(formula, 0.001))
                .series(plot, "y = x", new double[] {-0.2, 0.2}, new double[] {-0.2, 0.2})
                .measurement("maxError", 1e-12)
                .measurement("tolerance", 1e-10)
                .build();
    }

    private static Evidence degenerate() {
        return Evidence.builder()
                .plot("empty", "x", "y", false, false)
                .series("empty", "nothing", new double[0], new double[0])
                .plot("nothing positive", "x", "y", true, true)
                .series("nothing positive", "zeros", new double[] {0, 1, -1}, new double[] {1, 0, -2})
                .plot("one point", "x", "y", true, true)
                .series("one point", "single", new double[] {3}, new double[] {5})
                .build();
    }

    private static Audit.Entry entry(String id, String statement, Verdict verdict, Interval interval, Band band,
            Evidence evidence) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("d", 32L);
        parameters.put("nGrid", List.of(1024, 2048));
        parameters.put("delta", 0.002);
        return new Audit.Entry(new FixedClaim(id, statement),
                new ClaimResult(id, List.of(new Part("headline of " + id, interval, band, verdict, null)), evidence, 0.25,
                        parameters));
    }

    private static double[] range(int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        return values;
    }

    private static double[] plus(double[] values, double offset) {
        double[] result = values.clone();
        for (int i = 0; i < result.length; i++) {
            result[i] += offset;
        }
        return result;
    }

    private static double[] minus(double[] values, double offset) {
        return plus(values, -offset);
    }

    /** A claim that is only named: its result is made by hand. */
    private record FixedClaim(String id, String statement) implements Claim {

        @Override
        public String source() {
            return "synthetic, section 0";
        }

        @Override
        public Map<String, Object> parameters(Profile profile) {
            return Map.of();
        }

        @Override
        public List<WorkUnit> plan(Profile profile) {
            throw new UnsupportedOperationException("a synthetic claim is not run");
        }

        @Override
        public Measurements measure(UnitContext context, int index) {
            throw new UnsupportedOperationException("a synthetic claim is not run");
        }

        @Override
        public Outcome decide(DecisionContext context, List<Measurements> results) {
            throw new UnsupportedOperationException("a synthetic claim is not run");
        }
    }
}
