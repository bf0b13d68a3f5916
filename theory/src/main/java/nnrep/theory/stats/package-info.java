/**
 * The statistics of the decisions: confidence intervals for means of replicates and for fitted scaling
 * exponents, at the small per-claim levels of an audit.
 */
package nnrep.theory.stats;
