"""ColourKey: a small painted legend (a gradient with tick values, or rows of swatches), and
the class swatches of a data set."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import (
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnviz.core.data import Dataset
from nnviz.core.i18n import translate
from nnviz.gui.colors import class_colour

Array = np.ndarray


def class_label(name: str) -> str:
    """A class as a key names it: "class 0" for a bare number ("class −1": a true minus),
    else its own name."""
    if name.lstrip("-+").isdigit():
        return translate("ColourKey", "class {name}").format(name=name.replace("-", "−"))
    return name


def class_swatches(dataset: Dataset) -> list[tuple[str, tuple[int, int, int]]]:
    """(name, colour) of every class of a classification ``dataset``, as its points are
    coloured."""
    return [(class_label(name), class_colour(c)) for c, name in enumerate(dataset.target_names)]


class ColourKey(QWidget):
    """A painted colour legend: a gradient bar with tick values and named ends, or swatches.

    Gradient: ``set_gradient(lut, ticks, low_name, high_name)``: ``lut`` (n, 3) uint8 colours
    from the low end to the high end, ``ticks`` [(position 0..1, text)] written under the
    bar, and the names of the two ends (text, (r, g, b)) written beside it in their colour.
    Swatches: ``set_swatches([(text, (r, g, b)), ...])``, wrapped onto as many rows as the
    width needs (ten digit classes in a narrow view), each whole. Sizes follow the widget's
    font. The key is drawn once into a pixmap, which each paint copies.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._lut: Array | None = None
        self._ticks: list[tuple[float, str]] = []
        self._ends: tuple[tuple[str, tuple], tuple[str, tuple]] | None = None
        self._swatches: list[tuple[str, tuple]] = []
        self._picture: QPixmap | None = None

    def set_gradient(self, lut: Array, ticks: list[tuple[float, str]],
                     low: tuple[str, tuple] | None = None, high: tuple[str, tuple] | None = None) -> None:
        lut = np.asarray(lut, dtype=np.uint8)[:, :3]
        ticks = list(ticks)
        ends = (low or ("", (0, 0, 0)), high or ("", (0, 0, 0)))
        if (self._lut is not None and np.array_equal(lut, self._lut) and ticks == self._ticks
                and ends == self._ends):
            return  # unchanged: no new layout, no new picture (this is called every frame)
        self._lut, self._ticks, self._ends, self._swatches = lut, ticks, ends, []
        self._changed()

    def _changed(self) -> None:
        self._picture = None
        self.updateGeometry()
        self.update()

    def set_swatches(self, swatches: list[tuple[str, tuple]]) -> None:
        swatches = list(swatches)
        if self._lut is None and swatches == self._swatches and self._picture is not None:
            return
        self._lut, self._ticks, self._ends = None, [], None
        self._swatches = swatches
        self._changed()

    def changeEvent(self, event) -> None:  # Qt override: a new font or palette
        super().changeEvent(event)
        self._picture = None

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self._picture = None
        if self._swatches and len(self._swatch_rows(event.oldSize().width())) != len(self._swatch_rows()):
            self.updateGeometry()  # another number of rows: another height

    def clear(self) -> None:
        self.set_swatches([])

    @property
    def texts(self) -> list[str]:
        """Every text the key shows (names of the ends, tick values, swatch names)."""
        if self._lut is not None:
            return [self._ends[0][0], *(t for _, t in self._ticks), self._ends[1][0]]
        return [t for t, _ in self._swatches]

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    def sizeHint(self) -> QSize:
        if self._lut is None and self._swatches:
            one_row = sum(self._swatch_width(t) for t, _ in self._swatches)
            return QSize(int(np.ceil(one_row)), self.minimumSizeHint().height())
        return QSize(max(self.minimumSizeHint().width(), 320), self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        line = self._line()
        bold = QFontMetricsF(self._bold())
        if self._lut is not None:
            ends = sum(bold.horizontalAdvance(t) for t, _ in self._ends)
            return QSize(int(ends + 8 * line), int(np.ceil(2.1 * line + 4)))
        if not self._swatches:
            return QSize(0, 0)
        widest = max(self._swatch_width(t) for t, _ in self._swatches)
        return QSize(int(np.ceil(widest)), int(np.ceil(len(self._swatch_rows()) * 1.3 * line + 4)))

    def _swatch_width(self, text: str) -> float:
        """A swatch's dot, its name and the space after it."""
        line = self._line()
        return 1.3 * line + QFontMetricsF(self._bold()).horizontalAdvance(text) + 0.9 * line

    def _swatch_rows(self, width: int | None = None) -> list[list[tuple[str, tuple, float]]]:
        """The swatches as rows of (text, colour, x) at ``width`` (the widget's by default;
        not yet laid out: all on one row)."""
        width = self.width() if width is None else width
        rows: list[list[tuple[str, tuple, float]]] = [[]]
        x = 0.0
        for text, rgb in self._swatches:
            w = self._swatch_width(text)
            if rows[-1] and width > 0 and x + w - 0.9 * self._line() > width:
                rows.append([])
                x = 0.0
            rows[-1].append((text, rgb, x))
            x += w
        return rows

    def paintEvent(self, event) -> None:  # Qt override
        if self._lut is None and not self._swatches:
            return
        ratio = self.devicePixelRatioF()
        if self._picture is None or self._picture.devicePixelRatio() != ratio:
            self._picture = QPixmap(self.size() * ratio)
            self._picture.setDevicePixelRatio(ratio)
            self._picture.fill(Qt.GlobalColor.transparent)
            painter = QPainter(self._picture)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            text_colour = self.palette().color(self.foregroundRole())
            if self._lut is not None:
                self._paint_gradient(painter, text_colour)
            else:
                self._paint_swatches(painter, text_colour)
            painter.end()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture)
        painter.end()

    def _paint_gradient(self, painter: QPainter, text_colour: QColor) -> None:
        line = self._line()
        bold = self._bold()
        metrics = QFontMetricsF(bold)
        (low, low_rgb), (high, high_rgb) = self._ends
        pad = 0.4 * line
        left = metrics.horizontalAdvance(low) + (pad if low else 0)
        right = self.width() - metrics.horizontalAdvance(high) - (pad if high else 0)
        bar = QRectF(left + 2, 2, max(right - left - 4, 10), 0.9 * line)
        painter.setFont(bold)
        for text, rgb, x, align in ((low, low_rgb, 0.0, Qt.AlignmentFlag.AlignLeft),
                                    (high, high_rgb, right + pad - 2, Qt.AlignmentFlag.AlignLeft)):
            if text:
                painter.setPen(QColor(*rgb))
                painter.drawText(QRectF(x, bar.top() - 0.2 * line, metrics.horizontalAdvance(text) + 2,
                                        1.3 * line), align | Qt.AlignmentFlag.AlignVCenter, text)
        gradient = QLinearGradient(bar.left(), 0, bar.right(), 0)
        n = len(self._lut)
        for k in np.linspace(0, n - 1, min(n, 17)).astype(int):
            gradient.setColorAt(k / max(n - 1, 1), QColor(*(int(c) for c in self._lut[k])))
        painter.setPen(QPen(text_colour, 0.8))
        painter.setBrush(QBrush(gradient))
        painter.drawRoundedRect(bar, 3, 3)
        painter.setFont(self.font())
        painter.setPen(text_colour)
        plain = QFontMetricsF(self.font())
        for position, text in self._ticks:
            x = bar.left() + position * bar.width()
            painter.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 0.2 * line))
            width = plain.horizontalAdvance(text) + 2
            x0 = min(max(x - width / 2, 0.0), self.width() - width)
            painter.drawText(QRectF(x0, bar.bottom() + 0.15 * line, width, line),
                             Qt.AlignmentFlag.AlignCenter, text)

    def _paint_swatches(self, painter: QPainter, text_colour: QColor) -> None:
        line = self._line()
        metrics = QFontMetricsF(self._bold())
        painter.setFont(self._bold())
        for r, row in enumerate(self._swatch_rows()):
            y = 2.0 + r * 1.3 * line
            for text, rgb, x in row:
                painter.setPen(QPen(text_colour, 0.8))
                painter.setBrush(QColor(*rgb))
                painter.drawEllipse(QRectF(x, y + 0.15 * line, 0.85 * line, 0.85 * line))
                painter.setPen(text_colour)
                painter.drawText(QRectF(x + 1.1 * line, y, metrics.horizontalAdvance(text) + 2, 1.2 * line),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
