/**
 * What the claims' units run: the learners compared (Algorithm 1, its lazy regime, kernel ridge, random
 * features, and broken variants of them for negative controls), samples of the first-step gradient,
 * Monte Carlo estimates of gated moments, the first layer of Algorithm 1 against its formula, random test
 * polynomials.
 */
package nnrep.theory.experiments;
