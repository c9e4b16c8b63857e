"""Benchmark: milliseconds per frame of the boundary and feature-space views, paint included.

Each case feeds a shown, offscreen view a new Snapshot every frame (new θ, so nothing is
skipped) and repaints it. Per case it prints medians of: the grid computation alone (one
vectorised forward pass over the 100 x 100 plane with the contour, or over the data and the
grid lines), the GUI thread's CPU time per frame (show_snapshot + drawing the result +
paint; a large job runs on the view's pool thread and is not counted) and the latency from
snapshot to painted frame. The last line is one JSON object with "boundary_ms_per_frame_xor" and
"feature_ms_per_frame_xor" (XOR, 2-4-1, GUI thread) and the digits cases.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_boundary.py [--frames N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from nnviz.core.data import make_dataset  # noqa: E402
from nnviz.core.input_space import (  # noqa: E402
    InputPlane,
    dataset_inputs,
    feature_space,
    plane_maps,
)
from nnviz.core.network import Network  # noqa: E402
from nnviz.core.snapshot import Snapshot  # noqa: E402
from nnviz.gui.views.boundary import BoundaryView  # noqa: E402
from nnviz.gui.views.feature_space import FeatureSpaceView  # noqa: E402

CASES = {  # name: (data set, sizes, hidden activation, output activation)
    "xor 2-4-1": ("xor", (2, 4, 1), "tanh", "sigmoid"),
    "circle 2-8-8-8-1": ("circle", (2, 8, 8, 8, 1), "tanh", "sigmoid"),
    "digits 256-64-10": ("digits", (256, 64, 10), "sigmoid", "softmax"),
}


def snapshots(sizes, hidden, output, n, rng):
    loss = "softmax_cross_entropy" if output == "softmax" else "half_squared_error"
    net = Network.create(sizes, hidden, output, loss=loss, seed=0)
    arch = net.architecture
    return [Snapshot(step=i, epoch=float(i), architecture=arch,
                     params=net.params + rng.normal(0.0, 0.05, arch.n_parameters),
                     gradients=None, train_loss=1.0) for i in range(n)]


def core_ms(view_kind, data, snaps):
    """The job itself: one forward pass (and the contour) per frame, no Qt."""
    times = []
    if view_kind == "boundary":
        plane = InputPlane.around(dataset_inputs(data), 100)
        for s in snaps:
            start = time.perf_counter()
            maps = plane_maps(s.network(), plane)
            plane.contour(maps.output[:, :, 0], 0.5)
            times.append((time.perf_counter() - start) * 1000.0)
    else:
        lines = InputPlane.around(dataset_inputs(data), 2).grid_lines() if data.n_features == 2 else None
        layer = len(snaps[0].architecture.sizes) - 2
        for s in snaps:
            start = time.perf_counter()
            feature_space(s.network(), layer, data.x_train, data.x_test, lines, None, 0.5)
            times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times)


def gui_ms(app, view, data, snaps, slice_inputs):
    """(GUI-thread ms, snapshot-to-paint latency ms) per frame, medians."""
    view.resize(900, 750)
    view.set_dataset(data)
    if slice_inputs and isinstance(view, BoundaryView):
        view.set_slice(True)
    view.show()
    for s in snaps[:3]:  # warm up
        view.show_snapshot(s)
        view.settle()
        app.processEvents()
    gui, latency = [], []
    for s in snaps[3:]:
        t0, c0 = time.perf_counter(), time.thread_time()
        view.show_snapshot(s)
        view.settle()  # waits (without CPU) for a job on the pool thread, then draws its result
        app.processEvents()
        view.repaint()
        gui.append((time.thread_time() - c0) * 1000.0)  # CPU time of the GUI thread only
        latency.append((time.perf_counter() - t0) * 1000.0)
    view.close()
    view.deleteLater()
    app.processEvents()
    return statistics.median(gui), statistics.median(latency)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=40)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    rng = np.random.default_rng(0)
    out = {}
    for name, (dataset, sizes, hidden, output) in CASES.items():
        data = make_dataset(dataset)
        snaps = snapshots(sizes, hidden, output, args.frames + 3, rng)
        for kind, make in (("boundary", BoundaryView), ("feature", FeatureSpaceView)):
            core = core_ms(kind, data, snaps[:args.frames])
            gui, lat = gui_ms(app, make(), data, snaps, slice_inputs=data.n_features > 2)
            print(f"{kind:>8} {name:>18}: core {core:7.2f} ms, GUI thread {gui:7.2f} ms, "
                  f"latency {lat:7.2f} ms per frame (medians of {args.frames})")
            key = name.split()[0]
            out[f"{kind}_ms_per_frame_{key}"] = round(gui, 3)
            out[f"{kind}_core_ms_{key}"] = round(core, 3)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
