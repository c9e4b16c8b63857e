"""TabbedDockTitles: a dock behind a tab shows its title once, on the tab.

Docks that share a place are tabs of one tab bar; each dock's own title bar would repeat
the tab's title right below it. While a dock is tabified (and docked) its title bar is an
empty widget; alone or floating it gets Qt's title bar back, with its float and close
buttons (a tab can still be dragged out, and closed from the View menu).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget


class TabbedDockTitles(QObject):
    """Keeps the title bars of ``window``'s docks in step with its tab groups."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._followed: dict[QDockWidget, QWidget] = {}  # dock -> its empty title bar
        self._timer = QTimer(self)  # one update after a burst of layout changes
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.update_titles)

    def follow(self, docks) -> None:
        """Watch ``docks`` (again: already watched docks are skipped) and update now."""
        for dock in docks:
            if dock in self._followed:
                continue
            self._followed[dock] = QWidget(dock)
            self._followed[dock].hide()
            for signal in (dock.dockLocationChanged, dock.topLevelChanged,
                           dock.visibilityChanged):
                signal.connect(self._timer.start)
        self.update_titles()

    def is_tabified(self, dock: QDockWidget) -> bool:
        """Docked and sharing its place with another shown dock (one tab bar)."""
        if dock.isFloating() or dock.isHidden():
            return False
        return any(not other.isHidden() for other in self.window.tabifiedDockWidgets(dock))

    def update_titles(self) -> None:
        self.window.layout().activate()  # Qt knows the tab groups once the layout has run
        for dock, blank in self._followed.items():
            tabified = self.is_tabified(dock)
            if tabified and dock.titleBarWidget() is None:
                dock.setTitleBarWidget(blank)
                blank.show()
            elif not tabified and dock.titleBarWidget() is blank:
                dock.setTitleBarWidget(None)
                blank.hide()
