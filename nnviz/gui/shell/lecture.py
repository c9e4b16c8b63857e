"""Lecture mode: the window as a lecture hall needs it (View → Lecture mode, F5; Esc leaves).

Entering remembers the window's geometry, its window state (normal, maximised...), its dock
state (QMainWindow.saveState: where every dock is, floating or not, shown or not), the
dock corners and whether the menu and status bars show. Then the menu bar, the status bar,
the docks' title bars and every dock but the lesson's lecture views hide (the settings too;
the views' own headers say what they show), the lecture views (``Lesson.lecture_views``)
are laid out large (the first at the top left, the second on the right at full height,
the others under the first: a network graph and a loss curve are wide, a decision boundary
is square), the narration strip (the lesson's title and text, big Prev /
Next buttons) runs along the bottom, the window goes full screen and the cursor hides
after a few idle seconds. Leaving puts back exactly what was remembered.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from nnviz.core.i18n import translate
from nnviz.core.lessons import Lesson
from nnviz.gui.kit.flow_layout import settle_layout
from nnviz.gui.panels.narration import NarrationStrip
from nnviz.gui.shell.lecture_cover import ScreenCover
from nnviz.gui.shell.layout import WALK, WALK_SHARE
from nnviz.gui.shell.lecture_cursor import IdleCursor
from nnviz.gui.theme import Theme

LEAD_SHARE = 0.5  # of the width, for the left column when there are two views or more
FIRST_SHARE = 0.6  # of the height, for the first view when more are stacked under it
NARRATION_SHARE = 0.28  # the most of the height the narration strip takes (it scrolls beyond)
_CORNERS = (Qt.TopLeftCorner, Qt.TopRightCorner, Qt.BottomLeftCorner, Qt.BottomRightCorner)


@dataclass(frozen=True)
class _Remembered:
    geometry: QRect  # the normal (not maximised) geometry
    window_state: Qt.WindowState
    dock_state: QByteArray
    corners: tuple[Qt.DockWidgetArea, ...]
    bars_shown: tuple[bool, bool]  # the menu bar's, the status bar's


class LectureMode(QObject):
    """Lecture mode of ``window``, whose view docks are ``docks`` (key -> dock)."""

    def __init__(self, window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
        super().__init__(window)
        self.window, self.docks = window, docks
        self.narration = NarrationStrip()
        self.narration_dock = QDockWidget(translate("LectureMode", "Lesson"), window)
        self.narration_dock.setObjectName("dock-lecture-narration")
        self.narration_dock.setWidget(self.narration)
        self.narration_dock.setTitleBarWidget(QWidget())
        self.narration_dock.setFeatures(QDockWidget.NoDockWidgetFeatures)
        window.addDockWidget(Qt.BottomDockWidgetArea, self.narration_dock)
        self.narration_dock.hide()
        self.cover = ScreenCover(window)
        self.cursor = IdleCursor(self)
        self.views: tuple[str, ...] = ()
        self.walk_joined = False  # the Step-through panel is in the lecture layout
        self._remembered: _Remembered | None = None
        self._settling: _Remembered | None = None  # restored again until the size is back
        window.installEventFilter(self)

    @property
    def active(self) -> bool:
        return self._remembered is not None

    def enter(self, lesson: Lesson, full_screen: bool = True) -> None:
        """Lecture mode on ``lesson`` (``full_screen=False``: at the window's size, for
        ``nnviz render --lecture``)."""
        window = self.window
        if not self.active:
            self._remembered = _Remembered(
                window.normalGeometry(), window.windowState(), window.saveState(),
                tuple(window.corner(c) for c in _CORNERS),
                tuple(bar.isVisibleTo(window) for bar in self._bars()))
        for bar in self._bars():
            bar.hide()
        self.show_lesson(lesson)
        if full_screen:
            window.setGeometry(window.screen().geometry())  # so without a window manager too
            window.showFullScreen()
        self.cursor.start()

    def leave(self) -> None:
        """Everything back as it was before lecture mode."""
        remembered = self._remembered
        if remembered is None:
            return
        self._remembered = None
        self.cursor.stop()
        self.cover.uncover()
        window = self.window
        window.setWindowState(remembered.window_state)
        if remembered.window_state == Qt.WindowNoState:
            window.setGeometry(remembered.geometry)
        self.narration_dock.hide()
        for corner, area in zip(_CORNERS, remembered.corners):
            window.setCorner(corner, area)
        for dock in self.docks.values():
            dock.setTitleBarWidget(None)
        window.restoreState(remembered.dock_state)
        self._settling = remembered  # and again once the window is back at its size
        QTimer.singleShot(0, self, self._settle_dock_state)
        for bar, shown in zip(self._bars(), remembered.bars_shown):
            bar.setVisible(shown)

    def _bars(self) -> tuple[QWidget, QWidget]:
        return self.window.menuBar(), self.window.statusBar()

    def show_lesson(self, lesson: Lesson) -> None:
        """Lay out ``lesson``'s lecture views and narration (a new lesson in lecture mode)."""
        self.narration.show_lesson(lesson)
        if self.active:
            self._lay_out([k for k in lesson.lecture_views if k in self.docks])

    def show_views(self, keys) -> None:
        """Lay out the views ``keys`` (a lesson step's ``show``; those without a dock are
        left out) in lecture mode, unless they are the ones laid out already."""
        keys = [k for k in keys if k in self.docks]
        if self.active and keys and tuple(keys) != self.views:
            self._lay_out(keys)

    def show_step(self, lesson: Lesson, number: int, title: str, text: str) -> None:
        """A lesson step's title and narration in the strip, sized to the new text."""
        self.narration.show_step(lesson, number, len(lesson.steps), title, text)
        self._apply_sizes()
        self._schedule_sizes()

    def show_walk_panel(self) -> None:
        """A step-through opened: its panel joins the lecture layout under the first view
        (a tab in front of the views below it) with WALK_SHARE of the height."""
        dock = self.docks.get(WALK)
        if dock is None or not self.views:
            return
        if WALK not in self.views and not self.walk_joined:
            window, first = self.window, self.docks[self.views[0]]
            below = [self.docks[k] for k in self.views[2:]]
            dock.setFloating(False)
            dock.setTitleBarWidget(QWidget())
            window.removeDockWidget(dock)
            if below:
                window.tabifyDockWidget(below[0], dock)
            else:
                window.splitDockWidget(first, dock, Qt.Vertical)
            self.walk_joined = True
            dock.show()
            self._schedule_sizes()
        dock.raise_()

    def cover_screen(self, colour: str | None) -> None:
        """A black or white screen, in lecture mode only; None or the same colour again: the
        window again."""
        if colour is None or colour == self.cover.covering:
            self.cover.uncover()
        elif self.active:
            self.cover.cover(colour)

    def say(self, note: str) -> None:
        """A note in the narration strip (what a presenter key could not do)."""
        self.narration.show_note(note)

    def apply_theme(self, theme: Theme) -> None:
        self.narration.apply_theme(theme)
        self._schedule_sizes()

    def _lay_out(self, keys: list[str]) -> None:
        window, docks = self.window, self.docks
        self.views, self.walk_joined = tuple(keys), False
        for key, dock in docks.items():
            if key not in keys:
                dock.hide()
        for corner in (Qt.BottomLeftCorner, Qt.BottomRightCorner):
            window.setCorner(corner, Qt.BottomDockWidgetArea)
        shown = [docks[k] for k in keys]
        for dock in shown:
            dock.setFloating(False)
            dock.setTitleBarWidget(QWidget())  # an empty title bar: no title, no buttons
            window.removeDockWidget(dock)
        if shown:
            window.addDockWidget(Qt.RightDockWidgetArea, shown[0])
        if len(shown) > 1:
            window.splitDockWidget(shown[0], shown[1], Qt.Horizontal)
        left = [shown[0], *shown[2:]]
        for above, below in pairwise(left):
            window.splitDockWidget(above, below, Qt.Vertical)
        window.removeDockWidget(self.narration_dock)
        window.addDockWidget(Qt.BottomDockWidgetArea, self.narration_dock)
        for dock in (*shown, self.narration_dock):
            dock.show()
        self._apply_sizes()  # at once (nnviz render draws before the event loop turns)
        self._schedule_sizes()

    def _schedule_sizes(self) -> None:
        """Size the docks once the window has laid out its new size (next event loop turn)."""
        QTimer.singleShot(0, self, self._apply_sizes)

    def _apply_sizes(self) -> None:
        """The left column LEAD_SHARE of the width; in it the first view FIRST_SHARE of the
        height, the others share the rest; the strip as tall as its text (at most
        NARRATION_SHARE of the height)."""
        if not (self.active and self.window.isVisible()):
            return
        window, shown = self.window, [self.docks[k] for k in self.views]
        left = [shown[0], *shown[2:]] if shown else []
        if self.walk_joined and len(left) == 1:
            left.append(self.docks[WALK])
        first_share = 1 - WALK_SHARE if self.walk_joined else FIRST_SHARE
        settle_layout()  # the docks where _lay_out put them, before their sizes
        width, height = window.width(), window.height()
        if len(shown) > 1:
            window.resizeDocks(shown[:2], [int(LEAD_SHARE * width), int((1 - LEAD_SHARE) * width)],
                               Qt.Horizontal)
        if len(left) > 1:
            rest = (1 - first_share) / (len(left) - 1)
            window.resizeDocks(left, [int(first_share * height)]
                               + [int(rest * height)] * (len(left) - 1), Qt.Vertical)
        self.narration.fit(width, int(NARRATION_SHARE * height))  # a fixed height: resizeDocks
        # would share it out with the views
        settle_layout()

    def _settle_dock_state(self) -> None:
        """The remembered dock sizes again, at the window's own size: restored while it was
        still full screen, Qt had scaled them on the way back."""
        remembered, window = self._settling, self.window
        if remembered is None or self.active:
            return
        window.restoreState(remembered.dock_state)
        if remembered.window_state != Qt.WindowNoState or \
                window.geometry().size() == remembered.geometry.size():
            self._settling = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A new window size sizes the docks again: the lecture layout's (going full
        screen), or the remembered one (coming back)."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            if self.active:
                self._schedule_sizes()
            elif self._settling is not None:
                QTimer.singleShot(0, self, self._settle_dock_state)
        return False
