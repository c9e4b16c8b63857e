"""Which points of a long curve to draw: per pixel column its first, lowest, highest and last.

The loss history is dense near the end and thinned further back, so its points are not
evenly spaced in x (pyqtgraph's own downsampling assumes they are, and misplaces the early,
steep part of the curve). Here the x range [x_low, x_high] is cut into ``columns`` equal
columns; in each column the first point is kept, and, when the column's points span more
than ``y_tolerance`` in y (about half a pixel), also its last point and its first lowest and
highest, in their order. Every kept point is a real one, at its own x; the drawn line passes
through each column's extremes, so no spike is lost. At most 4 points per column remain, 1
where the curve is flat at this resolution: a thick pen costs Qt per segment.
"""

from __future__ import annotations

import numpy as np

Array = np.ndarray


def column_peaks(x: Array, y: Array, x_low: float, x_high: float, columns: int,
                 y_tolerance: float = 0.0) -> Array:
    """Indices (ascending) of the points of (x, y) to draw; ``x`` is sorted ascending.

    The last point is always kept. A column holding a NaN (a gap in the line) counts as
    spread; NaN is never a column's lowest or highest."""
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
    keep[-1] = True
    with np.errstate(invalid="ignore"):
        high, low = np.fmax.reduceat(y, starts), np.fmin.reduceat(y, starts)
        gaps = np.add.reduceat(np.isnan(y), starts) > 0  # NaN: a gap in the line, kept
        spread = ~(high - low <= y_tolerance) | gaps
        keep[(starts + lengths - 1)[spread]] = True  # the column's last point
        for value in (high, low):
            hits = np.flatnonzero(y == value[segment])
            first = np.ones(len(hits), dtype=bool)
            np.not_equal(segment[hits[1:]], segment[hits[:-1]], out=first[1:])
            hits = hits[first]
            keep[hits[spread[segment[hits]]]] = True
    return np.flatnonzero(keep)
