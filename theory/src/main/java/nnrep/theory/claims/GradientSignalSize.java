package nnrep.theory.claims;

import java.util.LinkedHashMap;
import java.util.Map;

import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.hermite.Activation;
import nnrep.numeric.network.PopulationGradient;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.poly.Presets;
import nnrep.numeric.target.Basis;
import nnrep.numeric.target.MultiIndexTarget;
import nnrep.theory.Band;
import nnrep.theory.Claim;
import nnrep.theory.ClaimContext;
import nnrep.theory.ClaimResult;
import nnrep.theory.Decision;
import nnrep.theory.Evidence;
import nnrep.theory.Interval;
import nnrep.theory.Profile;
import nnrep.theory.Verdict;
import nnrep.theory.stats.Bootstrap;
import nnrep.theory.stats.ExponentFit;
import nnrep.theory.stats.StudentT;

/**
 * Claim {@value #ID}: for w uniform on the unit sphere, the population gradient
 * g(w) = E[f*(x) x 1{w . x >= 0}] of a target with C_0 = C_1 = 0 is led by H w / sqrt(2 pi), of size
 * ||H||_F / sqrt(2 pi d) (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 3).
 *
 * <p>Measured, with no sampling error in g (the exact Hermite-tensor formula,
 * {@link PopulationGradient}): for each replicate, a Haar-random U and K directions w uniform on
 * the sphere, the root-mean-square norm sqrt((1/K) sum_j ||g(w_j)||^2), over a grid of d.
 *
 * <p>Decision, two parts at level 1 - delta/2 each: (1) the exponent of the RMS norm in d
 * ({@link ExponentFit}, bootstrap percentile interval) against the band -1/2 +- {@value #TOLERANCE};
 * (2) at the largest d, the ratio RMS norm * sqrt(2 pi d) / ||H||_F (Student-t interval over the
 * replicates) against 1 +- {@value #RATIO_TOLERANCE}. For quad-cubic the exact mean square is
 * phi(0)^2 ||H||_F^2 / d (1 - (3/4)(r + 2)/(d + 2)), so the ratio is below 1 by 1.5% at d = 256:
 * the tolerance covers that and the Monte Carlo spread over directions. PASS when both parts
 * PASS; FAIL when one FAILs. A target with H = 0 (the assumption rank(H) = r broken) has ratio
 * infinity and exponent -3/2.
 */
public final class GradientSignalSize implements Claim {

    public static final String ID = "gradient.signal-size";
    static final double TOLERANCE = 0.1;
    static final double RATIO_TOLERANCE = 0.1;
    private static final int DIRECTIONS = 256;

    private final Polynomial link;
    private final String linkName;

    /** The claim on the quad-cubic target. */
    public GradientSignalSize() {
        this(Presets.named("quad-cubic"), "quad-cubic");
    }

    /** The claim on another target (negative controls break its assumptions). */
    GradientSignalSize(Polynomial link, String linkName) {
        this.link = link;
        this.linkName = linkName;
    }

    private static int[] dGrid(Profile profile) {
        return profile == Profile.QUICK ? new int[] {16, 32, 64, 128, 256} : new int[] {16, 32, 64, 128, 256, 512, 1024};
    }

    private static int replicates(Profile profile) {
        return profile == Profile.QUICK ? 10 : 20;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String statement() {
        return "||g(w)|| for w uniform on the sphere scales as d^(-1/2), with value ||H||_F / sqrt(2 pi d)";
    }

    @Override
    public String source() {
        return "Damian, Lee & Soltanolkotabi (COLT 2022), section 3";
    }

    @Override
    public Map<String, Object> parameters(Profile profile) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", linkName);
        p.put("dGrid", dGrid(profile));
        p.put("directions", DIRECTIONS);
        p.put("replicates", replicates(profile));
        return p;
    }

    @Override
    public ClaimResult run(ClaimContext context) {
        long start = System.nanoTime();
        int[] ds = dGrid(context.profile());
        int r = replicates(context.profile());
        double half = context.delta() / 2;
        double[][] norms = ReplicateGrid.run(this, context, "d grid", ds.length, r, 0,
                (point, replicate, seed) -> rmsNorm(ds[point], seed));
        ExponentFit fit = ExponentFit.fit(GradientConcentration.toDoubles(ds), norms, half,
                Bootstrap.minimumResamples(half) * 4, context.seed());
        Band exponentBand = Band.around(-0.5, TOLERANCE, "exponent -1/2 in d");
        Verdict exponentVerdict = Decision.decide(fit.slopeInterval(), exponentBand);

        int largest = ds[ds.length - 1];
        double frobenius = frobenius(link.hessianMean());
        double[] ratios = new double[r];
        for (int i = 0; i < r; i++) {
            ratios[i] = norms[ds.length - 1][i] * Math.sqrt(2 * Math.PI * largest) / frobenius;
        }
        Band ratioBand = Band.around(1.0, RATIO_TOLERANCE, "||g|| sqrt(2 pi d) / ||H||_F = 1");
        Interval ratio = frobenius > 0 ? StudentT.interval(ratios, half)
                : new Interval(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 1 - half);
        Verdict ratioVerdict = Decision.decide(ratio, ratioBand);

        Evidence.Builder evidence = Evidence.builder().seed("master", context.seed());
        ReplicateGrid.recordSeeds(evidence, context, "d grid", r, 0);
        ScalingEvidence.record(evidence, "d", "d", "RMS ||g(w)||", fit, exponentBand, -0.5);
        evidence.measurement("frobeniusNormH", frobenius)
                .measurement("ratioAtLargestD", new double[] {ratio.lower(), ratio.upper()})
                .measurement("ratioPredictedBand", new double[] {ratioBand.lower(), ratioBand.upper()})
                .measurement("exponentVerdict", exponentVerdict.name())
                .measurement("ratioVerdict", ratioVerdict.name())
                .note("Reported interval and band: the exponent in d; the value check at d = " + largest
                        + " is in the measurements.");
        return new ClaimResult(ID, Verdicts.all(exponentVerdict, ratioVerdict), fit.slopeInterval(), exponentBand,
                evidence.build(), (System.nanoTime() - start) * 1e-9, context.parametersOf(this));
    }

    private double rmsNorm(int d, long seed) {
        RandomStreams streams = new RandomStreams(seed);
        MultiIndexTarget target = MultiIndexTarget.of(link, d, Basis.RANDOM, streams);
        PopulationGradient g = PopulationGradient.of(target, Activation.STEP, 0.0);
        double[] w = FirstStepSample.unitDirections(DIRECTIONS, d, streams);
        double sum = 0.0;
        double[] direction = new double[d];
        for (int j = 0; j < DIRECTIONS; j++) {
            System.arraycopy(w, j * d, direction, 0, d);
            for (double v : g.at(direction)) {
                sum += v * v;
            }
        }
        return Math.sqrt(sum / DIRECTIONS);
    }

    private static double frobenius(double[][] h) {
        double s = 0.0;
        for (double[] row : h) {
            for (double v : row) {
                s += v * v;
            }
        }
        return Math.sqrt(s);
    }
}
