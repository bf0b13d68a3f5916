/**
 * The data of the paper's setting: n labelled samples (x, y), x ~ N(0, I_d), y = f*(x) + noise, produced in
 * chunks from seeded streams so that they are never all in memory and every pass reads the same samples;
 * and the checks of the parameters that describe them.
 */
package nnrep.numeric.data;
