#!/usr/bin/env python3
"""DGEMM 1024 x 1024 through numpy (its OpenBLAS, all cores): the best of 5 rates, in GFLOP/s.

The yardstick benchmarks/numpy/compare-numpy.sh divides nnrep's rate by; 2 * 1024^3 flops per product.
"""
import time

import numpy as np

n = 1024
rng = np.random.default_rng(1)
a, b = rng.random((n, n)), rng.random((n, n))
a @ b  # warm-up: OpenBLAS starts its threads
best = float("inf")
for _ in range(5):
    start = time.perf_counter()
    a @ b
    best = min(best, time.perf_counter() - start)
print(f"{2 * n ** 3 / best / 1e9:.1f}")
