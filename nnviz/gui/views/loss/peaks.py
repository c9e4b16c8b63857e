"""Which points of a long curve to draw: per pixel column, its first, last, lowest and highest.

The loss history is dense near the end and thinned further back, so its points are not
evenly spaced in x (pyqtgraph's own downsampling assumes they are, and misplaces the early,
steep part of the curve). Here the x range [x_low, x_high] is cut into ``columns`` equal
columns; in each column the first and the last point and the first lowest and highest y are
kept, in their order. Every kept point is a real one, at its own x; the drawn line passes
through each column's extremes, so no spike is lost, and at most 4 points per column remain.
"""

from __future__ import annotations

import numpy as np

Array = np.ndarray


def column_peaks(x: Array, y: Array, x_low: float, x_high: float, columns: int) -> Array:
    """Indices (ascending) of the points of (x, y) to draw; ``x`` is sorted ascending.

    NaN values of y are never a column's lowest or highest (its first and last stay)."""
    n = len(x)
    if n <= 2 or columns < 1 or not x_high > x_low:
        return np.arange(n)
    column = np.clip(((x - x_low) * (columns / (x_high - x_low))).astype(np.int64), 0, columns - 1)
    new = np.empty(n, dtype=bool)
    new[0] = True
    np.not_equal(column[1:], column[:-1], out=new[1:])
    starts = np.flatnonzero(new)
    lengths = np.diff(np.append(starts, n))
    segment = np.repeat(np.arange(len(starts)), lengths)
    keep = new.copy()
    keep[starts + lengths - 1] = True  # each column's last point
    with np.errstate(invalid="ignore"):
        for extreme in (np.fmax, np.fmin):  # NaN only where a whole column is NaN
            hits = np.flatnonzero(y == extreme.reduceat(y, starts)[segment])
            first = np.ones(len(hits), dtype=bool)
            np.not_equal(segment[hits[1:]], segment[hits[:-1]], out=first[1:])
            keep[hits[first]] = True
    return np.flatnonzero(keep)
