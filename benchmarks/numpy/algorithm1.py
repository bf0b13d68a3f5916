#!/usr/bin/env python3
"""Algorithm 1 of Damian, Lee & Soltanolkotabi (COLT 2022), written as a numpy user would write it.

The benchmark baseline for `./nnrep train` (see benchmarks/numpy/compare-numpy.sh): the same algorithm at the
same sizes, in float64, holding the n x d inputs (and the n x m features) in memory, with numpy's
own BLAS doing the products. It is not part of nnrep and nnrep does not depend on it.

  x ~ N(0, I_d), f*(x) = g(Ux) with U (r x d, orthonormal rows) Haar random and g the quad-cubic
  link [ (He2(z1) + He2(z2) + He2(z3)) / sqrt(6) + z1 z2 z3 ] / sqrt(2);
  1. labels minus alpha = mean(y) and beta = mean(y x);
  2. symmetric init: w_j ~ N(0, I/d), a_j = +-1 for j <= m/2, mirrored (w, -a) for the other half;
  3. one step with eta1 = sqrt(d), weight decay 1/eta1: w_j <- 2 eta1 a_j g_n(w_j),
     g_n(w) = (1/n) sum_i ytilde_i x_i 1{w . x_i >= 0};
  4. biases b_j ~ N(0, 1);
  5. ridge head: minimise (1/n) ||Phi a - ytilde||^2 + ridge ||a||^2, Phi = relu(X W1^T + b),
     by Cholesky on (Phi^T Phi / n + ridge I) a = Phi^T ytilde / n;
  6. relative test MSE on fresh samples.

Prints one JSON object: sizes, testRelMse, seconds and the BLAS kernel numpy ran on.
"""
import argparse
import ctypes
import json
import time

import numpy as np


def quad_cubic(z):
    he2 = z * z - 1.0
    return (he2.sum(axis=1) / np.sqrt(6.0) + z[:, 0] * z[:, 1] * z[:, 2]) / np.sqrt(2.0)


def haar_basis(rng, r, d):
    q, upper = np.linalg.qr(rng.standard_normal((d, r)))
    return (q * np.sign(np.diag(upper))).T  # r x d, orthonormal rows, Haar distributed


def samples(rng, u, n):
    x = rng.standard_normal((n, u.shape[1]))
    return x, quad_cubic(x @ u.T)


def train(x, y, m, ridge, rng):
    n, d = x.shape
    alpha = y.mean()
    beta = x.T @ y / n
    ytilde = y - alpha - x @ beta

    half = m // 2
    w0 = rng.standard_normal((half, d)) / np.sqrt(d)
    a0 = rng.choice([-1.0, 1.0], size=half)
    gates = (x @ w0.T >= 0.0)
    g = (gates * ytilde[:, None]).T @ x / n
    eta1 = np.sqrt(d)
    step = 2.0 * eta1 * a0[:, None] * g
    w1 = np.vstack([step, -step])  # (1 - eta1 * (1/eta1)) W0 = 0: the initialisation is erased

    b = rng.standard_normal(m)
    phi = np.maximum(x @ w1.T + b, 0.0)
    gram = phi.T @ phi / n
    moment = phi.T @ ytilde / n
    chol = np.linalg.cholesky(gram + ridge * np.eye(m))
    head = np.linalg.solve(chol.T, np.linalg.solve(chol, moment))
    return alpha, beta, w1, b, head


def blas_kernel():
    """The OpenBLAS core type and thread count numpy runs with (threadpoolctl when installed)."""
    try:
        from threadpoolctl import threadpool_info
        for lib in threadpool_info():
            if lib.get("internal_api") == "openblas":
                return {"corename": lib.get("architecture"), "threads": lib.get("num_threads"),
                        "version": lib.get("version")}
    except ImportError:
        pass
    import glob
    import os
    libs = glob.glob(os.path.join(os.path.dirname(np.__file__), os.pardir, "numpy.libs", "*openblas*.so*"))
    for path in libs:
        lib = ctypes.CDLL(path)
        for suffix in ("64_", ""):
            name = getattr(lib, "scipy_openblas_get_corename" + suffix, None)
            threads = getattr(lib, "scipy_openblas_get_num_threads" + suffix, None)
            if name is not None and threads is not None:
                name.restype = ctypes.c_char_p
                return {"corename": name().decode(), "threads": threads(), "library": os.path.basename(path)}
    return {"config": "see numpy.show_config()"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--d", type=int, default=64)
    parser.add_argument("--n", type=int, default=65536)
    parser.add_argument("--m", type=int, default=512)
    parser.add_argument("--r", type=int, default=3)
    parser.add_argument("--ridge", type=float, default=1e-3)
    parser.add_argument("--test-n", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    start = time.perf_counter()
    rng = np.random.default_rng(args.seed)
    u = haar_basis(rng, args.r, args.d)
    x, y = samples(rng, u, args.n)
    alpha, beta, w1, b, head = train(x, y, args.m, args.ridge, rng)
    del x, y
    xt, yt = samples(rng, u, args.test_n)
    prediction = alpha + xt @ beta + np.maximum(xt @ w1.T + b, 0.0) @ head
    mse = np.mean((prediction - yt) ** 2)
    rel = mse / np.mean(yt ** 2)
    print(json.dumps({"d": args.d, "n": args.n, "m": args.m, "testRelMse": rel, "testMse": mse,
                      "seconds": time.perf_counter() - start, "blas": blas_kernel()}))


if __name__ == "__main__":
    main()
