package nnrep.theory.protocol;

import java.util.List;

import nnrep.theory.Measurements;

/**
 * The results of a design's units, read back by grid, point and replicate: what a replicated claim
 * decides from.
 *
 * @param <P> the claim's point type
 */
public final class Replicates<P extends GridPoint> {

    private final Design<P> design;
    private final List<Measurements> results;

    /**
     * @param results the results, indexed like the design's units
     * @throws IllegalArgumentException if there is not one result per unit
     */
    public Replicates(Design<P> design, List<Measurements> results) {
        if (results.size() != design.size()) {
            throw new IllegalArgumentException(results.size() + " results for a plan of " + design.size() + " units");
        }
        this.design = design;
        this.results = List.copyOf(results);
    }

    public Design<P> design() {
        return design;
    }

    /** Every unit's result, in plan order. */
    public List<Measurements> all() {
        return results;
    }

    /** The grid called {@code name}. */
    public Grid<P> grid(String name) {
        return design.grids().get(gridIndex(name));
    }

    /** The result of one replicate. */
    public Measurements at(String grid, int point, int replicate) {
        return results.get(design.index(gridIndex(grid), point, replicate));
    }

    /** The number {@code name} of every replicate of the grid: values[point][replicate]. */
    public double[][] values(String grid, String name) {
        Grid<P> g = grid(grid);
        double[][] values = new double[g.points().size()][g.replicates()];
        for (int p = 0; p < values.length; p++) {
            for (int i = 0; i < g.replicates(); i++) {
                values[p][i] = at(grid, p, i).number(name);
            }
        }
        return values;
    }

    /** The array {@code name} of every replicate of the grid: arrays[point][replicate][k]. */
    public double[][][] arrays(String grid, String name) {
        Grid<P> g = grid(grid);
        double[][][] arrays = new double[g.points().size()][g.replicates()][];
        for (int p = 0; p < arrays.length; p++) {
            for (int i = 0; i < g.replicates(); i++) {
                arrays[p][i] = at(grid, p, i).numbers(name);
            }
        }
        return arrays;
    }

    private int gridIndex(String name) {
        for (int g = 0; g < design.grids().size(); g++) {
            if (design.grids().get(g).name().equals(name)) {
                return g;
            }
        }
        throw new IllegalArgumentException("no grid named " + name);
    }
}
