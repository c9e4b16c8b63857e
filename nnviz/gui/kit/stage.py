"""Whether a view can be seen: offstage() and StageWatcher (its work waits until it is shown)."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QObject,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QDockWidget, QWidget


def offstage(widget: QWidget) -> bool:
    """True while ``widget`` sits in a shown window but cannot be seen (its dock is a tab
    behind another, or hidden): what it would draw nobody sees, so its work can wait until
    its :class:`StageWatcher` says it is shown."""
    window = widget.window()
    return (window is not widget and window.isVisible()
            and (not widget.isVisible() or not _any_part_seen(widget)))


def _any_part_seen(widget: QWidget) -> bool:
    """Some of ``widget`` or of a widget inside it is unobscured (a view whose children
    cover it wholly has an empty region of its own, yet is seen through them)."""
    if not widget.visibleRegion().isEmpty():
        return True
    return any(child.isVisible() and not child.visibleRegion().isEmpty()
               for child in widget.findChildren(QWidget))


class StageWatcher(QObject):
    """Emits ``shown`` when ``view`` comes into sight: it is shown, or the dock that holds it
    becomes visible (its tab is chosen). Emitted from the event loop, once Qt has placed it."""

    shown = Signal()

    def __init__(self, view: QWidget):
        super().__init__(view)
        self._dock: QDockWidget | None = None
        view.installEventFilter(self)
        self._find_dock(view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.ParentChange:
            self._find_dock(watched)
        elif event.type() == QEvent.Type.Show:
            self._soon()
        return False

    def _find_dock(self, view: QWidget) -> None:
        parent = view.parentWidget()
        while parent is not None and not isinstance(parent, QDockWidget):
            parent = parent.parentWidget()
        if parent is self._dock:
            return
        if self._dock is not None:
            self._dock.visibilityChanged.disconnect(self._on_visibility)
        self._dock = parent
        if parent is not None:
            parent.visibilityChanged.connect(self._on_visibility)

    def _on_visibility(self, visible: bool) -> None:
        if visible:
            self._soon()

    def _soon(self) -> None:
        QTimer.singleShot(0, self, self.shown.emit)
