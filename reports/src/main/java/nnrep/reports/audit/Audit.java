package nnrep.reports.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnrep.theory.Band;
import nnrep.theory.Bonferroni;
import nnrep.theory.Claim;
import nnrep.theory.ClaimContext;
import nnrep.theory.ClaimResult;
import nnrep.theory.Evidence;
import nnrep.theory.Profile;
import nnrep.theory.ProgressListener;
import nnrep.theory.Verdict;

/**
 * Runs a list of claims one after the other and collects their results. The family-wise error
 * level is split evenly over the whole catalogue (Bonferroni), whichever claims a run selects, so
 * that the chance that any true claim is declared FAIL is at most {@link #FAMILY_WISE_DELTA} and a
 * claim's result does not depend on which other claims ran with it: a run of one claim (a report's
 * "reproduce" command), a shard, and shards merged together give exactly the intervals and
 * verdicts of the full audit. A claim that throws becomes a FAIL entry carrying the error message;
 * the other claims still run.
 */
public final class Audit {

    /** The family-wise level of an audit. */
    public static final double FAMILY_WISE_DELTA = 0.05;

    /** One claim's outcome, with the claim it belongs to. */
    public record Entry(Claim claim, ClaimResult result) {
    }

    private Audit() {
    }

    /**
     * Runs the claims one after the other, each at its share of the family-wise level.
     *
     * @param claims     the claims to run, in order
     * @param familySize the number of claims in the catalogue, over which the level is split
     * @param profile    the size of the runs
     * @param seed       the master seed
     * @param threads    the number of worker threads
     * @param progress   told of each step
     * @return each claim's outcome, in order
     */
    public static List<Entry> run(List<Claim> claims, int familySize, Profile profile, long seed, int threads,
            ProgressListener progress) {
        if (claims.size() > familySize) {
            throw new IllegalArgumentException("a run of " + claims.size() + " claims from a catalogue of " + familySize);
        }
        double delta = Bonferroni.perClaim(FAMILY_WISE_DELTA, familySize);
        List<Entry> entries = new ArrayList<>();
        for (Claim claim : claims) {
            ClaimContext context = new ClaimContext(profile, seed, threads, delta, progress);
            long start = System.nanoTime();
            ClaimResult result;
            try {
                result = claim.run(context);
            } catch (RuntimeException e) {
                result = failure(claim, context, e, (System.nanoTime() - start) * 1e-9);
            }
            entries.add(new Entry(claim, result));
        }
        return entries;
    }

    private static ClaimResult failure(Claim claim, ClaimContext context, RuntimeException e, double seconds) {
        Evidence evidence = Evidence.builder().seed("master", context.seed())
                .measurement("error", e.getClass().getSimpleName() + ": " + e.getMessage())
                .note("The claim stopped with an error; an audit that cannot check a claim reports it as FAIL.")
                .build();
        Map<String, Object> parameters = new LinkedHashMap<>(context.parametersOf(claim));
        return new ClaimResult(claim.id(), Verdict.FAIL, null, new Band(0, 0, "the claim must run to completion"),
                evidence, seconds, parameters);
    }
}
