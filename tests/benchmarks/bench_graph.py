"""Benchmark: milliseconds per graph-view update, paint included.

For each network a shown, offscreen GraphView (1280x800, global colour scale, batch-mean
activations) gets a new Snapshot per frame and the event loop runs until the frame is
painted. The 256- and 784-input networks get 16×16 and 28×28 image data (Dataset.image_shape,
as the digits and mnist data sets): the graph draws their inputs as one picture with one fan
line per drawn neuron of layer 1, refilled every frame. Two kinds of frames:

    training  θ_t = θ_{t-1} + N(0, (0.05·max|θ_0|)²): every weight moves, 15-25 % of the
              edges change colour level per frame, the colour scale drifts as in training;
    random    θ_t drawn afresh: every edge and the legend change every frame (worst case).

Prints the medians of the wall-clock time and, in brackets, of the GUI thread's CPU time
(steadier on a busy machine); the last line is one JSON object with the wall-clock
"ms_per_frame_lecture" (2-8-8-8-1) and "ms_per_frame_784" (784-128-64-10) for training
frames, and the same with "_random" for the worst case.

BLAS runs single-threaded unless OPENBLAS_NUM_THREADS is set: on a laptop's few cores the
GUI thread and the training thread already keep them busy, and multi-threaded BLAS (the
forward pass that fills the neurons) spins and steals time from painting. Run with
OPENBLAS_NUM_THREADS=2 to see the difference.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_graph.py [--frames N] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before NumPy loads BLAS

import numpy as np  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from nnviz.core.data import Dataset  # noqa: E402
from nnviz.core.network import Network  # noqa: E402
from nnviz.core.snapshot import Snapshot  # noqa: E402
from nnviz.gui.views.graph import GraphView  # noqa: E402

NETWORKS = {
    "2-4-1": (2, 4, 1),
    "2-8-8-8-1": (2, 8, 8, 8, 1),
    "256-64-10": (256, 64, 10),
    "784-128-64-10": (784, 128, 64, 10),
}
N_SAMPLES = 500


def make_dataset(sizes: tuple[int, ...], rng: np.random.Generator) -> Dataset:
    n_in, n_out = sizes[0], sizes[-1]
    x = rng.uniform(0.0, 1.0, (N_SAMPLES, n_in))
    n_classes = 2 if n_out == 1 else n_out
    y = rng.integers(0, n_classes, N_SAMPLES)
    side = int(round(n_in ** 0.5))
    return Dataset("bench", "classification", x, y, x, y,
                   tuple(f"x{k + 1}" for k in range(n_in)),
                   tuple(f"class {c}" for c in range(n_classes)),
                   image_shape=(side, side) if n_in in (256, 784) else None)


def snapshots(sizes: tuple[int, ...], n: int, rng: np.random.Generator,
              kind: str) -> list[Snapshot]:
    output = "softmax" if sizes[-1] > 1 else "sigmoid"
    loss = "softmax_cross_entropy" if sizes[-1] > 1 else "half_squared_error"
    net = Network.create(sizes, output_activation=output, loss=loss, seed=0)
    arch, scale = net.architecture, np.abs(net.params).max()
    if kind == "random":
        thetas = rng.normal(0.0, scale / 2, (n, arch.n_parameters))
    else:
        thetas = net.params + np.cumsum(rng.normal(0.0, 0.05 * scale, (n, arch.n_parameters)), axis=0)
    return [Snapshot(step=i, epoch=i / 10, architecture=arch, params=theta,
                     gradients=rng.normal(0.0, 1e-2, arch.n_parameters), train_loss=1.0)
            for i, theta in enumerate(thetas)]


def measure(app: QApplication, sizes: tuple[int, ...], frames: int,
            kind: str) -> tuple[float, float]:
    """Median wall-clock and GUI-thread CPU milliseconds per frame."""
    rng = np.random.default_rng(0)
    view = GraphView()
    view.resize(1280, 800)
    view.set_dataset(make_dataset(sizes, rng))
    frames_in = snapshots(sizes, frames + 5, rng, kind)
    view.show()
    for snap in frames_in[:5]:  # warm up: build the items, first paints
        view.show_snapshot(snap)
        app.processEvents()
    wall, cpu = [], []
    for snap in frames_in[5:]:
        painted = view.edges.paint_count
        start, start_cpu = time.perf_counter(), time.thread_time()
        view.show_snapshot(snap)
        app.processEvents()
        wall.append((time.perf_counter() - start) * 1000.0)
        cpu.append((time.thread_time() - start_cpu) * 1000.0)
        if view.edges.paint_count == painted:
            raise RuntimeError("the frame was not painted: the measurement would be wrong")
    view.close()
    view.deleteLater()
    app.processEvents()
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=60)
    parser.add_argument("--profile", action="store_true", help="profile the 784 network")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    print(f"OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']}, GraphView 1280x800")
    results = {}
    for kind in ("training", "random"):
        print(f"{kind} frames:")
        for name, sizes in NETWORKS.items():
            results[kind, name], cpu = measure(app, sizes, args.frames, kind)
            print(f"  {name:>15}: {results[kind, name]:7.2f} ms per frame ({cpu:.2f} ms CPU), "
                  f"median of {args.frames}")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        measure(app, NETWORKS["784-128-64-10"], args.frames, "training")
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    print(json.dumps({
        "ms_per_frame_lecture": round(results["training", "2-8-8-8-1"], 3),
        "ms_per_frame_784": round(results["training", "784-128-64-10"], 3),
        "ms_per_frame_lecture_random": round(results["random", "2-8-8-8-1"], 3),
        "ms_per_frame_784_random": round(results["random", "784-128-64-10"], 3),
    }))


if __name__ == "__main__":
    main()
