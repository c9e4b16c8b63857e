"""TextBatch: many short texts centred on points of a view, painted in one call.

A hundred pyqtgraph TextItems (one per cell of a 10×10 matrix) cost about 5 ms to relabel
and 10 ms to paint; here new texts are a list, and a paint maps each point to the device
and writes the text there at a fixed font size (the texts do not zoom with the view).
"""

from __future__ import annotations

from typing import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF


class TextBatch(pg.GraphicsObject):
    """``texts[i]`` centred on ``points[i]`` (view coordinates) in ``colours[i]``; the item
    claims ``bounds`` (view coordinates: where the texts lie)."""

    def __init__(self) -> None:
        super().__init__()
        self.points: list[tuple[float, float]] = []
        self.texts: list[str] = []
        self.colours: list[QColor] = []
        self._font = QFont()
        self._bounds = QRectF()

    def set_texts(self, points: Sequence[tuple[float, float]], texts: Sequence[str],
                  colours: Sequence[QColor], bounds: QRectF) -> None:
        """New texts; repaints only when something changed."""
        points, texts, colours = list(points), list(texts), [QColor(c) for c in colours]
        if (points, texts, colours, bounds) == (self.points, self.texts, self.colours, self._bounds):
            return
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = QRectF(bounds)
        self.points, self.texts, self.colours = points, texts, colours
        self.update()

    def set_font(self, font: QFont) -> None:
        if font != self._font:
            self._font = QFont(font)
            self.update()

    @property
    def font(self) -> QFont:
        return QFont(self._font)

    def boundingRect(self) -> QRectF:  # Qt override
        return self._bounds

    def paint(self, painter, option, widget=None):  # Qt override
        to_device = painter.transform()
        painter.resetTransform()
        painter.setFont(self._font)
        height = QFontMetricsF(self._font).height()
        pen = None
        for (x, y), text, colour in zip(self.points, self.texts, self.colours):
            if colour != pen:
                painter.setPen(colour)
                pen = colour
            centre = to_device.map(QPointF(x, y))
            painter.drawText(QRectF(centre.x() - 200, centre.y() - height / 2, 400, height),
                             Qt.AlignmentFlag.AlignCenter, text)
