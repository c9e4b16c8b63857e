"""Benchmark: milliseconds to compute loss surfaces (medians of several runs).

    ms_xor_201    201x201 grid, 2-4-1 sigmoid XOR network over its 4 points, two weights varied
    ms_2881_101   101x101 grid, 2-8-8-1 tanh/sigmoid network over 200 points, two weights varied
    ms_256_51     51x51 grid, 256-64-10 softmax network over 1000 samples, filter-normalised

For comparison it also times the straightforward way, every grid point's θ through
``batched_forward_output`` from the input layer on (``naive``). The last line is one JSON
object with the three figures of the landscape module.

Run: /work/venv/bin/python tests/benchmarks/bench_landscape.py [--repeats N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import numpy as np

from nnviz.core import landscape
from nnviz.core.network import Network, batched_forward_output
from nnviz.core.losses import get_loss


def median_ms(fn, repeats: int) -> float:
    fn()  # warm up
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times)


def naive(net: Network, slc: landscape.Slice, u, v, x, y, chunk: int = 2048) -> np.ndarray:
    """Every grid point's θ through the whole batched forward pass (no shared first layer)."""
    uu, vv = np.meshgrid(u - slc.centre[0], v - slc.centre[1])
    coeffs = np.stack([uu.ravel(), vv.ravel()], 1)
    loss = get_loss(net.architecture.loss)
    out = np.empty(len(coeffs))
    for s in range(0, len(coeffs), chunk):
        c = coeffs[s:s + chunk]
        thetas = slc.origin + c[:, :1] * slc.d1 + c[:, 1:] * slc.d2
        z, a = batched_forward_output(net.architecture, thetas, x)
        out[s:s + chunk] = loss.value(z, a, y).mean(axis=-1)
    return out.reshape(len(v), len(u))


def cases():
    rng = np.random.default_rng(0)
    xor = Network.create([2, 4, 1], "sigmoid", init="uniform", init_range=2.0, seed=1)
    x_xor = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], float)
    y_xor = np.array([[0], [1], [1], [0]], float)
    s_xor = landscape.parameter_slice(xor.architecture, xor.params, 0, 1)
    g201 = np.linspace(-6, 6, 201)

    n2881 = Network.create([2, 8, 8, 1], "tanh", "sigmoid", loss="binary_cross_entropy", seed=2)
    x2 = rng.normal(size=(200, 2))
    y2 = (x2[:, :1] * x2[:, 1:] > 0).astype(float)
    s2881 = landscape.parameter_slice(n2881.architecture, n2881.params, 0, 1)
    g101 = np.linspace(-3, 3, 101)

    big = Network.create([256, 64, 10], "relu", "softmax", loss="softmax_cross_entropy", seed=3)
    x3 = (rng.random((1000, 256)) < 0.2).astype(float)
    y3 = np.eye(10)[rng.integers(0, 10, 1000)]
    s256 = landscape.random_slice(big.architecture, big.params, seed=0)
    g51 = np.linspace(-1, 1, 51)

    return {
        "ms_xor_201": (xor, s_xor, g201, x_xor, y_xor),
        "ms_2881_101": (n2881, s2881, g101, x2, y2),
        "ms_256_51": (big, s256, g51, x3, y3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    results = {}
    for key, (net, slc, grid, x, y) in cases().items():
        fast = landscape.surface(net.architecture, slc, grid, grid, x, y)
        slow = naive(net, slc, grid, grid, x, y)
        np.testing.assert_allclose(fast, slow, rtol=1e-9, atol=1e-12)
        repeats = args.repeats if key != "ms_256_51" else max(3, args.repeats // 2)
        ms = median_ms(lambda: landscape.surface(net.architecture, slc, grid, grid, x, y), repeats)
        ms_naive = median_ms(lambda: naive(net, slc, grid, grid, x, y), max(1, repeats // 2))
        print(f"{key:12s} {ms:9.1f} ms   (naive batched forward: {ms_naive:9.1f} ms)")
        results[key] = round(ms, 2)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
