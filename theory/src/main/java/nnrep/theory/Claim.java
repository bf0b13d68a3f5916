package nnrep.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One quantitative statement of Damian, Lee &amp; Soltanolkotabi (COLT 2022), made checkable (the
 * catalogue of docs/claims.md): a stable id, the statement, where it comes from, the parameters it is
 * instantiated with at each profile, and the three steps of a check:
 *
 * <ol>
 *   <li>{@link #plan}: the work units of a run at a profile;</li>
 *   <li>{@link #measure}: one unit, a pure function of (profile, seed, unit);</li>
 *   <li>{@link #decide}: the parts and verdict from the units' results alone.</li>
 * </ol>
 *
 * Because a decision needs nothing but the stored results, units can run on several machines, be
 * resumed after a kill and be merged. A claim neither prints nor writes files.
 */
public interface Claim {

    /** The stable id, e.g. "hermite.orthogonality". */
    String id();

    /** {@return the statement in one line} */
    String statement();

    /** Where it comes from: a section or theorem of the paper, or another paper it cites. */
    String source();

    /**
     * {@return the parameters a run at this profile uses (JSON-friendly values), as reported}
     *
     * @param profile the profile
     */
    Map<String, Object> parameters(Profile profile);

    /** The work units of a run at this profile, indexed 0, 1, ... in order. */
    List<WorkUnit> plan(Profile profile);

    /** Measures unit {@code index} of {@link #plan}(context.profile()). */
    Measurements measure(UnitContext context, int index);

    /**
     * Decides from the results of every unit of the plan.
     *
     * @param results the results, indexed like the plan
     */
    Outcome decide(DecisionContext context, List<Measurements> results);

    /**
     * Plans, measures every unit in order and decides: the whole check in one process, reporting
     * progress after each unit.
     */
    default ClaimResult run(ClaimContext context) {
        long start = System.nanoTime();
        List<WorkUnit> units = plan(context.profile());
        UnitContext unitContext = context.unitContext();
        List<Measurements> results = new ArrayList<>(units.size());
        for (WorkUnit unit : units) {
            context.progress().step(id(), unit.label(), unit.index() / (double) units.size());
            results.add(measure(unitContext, unit.index()));
        }
        Outcome outcome = decide(context.decisionContext(), results);
        return ClaimResult.of(id(), outcome, (System.nanoTime() - start) * 1e-9, context.parametersOf(this));
    }
}
