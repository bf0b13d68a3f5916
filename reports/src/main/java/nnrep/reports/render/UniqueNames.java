package nnrep.reports.render;

import java.util.HashSet;
import java.util.Set;

/** Hands out names that have not been handed out before: "a", then "a (2)", "a (3)"... for repeats. */
final class UniqueNames {

    private final Set<String> taken = new HashSet<>();
    private final String pattern;

    /** @param pattern the format of a repeated name, from the name and a count from 2 ("%s (%d)") */
    UniqueNames(String pattern) {
        this.pattern = pattern;
    }

    String next(String name) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = String.format(pattern, name, n);
        }
        return candidate;
    }
}
