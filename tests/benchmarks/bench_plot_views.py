"""Benchmark: milliseconds per frame of the four plot views during an XOR 2-4-1 training.

The XOR lesson (2-4-1, tanh/sigmoid, SGD) trains in a plain loop; every STEPS_PER_FRAME
steps its Snapshot goes to each view, as the main window's frame timer would hand it over.
Per view and frame the time of ``show_snapshot(s)`` (including any inline grid job) and of
``view.grab()`` (a full paint of the widget) is measured; the medians over the frames are
printed, for the decision boundary, the hidden feature space, the loss surface and the
optimizer race, at the size of a dock in a 1600x1000 window. Then the same snapshots go
through the main window (1600x1000, default layout: the boundary in front, the other three
tabs behind it) and each view's ``show_snapshot`` is timed there: a view hidden behind a tab
should cost next to nothing. The last line is one JSON object {"<view>_ms": show + paint
median, "<view>_show_ms", "<view>_paint_ms", "<view>_in_window_ms"}.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_plot_views.py [--frames 50]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from nnviz.core.config import build_dataset, build_trainer, resolve  # noqa: E402
from nnviz.core.lessons import load_lesson  # noqa: E402

SIZE = (660, 780)  # a dock beside the graph in a 1600 x 1000 window
STEPS_PER_FRAME = 5


def views() -> dict:
    from nnviz.gui.views.boundary import BoundaryView
    from nnviz.gui.views.feature_space import FeatureSpaceView
    from nnviz.gui.views.landscape import LandscapeView
    from nnviz.gui.views.race import OptimizerRaceView

    return {"boundary": BoundaryView, "feature_space": FeatureSpaceView,
            "landscape": LandscapeView, "optimizer_race": OptimizerRaceView}


def training_snapshots(frames: int):
    config = resolve(load_lesson("xor").config)
    dataset = build_dataset(config.data)
    trainer = build_trainer(config, dataset, None)
    snaps = [trainer.snapshot()]
    for _ in range(frames + 5):
        trainer.run(STEPS_PER_FRAME)
        snaps.append(trainer.snapshot())
    return dataset, snaps


def settle(app, view) -> None:
    view.settle(10_000)  # the View contract: background work finished and drawn
    app.processEvents()


def measure(app, make, dataset, snaps) -> tuple[float, float]:
    """(show_snapshot ms, grab ms), medians over the frames after a warm-up of 5."""
    view = make()
    view.resize(*SIZE)
    view.show()
    view.set_dataset(dataset)
    for s in snaps[:5]:
        view.show_snapshot(s)
        settle(app, view)
        view.grab()
    shows, paints = [], []
    for s in snaps[5:]:
        t0 = time.perf_counter()
        view.show_snapshot(s)
        t1 = time.perf_counter()
        view.grab()
        t2 = time.perf_counter()
        shows.append((t1 - t0) * 1e3)
        paints.append((t2 - t1) * 1e3)
        app.processEvents()  # queued results (a surface computed off the GUI thread)
    settle(app, view)
    view.close()
    view.deleteLater()
    app.processEvents()
    return statistics.median(shows), statistics.median(paints)


def in_window(app, dataset, snaps) -> dict[str, float]:
    """Median ms of each plot view's show_snapshot inside the shown main window."""
    from nnviz.gui.shell.main_window import MainWindow

    window = MainWindow(start_training=False)
    window.resize(1600, 1000)
    window.show()
    window.display(dataset, snaps[:5])
    window.settle()
    times: dict[str, list[float]] = {key: [] for key in views()}
    for key in times:
        view = window.views[key]
        original = view.show_snapshot

        def timed(snapshot, original=original, key=key):
            t0 = time.perf_counter()
            original(snapshot)
            times[key].append((time.perf_counter() - t0) * 1e3)

        view.show_snapshot = timed
    for s in snaps[5:]:
        window.state.set_snapshot(s)
        window.draw_frame()
        app.processEvents()
    window.close()
    window.deleteLater()
    app.processEvents()
    return {key: statistics.median(t) for key, t in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=50)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    dataset, snaps = training_snapshots(args.frames)
    out = {}
    for name, make in views().items():
        show, paint = measure(app, make, dataset, snaps)
        print(f"{name:>15}: show_snapshot {show:6.2f} ms + paint {paint:6.2f} ms = "
              f"{show + paint:6.2f} ms per frame (medians of {args.frames})")
        out[f"{name}_ms"] = round(show + paint, 3)
        out[f"{name}_show_ms"] = round(show, 3)
        out[f"{name}_paint_ms"] = round(paint, 3)
    for name, ms in in_window(app, dataset, snaps).items():
        print(f"{name:>15}: show_snapshot in the window {ms:6.2f} ms per frame")
        out[f"{name}_in_window_ms"] = round(ms, 3)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
