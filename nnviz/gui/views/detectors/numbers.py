"""TileNumbers: short texts at points of a view box (the tiles' neuron numbers), painted in
one call at the screen's font size and cached as a device pixmap: a frame that only changes
the picture under them copies the pixmap instead of laying out the texts again."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem


class TileNumbers(pg.GraphicsObject):
    """``texts[i]`` centred on ``points[i]`` (view coordinates) in ``font`` and ``colour``,
    inside ``bounds`` (view coordinates)."""

    def __init__(self) -> None:
        super().__init__()
        self._points: list[QPointF] = []
        self._texts: list[str] = []
        self._bounds = QRectF()
        self._font = QFont()
        self._colour = QColor("black")
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def texts(self) -> list[str]:
        return list(self._texts)

    def set_texts(self, points: list[QPointF], texts: list[str], bounds: QRectF) -> None:
        self.prepareGeometryChange()
        self._points, self._texts, self._bounds = list(points), list(texts), QRectF(bounds)
        self.update()

    def set_style(self, font: QFont, colour: QColor) -> None:
        self._font, self._colour = QFont(font), QColor(colour)
        self.update()

    def boundingRect(self) -> QRectF:  # Qt override
        return QRectF(self._bounds)

    def paint(self, painter, option, widget=None) -> None:  # Qt override
        if not self._texts:
            return
        to_device = painter.transform()  # view units -> pixels; the texts are drawn in pixels
        painter.resetTransform()
        painter.setFont(self._font)
        painter.setPen(self._colour)
        metrics = QFontMetricsF(self._font)
        height = metrics.height()
        for point, text in zip(self._points, self._texts):
            centre = to_device.map(point)
            width = metrics.horizontalAdvance(text) + 2
            painter.drawText(QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height),
                             Qt.AlignmentFlag.AlignCenter, text)
