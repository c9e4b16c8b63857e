"""DigitImage: one image row (an input x, a weight row w^l_j of W^l) drawn as a picture.

A data set with ``image_shape`` (rows, columns) stores each image as one input row, pixels row
by row: input k = columns·row + column (Dataset). :meth:`DigitImage.show_row` draws such a
row (or any 2-D array, :meth:`DigitImage.show_values`) in a colour map over fixed levels:

    digits   ``ink_map(theme)`` over (0, 1): 0 = paper (the plot's background), 1 = ink
             (its foreground: dark ink on light paper, light ink on a dark plot);
    weights  colors.diverging_map() over (−s, s): orange −, grey 0, blue +, as the graph
             draws its edges.

The picture fills :meth:`DigitImage.place`'s rectangle (default: one unit per pixel, from
(0, 0) to (columns, rows)) with row 0 along its HIGH-y edge: upright in pyqtgraph's usual
y-up view box. A view box with ``invertY(True)`` would show it upside down. NaN pixels are
transparent (gaps in a mosaic of several images). The colours are looked up once per new
image and kept in the raster engine's own format (ScreenImageItem): a repaint is a scaled copy.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QTransform

from nnviz.gui.kit.screen_image import ScreenImageItem
from nnviz.gui.theme import Theme

Array = np.ndarray

LUT_SIZE = 256
INK_LEVELS = (0.0, 1.0)


def ink_map(theme: Theme) -> pg.ColorMap:
    """Paper (value 0: the plot's background) to ink (value 1: the plot's foreground)."""
    paper, ink = QColor(theme.plot_background), QColor(theme.plot_foreground)
    return pg.ColorMap([0.0, 1.0], [paper.getRgb()[:3], ink.getRgb()[:3]], name="nnviz-ink")


class DigitImage(ScreenImageItem):
    """An image row (or a 2-D array) in a colour map over fixed ``levels``; see the module
    docstring for the orientation. :attr:`values` is the 2-D array shown."""

    def __init__(self, cmap: pg.ColorMap | None = None,
                 levels: tuple[float, float] = INK_LEVELS):
        super().__init__(axisOrder="row-major")
        self._rect: QRectF | None = None
        self._levels = (float(levels[0]), float(levels[1]))
        self.set_colours(cmap if cmap is not None else pg.ColorMap([0.0, 1.0], [(255,) * 3, (0,) * 3]),
                         levels)

    @property
    def values(self) -> Array | None:
        """The (rows, columns) values shown (None before the first image)."""
        return self.image

    def set_colours(self, cmap: pg.ColorMap, levels: tuple[float, float] | None = None) -> None:
        """The colour map, from ``levels[0]`` (its start) to ``levels[1]`` (its end); values
        outside are clipped to the ends."""
        if levels is not None:
            self._levels = (float(levels[0]), float(levels[1]))
        self.setLookupTable(cmap.getLookupTable(0.0, 1.0, LUT_SIZE, alpha=False), update=False)
        self.setLevels(self._levels)

    def set_levels(self, levels: tuple[float, float]) -> None:
        """New levels, same colours (a weight scale ±s that grew); redrawn only if changed."""
        levels = (float(levels[0]), float(levels[1]))
        if levels != self._levels:
            self._levels = levels
            self.setLevels(levels)

    def show_row(self, row: Array, image_shape: tuple[int, int]) -> None:
        """Draw the row (N_0 values, pixels row by row) as a ``image_shape`` picture."""
        self.show_values(np.asarray(row, dtype=float).reshape(image_shape))

    def show_values(self, values: Array) -> None:
        """Draw a (rows, columns) array: row 0 at the top; NaN transparent."""
        values = np.asarray(values, dtype=float)
        reshaped = self.image is None or self.image.shape != values.shape
        self.setImage(values, autoLevels=False, levels=self._levels)
        if reshaped:
            self._fit()

    def place(self, rect: QRectF) -> None:
        """Draw the picture in ``rect`` (view coordinates), row 0 along its high-y edge."""
        self._rect = QRectF(rect)
        self._fit()

    def _fit(self) -> None:
        if self.image is None:
            return
        rows, columns = self.image.shape[:2]
        rect = self._rect if self._rect is not None else QRectF(0.0, 0.0, columns, rows)
        # image pixel (column c, row r) -> (left + c·w/columns, bottom + (rows − r)·h/rows)
        sx, sy = rect.width() / columns, rect.height() / rows
        self.setTransform(QTransform(sx, 0.0, 0.0, -sy, rect.left(), rect.top() + rect.height()))
