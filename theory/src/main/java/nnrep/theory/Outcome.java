package nnrep.theory;

import java.util.List;
import java.util.Objects;

/**
 * What a claim decides from its units' results: its parts, each with its own verdict, and the
 * evidence for the report. The claim's verdict combines the parts: FAIL if one FAILs, PASS if all
 * PASS, INCONCLUSIVE otherwise.
 *
 * @param parts    the sub-statements, the headline first (its interval is the one the summary shows)
 * @param evidence the measurements, seeds, notes and plots
 */
public record Outcome(List<Part> parts, Evidence evidence) {

    /**
     * @throws IllegalArgumentException if there is no part
     */
    public Outcome {
        parts = List.copyOf(parts);
        Objects.requireNonNull(evidence, "evidence");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a claim decides at least one part");
        }
    }

    /** The combined verdict of the parts. */
    public Verdict verdict() {
        return combine(parts);
    }

    /** FAIL if a part FAILs, PASS if every part PASSes, INCONCLUSIVE otherwise. */
    public static Verdict combine(List<Part> parts) {
        boolean allPass = true;
        for (Part part : parts) {
            if (part.verdict() == Verdict.FAIL) {
                return Verdict.FAIL;
            }
            allPass &= part.verdict() == Verdict.PASS;
        }
        return allPass ? Verdict.PASS : Verdict.INCONCLUSIVE;
    }
}
