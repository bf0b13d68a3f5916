/**
 * The two-layer ReLU network and Algorithm 1 of Damian, Lee &amp; Soltanolkotabi (COLT 2022): the label
 * moments removed by step 1, the symmetric initialisation, the first gradient step (empirical, and its
 * population formula in Hermite tensors), the biases, the head trained by ridge regression, and the
 * test error; plus the subspace measures of W1 (share in span(U), principal angles).
 */
package nnrep.numeric.network;
