/**
 * Multi-index targets f*(x) = g(Ux): U with orthonormal rows (Haar-random or canonical) and the link g,
 * evaluated on inputs of dimension d.
 */
package nnrep.numeric.target;
