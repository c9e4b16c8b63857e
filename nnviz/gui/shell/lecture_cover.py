"""The black or white screen of lecture mode (B or . for black, W for white, as a
presentation program does): one widget over the whole window; a click on it, or any key
(the presenter keys see to that), brings the window back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

BLACK, WHITE = "black", "white"


class ScreenCover(QWidget):
    """Covers ``window`` (its menu bar, bars and docks) in one colour while shown; follows
    the window's size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lecture-screen-cover")
        self.colour = BLACK
        self.setFocusPolicy(Qt.NoFocus)
        self.hide()
        window.installEventFilter(self)

    def cover(self, colour: str) -> None:
        """Show the window all ``colour`` (BLACK or WHITE)."""
        self.colour = colour
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.update()

    def uncover(self) -> None:
        self.hide()

    @property
    def covering(self) -> str | None:
        """BLACK, WHITE, or None when the window shows."""
        return self.colour if self.isVisible() else None

    def paintEvent(self, event) -> None:  # Qt override
        QPainter(self).fillRect(self.rect(), QColor(self.colour))

    def mousePressEvent(self, event) -> None:  # Qt override
        event.accept()
        self.uncover()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
        return False
