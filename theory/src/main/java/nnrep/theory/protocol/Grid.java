package nnrep.theory.protocol;

import java.util.List;
import java.util.Objects;

/**
 * A named grid of points, each measured on {@code replicates} independent seeds (the decision
 * protocol of docs/claims.md: R replicates per grid point).
 *
 * @param name       the grid's name, e.g. "d grid"
 * @param points     the points, in order
 * @param replicates R, at least 1
 * @param <P>        the claim's point type
 */
public record Grid<P extends GridPoint>(String name, List<P> points, int replicates) {

    /**
     * @throws IllegalArgumentException if there is no point or replicates &lt; 1
     */
    public Grid {
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
        if (points.isEmpty() || replicates < 1) {
            throw new IllegalArgumentException("grid " + name + " needs points and replicates, got " + points.size()
                    + " points and " + replicates + " replicates");
        }
    }

    /** The number of units of this grid: points times replicates. */
    public int units() {
        return points.size() * replicates;
    }
}
