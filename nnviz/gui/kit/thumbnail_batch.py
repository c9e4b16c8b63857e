"""ThumbnailBatchItem: small images in rectangles of a view, painted in one call.

Colours are looked up with NumPy in a packed table of 32-bit 0xffRRGGBB pixels
(:func:`packed_lut`, :func:`colour_indices`), so no image needs a Qt colour table.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui

Array = np.ndarray


def packed_lut(cmap: pg.ColorMap, n: int = 256) -> Array:
    """The colour map as ``n`` opaque 32-bit pixels 0xffRRGGBB (QImage.Format_RGB32)."""
    rgb = cmap.getLookupTable(0.0, 1.0, n, alpha=False).astype(np.uint32)
    return (0xFF000000 | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]).astype(np.uint32)


def colour_indices(values: Array, levels: tuple[float, float], n: int = 256) -> Array:
    """Indices 0..n-1 into a colour table: ``values`` scaled from ``levels`` (low, high) to
    [0, 1], clipped; NaN reads as the low end."""
    low, high = levels
    with np.errstate(invalid="ignore"):
        unit = (np.asarray(values, dtype=float) - low) / (high - low)
    unit = np.nan_to_num(unit, nan=0.0, posinf=1.0, neginf=0.0)
    return np.rint(np.clip(unit, 0.0, 1.0) * (n - 1)).astype(np.intp)


class ThumbnailBatchItem(pg.GraphicsObject):
    """Small images in rectangles of the view, painted in one call: one QImage per
    thumbnail over NumPy memory, no graphics item (and no colour table) per thumbnail.

    ``set_thumbnails(rects, pixels)``: ``pixels[i]`` is a (rows, columns) array of 32-bit
    0xffRRGGBB colours (see :func:`packed_lut`); row 0 lies along the rectangle's low-y
    edge (the bottom of a view whose y axis points up), column 0 along its low-x edge.
    """

    def __init__(self):
        super().__init__()
        self._rects: list[QtCore.QRectF] = []
        self._pixels: list[Array] = []  # the memory the QImages read
        self._images: list[QtGui.QImage] = []
        self._bounds = QtCore.QRectF()
        self.paint_count = 0

    def set_thumbnails(self, rects: Sequence[QtCore.QRectF], pixels: Sequence[Array]) -> None:
        """The thumbnails to paint; repaints only when a rectangle or a pixel changed (a
        network that has learnt keeps its maps while the snapshots go on)."""
        rects = [QtCore.QRectF(r) for r in rects]
        pixels = [np.ascontiguousarray(p, dtype=np.uint32) for p in pixels]
        if rects == self._rects and len(pixels) == len(self._pixels) \
                and all(np.array_equal(a, b) for a, b in zip(pixels, self._pixels)):
            return
        self.prepareGeometryChange()
        self._rects, self._pixels = rects, pixels
        self._images = [QtGui.QImage(p.data, p.shape[1], p.shape[0], 4 * p.shape[1],
                                     QtGui.QImage.Format.Format_RGB32) for p in self._pixels]
        bounds = QtCore.QRectF()
        for rect in self._rects:
            bounds = bounds.united(rect)
        self._bounds = bounds
        self.update()

    def clear(self) -> None:
        self.set_thumbnails([], [])

    def __len__(self) -> int:
        return len(self._images)

    def image(self, i: int) -> QtGui.QImage:
        """Thumbnail i as drawn (a QImage over the item's memory)."""
        return self._images[i]

    def rect(self, i: int) -> QtCore.QRectF:
        return QtCore.QRectF(self._rects[i])

    def boundingRect(self) -> QtCore.QRectF:  # Qt override
        return self._bounds

    def paint(self, painter, option, widget=None):  # Qt override
        self.paint_count += 1
        for rect, image in zip(self._rects, self._images):
            painter.drawImage(rect, image)
