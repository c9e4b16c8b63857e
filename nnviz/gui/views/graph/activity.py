"""The forward pass the graph fills its neurons with (Qt-free).

One pass z^l = W^l a^{l-1} + b^l, a^l = σ^l(z^l) over evenly spaced rows of the data: at most
MEAN_SAMPLES, and fewer for wide networks so that the pass stays under FORWARD_BUDGET
multiply-adds (≈ 1 ms), cheap enough for the GUI thread. The graph shows one chosen
sample's a^l and z^l, or their mean over those rows.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.core.data import Dataset
from nnviz.core.snapshot import Snapshot

Array = np.ndarray

MEAN_SAMPLES = 256        # the forward pass uses at most this many evenly spaced samples
FORWARD_BUDGET = 4_000_000  # ... and at most about this many multiply-adds (784-128-64-10: 36)
MIN_SAMPLES = 16
# activations with a known range fill over it; the others over their range in the data
BOUNDED = {"sigmoid": (0.0, 1.0), "softmax": (0.0, 1.0), "step": (0.0, 1.0),
           "tanh": (-1.0, 1.0), "sign": (-1.0, 1.0)}


@dataclass(frozen=True, eq=False)
class Activity:
    """The forward pass on display: a^l (l = 0..L, a^0 = x) and z^l (l = 1..L, z[0] None)
    of the chosen sample or averaged over ``n_samples``, and each layer's colour range."""

    a: list[Array]
    z: list[Array | None]
    ranges: list[tuple[float, float]]
    sample: int | None
    n_samples: int


def data_rows(dataset: Dataset) -> tuple[Array, Array]:
    """(x, y) the graph reads: the training set, or the test set when there is no training set."""
    if len(dataset.x_train):
        return dataset.x_train, dataset.y_train
    return dataset.x_test, dataset.y_test


def value_range(x: Array) -> tuple[float, float]:
    """(min, max) of ``x``, widened to (lo, lo + 1) when it is one value."""
    lo, hi = float(x.min()), float(x.max())
    return lo, hi if hi > lo else lo + 1.0


def forward_activity(snapshot: Snapshot, x: Array, input_range: tuple[float, float],
                     sample: int | None, sample_x: Array | None = None) -> Activity:
    """a^l and z^l of the rows of ``x`` (their mean), or of sample number ``sample`` whose
    input row is ``sample_x`` (None: row ``sample`` of ``x``, clipped to the last)."""
    arch = snapshot.architecture
    # evenly spaced rows, at most MEAN_SAMPLES and FORWARD_BUDGET multiply-adds in all
    n = int(min(len(x), MEAN_SAMPLES, max(MIN_SAMPLES, FORWARD_BUDGET // arch.n_weights)))
    mean_rows = np.unique(np.linspace(0, len(x) - 1, n).astype(int))
    if sample is not None and sample_x is None:
        sample = min(sample, len(x) - 1)
        sample_x = x[sample]
    inputs = x[mean_rows] if sample is None else np.vstack([x[mean_rows], sample_x])
    with np.errstate(all="ignore"):  # a diverged network overflows: show it, no warning
        trace = snapshot.network().forward(inputs)

    def shown(v: Array) -> Array:
        return v[-1] if sample is not None else v.mean(axis=0)

    ranges = [input_range]
    for name, values in zip(arch.activations, trace.a):
        finite = values[np.isfinite(values)]
        if name in BOUNDED or finite.size == 0:
            ranges.append(BOUNDED.get(name, (0.0, 1.0)))
        else:
            ranges.append(value_range(finite))
    return Activity([shown(trace.x)] + [shown(a) for a in trace.a],
                    [None] + [shown(z) for z in trace.z], ranges, sample, len(mean_rows))
