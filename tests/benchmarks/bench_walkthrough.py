"""Benchmark: building the step-through's step list and moving one step.

What the app does when a lecturer opens the step-through on a sample (or after "Apply this
update"): one worked example (Network.forward, Network.backward, the update and the forward
pass after it: core/worked_numbers.py), its step list (core/worked.py, written lazily) and a
navigator on it (session/walkthrough.py), then one "next" (which writes the step it lands
on; a wide sum is summarised to its 8 largest terms). Timed together, per network:

    2-8-8-8-1    sigmoid, ½ squared error        target < 5 ms
    784-30-10    sigmoid/softmax, cross-entropy  target < 50 ms (~48 000 steps)

Also, for information: one "next" on its own at each zoom level, and walking every stop
of the 784-30-10 forward pass at the term level.

Prints the median milliseconds; the last line is one JSON object with the medians and
"targets_met". Run: .venv/bin/python tests/benchmarks/bench_walkthrough.py [--repeats N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import numpy as np

from nnviz.core.network import Network
from nnviz.core.worked_numbers import work_out
from nnviz.session.walkthrough import LEVELS, STEP, TERM, Outcome, Walkthrough

CASES = {  # name: (network, input, target, target ms)
    "2-8-8-8-1": (lambda: Network.create([2, 8, 8, 8, 1], seed=0), np.array([0.3, -0.7]),
                  np.array([1.0]), 5.0),
    "784-30-10": (lambda: Network.create([784, 30, 10], output_activation="softmax",
                                         loss="softmax_cross_entropy", seed=0),
                  np.linspace(0, 1, 784), np.eye(10)[3], 50.0),
}


def open_and_step(net: Network, x: np.ndarray, y: np.ndarray) -> Walkthrough:
    walk = Walkthrough.of(work_out(net, x, y, 0.1))
    walk.next(STEP)
    walk.step  # the step the panel shows
    return walk


def median_ms(run, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=50)
    args = parser.parse_args()
    result: dict = {}
    met = True
    for name, (make, x, y, target) in CASES.items():
        net = make()
        open_and_step(net, x, y)  # warm up
        ms = median_ms(lambda: open_and_step(net, x, y), args.repeats)
        met &= ms < target
        result[f"open_and_step_ms_{name}"] = round(ms, 3)
        print(f"{name:>10}: build + one step {ms:8.3f} ms (target < {target:g} ms), "
              f"{len(open_and_step(net, x, y).steps)} steps")
        for level in LEVELS:
            walk = open_and_step(net, x, y)
            ms_level = median_ms(lambda: (walk.next(level), walk.step), args.repeats)
            result[f"next_{level}_ms_{name}"] = round(ms_level, 4)
            print(f"{'':>10}  one next ({level:>6}) {ms_level:8.4f} ms")
    walk = open_and_step(CASES["784-30-10"][0](), *CASES["784-30-10"][1:3])
    walk.first()
    start, stops = time.perf_counter(), 0
    while walk.step.phase == "forward" and walk.next(TERM) is Outcome.MOVED:
        stops += 1
    forward_ms = (time.perf_counter() - start) * 1000
    print(f"784-30-10 forward pass at the term level: {stops} stops in {forward_ms:.1f} ms")
    result["forward_term_walk_ms_784-30-10"] = round(forward_ms, 2)
    result["targets_met"] = bool(met)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
