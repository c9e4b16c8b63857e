"""Lecture mode hides the mouse cursor after CURSOR_IDLE_MS without mouse use; moving or
pressing the mouse shows it again at once. The idle time is a single-shot QTimer (a test
fires ``timer.timeout`` instead of waiting)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

CURSOR_IDLE_MS = 3000
_MOUSE_EVENTS = {QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                 QEvent.Type.TabletMove, QEvent.Type.TouchBegin, QEvent.Type.HoverMove}


class IdleCursor(QObject):
    """While started: the cursor hides after the timer's interval of no mouse use."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CURSOR_IDLE_MS)
        self.timer.timeout.connect(self._hide)
        self.hidden = False
        self._watching = False

    def start(self) -> None:
        if not self._watching:
            QApplication.instance().installEventFilter(self)
            self._watching = True
        self.timer.start()

    def stop(self) -> None:
        """The cursor shows and stays."""
        if self._watching:
            QApplication.instance().removeEventFilter(self)
            self._watching = False
        self.timer.stop()
        self._show()

    def _hide(self) -> None:
        if not self.hidden:
            QApplication.setOverrideCursor(QCursor(Qt.BlankCursor))
            self.hidden = True

    def _show(self) -> None:
        if self.hidden:
            QApplication.restoreOverrideCursor()
            self.hidden = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _MOUSE_EVENTS:
            self._show()
            self.timer.start()
        return False
