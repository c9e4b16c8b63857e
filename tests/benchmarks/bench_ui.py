"""Benchmark: does training in the worker thread keep the GUI responsive, and at what cost?

While the worker trains a lesson as fast as it can in the default main window (every
registered view docked as the app opens: graph, boundary with the loss surface, feature
space and optimizer race as tabs behind it, the loss curve; 1600x1000, offscreen), a probe
timer in the GUI thread fires every PROBE_MS; its latency is how late each tick comes. The
run counts the snapshots drawn per second and the training steps per second. The same
training then runs headless (the core Trainer in a plain loop, no Qt) for the same time.
Runs alternate headless / GUI ROUNDS times and the medians are printed. By default for the
default lesson (XOR, 2-4-1, full batch), then for a mini-batch one (average).

Where the GUI thread's time goes, two ways:

    live      during the GUI runs, every view's part of a frame (its show_snapshot and the
              paint right after it) and the whole frame are timed (wall clock; the frame
              also on the GUI thread's CPU clock, "frame_cpu_ms", which other processes on
              a busy machine disturb least). Means per frame drawn (a view that sits out a
              frame counts 0), and the GUI thread's CPU share of the run (frames, events,
              timers) next to the frames' own share.
    isolated  no training thread: a window gets a fresh snapshot per frame from a headless
              run (carrying every step's cost, as the app's session sends them); each
              view's show_snapshot and the paint it causes are timed separately (nothing
              competes for the GIL): the cost of each view. Then whole frames, as the window
              draws them paused (every view) and while training runs (the views that waited
              longest, within the frame's time budget).

The last line is one JSON object, the first lesson's figures with each further lesson's
under its name:

    {"p99_latency_ms", "median_latency_ms", "frames_per_second", "frame_cpu_ms",
     "steps_per_second_gui", "steps_per_second_headless", "training_speed_ratio", "views",
     "gui_cpu_share",
     "live_ms_per_frame": {view: ms, ..., "background results, status bar, rest": ms},
     "isolated_ms_per_frame": {view: {"show": ms, "paint": ms, "visible": bool}},
     "isolated_frame_ms": {"paused": ms, "training": ms}, "average": {...}}

Targets (issue 12): at least 30 frames per second, p99 latency below 16 ms (20 ms for the
mini-batch lessons), training_speed_ratio (GUI / headless) at least 0.8. Wall-clock figures
depend on what else the machine runs: note the load (uptime) next to them.
Run:  python tests/benchmarks/bench_ui.py [--seconds 4] [--rounds 3] [--loss-only |
      --views graph,loss,...] [--front landscape] [--lesson spiral] [--no-isolated]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import defaultdict

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import nnviz  # noqa: E402,F401 - first, as in the app: it makes BLAS single-threaded
import numpy as np  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer  # noqa: E402

from nnviz.core.config import build_dataset, build_trainer, resolve  # noqa: E402
from nnviz.core.lessons import load_lesson  # noqa: E402
from nnviz.gui.app import create_application  # noqa: E402
from nnviz.gui.shell.main_window import MainWindow  # noqa: E402
from nnviz.gui.views.registry import registered_views  # noqa: E402
from nnviz.session.commands import Pause, Play, SetSpeed  # noqa: E402
from nnviz.session.step_losses import StepLosses  # noqa: E402

PROBE_MS = 10
LESSONS = ("xor", "average")  # the default lesson, and a mini-batch one
FRAMES_TARGET = 30.0  # snapshots drawn per second while training flat out
RATIO_TARGET = 0.8  # training speed with the GUI / headless
P99_TARGET_MS = {"default": 16.0, "average": 20.0, "spiral": 20.0}  # GUI event latency
SIZE = (1600, 1000)
ISOLATED_FRAMES = 40
STEPS_PER_ISOLATED_FRAME = 50
REST = "background results, status bar, rest"


class FrameClock:
    """Times every view's part of each frame (its show_snapshot and paint) and every whole
    frame (wall clock and the GUI thread's CPU clock, in ms)."""

    def __init__(self, window) -> None:
        self.window = window
        self.scheduler = window.frames  # the window's frame scheduler
        self.views: dict[str, list[float]] = defaultdict(list)
        self.frames: list[float] = []
        self.frame_cpu: list[float] = []
        self._in_frame: dict[str, float] = {}
        draw_view = self.scheduler._draw_view

        def timed_draw_view(key, *args) -> None:
            start = time.perf_counter()
            draw_view(key, *args)
            self._in_frame[key] = self._in_frame.get(key, 0.0) + (time.perf_counter() - start) * 1e3

        self.scheduler._draw_view = timed_draw_view
        timer = self.scheduler.timer
        timer.timeout.disconnect()
        timer.timeout.connect(self._frame)

    def _frame(self) -> None:
        drawn = self.scheduler.frames_drawn
        self._in_frame = {}
        start, cpu = time.perf_counter(), time.thread_time()
        self.scheduler.draw_frame()
        if self.scheduler.frames_drawn == drawn and not self._in_frame:
            return  # nothing new: no frame
        self.frames.append((time.perf_counter() - start) * 1e3)
        self.frame_cpu.append((time.thread_time() - cpu) * 1e3)
        for key in self.window.views:
            self.views[key].append(self._in_frame.get(key, 0.0))

    def reset(self) -> None:
        self.views.clear()
        self.frames.clear()
        self.frame_cpu.clear()

    def per_frame(self) -> dict[str, float]:
        """Mean ms per frame: each view's show_snapshot and paint, then the rest of the frame."""
        if not self.frames:
            return {}
        out = {key: float(np.mean(v)) for key, v in self.views.items()}
        out[REST] = float(np.mean(self.frames)) - sum(out.values())
        return out


def run_gui(seconds: float, lesson, views, front: str | None = None) -> dict:
    """Train at full speed in the window (``views``: the view classes docked; ``front``: the
    tab to bring to the front, a view's key); probe the GUI thread's latency."""
    window = MainWindow(lesson, view_classes=views)
    window.resize(*SIZE)
    window.show()
    if front is not None:
        window.docks[front].raise_()
    clock = FrameClock(window)
    snapshots = []
    window.session.snapshot_ready.connect(snapshots.append)
    wait(0.5)  # let the worker configure itself and the first frame draw

    ticks: list[float] = []
    probe = QTimer()
    probe.setTimerType(Qt.PreciseTimer)
    probe.setInterval(PROBE_MS)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    window.route(SetSpeed(float("inf")))
    window.route(Play())
    wait(0.3)  # the chunk size settles
    frames0, start, cpu0 = window.frames.frames_drawn, time.perf_counter(), time.thread_time()
    snapshots.clear()
    clock.reset()
    probe.start()
    wait(seconds)
    probe.stop()
    elapsed = time.perf_counter() - start
    gui_cpu = time.thread_time() - cpu0
    frames = window.frames.frames_drawn - frames0
    steps = snapshots[-1].step - snapshots[0].step if len(snapshots) > 1 else 0
    window.route(Pause())
    window.close()
    window.deleteLater()
    wait(0.1)
    latency = np.maximum(np.diff(ticks) * 1e3 - PROBE_MS, 0.0)
    return {
        "median_latency_ms": float(np.median(latency)),
        "p99_latency_ms": float(np.percentile(latency, 99)),
        "frames_per_second": frames / elapsed,
        "steps_per_second": steps / elapsed,
        "gui_cpu_share": gui_cpu / elapsed,
        "frames_cpu_share": sum(clock.frame_cpu) / 1e3 / elapsed,
        "frame_ms": float(np.median(clock.frames)) if clock.frames else 0.0,
        "frame_cpu_ms": float(np.median(clock.frame_cpu)) if clock.frame_cpu else 0.0,
        "per_frame": clock.per_frame(),
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


def run_isolated(lesson, views, front: str | None = None,
                 frames: int = ISOLATED_FRAMES) -> tuple[dict[str, dict], dict[str, float]]:
    """Each view's show_snapshot, then the paint it caused, timed alone (ms, medians); and
    whole frames of the window (``draw_frame``), paused and while training runs."""
    config = resolve(lesson.config)
    dataset = build_dataset(config.data)
    trainer = build_trainer(config, dataset)
    losses = StepLosses(trainer)  # snapshots carry every step's cost, as the app's do
    window = MainWindow(lesson, start_training=False, view_classes=views)
    window.resize(*SIZE)
    window.show()
    if front is not None:
        window.docks[front].raise_()
    window.display(dataset, [losses.stamp(trainer.snapshot())])
    window.settle()
    wait(0.3)
    show, paint, paused, running_ = defaultdict(list), defaultdict(list), [], []
    for _ in range(frames):
        losses.run(STEPS_PER_ISOLATED_FRAME)
        snapshot = losses.stamp(trainer.snapshot())
        for key, view in window.views.items():
            start = time.perf_counter()
            view.show_snapshot(snapshot)
            show[key].append((time.perf_counter() - start) * 1e3)
            start = time.perf_counter()
            paint_now()
            paint[key].append((time.perf_counter() - start) * 1e3)
        for running, times in ((False, paused), (True, running_)):
            window.state.set_running(running)
            losses.run(STEPS_PER_ISOLATED_FRAME)
            window.state.set_snapshot(losses.stamp(trainer.snapshot()))  # as the worker would
            start = time.perf_counter()
            window.draw_frame()
            paint_now()
            times.append((time.perf_counter() - start) * 1e3)
    visible = {key: not view.visibleRegion().isEmpty() for key, view in window.views.items()}
    window.close()
    window.deleteLater()
    wait(0.1)
    out = {key: {"show": round(statistics.median(show[key]), 2),
                 "paint": round(statistics.median(paint[key]), 2), "visible": visible[key]}
           for key in show}
    frames = {"paused": round(statistics.median(paused), 2),
              "training": round(statistics.median(running_), 2)}
    return out, frames


def paint_now() -> None:
    """Deliver the scenes' deferred updates, then paint every window now."""
    QCoreApplication.sendPostedEvents(None, QEvent.MetaCall)
    QCoreApplication.sendPostedEvents(None, QEvent.UpdateRequest)


def wait(seconds: float) -> None:
    """Run the Qt event loop for ``seconds`` (never processEvents() in a loop)."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def only_views(keys: list[str] | None) -> list:
    """The view classes with these ``keys`` (None: every registered view)."""
    return [v for v in registered_views() if keys is None or v.key in keys]


def measure_lesson(name: str, args, view_classes, views) -> dict:
    """Alternate headless and GUI runs of lesson ``name``; print the rounds and medians."""
    lesson = load_lesson(name)
    gui_runs, headless = [], []
    for round_ in range(args.rounds):
        headless.append(run_headless(args.seconds, lesson))
        gui_runs.append(run_gui(args.seconds, lesson, view_classes, args.front))
        g = gui_runs[-1]
        print(f"{name} round {round_ + 1}: latency median {g['median_latency_ms']:.2f} ms, "
              f"p99 {g['p99_latency_ms']:.2f} ms; {g['frames_per_second']:.1f} frames/s "
              f"(median {g['frame_ms']:.1f} ms each, {g['frame_cpu_ms']:.1f} ms CPU); GUI "
              f"thread CPU {g['gui_cpu_share']:.0%} (frames {g['frames_cpu_share']:.0%}); "
              f"{g['steps_per_second']:.0f} steps/s with the GUI, {headless[-1]:.0f} headless",
              flush=True)
    med = lambda key: statistics.median(g[key] for g in gui_runs)  # noqa: E731
    keys = gui_runs[0]["per_frame"].keys()
    live = {k: round(statistics.median(g["per_frame"].get(k, 0.0) for g in gui_runs), 2)
            for k in keys}
    result = {
        "p99_latency_ms": round(med("p99_latency_ms"), 2),
        "median_latency_ms": round(med("median_latency_ms"), 2),
        "frames_per_second": round(med("frames_per_second"), 1),
        "frame_cpu_ms": round(med("frame_cpu_ms"), 2),
        "steps_per_second_gui": round(med("steps_per_second")),
        "steps_per_second_headless": round(statistics.median(headless)),
        # None when training stops by itself at once (a lesson that converges in a few steps)
        "training_speed_ratio": (round(med("steps_per_second") / statistics.median(headless), 3)
                                 if statistics.median(headless) > 0 else None),
        "views": views or "all",
        "front": args.front,
        "gui_cpu_share": round(med("gui_cpu_share"), 3),
        "live_ms_per_frame": live,
    }
    p99_target = P99_TARGET_MS.get(name, P99_TARGET_MS["default"])
    print(f"{name}: medians over {args.rounds} rounds of {args.seconds:g} s:")
    print(f"  GUI latency: median {result['median_latency_ms']} ms, p99 {result['p99_latency_ms']} ms "
          f"(target < {p99_target:g})")
    print(f"  snapshots drawn: {result['frames_per_second']} per second (target >= "
          f"{FRAMES_TARGET:g}), {result['frame_cpu_ms']} ms CPU a frame; GUI thread CPU "
          f"{result['gui_cpu_share']:.0%} of the time")
    print(f"  training: {result['steps_per_second_gui']} steps/s with the GUI, "
          f"{result['steps_per_second_headless']} headless, ratio {result['training_speed_ratio']} "
          f"(target >= {RATIO_TARGET:g})")
    print("  live, ms per frame drawn: " + ", ".join(f"{k} {v:.2f}" for k, v in live.items()))
    if not args.no_isolated:
        isolated, whole = run_isolated(lesson, view_classes, args.front)
        result["isolated_ms_per_frame"] = isolated
        result["isolated_frame_ms"] = whole
        print("  isolated, ms per frame (each view's show_snapshot and the paint it causes):")
        for key, t in isolated.items():
            print(f"    {key:15s} show {t['show']:6.2f}  paint {t['paint']:6.2f}  "
                  f"{'on screen' if t['visible'] else 'hidden'}")
        print(f"  isolated, a whole frame (views, paint, status bar): {whole['paused']} ms paused, "
              f"{whole['training']} ms while training runs")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--lesson", help="only this lesson (default: xor, then average)")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--views", help="only these views (comma-separated keys), default all")
    which.add_argument("--loss-only", action="store_true", help="only the loss curve")
    parser.add_argument("--front", help="the tab to bring to the front (a view's key: landscape)")
    parser.add_argument("--no-isolated", action="store_true", help="skip the per-view timing alone")
    args = parser.parse_args(argv)
    views = ["loss"] if args.loss_only else args.views.split(",") if args.views else None
    create_application()
    view_classes = only_views(views)
    first, *others = [args.lesson] if args.lesson else list(LESSONS)
    result = measure_lesson(first, args, view_classes, views)
    for name in others:
        result[name] = measure_lesson(name, args, view_classes, views)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
