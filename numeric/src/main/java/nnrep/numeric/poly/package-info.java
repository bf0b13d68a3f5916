/**
 * Polynomials in r variables, the link functions g of the targets f*(x) = g(Ux): exact algebra, Gaussian
 * moments, the Hermite tensors C_k = E[grad^k g] by Stein's identity, the presets, and the parser of the
 * target expressions typed on the command line.
 */
package nnrep.numeric.poly;
