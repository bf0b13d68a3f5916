package nnrep.theory.protocol;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import nnrep.theory.Profile;

/**
 * A claim's settings at each profile, declared in one place: what the quick, standard and full
 * profiles run.
 *
 * @param <S> the claim's settings (a record: its components are reported as the run's parameters)
 */
public final class ProfileTable<S extends Record> {

    private final Map<Profile, S> settings = new EnumMap<>(Profile.class);

    private ProfileTable(S quick, S standard, S full) {
        settings.put(Profile.QUICK, Objects.requireNonNull(quick, "quick"));
        settings.put(Profile.STANDARD, Objects.requireNonNull(standard, "standard"));
        settings.put(Profile.FULL, Objects.requireNonNull(full, "full"));
    }

    /** The settings of the quick, standard and full profiles. */
    public static <S extends Record> ProfileTable<S> of(S quick, S standard, S full) {
        return new ProfileTable<>(quick, standard, full);
    }

    /** The settings at {@code profile}. */
    public S at(Profile profile) {
        return settings.get(profile);
    }
}
