"""Where the feature-space plot looks (Qt-free): the box around the points, refitted calmly.

The range hugs the points and the grid lines, drawn to scale: it is refitted only when they
leave it or fill under half of it along both axes, so the axes stay calm while training.
"""

from __future__ import annotations

import numpy as np

from nnviz.core.input_space import FeatureSpace

Array = np.ndarray
Range = tuple[float, float]

PAD = 0.08  # share of the points' span added around them
MAX_ASPECT = 2.0  # the plot is at most twice as wide as tall (or tall as wide)


def polylines(lines: Array) -> tuple[Array, Array]:
    """(n_lines, samples, 2) polylines as x, y arrays with a NaN between lines (connect='finite')."""
    gap = np.full((lines.shape[0], 1, 2), np.nan)
    flat = np.concatenate([lines, gap], axis=1).reshape(-1, 2)
    return flat[:, 0], flat[:, 1]


def extent(space: FeatureSpace) -> tuple[Array, Array] | None:
    """(lo, hi): the corners of the box around every finite point and grid-line sample of
    ``space``; None when there is none."""
    parts = [space.train, space.test] + ([space.lines.reshape(-1, 2)] if space.lines is not None else [])
    points = np.vstack(parts)
    points = points[np.all(np.isfinite(points), axis=1)]
    if not len(points):
        return None
    return points.min(axis=0), points.max(axis=0)


def sits_well(lo: Array, hi: Array, x_range: Range, y_range: Range) -> bool:
    """True if the box [lo, hi] lies inside the shown range and spans at least half of it
    along one axis: no refit needed."""
    (x0, x1), (y0, y1) = x_range, y_range
    inside = lo[0] >= x0 and lo[1] >= y0 and hi[0] <= x1 and hi[1] <= y1
    fills = (hi[0] - lo[0]) >= 0.5 * (x1 - x0) or (hi[1] - lo[1]) >= 0.5 * (y1 - y0)
    return inside and fills


def framed_range(lo: Array, hi: Array) -> tuple[Range, Range]:
    """x and y ranges around the box [lo, hi] with a margin of PAD, widened along the
    shorter side until the box is at most MAX_ASPECT times as long as it is wide."""
    span = np.maximum(hi - lo, 1e-3) * (1 + 2 * PAD)
    centre = (lo + hi) / 2
    width, height = span
    width = max(width, height / MAX_ASPECT)
    height = max(height, width / MAX_ASPECT)
    return ((centre[0] - width / 2, centre[0] + width / 2),
            (centre[1] - height / 2, centre[1] + height / 2))
