/**
 * The shape every claim shares, the decision protocol: settings per profile, designs of grids and
 * replicates laid out as work units with their seeds, the results read back by grid, point and replicate,
 * scaling laws fitted and decided as parts, exact comparisons, crossings of a level, and the bands of
 * curves for plots.
 */
package nnrep.theory.protocol;
