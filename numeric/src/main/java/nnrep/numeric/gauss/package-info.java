/**
 * Gaussian integration and randomness: seeded streams identified by (seed, purpose, index), so that a
 * result depends on the seed and never on the number of threads; Gauss-Hermite rules that integrate
 * polynomials against N(0, 1) exactly; adaptive quadrature of Gaussian expectations; the normal density
 * and distribution function.
 */
package nnrep.numeric.gauss;
