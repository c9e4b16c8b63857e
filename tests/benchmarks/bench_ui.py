"""Benchmark: does training in the worker thread keep the GUI responsive, and at what cost?

While the worker trains the default lesson (XOR, 2-4-1) as fast as it can in the full main
window (every registered view, 1600x1000, offscreen), a probe timer in the GUI thread fires
every PROBE_MS; its latency is how late each tick comes. The run counts the snapshots drawn
per second and the training steps per second. The same training then runs headless (the
core Trainer in a plain loop, no Qt) for the same time. Runs alternate GUI / headless
ROUNDS times; the medians are printed, and the last line is one JSON object:

    {"p99_latency_ms", "median_latency_ms", "frames_per_second", "steps_per_second_gui",
     "steps_per_second_headless", "training_speed_ratio"}

Targets: p99 latency below 20 ms, training_speed_ratio (GUI / headless) at least 0.8.
Run:  python tests/benchmarks/bench_ui.py [--seconds 4] [--rounds 3] [--views loss,graph,...]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402

from nnviz.core.config import build_dataset, build_trainer, resolve  # noqa: E402
from nnviz.core.lessons import load_lesson  # noqa: E402
from nnviz.gui.app import create_application  # noqa: E402

PROBE_MS = 10
SIZE = (1600, 1000)


def run_gui(seconds: float, lesson, views: list[str] | None) -> dict:
    """Train at full speed in the window; probe the GUI thread's latency."""
    import nnviz.gui.main_window as main_window

    if views is not None:
        every = main_window.registered_views
        main_window.registered_views = lambda: [v for v in every() if v.key in views]
    window = main_window.MainWindow(lesson)
    window.resize(*SIZE)
    window.show()
    snapshots = []
    window.session.snapshot_ready.connect(snapshots.append)
    wait(0.5)  # let the worker configure itself and the first frame draw

    ticks: list[float] = []
    probe = QTimer()
    probe.setTimerType(Qt.PreciseTimer)
    probe.setInterval(PROBE_MS)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    window.session.set_speed(float("inf"))
    window.session.play()
    wait(0.3)  # the chunk size settles
    frames0, start = window.frames_drawn, time.perf_counter()
    snapshots.clear()
    probe.start()
    wait(seconds)
    probe.stop()
    elapsed = time.perf_counter() - start
    frames = window.frames_drawn - frames0
    steps = snapshots[-1].step - snapshots[0].step if len(snapshots) > 1 else 0
    window.session.pause()
    window.close()
    window.deleteLater()
    if views is not None:
        main_window.registered_views = every
    latency = np.maximum(np.diff(ticks) * 1e3 - PROBE_MS, 0.0)
    return {
        "median_latency_ms": float(np.median(latency)),
        "p99_latency_ms": float(np.percentile(latency, 99)),
        "frames_per_second": frames / elapsed,
        "steps_per_second": steps / elapsed,
    }


def run_headless(seconds: float, lesson) -> float:
    """Steps per second of the same training with no GUI: the core Trainer in a loop."""
    config = resolve(lesson.config)
    dataset = build_dataset(config.data)
    trainer = build_trainer(config, dataset)
    trainer.run(200)
    steps, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        steps += trainer.run(100)
    return steps / (time.perf_counter() - start)


def wait(seconds: float) -> None:
    """Run the Qt event loop for ``seconds`` (never processEvents() in a loop)."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--lesson", default="xor")
    parser.add_argument("--views", help="only these views (comma-separated keys), default all")
    args = parser.parse_args(argv)
    views = args.views.split(",") if args.views else None
    create_application()
    lesson = load_lesson(args.lesson)
    gui_runs, headless = [], []
    for round_ in range(args.rounds):
        headless.append(run_headless(args.seconds, lesson))
        gui_runs.append(run_gui(args.seconds, lesson, views))
        g = gui_runs[-1]
        print(f"round {round_ + 1}: latency median {g['median_latency_ms']:.2f} ms, "
              f"p99 {g['p99_latency_ms']:.2f} ms; {g['frames_per_second']:.1f} frames/s; "
              f"{g['steps_per_second']:.0f} steps/s with the GUI, "
              f"{headless[-1]:.0f} headless", flush=True)
    med = lambda key: statistics.median(g[key] for g in gui_runs)  # noqa: E731
    result = {
        "p99_latency_ms": round(med("p99_latency_ms"), 2),
        "median_latency_ms": round(med("median_latency_ms"), 2),
        "frames_per_second": round(med("frames_per_second"), 1),
        "steps_per_second_gui": round(med("steps_per_second")),
        "steps_per_second_headless": round(statistics.median(headless)),
        "training_speed_ratio": round(med("steps_per_second") / statistics.median(headless), 3),
        "views": views or "all",
    }
    print(f"medians over {args.rounds} rounds of {args.seconds:g} s:")
    print(f"  GUI latency: median {result['median_latency_ms']} ms, p99 {result['p99_latency_ms']} ms "
          f"(target < 20)")
    print(f"  snapshots drawn: {result['frames_per_second']} per second")
    print(f"  training: {result['steps_per_second_gui']} steps/s with the GUI, "
          f"{result['steps_per_second_headless']} headless, ratio {result['training_speed_ratio']} "
          f"(target >= 0.8)")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
