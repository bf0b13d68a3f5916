package nnrep.theory.protocol;

import java.util.ArrayList;
import java.util.List;

import nnrep.numeric.gauss.RandomStreams;
import nnrep.theory.Evidence;
import nnrep.theory.WorkUnit;

/**
 * The work plan of a replicated claim: one or more grids, laid out grid by grid, point by point,
 * replicate by replicate. Unit k of that order measures one replicate at one point with its own
 * master seed {@code new RandomStreams(seed).replicateSeed(k)}, so no two units share data and each
 * can be repeated alone from the audit's seed and its index.
 *
 * @param <P> the claim's point type
 */
public final class Design<P extends GridPoint> {

    /** Where a unit sits: its grid, point and replicate (all from 0). */
    public record Location(int grid, int point, int replicate) {
    }

    private final List<Grid<P>> grids;

    private Design(List<Grid<P>> grids) {
        this.grids = List.copyOf(grids);
    }

    /** A design of these grids, in this order. */
    @SafeVarargs
    public static <P extends GridPoint> Design<P> of(Grid<P>... grids) {
        return new Design<>(List.of(grids));
    }

    /** A design of these grids, in this order. */
    public static <P extends GridPoint> Design<P> of(List<Grid<P>> grids) {
        return new Design<>(grids);
    }

    public List<Grid<P>> grids() {
        return grids;
    }

    /** The units, in order: "grid, point, replicate i of R", each with its point's cost. */
    public List<WorkUnit> units() {
        List<WorkUnit> units = new ArrayList<>();
        for (Grid<P> grid : grids) {
            for (P point : grid.points()) {
                for (int i = 0; i < grid.replicates(); i++) {
                    String replicate = grid.replicates() == 1 ? "" : ", replicate " + (i + 1) + " of " + grid.replicates();
                    units.add(new WorkUnit(units.size(), grid.name() + ", " + point.label() + replicate, point.cost()));
                }
            }
        }
        return units;
    }

    /** The number of units. */
    public int size() {
        return grids.stream().mapToInt(Grid::units).sum();
    }

    /**
     * Where unit {@code index} sits.
     *
     * @throws IllegalArgumentException if there is no such unit
     */
    public Location locate(int index) {
        int first = 0;
        for (int g = 0; g < grids.size(); g++) {
            Grid<P> grid = grids.get(g);
            if (index >= first && index < first + grid.units()) {
                int offset = index - first;
                return new Location(g, offset / grid.replicates(), offset % grid.replicates());
            }
            first += grid.units();
        }
        throw new IllegalArgumentException("no unit " + index + " in a plan of " + size());
    }

    /** The point unit {@code index} measures. */
    public P point(int index) {
        Location at = locate(index);
        return grids.get(at.grid()).points().get(at.point());
    }

    /** The index of the unit at (grid, point, replicate). */
    public int index(int grid, int point, int replicate) {
        int first = 0;
        for (int g = 0; g < grid; g++) {
            first += grids.get(g).units();
        }
        return first + point * grids.get(grid).replicates() + replicate;
    }

    /** The master seed of unit {@code index} in a run with master seed {@code seed}. */
    public static long seed(long seed, int index) {
        return new RandomStreams(seed).replicateSeed(index);
    }

    /** Notes in the evidence how every unit's seed derives from the master seed. */
    public void recordSeeds(Evidence.Builder evidence, long seed) {
        evidence.seed("master", seed).note("Unit k of the plan (grid by grid, point by point, replicate by replicate,"
                + " from 0) runs with the master seed RandomStreams(" + seed + ").replicateSeed(k).");
    }
}
