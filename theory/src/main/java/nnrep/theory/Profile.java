package nnrep.theory;

import java.util.Locale;

/**
 * How much work a claim run may do (cli.md): {@code quick} finishes an audit in about a minute on
 * two cores, {@code standard} in about fifteen minutes, {@code full} is meant for a cluster.
 * Each claim maps the profile to its own parameters ({@link Claim#parameters}).
 */
public enum Profile {
    /** An audit in about a minute on two cores. */
    QUICK,
    /** Larger grids and more replicates: about fifteen minutes on two cores. */
    STANDARD,
    /** The largest grids, for a cluster. */
    FULL;

    /** {@return the name used on the command line and in reports: "quick", "standard" or "full"} */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads "quick", "standard" or "full" (any case).
     *
     * @param text the name
     * @return the profile of that name
     * @throws IllegalArgumentException for anything else, naming the option and the accepted values
     */
    public static Profile parse(String text) {
        for (Profile profile : values()) {
            if (profile.cliName().equalsIgnoreCase(text)) {
                return profile;
            }
        }
        throw new IllegalArgumentException("--profile must be quick, standard or full, got: " + text);
    }
}
