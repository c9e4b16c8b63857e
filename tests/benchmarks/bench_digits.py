"""Benchmark: the digit views while MNIST trains flat out (issue 14).

The app's window on the mnist lesson (784-30-10 sigmoid, quadratic cost, mini-batches of 10,
η = 3; every registered view docked, the three digit views "digit", "detectors" and
"confusion" built here if the registry does not list them yet), in lecture mode at the
window's size (SIZE, offscreen) with the three digit views and the graph in sight. While
the worker trains at full speed for --seconds:

    latency    a probe timer in the GUI thread fires every PROBE_MS; how late each tick
               comes (median, p99; goal p99 < 20 ms);
    frames     every frame the scheduler draws is timed on the GUI thread's CPU clock, and
               in it each digit view's part (its show_snapshot and the paint right after
               it) and the background results delivered (the confusion matrix's forward
               pass runs on the jobs runner's thread; drawing its result is GUI time): the
               digit views' cost per frame is their parts plus those results (median and
               mean over frames drawn; goal median < 5 ms); per view, its median cost in
               the frames it drew;
    training   steps per second in the window, and a headless run of the same training
               (the core Trainer in a loop, no Qt) for comparison; the test accuracy of the
               last snapshot, and when it first reached 90 %.

Then, isolated (no training thread): every frame the digit view and the detectors draw a
fresh snapshot of a headless run, and the confusion view a matrix computed here beforehand
(what its background result costs the GUI thread; its show_snapshot only hands the work
on): the cost of a frame in which all three update (median, ms), each part on its own, and
the confusion matrix's forward pass over the test set (the background thread's time).

The last line is one JSON object:

    {"p99_latency_ms", "median_latency_ms", "frames_per_second", "steps_per_second_gui",
     "steps_per_second_headless", "digit_views_ms_per_frame": {"median", "mean", "p90"},
     "per_view_ms_when_drawn": {key: ms}, "background_results_ms_per_frame",
     "confusion_forward_ms_last", "snapshots", "steps", "epochs", "test_accuracy",
     "seconds_to_90_percent", "views_in_sight": {key: bool}, "offstage": {key: bool},
     "built_here": [keys], "missing": [keys],
     "isolated_ms": {"all_three": ms, key: ms, "confusion_forward": ms}}

Wall-clock figures depend on what else the machine runs: note the load (uptime) with them.
Run:  python tests/benchmarks/bench_digits.py [--seconds 10] [--size 1600x1000] [--no-isolated]
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import sys
import time
from collections import defaultdict

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import nnviz  # noqa: E402,F401 - first, as in the app: it makes BLAS single-threaded
import numpy as np  # noqa: E402
from bench_ui import paint_now, wait  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402

import nnviz.gui.shell.frames as frames_module  # noqa: E402
from nnviz.core.config import build_dataset, build_trainer, resolve  # noqa: E402
from nnviz.core.confusion import confusion_of  # noqa: E402
from nnviz.core.lessons import load_lesson  # noqa: E402
from nnviz.gui.app import create_application  # noqa: E402
from nnviz.gui.jobs import JobRunner  # noqa: E402
from nnviz.gui.kit.stage import offstage  # noqa: E402
from nnviz.gui.shell.main_window import MainWindow  # noqa: E402
from nnviz.gui.views.registry import registered_views  # noqa: E402
from nnviz.session.commands import Pause, Play, SetSpeed  # noqa: E402

LESSON = "mnist"
PROBE_MS = 10
SIZE = (1600, 1000)
P99_GOAL_MS = 20.0
FRAME_GOAL_MS = 5.0
# The digit views: key -> (module, class) to build them if the registry lacks them.
DIGIT_VIEWS = {"digit": ("nnviz.gui.views.digit", "DigitView"),
               "detectors": ("nnviz.gui.views.detectors", "FirstLayerView"),
               "confusion": ("nnviz.gui.views.confusion", "ConfusionView")}
RESULTS = "background results"
ISOLATED_FRAMES = 40
STEPS_PER_ISOLATED_FRAME = 100


def view_classes() -> tuple[list, list[str], list[str]]:
    """Every registered view, plus the digit views the registry lacks (built here); the keys
    built here and the keys that do not exist yet."""
    classes = list(registered_views())
    keys = {cls.key for cls in classes}
    built_here, missing = [], []
    for key, (module, name) in DIGIT_VIEWS.items():
        if key in keys:
            continue
        try:
            classes.append(getattr(importlib.import_module(module), name))
            built_here.append(key)
        except (ImportError, AttributeError):
            missing.append(key)
    return classes, built_here, missing


def bring_into_sight(window, lesson, keys: list[str]) -> None:
    """Lecture mode (at the window's size) with four views, as a lesson shows them: the
    digit view on the left above the detectors and the graph, the confusion matrix on the
    right."""
    window.lecture.enter(lesson, full_screen=False)
    order = [k for k in ("digit", "confusion", "detectors") if k in keys]
    window.lecture.show_views(order + ["graph"])


class DigitClock:
    """Times every frame's parts: each view's show_snapshot and paint (the scheduler's
    _draw_view) and the background results delivered at its start, in ms of the GUI
    thread's CPU time (as the scheduler counts a view's cost; other processes on a busy
    machine disturb it least)."""

    def __init__(self, window, keys: list[str]) -> None:
        self.window, self.keys = window, keys
        self.scheduler = window.frames
        self.frames: list[dict[str, float]] = []
        self._in_frame: dict[str, float] = {}
        draw_view = self.scheduler._draw_view
        deliver = frames_module.deliver_results

        def timed_draw_view(key, *args) -> None:
            start = time.thread_time()
            draw_view(key, *args)
            self._in_frame[key] = self._in_frame.get(key, 0.0) + (time.thread_time() - start) * 1e3

        def timed_deliver() -> bool:
            start = time.thread_time()
            delivered = deliver()
            if delivered:
                paint_now()  # the scheduler paints them next: counted here, with them
            self._in_frame[RESULTS] = (time.thread_time() - start) * 1e3
            return delivered

        self.scheduler._draw_view = timed_draw_view
        frames_module.deliver_results = timed_deliver
        self._restore = lambda: setattr(frames_module, "deliver_results", deliver)
        timer = self.scheduler.timer
        timer.timeout.disconnect()
        timer.timeout.connect(self._frame)

    def _frame(self) -> None:
        drawn = self.scheduler.frames_drawn
        self._in_frame = {}
        self.scheduler.draw_frame()
        if self.scheduler.frames_drawn != drawn or any(k in self._in_frame for k in self.keys):
            self.frames.append(dict(self._in_frame))

    def close(self) -> None:
        self._restore()

    def digit_ms(self) -> list[float]:
        """Per frame drawn: the digit views' parts plus the background results."""
        return [sum(f.get(k, 0.0) for k in self.keys) + f.get(RESULTS, 0.0) for f in self.frames]

    def per_view_when_drawn(self) -> dict[str, float]:
        out = {}
        for key in [*self.keys, RESULTS]:
            times = [f[key] for f in self.frames if f.get(key, 0.0) > 0.0]
            out[key] = round(statistics.median(times), 2) if times else None
        return out


def run_gui(seconds: float, lesson, classes, keys: list[str], size) -> dict:
    """Train MNIST flat out in the window for ``seconds``; latency, frames, accuracy."""
    window = MainWindow(lesson, view_classes=classes)
    window.resize(*size)
    window.show()
    wait(0.3)
    bring_into_sight(window, lesson, keys)
    wait(0.5)
    in_sight = {k: window.docks[k].isVisible() for k in keys}  # docked: not a tab behind
    offstage_says = {k: k in window.views and offstage(window.views[k]) for k in keys}
    clock = DigitClock(window, keys)
    snapshots = []
    window.session.snapshot_ready.connect(lambda s: snapshots.append((time.perf_counter(), s)))
    ticks: list[float] = []
    probe = QTimer()
    probe.setTimerType(Qt.PreciseTimer)
    probe.setInterval(PROBE_MS)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    window.route(SetSpeed(float("inf")))
    wait(0.2)
    start = time.perf_counter()
    window.route(Play())
    probe.start()
    wait(seconds)
    probe.stop()
    elapsed = time.perf_counter() - start
    frames = len(clock.frames)
    window.route(Pause())
    wait(1.0)  # pausing sends the last step's snapshot
    forward_ms = [r.last_duration_ms for k in keys if k in window.views
                  for r in window.views[k].findChildren(JobRunner)]
    clock.close()
    window.close()
    window.deleteLater()
    wait(0.1)
    latency = np.maximum(np.diff(ticks) * 1e3 - PROBE_MS, 0.0)
    last = snapshots[-1][1]
    reached = next((t - start for t, s in snapshots if (s.test_accuracy or 0.0) >= 0.9), None)
    digit = clock.digit_ms() or [float("nan")]
    return {
        "p99_latency_ms": round(float(np.percentile(latency, 99)), 2),
        "median_latency_ms": round(float(np.median(latency)), 2),
        "frames_per_second": round(frames / elapsed, 1),
        "steps_per_second_gui": round(last.step / elapsed),
        "snapshots": len(snapshots),
        "digit_views_ms_per_frame": {"median": round(statistics.median(digit), 2),
                                     "mean": round(statistics.fmean(digit), 2),
                                     "p90": round(float(np.percentile(digit, 90)), 2)},
        "per_view_ms_when_drawn": clock.per_view_when_drawn(),
        "background_results_ms_per_frame": round(statistics.fmean(
            [f.get(RESULTS, 0.0) for f in clock.frames] or [float("nan")]), 2),
        "confusion_forward_ms_last": [round(ms, 2) for ms in forward_ms],
        "test_accuracy": last.test_accuracy,
        "seconds_to_90_percent": None if reached is None else round(reached, 1),
        "steps": last.step,
        "epochs": round(last.epoch, 2),
        "views_in_sight": in_sight,
        "offstage": offstage_says,  # kit.stage.offstage(view): True = the view waits to draw
    }


def run_headless(seconds: float, lesson) -> float:
    """Steps per second of the same training with no GUI: the core Trainer in a loop."""
    config = resolve(lesson.config)
    trainer = build_trainer(config, build_dataset(config.data))
    trainer.run(200)
    steps, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        steps += trainer.run(200)
    return steps / (time.perf_counter() - start)


def run_isolated(lesson, classes, keys: list[str], size) -> dict:
    """No training thread: each frame every digit view draws a fresh snapshot (the
    confusion view a result computed beforehand); medians, in ms of the GUI thread's CPU
    time (the forward pass: wall clock)."""
    config = resolve(lesson.config)
    dataset = build_dataset(config.data)
    trainer = build_trainer(config, dataset)
    window = MainWindow(lesson, start_training=False, view_classes=classes)
    window.resize(*size)
    window.show()
    wait(0.3)
    bring_into_sight(window, lesson, keys)
    wait(0.3)  # the views behind tabs are built as their docks show
    window.display(dataset, [trainer.snapshot()])
    window.settle()
    wait(0.3)
    views = {k: window.views[k] for k in keys if k in window.views}
    parts, whole, forward = defaultdict(list), [], []
    for _ in range(ISOLATED_FRAMES):
        trainer.run(STEPS_PER_ISOLATED_FRAME)
        snapshot = trainer.snapshot()
        start = time.perf_counter()
        confusion = confusion_of(snapshot.network(), dataset)
        forward.append((time.perf_counter() - start) * 1e3)
        frame_start = time.thread_time()
        for key, view in views.items():
            start = time.thread_time()
            if key == "confusion":  # what drawing a new matrix costs the GUI thread
                view.show_confusion(snapshot.step, confusion)
            else:
                view.show_snapshot(snapshot)
            paint_now()
            parts[key].append((time.thread_time() - start) * 1e3)
        whole.append((time.thread_time() - frame_start) * 1e3)
    window.close()
    window.deleteLater()
    wait(0.1)
    out = {"all_three": round(statistics.median(whole), 2)}
    out.update({k: round(statistics.median(v), 2) for k, v in parts.items()})
    out["confusion_forward"] = round(statistics.median(forward), 2)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--headless-seconds", type=float, default=3.0)
    parser.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}")
    parser.add_argument("--no-isolated", action="store_true")
    args = parser.parse_args(argv)
    size = tuple(int(v) for v in args.size.lower().split("x"))
    create_application()
    lesson = load_lesson(LESSON)
    classes, built_here, missing = view_classes()
    keys = [k for k in DIGIT_VIEWS if k not in missing]
    headless = run_headless(args.headless_seconds, lesson)
    result = run_gui(args.seconds, lesson, classes, keys, size)
    result["steps_per_second_headless"] = round(headless)
    result["built_here"], result["missing"] = built_here, missing
    print(f"mnist, {args.seconds:g} s flat out in a {size[0]}x{size[1]} window "
          f"(digit views: {', '.join(keys)}; built here: {', '.join(built_here) or 'none'}; "
          f"missing: {', '.join(missing) or 'none'}; docks in sight: {result['views_in_sight']}; "
          f"offstage by kit.stage: {result['offstage']})")
    print(f"  GUI latency: median {result['median_latency_ms']} ms, p99 {result['p99_latency_ms']} ms "
          f"(goal < {P99_GOAL_MS:g})")
    d = result["digit_views_ms_per_frame"]
    print(f"  digit views per frame drawn ({result['frames_per_second']} frames/s): median "
          f"{d['median']} ms (goal < {FRAME_GOAL_MS:g}), mean {d['mean']}, p90 {d['p90']}; "
          f"per view when it drew: {result['per_view_ms_when_drawn']}")
    print(f"  training: {result['steps_per_second_gui']} steps/s in the window, "
          f"{result['steps_per_second_headless']} headless; after {result['steps']} steps "
          f"({result['epochs']} epochs) test accuracy {result['test_accuracy']}, 90 % after "
          f"{result['seconds_to_90_percent']} s")
    if not args.no_isolated:
        result["isolated_ms"] = run_isolated(lesson, classes, keys, size)
        print(f"  isolated, ms (medians): {result['isolated_ms']}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
