"""ColourLegend: a colour bar on one line with its caption and ticks, as a pyqtgraph layout item.

    caption  low ▕████ middle ████▏ high

One text line high, so two legends side by side (or stacked where the view is narrow) take
little of a small plot. The middle tick stands on the bar's centre, on a patch of the
background. Where the item is narrower than :meth:`ColourLegend.natural_width` the bar
shrinks to MIN_BAR_LINES text lines, then the caption is cut with …: nothing is drawn
outside the item.
"""

from __future__ import annotations

from typing import NamedTuple

import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui

MIN_BAR_LINES = 2.0       # the shortest bar, in text-line heights
BAR_LINES = 5.0           # the bar's natural length, in text-line heights
GAP = 0.4                 # space between the parts, in text-line heights


class LegendParts(NamedTuple):
    """Where the parts are drawn, in item coordinates, and the caption as drawn."""

    caption: QtCore.QRectF
    low: QtCore.QRectF
    bar: QtCore.QRectF
    middle: QtCore.QRectF
    high: QtCore.QRectF
    caption_text: str


class ColourLegend(pg.GraphicsWidget):
    """A colour bar with three tick texts (left, middle, right) and a caption, on one line:
    cheap to relabel every frame, unlike an axis-based ColorBarItem."""

    def __init__(self, cmap: pg.ColorMap, caption: str = "",
                 ticks: tuple[str, str, str] = ("", "", ""), widest: tuple[str, str] = ("", "")):
        """``widest`` = (caption, tick): the caption and the end ticks get at least their
        widths, so texts that change every frame keep the legend's size."""
        super().__init__()
        self._widest = widest
        positions, colours = cmap.getStops()
        self._gradient_stops = [(float(p), QtGui.QColor(*c)) for p, c in zip(positions, colours)]
        self._ticks, self._caption = ticks, caption
        self._font = QtGui.QFont()
        self._foreground, self._background = QtGui.QColor("black"), QtGui.QColor("white")
        self.setSizePolicy(pg.QtWidgets.QSizePolicy.Policy.Expanding,
                           pg.QtWidgets.QSizePolicy.Policy.Fixed)
        self._resize()

    @property
    def ticks(self) -> tuple[str, str, str]:
        return self._ticks

    @property
    def caption(self) -> str:
        return self._caption

    def set_style(self, font: QtGui.QFont, foreground: QtGui.QColor,
                  background: QtGui.QColor) -> None:
        """The texts' font and colour; ``background`` under the middle tick."""
        self._font = QtGui.QFont(font)
        self._foreground, self._background = QtGui.QColor(foreground), QtGui.QColor(background)
        self._resize()
        self.update()

    def set_labels(self, ticks: tuple[str, str, str], caption: str) -> None:
        """New tick texts and caption; repaints only when they changed."""
        if (tuple(ticks), caption) != (self._ticks, self._caption):
            self._ticks, self._caption = tuple(ticks), caption
            self.updateGeometry()
            self.update()

    def natural_width(self) -> float:
        """The width (pixels) at which nothing is shrunk or cut."""
        line, widths = self._line(), self._widths()
        return widths[0] + widths[1] + widths[3] + (BAR_LINES + 2 * GAP) * line

    def minimum_width(self) -> float:
        """The width below which the caption has to be cut."""
        return self.natural_width() - (BAR_LINES - MIN_BAR_LINES) * self._line()

    def parts(self, width: float | None = None) -> LegendParts:
        """Where caption, ticks and bar stand in an item ``width`` pixels wide (its own by
        default): the bar takes the room left (down to MIN_BAR_LINES lines), then the
        caption gives way (cut with …, or left out when under a line is left for it), then
        the room kept for wider ticks, then the bar again (down to half a line)."""
        width = self.boundingRect().width() if width is None else width
        line = self._line()
        gap = GAP * line
        caption_w, low_w, middle_w, high_w = self._widths()
        if width < low_w + high_w + 2 * gap + (MIN_BAR_LINES + 1) * line:
            caption_w, low_w, middle_w, high_w = self._widths(reserved=False)
        bar_w = min(BAR_LINES * line, max(MIN_BAR_LINES * line,
                                          width - caption_w - low_w - high_w - 2 * gap))
        caption_room = width - bar_w - low_w - high_w - 2 * gap
        if caption_room < min(line, caption_w):
            caption_room = 0.0
            bar_w = max(line / 2, min(bar_w, width - low_w - high_w - gap))
        caption_text = QtGui.QFontMetricsF(self._font).elidedText(
            self._caption, QtCore.Qt.TextElideMode.ElideRight, caption_room) if caption_room else ""
        caption_w = min(caption_w, caption_room)
        used = caption_w + low_w + bar_w + high_w + (2 * gap if caption_w else gap)
        x = max(0.0, (width - used) / 2)  # the whole legend centred

        def box(left: float, w: float) -> QtCore.QRectF:
            return QtCore.QRectF(left, 0.0, w, line)

        caption = box(x, caption_w)
        low = box(caption.right() + (gap if caption_w else 0.0), low_w)
        bar = QtCore.QRectF(low.right() + gap / 2, 0.15 * line, bar_w, 0.7 * line)
        high = box(bar.right() + gap / 2, high_w)
        middle = box(bar.center().x() - middle_w / 2, middle_w)
        return LegendParts(caption, low, bar, middle, high, caption_text)

    def _line(self) -> float:
        return QtGui.QFontMetricsF(self._font).height()

    def _widths(self, reserved: bool = True) -> tuple[float, float, float, float]:
        """Caption, low, middle and high tick widths (pixels, with a little air); with
        ``reserved``, at least the widths of the widest caption and tick."""
        metrics = QtGui.QFontMetricsF(self._font)
        caption, low, middle, high = (metrics.horizontalAdvance(t) + (2 if t else 0)
                                      for t in (self._caption, *self._ticks))
        least_caption, least_tick = (metrics.horizontalAdvance(t) if reserved else 0.0
                                     for t in self._widest)
        return max(caption, least_caption), max(low, least_tick), middle, max(high, least_tick)

    def _resize(self) -> None:
        self.setFixedHeight(self._line() + 4)

    def paint(self, painter, option, widget=None):  # Qt override
        parts = self.parts()
        painter.translate(0, 2)
        gradient = QtGui.QLinearGradient(parts.bar.left(), 0, parts.bar.right(), 0)
        for position, colour in self._gradient_stops:
            gradient.setColorAt(position, colour)
        painter.fillRect(parts.bar, gradient)
        painter.setPen(self._foreground)
        painter.drawRect(parts.bar)
        painter.setFont(self._font)
        centre = QtCore.Qt.AlignmentFlag.AlignCenter
        if self._ticks[1]:
            patch = QtGui.QColor(self._background)
            patch.setAlpha(200)
            painter.fillRect(parts.middle, patch)
        painter.drawText(parts.caption, centre, parts.caption_text)
        for rect, text in zip((parts.low, parts.middle, parts.high), self._ticks):
            painter.drawText(rect, centre, text)
