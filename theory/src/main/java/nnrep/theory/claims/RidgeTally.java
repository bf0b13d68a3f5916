package nnrep.theory.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each ridge was chosen for a baseline over a claim's runs
 * ({@link nnrep.numeric.kernel.RidgeChoice}), for the evidence: a reader can see whether the tuned
 * kernel sat at the edge of the grid.
 */
final class RidgeTally {

    private final Map<String, TreeMap<Double, Integer>> counts = new LinkedHashMap<>();

    /** Counts one run of {@code learner} and passes its test error on. */
    double count(Learner learner, Learner.Fit fit) {
        counts.computeIfAbsent(learner.label(), k -> new TreeMap<>()).merge(fit.ridge(), 1, Integer::sum);
        return fit.testRelMse();
    }

    /** One row per learner and ridge: {learner, ridge, runs}. */
    List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.forEach((learner, byRidge) -> byRidge.forEach((ridge, runs) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("learner", learner);
            row.put("ridge", ridge);
            row.put("runs", (long) runs);
            rows.add(row);
        }));
        return rows;
    }
}
