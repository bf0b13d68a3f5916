/**
 * The dense products and factorisations the engine needs (X W^T, A^T B, Gram matrices, Cholesky),
 * through OpenBLAS and LAPACK when the native library loads and in plain Java otherwise, cut into output
 * blocks of fixed sizes so that every entry goes through the same operations whatever the thread count.
 */
package nnrep.numeric.linalg;
