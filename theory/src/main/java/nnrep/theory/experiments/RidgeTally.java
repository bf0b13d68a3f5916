package nnrep.theory.experiments;

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
public final class RidgeTally {

    private final Map<String, TreeMap<Double, Integer>> counts = new LinkedHashMap<>();

    /** Counts the runs of {@code learner} that chose each of {@code ridges}. */
    public RidgeTally count(Learner learner, double[][] ridges) {
        for (double[] atPoint : ridges) {
            for (double ridge : atPoint) {
                counts.computeIfAbsent(learner.label(), k -> new TreeMap<>()).merge(ridge, 1, Integer::sum);
            }
        }
        return this;
    }

    /** One row per learner and ridge: {learner, ridge, runs}. */
    public List<Map<String, Object>> rows() {
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
