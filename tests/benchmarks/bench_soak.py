"""Soak benchmark: does the app's memory stay flat while it trains for minutes on end?

The main window as the app opens it (every registered view docked; 1366x768, offscreen)
trains a lesson flat out (speed max) for ``--minutes``; every ``--every`` seconds the
process's resident set size (RSS, /proc/self/statm) is sampled, with the Python objects'
allocated blocks beside it (growth in RSS without them points at Qt or NumPy buffers). Should
training stop by itself (converged, diverged), it is played on, and counted.

Printed: RSS at the start (after the window is up), at the end, its largest, and the growth
per minute after the warm-up (``--warmup`` seconds, the first minute by default: caches,
histories filling up to their bounds, the chunk settling): the least-squares slope of RSS
against time over the samples after it. Goal (issue 15): under 1 MB per minute after the
warm-up on xor and on digits. The last line is one JSON object:

    {"lesson", "minutes", "rss_start_mb", "rss_end_mb", "rss_max_mb", "rss_after_warmup_mb",
     "growth_mb_per_minute", "blocks_growth_per_minute", "steps", "frames", "restarts",
     "samples": [[seconds, rss_mb], ...]}

With ``--trace N`` Python's allocations are traced (tracemalloc: Python objects and NumPy's
buffers, not Qt's; it slows training) and the N source lines whose memory grew most between
the end of the warm-up and the end are printed (``"traced"`` in the JSON: [line, KB] pairs).

Run:  python tests/benchmarks/bench_soak.py [--minutes 5] [--lesson xor] [--every 5]
      [--warmup 60] [--trace 15]        (one lesson per run: each gets a fresh process)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import tracemalloc

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import nnviz  # noqa: E402,F401 - first, as in the app: it makes BLAS single-threaded
import numpy as np  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from nnviz.core.lessons import load_lesson  # noqa: E402
from nnviz.gui.app import create_application  # noqa: E402
from nnviz.gui.shell.main_window import MainWindow  # noqa: E402
from nnviz.session.commands import Play, SetSpeed  # noqa: E402

SIZE = (1366, 768)
GOAL_MB_PER_MINUTE = 1.0
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")


def rss_mb() -> float:
    """This process's resident set size in MB (10⁶ bytes): /proc/self/statm's second field."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE_BYTES / 1e6


def wait(seconds: float) -> None:
    """Run the Qt event loop for ``seconds``."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def slope_per_minute(times: list[float], values: list[float]) -> float:
    """The least-squares slope of ``values`` against ``times`` (seconds), per minute."""
    if len(times) < 2:
        return 0.0
    return float(np.polyfit(np.asarray(times), np.asarray(values), 1)[0] * 60.0)


def grown_lines(before: tracemalloc.Snapshot, after: tracemalloc.Snapshot,
                top: int) -> list[list]:
    """The ``top`` source lines whose traced memory grew most: [file:line, KB]."""
    stats = after.compare_to(before, "lineno")[:top]
    return [[f"{s.traceback[0].filename}:{s.traceback[0].lineno}", round(s.size_diff / 1e3, 1)]
            for s in stats]


def soak(lesson_name: str, minutes: float, every: float, warmup: float, trace: int = 0) -> dict:
    window = MainWindow(load_lesson(lesson_name))
    window.resize(*SIZE)
    window.show()
    latest = [None]  # the last snapshot the training thread sent
    window.session.snapshot_ready.connect(lambda snapshot: latest.__setitem__(0, snapshot))
    wait(1.0)  # the worker configures itself, the first frames draw
    window.route(SetSpeed(float("inf")))
    window.route(Play())
    frames0, restarts = window.frames.frames_drawn, 0
    start = time.perf_counter()
    samples, blocks = [(0.0, rss_mb())], [(0.0, sys.getallocatedblocks())]
    traced_at_warmup = None
    while (elapsed := time.perf_counter() - start) < minutes * 60.0:
        wait(min(every, minutes * 60.0 - elapsed))
        if not window.transport.running:  # stopped by itself: play on
            restarts += 1
            window.route(Play())
        t = time.perf_counter() - start
        samples.append((t, rss_mb()))
        blocks.append((t, sys.getallocatedblocks()))
        print(f"{t:7.1f} s  RSS {samples[-1][1]:8.1f} MB  blocks {blocks[-1][1]:>9}  "
              f"step {latest[0].step if latest[0] else 0}", flush=True)
        if trace and traced_at_warmup is None and t >= warmup:
            traced_at_warmup = tracemalloc.take_snapshot()
    traced = (grown_lines(traced_at_warmup, tracemalloc.take_snapshot(), trace)
              if traced_at_warmup is not None else [])
    frames = window.frames.frames_drawn - frames0
    steps = latest[0].step if latest[0] else 0
    window.close()
    after = [(t, v) for t, v in samples if t >= warmup]
    after_blocks = [(t, v) for t, v in blocks if t >= warmup]
    return {
        "lesson": lesson_name,
        "minutes": minutes,
        "rss_start_mb": round(samples[0][1], 2),
        "rss_end_mb": round(samples[-1][1], 2),
        "rss_max_mb": round(max(v for _, v in samples), 2),
        "rss_after_warmup_mb": round(after[0][1], 2) if after else None,
        "growth_mb_per_minute": round(slope_per_minute(*zip(*after)) if after else 0.0, 3),
        "blocks_growth_per_minute": round(
            slope_per_minute(*zip(*after_blocks)) if after_blocks else 0.0, 1),
        "steps": steps,
        "frames": frames,
        "restarts": restarts,
        "traced": traced,
        "samples": [[round(t, 1), round(v, 2)] for t, v in samples],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=5.0, help="how long to train (5)")
    parser.add_argument("--lesson", default="xor", help="the lesson to train (xor; digits too)")
    parser.add_argument("--every", type=float, default=5.0, help="seconds between RSS samples")
    parser.add_argument("--warmup", type=float, default=60.0,
                        help="seconds left out of the growth (the first minute)")
    parser.add_argument("--trace", type=int, default=0, metavar="N",
                        help="trace Python's allocations; print the N lines that grew most")
    args = parser.parse_args(argv)
    if args.trace:
        tracemalloc.start()
    create_application()
    result = soak(args.lesson, args.minutes, args.every, args.warmup, args.trace)
    verdict = "ok" if result["growth_mb_per_minute"] < GOAL_MB_PER_MINUTE else "OVER THE GOAL"
    print(f"{args.lesson}: RSS {result['rss_start_mb']:.1f} MB at the start, "
          f"{result['rss_end_mb']:.1f} MB after {args.minutes:g} min (max "
          f"{result['rss_max_mb']:.1f}); after the {args.warmup:g} s warm-up "
          f"{result['growth_mb_per_minute']:+.3f} MB/min ({verdict}: goal < "
          f"{GOAL_MB_PER_MINUTE:g}); {result['steps']} steps, {result['frames']} frames, "
          f"{result['restarts']} restarts")
    for line, kb in result["traced"]:
        print(f"  {kb:+10.1f} KB  {line}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
