package nnrep.reports.render;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a series of a chart stands for, read from the learner its name mentions, so that the trained
 * network and the fixed-feature baselines it is compared with (section 4 of the paper) read apart
 * whatever the claim calls them.
 *
 * <p>The rule, on the lower-cased name, first match wins:
 * <ol>
 * <li>{@link #BASELINE} if it mentions a kernel or fixed-feature method: "ntk", "nngp", "kernel",
 *     "random feature", "lazy" (the network's own NTK is a baseline, so this comes first);</li>
 * <li>{@link #NETWORK} if it mentions the trained network: "network", "algorithm 1";</li>
 * <li>{@link #OTHER} for anything else: measurements, fits, predictions, reference lines.</li>
 * </ol>
 * Words are matched whole, or with a plural "s": "networks" and "kernels" count, "unlazy" or
 * "ntkx" do not.
 */
enum SeriesRole {
    /** The network trained by Algorithm 1. */
    NETWORK,
    /** A kernel or fixed-feature method it is compared with. */
    BASELINE,
    /** Anything that is not a learner. */
    OTHER;

    private static final List<Pattern> BASELINES = words("ntk", "nngp", "kernel", "random feature", "lazy");
    private static final List<Pattern> NETWORKS = words("network", "algorithm 1");

    /** The role of a series called {@code name}. */
    static SeriesRole of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (BASELINES.stream().anyMatch(p -> p.matcher(lower).find())) {
            return BASELINE;
        }
        return NETWORKS.stream().anyMatch(p -> p.matcher(lower).find()) ? NETWORK : OTHER;
    }

    /** Whether the series is a learner (the network or a baseline). */
    boolean isLearner() {
        return this != OTHER;
    }

    private static List<Pattern> words(String... words) {
        return List.of(words).stream().map(w -> Pattern.compile("\\b" + Pattern.quote(w) + "s?\\b")).toList();
    }
}
