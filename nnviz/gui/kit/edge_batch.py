"""EdgeBatchItem: many line segments painted as one ``drawLines`` per signed level.

Every segment gets a signed level ``round(clip(v / s, -1, 1) · (n_levels - 1))``; the level
picks one of 2·n_levels - 1 pens (colour from the diverging map, width and opacity growing
with |level|), and the item paints one ``QPainter.drawLines`` call per pen, never one
graphics item per segment.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui
from pyqtgraph.Qt.internals import PrimitiveArray

from nnviz.gui.colors import blend, diverging_map

Array = np.ndarray


def signed_levels(values: Array, scales: Array | float, n_levels: int) -> Array:
    """round(clip(v / s, -1, 1) · (n_levels - 1)): integers in [-(n_levels-1), n_levels-1].

    ``scales`` is one s or one per value; s <= 0 (or not finite) counts as 1, as it should when
    every weight is 0. A diverged value reads as: nan 0, ±inf ±(n_levels - 1).
    """
    s = np.asarray(scales, dtype=float)
    s = np.where((s > 0) & np.isfinite(s), s, 1.0)
    with np.errstate(invalid="ignore"):
        rel = np.nan_to_num(np.asarray(values, dtype=float) / s, nan=0.0, posinf=1.0, neginf=-1.0)
    rel = np.clip(rel, -1.0, 1.0)
    return np.rint(rel * (n_levels - 1)).astype(np.int64)


@dataclass(frozen=True)
class EdgeStyle:
    """Pen widths (px, cosmetic) and opacities at level 0 and at full |level|; the opacity
    grows with (|level| / (n-1)) ** alpha_power: 2 lets weak edges recede on a dark
    background, where the map's light grey would otherwise stand out."""

    min_width: float = 0.7
    max_width: float = 6.0
    min_alpha: float = 0.35
    max_alpha: float = 1.0
    alpha_power: float = 1.0


def level_pens(n_levels: int, style: EdgeStyle, background: QtGui.QColor,
               zero: QtGui.QColor | None = None) -> list[QtGui.QPen]:
    """One pen per signed level -(n-1)..(n-1) (list index level + n - 1).

    Colour: the diverging map at 0.5 + 0.5·level/(n-1) (orange −, grey 0, blue +); width and
    opacity grow with |level| (the opacity with a power of it). The opacity is blended into
    ``background`` ahead of time: Qt's raster engine paints opaque, flat-capped lines many
    times faster than translucent or round-capped ones. ``zero`` replaces the colour of
    level 0 (a neutral that stays visible: the map's light grey vanishes on white).
    """
    cmap = diverging_map()
    levels = np.arange(-(n_levels - 1), n_levels)
    rel = levels / (n_levels - 1)
    colours = cmap.map(0.5 + 0.5 * rel, mode="qcolor")
    pens = []
    for r, colour in zip(np.abs(rel), colours):
        alpha = style.min_alpha + (style.max_alpha - style.min_alpha) * r ** style.alpha_power
        pen = QtGui.QPen(blend(QtGui.QColor(colour), background, alpha))
        pen.setWidthF(style.min_width + (style.max_width - style.min_width) * r)
        pen.setCosmetic(True)
        pen.setCapStyle(QtCore.Qt.PenCapStyle.FlatCap)
        pens.append(pen)
    if zero is not None:
        pens[n_levels - 1].setColor(zero)
    return pens


class EdgeBatchItem(pg.GraphicsObject):
    """All edges of a graph, painted as one ``drawLines`` per pen level.

    The end points of each level live in a pyqtgraph ``PrimitiveArray`` (NumPy memory that
    QPainter reads as QLineF[] without a Python object per line; pyqtgraph's own curves use
    it, though it is not public API).

    ``set_segments`` once per architecture; ``set_levels`` per frame (a no-op when no edge
    changed level). Buckets are painted from |level| 0 up, so strong edges lie on top.
    """

    def __init__(self, n_levels: int = 8):
        super().__init__()
        self.n_levels = n_levels
        self._pens = level_pens(n_levels, EdgeStyle(), QtGui.QColor("white"))
        self._antialias = True
        self._segments = np.zeros((0, 4))
        self._levels = np.zeros(0, dtype=np.int64)
        self._bounds = QtCore.QRectF()
        n_buckets = 2 * n_levels - 1
        self._arrays = [PrimitiveArray(QtCore.QLineF, 4) for _ in range(n_buckets)]
        # paint order: level 0, then -1, +1, -2, +2, ...
        self._order = sorted(range(n_buckets), key=lambda b: abs(b - (n_levels - 1)))
        self.paint_count = 0

    def set_style(self, style: EdgeStyle, background: QtGui.QColor,
                  zero: QtGui.QColor | None = None, antialias: bool = True) -> None:
        """Pens for the levels on ``background`` (see :func:`level_pens`). Antialiasing
        costs ~5x on a thousand edges: turn it off for dense graphs."""
        self._pens = level_pens(self.n_levels, style, background, zero)
        self._antialias = antialias
        self.update()

    def set_segments(self, segments: Array) -> None:
        """The edges' end points, shape (n, 4): x0, y0, x1, y1. Resets all levels to 0."""
        self.prepareGeometryChange()
        self._segments = np.ascontiguousarray(segments, dtype=float)
        if len(self._segments):
            lo = self._segments[:, [0, 1]].min(axis=0), self._segments[:, [2, 3]].min(axis=0)
            hi = self._segments[:, [0, 1]].max(axis=0), self._segments[:, [2, 3]].max(axis=0)
            x0, y0 = np.minimum(*lo)
            x1, y1 = np.maximum(*hi)
            # pad: a 1-1 network's only edge is horizontal and must not be culled
            self._bounds = QtCore.QRectF(x0, y0, x1 - x0, y1 - y0).adjusted(-0.5, -0.5, 0.5, 0.5)
        else:
            self._bounds = QtCore.QRectF()
        self._levels = np.full(len(self._segments), -1, dtype=np.int64)
        self.set_levels(np.zeros(len(self._segments), dtype=np.int64))

    def set_levels(self, levels: Array) -> None:
        """Per-edge signed levels in [-(n_levels-1), n_levels-1]; repaints only on change."""
        levels = np.asarray(levels, dtype=np.int64)
        if np.array_equal(levels, self._levels):
            return
        self._levels = levels.copy()
        buckets = levels + (self.n_levels - 1)
        order = np.argsort(buckets, kind="stable")
        ends = np.cumsum(np.bincount(buckets, minlength=len(self._arrays)))
        start = 0
        for array, end in zip(self._arrays, ends):
            array.resize(int(end - start))
            array.ndarray()[:] = self._segments[order[start:end]]
            start = int(end)
        self.update()

    @property
    def levels(self) -> Array:
        """The per-edge signed levels last set."""
        return self._levels

    def pen_for_level(self, level: int) -> QtGui.QPen:
        return self._pens[int(level) + self.n_levels - 1]

    def batches(self) -> list[tuple[QtGui.QPen, Array]]:
        """What paint draws: (pen, segments (m, 4)) per non-empty bucket, in paint order."""
        return [
            (self._pens[b], self._arrays[b].ndarray().copy())
            for b in self._order if len(self._arrays[b])
        ]

    def boundingRect(self) -> QtCore.QRectF:  # Qt override
        return self._bounds

    def paint(self, painter, option, widget=None):  # Qt override
        self.paint_count += 1
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, self._antialias)
        for b in self._order:
            array = self._arrays[b]
            if len(array):
                painter.setPen(self._pens[b])
                painter.drawLines(*array.drawargs())
