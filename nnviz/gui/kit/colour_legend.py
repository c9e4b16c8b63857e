"""ColourLegend: a colour bar with three tick texts and a caption, as a pyqtgraph layout item."""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui


class ColourLegend(pg.GraphicsWidget):
    """A horizontal colour bar with three tick texts under it (left, middle, right) and a
    caption: cheap to relabel every frame, unlike an axis-based ColorBarItem."""

    def __init__(self, cmap: pg.ColorMap, caption: str = "",
                 ticks: tuple[str, str, str] = ("", "", "")):
        super().__init__()
        positions, colours = cmap.getStops()
        self._gradient_stops = [(float(p), QtGui.QColor(*c)) for p, c in zip(positions, colours)]
        self._ticks, self._caption = ticks, caption
        self._font = QtGui.QFont()
        self._foreground = QtGui.QColor("black")
        self._bar = 14.0
        self.setSizePolicy(pg.QtWidgets.QSizePolicy.Policy.Expanding,
                           pg.QtWidgets.QSizePolicy.Policy.Fixed)
        self._resize()

    @property
    def ticks(self) -> tuple[str, str, str]:
        return self._ticks

    @property
    def caption(self) -> str:
        return self._caption

    def set_style(self, font: QtGui.QFont, foreground: QtGui.QColor, bar: float) -> None:
        self._font, self._foreground, self._bar = QtGui.QFont(font), QtGui.QColor(foreground), bar
        self._resize()
        self.update()

    def set_labels(self, ticks: tuple[str, str, str], caption: str) -> None:
        """New tick texts and caption; repaints only when they changed."""
        if (tuple(ticks), caption) != (self._ticks, self._caption):
            self._ticks, self._caption = tuple(ticks), caption
            self.update()

    def _resize(self) -> None:
        line = QtGui.QFontMetricsF(self._font).height()
        self.setFixedHeight(self._bar + 2 * line + 6)

    def paint(self, painter, option, widget=None):  # Qt override
        rect = self.boundingRect()
        metrics = QtGui.QFontMetricsF(self._font)
        margin = max(metrics.horizontalAdvance(t) for t in self._ticks) / 2 + 4
        bar = QtCore.QRectF(rect.left() + margin, rect.top() + 2,
                            max(1.0, rect.width() - 2 * margin), self._bar)
        gradient = QtGui.QLinearGradient(bar.left(), 0, bar.right(), 0)
        for position, colour in self._gradient_stops:
            gradient.setColorAt(position, colour)
        painter.fillRect(bar, gradient)
        painter.setPen(self._foreground)
        painter.drawRect(bar)
        painter.setFont(self._font)
        line = metrics.height()
        centre = QtCore.Qt.AlignmentFlag.AlignHCenter | QtCore.Qt.AlignmentFlag.AlignTop
        for fraction, text in zip((0.0, 0.5, 1.0), self._ticks):
            x = bar.left() + fraction * bar.width()
            painter.drawText(QtCore.QRectF(x - 200, bar.bottom() + 2, 400, line), centre, text)
        painter.drawText(QtCore.QRectF(rect.left(), bar.bottom() + 2 + line, rect.width(), line),
                         centre, self._caption)
