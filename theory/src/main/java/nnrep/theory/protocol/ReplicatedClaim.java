package nnrep.theory.protocol;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnrep.theory.Claim;
import nnrep.theory.DecisionContext;
import nnrep.theory.Measurements;
import nnrep.theory.Outcome;
import nnrep.theory.Profile;
import nnrep.theory.UnitContext;
import nnrep.theory.WorkUnit;

/**
 * The shape every claim of the catalogue shares: settings per profile in one {@link ProfileTable},
 * a {@link Design} of grids and replicates built from them, one replicate per work unit, and a
 * decision from the replicates. A subclass says what one replicate measures and how the replicates
 * decide; planning, seeding, reading results back and reporting parameters happen here.
 *
 * @param <S> the claim's settings record
 * @param <P> the claim's grid point
 */
public abstract class ReplicatedClaim<S extends Record, P extends GridPoint> implements Claim {

    private final ProfileTable<S> settings;

    protected ReplicatedClaim(ProfileTable<S> settings) {
        this.settings = settings;
    }

    /** The grids and replicates of a run with these settings. */
    protected abstract Design<P> design(S setting);

    /**
     * Measures one replicate at {@code point}.
     *
     * @param seed    the replicate's own master seed ({@link Design#seed})
     * @param threads worker threads it may use (the result must not depend on them)
     */
    protected abstract Measurements measure(S setting, P point, long seed, int threads);

    /** Decides from every replicate of the design. */
    protected abstract Outcome decide(S setting, DecisionContext context, Replicates<P> results);

    /**
     * The parameters that do not depend on the profile (the target, the learner under test, ...),
     * reported before the settings. None by default.
     */
    protected Map<String, Object> constants() {
        return Map.of();
    }

    /** The settings at {@code profile}. */
    protected final S setting(Profile profile) {
        return settings.at(profile);
    }

    /** {@link #constants()}, then every component of the profile's settings record, by name. */
    @Override
    public final Map<String, Object> parameters(Profile profile) {
        Map<String, Object> parameters = new LinkedHashMap<>(constants());
        S setting = settings.at(profile);
        for (RecordComponent component : setting.getClass().getRecordComponents()) {
            try {
                // the settings record is usually private to its claim: open its accessor
                component.getAccessor().setAccessible(true);
                parameters.put(component.getName(), component.getAccessor().invoke(setting));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("settings of " + id() + " are not readable", e);
            }
        }
        return parameters;
    }

    @Override
    public final List<WorkUnit> plan(Profile profile) {
        return design(settings.at(profile)).units();
    }

    @Override
    public final Measurements measure(UnitContext context, int index) {
        S setting = settings.at(context.profile());
        return measure(setting, design(setting).point(index), Design.seed(context.seed(), index), context.threads());
    }

    @Override
    public final Outcome decide(DecisionContext context, List<Measurements> results) {
        S setting = settings.at(context.profile());
        return decide(setting, context, new Replicates<>(design(setting), results));
    }
}
