package nnrep.theory;

import java.util.Objects;

import nnrep.numeric.data.InvalidParameterException;

/**
 * What the measurement of one {@link WorkUnit} is given. Its result depends on the profile, the
 * seed and the unit, never on the number of threads.
 *
 * @param profile how much work the claim's plan does
 * @param seed    the audit's master seed
 * @param threads worker threads the unit may use
 */
public record UnitContext(Profile profile, long seed, int threads) {

    /**
     * @throws InvalidParameterException if threads &lt; 1
     */
    public UnitContext {
        Objects.requireNonNull(profile, "profile");
        if (threads < 1) {
            throw new InvalidParameterException("threads", "must be at least 1, got " + threads);
        }
    }
}
