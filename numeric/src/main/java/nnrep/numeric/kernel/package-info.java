/**
 * The fixed-feature baselines of the paper's comparison: the network's kernels at initialisation
 * (arc-cosine NNGP and NTK, with or without biases), kernel ridge regression on them with its ridge chosen
 * on held-out samples, and random features (the first layer frozen at its initialisation). A
 * rotation-invariant kernel with n = d^(l+1-delta) samples learns at most the part of degree l of the
 * target (Ghorbani, Mei, Misiakiewicz &amp; Montanari 2021, as the paper cites).
 */
package nnrep.numeric.kernel;
