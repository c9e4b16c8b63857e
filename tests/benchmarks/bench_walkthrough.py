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

Then the same in the app (``--no-gui`` skips it): the main window (every registered view,
1600x1000, offscreen, no training thread) shows a snapshot of each network; OpenWalk(sample)
goes through ``window.route`` as a click would, and Walk("next") follows every KEY_REPEAT_MS
(a QTimer: a held key's auto-repeat) for STEP_SECONDS, while a probe timer in the GUI thread
fires every PROBE_MS; its latency is how late each tick comes (as bench_ui.py measures it).
Per network: the opening (route + the redraw it causes), the ms per step (route + redraw),
the median and p99 probe latency. Targets: p99 latency under 16 ms.

Prints the median milliseconds; the last line is one JSON object with the medians and
"targets_met". Run: .venv/bin/python tests/benchmarks/bench_walkthrough.py [--repeats N]
[--no-gui] [--seconds S]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import nnviz  # noqa: E402,F401 - first, as in the app: it makes BLAS single-threaded
import numpy as np  # noqa: E402

from nnviz.core.data import CLASSIFICATION, Dataset  # noqa: E402
from nnviz.core.network import Network  # noqa: E402
from nnviz.core.snapshot import Snapshot, frozen_copy  # noqa: E402
from nnviz.core.worked_numbers import work_out  # noqa: E402
from nnviz.session.walkthrough import LEVELS, STEP, TERM, Outcome, Walkthrough  # noqa: E402

KEY_REPEAT_MS = 30  # a held key repeats about this often
PROBE_MS = 10
STEP_SECONDS = 3.0
LATENCY_TARGET_MS = 16.0
SIZE = (1600, 1000)

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


def gui_case(name: str, net: Network, x: np.ndarray, y: np.ndarray) -> tuple[Dataset, Snapshot]:
    """A data set whose first training row is (x, y) and a snapshot of ``net``."""
    rng = np.random.default_rng(0)
    rows = np.vstack([x, rng.random((15, x.size))])
    n_classes = max(2, y.size)
    classes = np.concatenate([[int(np.argmax(y)) if y.size > 1 else int(y[0])],
                              rng.integers(0, n_classes, 15)])
    features = tuple(f"x{k + 1}" for k in range(x.size))
    data = Dataset(name, CLASSIFICATION, rows, classes, rows[:0], classes[:0], features,
                   tuple(str(c) for c in range(n_classes)))
    return data, Snapshot(step=0, epoch=0.0, architecture=net.architecture,
                          params=frozen_copy(net.params), gradients=None, train_loss=0.0)


def run_gui(name: str, net: Network, x: np.ndarray, y: np.ndarray, seconds: float) -> dict:
    """The walk of ``net`` on (x, y) opened and stepped in the main window (module docstring)."""
    from PySide6.QtCore import Qt, QTimer

    from bench_ui import paint_now, wait
    from nnviz.gui.shell.main_window import MainWindow
    from nnviz.session.commands import OpenWalk, Walk

    data, snapshot = gui_case(name, net, x, y)
    window = MainWindow(start_training=False)
    window.resize(*SIZE)
    window.show()
    window.display(data, [snapshot])
    window.settle()
    wait(0.3)
    start = time.perf_counter()
    window.route(OpenWalk(0))
    paint_now()
    open_ms = (time.perf_counter() - start) * 1e3
    walk = window.state.walk
    assert walk is not None and walk.snapshot is snapshot, "the walk did not open"
    wait(0.2)

    steps: list[float] = []

    def step() -> None:
        begin = time.perf_counter()
        window.route(Walk("next"))
        paint_now()
        steps.append((time.perf_counter() - begin) * 1e3)

    ticks: list[float] = []
    probe, keys = QTimer(), QTimer()
    probe.setTimerType(Qt.PreciseTimer)
    probe.setInterval(PROBE_MS)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    keys.setInterval(KEY_REPEAT_MS)
    keys.timeout.connect(step)
    probe.start()
    keys.start()
    wait(seconds)
    keys.stop()
    probe.stop()
    reached = window.state.walk.walkthrough.number
    window.close()
    window.deleteLater()
    wait(0.1)
    latency = np.maximum(np.diff(ticks) * 1e3 - PROBE_MS, 0.0)
    return {"open_ms": open_ms, "step_ms": float(np.median(steps)),
            "step_ms_max": float(np.max(steps)), "steps": len(steps), "reached": reached,
            "median_latency_ms": float(np.median(latency)),
            "p99_latency_ms": float(np.percentile(latency, 99))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=STEP_SECONDS,
                        help="how long the key repeats in the app")
    parser.add_argument("--no-gui", action="store_true", help="the core only, no window")
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
    if not args.no_gui:
        from nnviz.gui.app import create_application

        create_application()
        for name, (make, x, y, _) in CASES.items():
            g = run_gui(name, make(), x, y, args.seconds)
            met &= g["p99_latency_ms"] < LATENCY_TARGET_MS
            result[f"gui_{name}"] = {k: round(v, 3) if isinstance(v, float) else v
                                     for k, v in g.items()}
            print(f"{name:>10} in the app: open {g['open_ms']:.1f} ms; {g['steps']} steps every "
                  f"{KEY_REPEAT_MS} ms to step {g['reached']}: {g['step_ms']:.2f} ms each "
                  f"(route + redraw; max {g['step_ms_max']:.1f}); probe latency median "
                  f"{g['median_latency_ms']:.2f} ms, p99 {g['p99_latency_ms']:.2f} ms "
                  f"(target < {LATENCY_TARGET_MS:g})", flush=True)
    result["targets_met"] = bool(met)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
