package nnrep.reports.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nnrep.theory.Band;
import nnrep.theory.Bonferroni;
import nnrep.theory.Claim;
import nnrep.theory.ClaimResult;
import nnrep.theory.DecisionContext;
import nnrep.theory.Evidence;
import nnrep.theory.Measurements;
import nnrep.theory.Outcome;
import nnrep.theory.Part;
import nnrep.theory.Profile;
import nnrep.theory.UnitContext;
import nnrep.theory.Verdict;
import nnrep.theory.WorkUnit;

/**
 * An audit as a plan of work units (every unit of every selected claim), measured into a
 * {@link ResultStore} and decided from it alone:
 * <ol>
 *   <li>{@link #plan}: the units, claim by claim in catalogue order;</li>
 *   <li>{@link #shard}: the units of one of N shards, balanced by estimated cost;</li>
 *   <li>{@link #measure}: the units not yet in the store, each stored as soon as it is done (a rerun
 *       after a kill resumes where it stopped);</li>
 *   <li>{@link #decide}: every claim whose units are all in the store.</li>
 * </ol>
 * The family-wise error level is split evenly over the whole catalogue (Bonferroni), whichever
 * claims a run selects, so that the chance that any true claim is declared FAIL is at most
 * {@link #FAMILY_WISE_DELTA} and a claim's result does not depend on which other claims ran with it,
 * on the shards, or on the machines: a claim gives the same interval and verdict alone, in a shard,
 * merged, or resumed. A claim whose unit or decision throws becomes a FAIL entry carrying the error
 * message.
 */
public final class Audit {

    /** The family-wise level of an audit. */
    public static final double FAMILY_WISE_DELTA = 0.05;

    /** One claim's outcome, with the claim it belongs to. */
    public record Entry(Claim claim, ClaimResult result) {
    }

    /** A unit of the plan, with its claim. */
    public record Planned(Claim claim, WorkUnit unit) {
    }

    /** Reports progress as units finish. */
    @FunctionalInterface
    public interface Progress {

        /**
         * @param unit    the unit that just finished (measured, or found in the store)
         * @param seconds how long it took (0 when it was found in the store)
         */
        void done(Planned unit, double seconds);
    }

    private Audit() {
    }

    /** Every unit of every claim, claim by claim, each claim's units in plan order. */
    public static List<Planned> plan(List<Claim> claims, Profile profile) {
        List<Planned> plan = new ArrayList<>();
        for (Claim claim : claims) {
            claim.plan(profile).forEach(unit -> plan.add(new Planned(claim, unit)));
        }
        return plan;
    }

    /**
     * Shard {@code index} of {@code count}: the units are dealt, most costly first, each to the shard with
     * the least cost so far (ties to the lowest shard), which keeps the largest shard within the cost of
     * one unit of the average; a deterministic function of the plan, so that every shard computes the
     * same partition. Within a shard the units keep the plan's order.
     */
    public static List<Planned> shard(List<Planned> plan, int index, int count) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -plan.get(i).unit().cost()).thenComparing(i -> i));
        double[] load = new double[count];
        boolean[] mine = new boolean[plan.size()];
        for (int i : order) {
            int lightest = 0;
            for (int s = 1; s < count; s++) {
                if (load[s] < load[lightest]) {
                    lightest = s;
                }
            }
            load[lightest] += plan.get(i).unit().cost();
            mine[i] = lightest == index;
        }
        List<Planned> shard = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            if (mine[i]) {
                shard.add(plan.get(i));
            }
        }
        return shard;
    }

    /**
     * Measures every unit of {@code units} that the store lacks and stores it. A unit that throws is not
     * stored; its claim's other units are skipped, and the error is returned for {@link #decide}.
     *
     * @return the first error of each claim that had one, by claim id
     */
    public static Map<String, String> measure(List<Planned> units, ResultStore store, Profile profile, long seed,
            int threads, Progress progress) {
        UnitContext context = new UnitContext(profile, seed, threads);
        Map<String, String> errors = new LinkedHashMap<>();
        for (Planned planned : units) {
            String id = planned.claim().id();
            int index = planned.unit().index();
            if (errors.containsKey(id) || store.get(id, index).isPresent()) {
                progress.done(planned, 0.0);
                continue;
            }
            long start = System.nanoTime();
            try {
                Measurements measurements = planned.claim().measure(context, index);
                double seconds = (System.nanoTime() - start) * 1e-9;
                store.put(id, index, planned.unit().label(), new ResultStore.Unit(measurements, seconds));
                progress.done(planned, seconds);
            } catch (RuntimeException e) {
                errors.put(id, planned.unit().label() + ": " + e);
                progress.done(planned, (System.nanoTime() - start) * 1e-9);
            }
        }
        return errors;
    }

    /**
     * Decides every claim of {@code claims} whose units are all in the store, from the store alone, in the
     * given order; a claim with an error from {@link #measure} becomes a FAIL entry with that error.
     *
     * @param familySize the number of claims in the catalogue, over which the level is split
     * @return the decided claims; a claim with a unit missing from the store is left out
     */
    public static List<Entry> decide(List<Claim> claims, int familySize, Profile profile, long seed,
            ResultStore store, Map<String, String> errors) {
        if (claims.size() > familySize) {
            throw new IllegalArgumentException("a run of " + claims.size() + " claims from a catalogue of " + familySize);
        }
        double delta = Bonferroni.split(FAMILY_WISE_DELTA, familySize);
        DecisionContext context = new DecisionContext(profile, seed, delta);
        List<Entry> entries = new ArrayList<>();
        for (Claim claim : claims) {
            Map<String, Object> parameters = new LinkedHashMap<>(claim.parameters(profile));
            parameters.put("delta", delta);
            if (errors.containsKey(claim.id())) {
                entries.add(new Entry(claim, failure(claim, seed, errors.get(claim.id()), parameters)));
                continue;
            }
            Optional<List<ResultStore.Unit>> units = stored(claim, profile, store);
            if (units.isEmpty()) {
                continue;
            }
            double seconds = units.get().stream().mapToDouble(ResultStore.Unit::seconds).sum();
            ClaimResult result;
            try {
                Outcome outcome = claim.decide(context, units.get().stream().map(ResultStore.Unit::measurements)
                        .toList());
                result = ClaimResult.of(claim.id(), outcome, seconds, parameters);
            } catch (RuntimeException e) {
                result = failure(claim, seed, "deciding: " + e, parameters);
            }
            entries.add(new Entry(claim, result));
        }
        return entries;
    }

    /** The stored units of {@code claim}, in plan order, if every one of them is stored. */
    private static Optional<List<ResultStore.Unit>> stored(Claim claim, Profile profile, ResultStore store) {
        List<ResultStore.Unit> units = new ArrayList<>();
        for (WorkUnit unit : claim.plan(profile)) {
            Optional<ResultStore.Unit> stored = store.get(claim.id(), unit.index());
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            units.add(stored.get());
        }
        return Optional.of(units);
    }

    private static ClaimResult failure(Claim claim, long seed, String error, Map<String, Object> parameters) {
        Evidence evidence = Evidence.builder().seed("master", seed).measurement("error", error)
                .note("The claim stopped with an error; an audit that cannot check a claim reports it as FAIL.")
                .build();
        return new ClaimResult(claim.id(), List.of(Part.unplaced("the claim runs to completion",
                new Band(0, 0, "the claim must run to completion"), Verdict.FAIL, error)), evidence, 0.0, parameters);
    }
}
