"""The window's place on the screen, the docks' default layout, and what persists between
runs (QSettings).

The window opens inside the available geometry of its screen: DEFAULT_SIZE, or less on a
smaller screen (a 1366x768 projector), centred. Default layout: the settings on the left;
the graph in the centre; the decision boundary beside it with the other views (loss
surface, feature space, ...) as tabs behind it; the loss curve below the graph, with the
Step-through panel as a tab behind it (raised when a walk opens: the graph, the walk and
the decision boundary are then all in sight). All docks share one dock area, and the
settings dock takes no share of the window's growth: a wider window widens the views. A
dock behind a tab shows its title on the tab only. Saved: the window's geometry and dock
state (restored only when the same views are docked and ``LAYOUT_VERSION`` matches; Qt
moves and shrinks a saved geometry into the available one), the palette, contrast and
scale.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSizePolicy

from nnviz.gui.kit.dock_titles import TabbedDockTitles
from nnviz.session.state import Presentation

LAYOUT_VERSION = 2  # 2: every dock in one area (1: the settings in another, taking the growth)
DEFAULT_SIZE = (1500, 920)
AREA = Qt.LeftDockWidgetArea  # the one dock area
SETTINGS_SHARE = (0.21, 0.42)  # the settings dock's share of the width: at least, at most
SETTINGS = "settings"  # the settings dock's key
LOSS = "loss"  # the loss curve's key: it goes below the centre
WALK = "walkthrough"  # the Step-through panel's key: a tab behind the loss curve
WALK_SHARE = 0.46  # of the window's height, for the panel below the graph while a walk is open


class DockLayout:
    """Places ``docks`` (key -> dock, the settings dock under SETTINGS) in ``window``."""

    def __init__(self, window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
        self.window = window
        self.docks = docks
        self._sizes_pending = False
        settings = docks[SETTINGS]
        policy = settings.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Maximum)  # no share of the growth
        settings.setSizePolicy(policy)
        self.titles = TabbedDockTitles(window)
        self.titles.follow(docks.values())

    def _centre_and_beside(self) -> tuple[QDockWidget, list[QDockWidget]]:
        docks = self.docks
        views = [k for k in docks if k != SETTINGS]
        centre = docks[next(k for k in ("graph", LOSS, *views) if k in docks)]
        below = (LOSS, WALK) if LOSS in docks else (LOSS,)
        beside = [docks[k] for k in sorted(views, key=lambda k: k != "boundary")
                  if docks[k] is not centre and k not in below]
        return centre, beside

    def reset(self) -> None:
        """Every dock back in its default place, visible and docked."""
        window, docks = self.window, self.docks
        for dock in docks.values():
            dock.setFloating(False)
            window.removeDockWidget(dock)
        window.addDockWidget(AREA, docks[SETTINGS])
        centre, beside = self._centre_and_beside()
        window.splitDockWidget(docks[SETTINGS], centre, Qt.Horizontal)
        if beside:
            window.splitDockWidget(centre, beside[0], Qt.Horizontal)
            for dock in beside[1:]:
                window.tabifyDockWidget(beside[0], dock)
        if LOSS in docks and docks[LOSS] is not centre:
            window.splitDockWidget(centre, docks[LOSS], Qt.Vertical)
            if WALK in docks:
                window.tabifyDockWidget(docks[LOSS], docks[WALK])
        for dock in docks.values():
            dock.show()
        if LOSS in docks and WALK in docks:
            docks[LOSS].raise_()
        if beside:
            beside[0].raise_()
        self.titles.update_titles()
        self._sizes_pending = True
        if window.isVisible():
            self.apply_pending_sizes()

    def show_walk_panel(self) -> None:
        """Show and raise the Step-through panel; below the graph it gets WALK_SHARE of the
        height (the graph keeps the rest), wherever else it stays as the lecturer left it."""
        dock = self.docks.get(WALK)
        if dock is None:
            return
        dock.show()
        dock.raise_()
        window = self.window
        centre, _ = self._centre_and_beside()
        if (dock is not centre and not dock.isFloating() and not centre.isFloating()
                and window.dockWidgetArea(dock) == window.dockWidgetArea(centre)):
            height = centre.height() + dock.height()
            window.resizeDocks([centre, dock], [int((1 - WALK_SHARE) * height),
                                                int(WALK_SHARE * height)], Qt.Vertical)

    def apply_pending_sizes(self) -> None:
        """The default layout's proportions (docks take sizes only once the window shows):
        the settings dock as wide as its names and values need (SETTINGS_SHARE of the width
        at least and at most), the views share the rest."""
        if not self._sizes_pending:
            return
        self._sizes_pending = False
        window, docks = self.window, self.docks
        width, height = window.width(), window.height()
        centre, beside = self._centre_and_beside()
        least, most = SETTINGS_SHARE
        wanted = docks[SETTINGS].sizeHint().width()
        settings_width = int(min(most * width, max(least * width, wanted)))
        window.resizeDocks([docks[SETTINGS]], [settings_width], Qt.Horizontal)
        if beside:
            rest = width - settings_width
            window.resizeDocks([centre, beside[0]], [int(0.52 * rest), int(0.48 * rest)],
                               Qt.Horizontal)
        if LOSS in docks and docks[LOSS] is not centre:
            window.resizeDocks([centre, docks[LOSS]], [int(0.64 * height), int(0.36 * height)],
                               Qt.Vertical)

    def restore(self, settings: QSettings | None) -> None:
        """The default geometry and layout, then the saved ones if they were saved for the
        same docks."""
        self.reset()  # first: docks stacked as they were added may not fit a small screen
        self.window.setGeometry(default_geometry(self.window.screen().availableGeometry()))
        if settings is None:
            return
        saved_views = settings.value("window/views", "")
        if (settings.value("window/layout_version", 0, type=int) == LAYOUT_VERSION
                and saved_views == ",".join(self.docks)):
            geometry, state = settings.value("window/geometry"), settings.value("window/state")
            if isinstance(geometry, QByteArray):
                self.window.restoreGeometry(geometry)
            if isinstance(state, QByteArray) and self.window.restoreState(state, LAYOUT_VERSION):
                self._sizes_pending = False
                self.titles.update_titles()

    def save(self, settings: QSettings, presentation: Presentation) -> None:
        settings.setValue("window/geometry", self.window.saveGeometry())
        settings.setValue("window/state", self.window.saveState(LAYOUT_VERSION))
        settings.setValue("window/views", ",".join(self.docks))
        settings.setValue("window/layout_version", LAYOUT_VERSION)
        settings.setValue("theme/dark", presentation.dark)
        settings.setValue("theme/scale", presentation.scale)
        settings.setValue("theme/high_contrast", presentation.high_contrast)


def default_geometry(available: QRect) -> QRect:
    """DEFAULT_SIZE, or as much of it as ``available`` holds, centred in ``available``."""
    geometry = QRect(0, 0, min(DEFAULT_SIZE[0], available.width()),
                     min(DEFAULT_SIZE[1], available.height()))
    geometry.moveCenter(available.center())
    return geometry
