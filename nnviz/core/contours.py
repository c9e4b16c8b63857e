"""Contour lines of a grid of values: marching squares, vectorised over the cells.

``values[i, j]`` sits at grid point (i, j). In every cell whose four corners are finite and
not all on one side of the level (a corner counts as above when v ≥ level), the level
crosses each edge whose two ends lie on different sides, at the point where the linear
interpolation along the edge equals it,

    p = p_a + t (p_b − p_a),    t = (level − v_a) / (v_b − v_a) ∈ [0, 1].

The crossings of a cell pair up into one segment, or two in a saddle cell (all four edges
crossed), whose pairing follows the value at the cell's centre, the mean of its corners.
The boundary view draws decision lines with it, the loss-surface view iso-cost lines.
"""

from __future__ import annotations

import numpy as np

Array = np.ndarray

# The four edges of a grid cell, as pairs of its corners (di, dj): bottom, right, top, left.
_EDGES = np.array([((0, 0), (1, 0)), ((1, 0), (1, 1)), ((0, 1), (1, 1)), ((0, 0), (0, 1))])


def contour_segments(values: Array, level: float, axes: tuple[Array, Array] | None = None) -> Array:
    """The level set of ``values`` (n_i, n_j) as line segments, shape (m, 2, 2).

    Segment s goes from ``out[s, 0]`` to ``out[s, 1]``; a point is (i, j) in fractional grid
    indices, or, with ``axes`` = (coordinates of the grid lines along i, along j), in those
    coordinates (interpolated linearly within a cell, so the grid need not be even).
    Cells with a non-finite corner draw nothing.
    """
    v = np.asarray(values, dtype=float)
    if v.ndim != 2 or min(v.shape) < 2:
        return np.empty((0, 2, 2))
    above = v >= level
    n_above = (above[:-1, :-1].astype(np.int8) + above[1:, :-1] + above[:-1, 1:] + above[1:, 1:])
    finite = np.isfinite(v)
    finite_cell = finite[:-1, :-1] & finite[1:, :-1] & finite[:-1, 1:] & finite[1:, 1:]
    ci, cj = np.nonzero(finite_cell & (n_above > 0) & (n_above < 4))  # the cells the level crosses
    # Corner values of those cells along each edge: (cells, 4 edges, 2 ends).
    ei = ci[:, None, None] + _EDGES[None, :, :, 0]
    ej = cj[:, None, None] + _EDGES[None, :, :, 1]
    ends = v[ei, ej]
    cut = above[ei[..., 0], ej[..., 0]] != above[ei[..., 1], ej[..., 1]]  # (cells, 4)
    # Only on crossed edges, where |level - v_a| <= |v_b - v_a| != 0: t in [0, 1].
    t = np.divide(level - ends[..., 0], ends[..., 1] - ends[..., 0],
                  out=np.zeros(cut.shape), where=cut)
    along_i, along_j = (ei, ej) if axes is None else (
        np.asarray(axes[0], dtype=float).ravel()[ei], np.asarray(axes[1], dtype=float).ravel()[ej])
    point = np.stack([along_i[..., 0] + t * (along_i[..., 1] - along_i[..., 0]),
                      along_j[..., 0] + t * (along_j[..., 1] - along_j[..., 0])], axis=-1)

    two = cut.sum(axis=1) == 2
    first = np.argmax(cut[two], axis=1)  # the lower-numbered crossed edge
    second = 3 - np.argmax(cut[two][:, ::-1], axis=1)  # the higher-numbered one
    rows = np.arange(first.size)
    simple = np.stack([point[two][rows, first], point[two][rows, second]], axis=1)

    saddle = ~two
    p = point[saddle]
    corners = ends[saddle]  # edge 0 holds corners 00 and 10, edge 2 holds 01 and 11
    centre_above = corners[:, [0, 2]].sum(axis=(1, 2)) / 4 >= level
    off = ((corners[:, 0, 0] >= level) != centre_above)[:, None, None]
    # Corner 00 cut off: (bottom, left) and (right, top); else (bottom, right) and (top, left).
    pair_a = np.where(off, p[:, [0, 3]], p[:, [0, 1]])
    pair_b = np.where(off, p[:, [1, 2]], p[:, [2, 3]])
    segments = np.concatenate([simple, pair_a, pair_b], axis=0)
    return segments[np.all(np.isfinite(segments), axis=(1, 2))]
