"""The neurons' maps over the input plane as thumbnails inside the graph's circles.

A map is a row-major grid of a^l_j over the input plane (rows along x₂ from bottom to top,
columns along x₁). Colours: the diverging map, symmetric about 0, when the values (or the
given levels) take both signs; else the sequential map over the levels or the maps' range.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from PySide6.QtCore import QRectF

from nnviz.gui.kit.thumbnail_batch import colour_indices
from nnviz.gui.views.graph.layout import GraphLayout

Array = np.ndarray


@dataclass(frozen=True, eq=False)
class Thumbnail:
    """One neuron's map as drawn: its ``values``, the colour ``levels`` (low, high) they
    were scaled by, its ``rect`` in view coordinates and its ``pixels`` (0xffRRGGBB)."""

    values: Array
    levels: tuple[float, float]
    rect: QRectF
    pixels: Array


def neuron_thumbnails(images: Sequence, levels: tuple[float, float] | None, layout: GraphLayout,
                      node_size: float, luts: dict[str, Array]) -> dict[tuple[int, int], Thumbnail]:
    """Thumbnails by (l, j) for the drawn neurons: ``images[l-1][j]`` (or None for a layer)
    in the square inscribed in the circle of diameter ``node_size`` around the neuron.

    A layer whose image count does not match its neuron count is skipped. ``luts`` holds
    the packed "diverging" and "sequential" colour tables.
    """
    arch = layout.architecture
    wanted: dict[tuple[int, int], tuple[Array, int]] = {}
    for i, layer_images in enumerate(images[:arch.n_layers]):
        l = i + 1
        if layer_images is None or len(layer_images) != arch.sizes[l]:
            continue
        sl = layout.node_slices[l]
        for node in range(sl.start, sl.stop):
            j = int(layout.node_index[node])
            wanted[(l, j)] = (np.asarray(layer_images[j], dtype=float), node)
    if not wanted:
        return {}
    if levels is None:
        values = np.concatenate([img[np.isfinite(img)] for img, _ in wanted.values()])
        lo, hi = (float(values.min()), float(values.max())) if values.size else (0.0, 1.0)
    else:
        lo, hi = (float(v) for v in levels)
    if lo < 0 < hi:
        m = max(-lo, hi)
        lo, hi, lut = -m, m, luts["diverging"]
    else:
        hi, lut = (hi if hi > lo else lo + 1.0), luts["sequential"]
    side = node_size / math.sqrt(2.0)  # the square inscribed in the neuron's circle
    return {
        key: Thumbnail(img, (lo, hi), QRectF(layout.node_x[node] - side / 2,
                                              layout.node_y[node] - side / 2, side, side),
                       lut[colour_indices(img, (lo, hi), lut.size)])
        for key, (img, node) in wanted.items()
    }
