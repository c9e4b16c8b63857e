"""Benchmark: how long from starting the process to the first painted main window?

Two programs are started as fresh processes, alternating, ROUNDS times each (cold starts:
a new interpreter every time; the settings live in an empty temporary folder, so no saved
layout is restored; the bytecode is cached, as in an installed app: one start of each,
not counted, writes the caches first):

    nnviz   the app as `nnviz` starts it (nnviz.cli.main with no arguments: the default
            lesson), until its main window has been painted once;
    floor   a bare QMainWindow with PySide6 and pyqtgraph imported, until it has been
            painted once: what no PySide6 + pyqtgraph app can beat.

The time runs from just before the process is spawned to the end of the event-loop pass
in which the window received its first paint event (a zero-time timer started from that
paint event fires after the pass: the whole window is on screen). Offscreen unless a
display is set (QT_QPA_PLATFORM is kept if given).

The last line is one JSON object: {"first_paint_ms", "floor_ms", "ratio", "rounds",
"platform"} with medians in milliseconds; the goal is ratio <= 1.8.

Run:  python tests/benchmarks/bench_startup.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

# Run in the child: record when the first main window has been painted, then close it. The
# hook wraps QApplication.exec, so the program under test runs unchanged until its event
# loop starts; an application event filter sees the first paint of a QMainWindow's widget.
HOOK = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def __init__(self):
        super().__init__()
        self.seen = False

    def eventFilter(self, receiver, event):
        if (not self.seen and event.type() == QEvent.Type.Paint
                and hasattr(receiver, "window") and isinstance(receiver.window(), QMainWindow)):
            self.seen = True
            QTimer.singleShot(0, lambda: self.done(receiver.window()))
        return False

    def done(self, window):
        print(f"FIRST_PAINT {time.time():.6f}", flush=True)
        window.close()  # as a user would: the app shuts its threads down and quits

_exec = QApplication.exec
def exec_until_painted(app=None):
    app = QApplication.instance()
    watcher = FirstPaint()
    app.installEventFilter(watcher)
    return _exec()
QApplication.exec = exec_until_painted
"""

PROGRAMS = {
    "nnviz": HOOK + "\nfrom nnviz.cli import main\nsys.exit(main([]))\n",
    "floor": HOOK + (
        "\nimport pyqtgraph\n"
        "app = QApplication(sys.argv[:1])\n"
        "window = QMainWindow()\nwindow.resize(1500, 920)\nwindow.show()\n"
        "sys.exit(app.exec())\n"),
}


def first_paint_ms(program: str) -> float:
    """Milliseconds from spawning ``program`` to its first painted main window."""
    with tempfile.TemporaryDirectory() as config:
        env = {**os.environ, "XDG_CONFIG_HOME": config, "HOME": config}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode cached
        if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        start = time.time()
        done = subprocess.run([sys.executable, "-c", PROGRAMS[program]], env=env,
                              capture_output=True, text=True, timeout=120)
    stamps = [line.split()[1] for line in done.stdout.splitlines()
              if line.startswith("FIRST_PAINT ")]
    if done.returncode != 0 or not stamps:
        raise SystemExit(f"{program} did not paint a window ({done.returncode}):\n"
                         f"{done.stderr[-2000:]}")
    return (float(stamps[0]) - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="cold starts of each (5)")
    args = parser.parse_args()
    for name in PROGRAMS:  # not counted: writes the bytecode caches, as installing does
        first_paint_ms(name)
    times: dict[str, list[float]] = {name: [] for name in PROGRAMS}
    for round_ in range(args.rounds):
        order = list(PROGRAMS) if round_ % 2 == 0 else list(reversed(PROGRAMS))
        for name in order:
            times[name].append(first_paint_ms(name))
    app, floor = statistics.median(times["nnviz"]), statistics.median(times["floor"])
    for name, values in times.items():
        print(f"{name:>6}: median {statistics.median(values):7.0f} ms   "
              f"runs {', '.join(f'{v:.0f}' for v in values)}")
    print(json.dumps({"first_paint_ms": round(app, 1), "floor_ms": round(floor, 1),
                      "ratio": round(app / floor, 3), "rounds": args.rounds,
                      "platform": os.environ.get("QT_QPA_PLATFORM", "offscreen")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
