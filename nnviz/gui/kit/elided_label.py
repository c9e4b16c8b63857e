"""ElidedLabel: a status line that never takes more than two lines."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import (
    QEvent,
    QRectF,
)
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPalette,
    Qt,  # QtGui's Qt namespace: QtCore's and mightBeRichText
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from nnviz.gui.kit.plain_text import tooltip_text


class ElidedLabel(QLabel):
    """Plain text in at most ``lines`` lines, cut with … where the label is too small; the
    whole text is in the tooltip (and in ``text()``), as written: never read as HTML. The
    label is as tall as the lines it shows at its width."""

    def __init__(self, lines: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._lines = lines
        self._cache: tuple[tuple, list[str]] = ((), [])
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:  # Qt override
        super().setText(text)
        self.setToolTip(tooltip_text(text) if Qt.mightBeRichText(text) else text)
        self._fit_height()

    def set_colour(self, colour: str) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        self.setPalette(palette)

    def shown_lines(self, width: int | None = None) -> list[str]:
        """The lines drawn at ``width`` (the label's own by default)."""
        m = self.contentsMargins()
        width = (self.width() if width is None else width) - m.left() - m.right()
        key = (self.text(), width, self.font().key())
        if key == self._cache[0]:
            return self._cache[1]
        metrics = QFontMetricsF(self.font())
        words, lines = self.text().split(), []
        while words and len(lines) < self._lines:
            line = words.pop(0)
            while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
                line = f"{line} {words.pop(0)}"
            lines.append(line)
        if words:
            lines[-1] = metrics.elidedText(f"{lines[-1]} {' '.join(words)}", Qt.TextElideMode.ElideRight, width)
        elif lines and metrics.horizontalAdvance(lines[-1]) > width:
            lines[-1] = metrics.elidedText(lines[-1], Qt.TextElideMode.ElideRight, width)
        self._cache = (key, lines)
        return lines

    def _fit_height(self) -> None:
        m = self.contentsMargins()
        n = max(1, len(self.shown_lines()))
        height = int(np.ceil(n * QFontMetricsF(self.font()).lineSpacing())) + m.top() + m.bottom()
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit_height()

    def changeEvent(self, event) -> None:  # Qt override: a new font
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def paintEvent(self, event) -> None:  # Qt override
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        m = self.contentsMargins()
        step = QFontMetricsF(self.font()).lineSpacing()
        for k, line in enumerate(self.shown_lines()):
            painter.drawText(QRectF(m.left(), m.top() + k * step, self.width() - m.left() - m.right(), step),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        painter.end()
