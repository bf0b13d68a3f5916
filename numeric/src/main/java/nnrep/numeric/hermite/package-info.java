/**
 * One-dimensional Hermite analysis (the paper's Hermite expansions): the probabilists' polynomials He_k
 * by their three-term recurrence, and the closed-form coefficients c_k(b) of the gates relu(z + b) and
 * 1{z + b >= 0}, which enter the first gradient's formula.
 */
package nnrep.numeric.hermite;
