/**
 * JMH benchmarks of the engine's hot paths (DGEMM, the first step, the head's normal equations, whole runs
 * of Algorithm 1, Hermite tensors), built only with the benchmarks profile.
 */
package nnrep.benchmarks;
