"""The keys a presenter's clicker sends, whatever widget of the main window has the focus:

    PageDown, PageUp    next / previous: the step-through's step when a walk is open, else
                        the lesson's step
    Space               play / pause
    F5 (or Shift+F5)    enter / leave lecture mode
    Esc                 leave lecture mode (in lecture mode)
    B or .  /  W        black / white screen (in lecture mode only: elsewhere they type)

While the screen is black or white, any key brings the window back and does nothing else.
Outside lecture mode Space in a text field types a space.

One application-level event filter: it accepts the ShortcutOverride of those keys (so no
widget keeps them for itself: a spin box's PageUp, a slider's PageDown, a field's Space,
and no other shortcut fires) and eats the key press, calling the :class:`Presenter`
instead. Only keys aimed at a widget of the main window count: a dialog keeps its keys.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget,
)

NEXT, PREVIOUS, PLAY, LECTURE, LEAVE, BLACK, WHITE = (
    "next", "previous", "play", "lecture", "leave", "black", "white")
KEY = Qt.Key
_ANYWHERE = {KEY.Key_PageDown: NEXT, KEY.Key_PageUp: PREVIOUS, KEY.Key_Space: PLAY,
             KEY.Key_F5: LECTURE}
_LECTURING = {KEY.Key_Escape: LEAVE, KEY.Key_B: BLACK, KEY.Key_Period: BLACK,
              KEY.Key_W: WHITE}
_KEY_EVENTS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)


class Presenter(Protocol):
    """What the presenter keys do (the main window)."""

    lecturing: bool
    covering: str | None  # "black", "white" or None

    def page(self, direction: int) -> None: ...
    def toggle_play(self) -> None: ...
    def toggle_lecture_mode(self) -> None: ...
    def leave_lecture_mode(self) -> None: ...
    def cover_screen(self, colour: str | None) -> None: ...


def presenter_key(key: int, modifiers: Qt.KeyboardModifier, lecturing: bool,
                  typing: bool = False) -> str | None:
    """What ``key`` with ``modifiers`` does (NEXT, PREVIOUS, ...), None: nothing of the
    presenter's. ``typing``: the focus is in a text field (Space types there outside
    lecture mode)."""
    modifiers &= ~Qt.KeyboardModifier.KeypadModifier
    if key == KEY.Key_F5 and modifiers == Qt.KeyboardModifier.ShiftModifier:
        return LECTURE
    if modifiers != Qt.KeyboardModifier.NoModifier:
        return None
    if key == KEY.Key_Space and typing and not lecturing:
        return None
    return _ANYWHERE.get(key) or (_LECTURING.get(key) if lecturing else None)


def is_text_field(widget: QWidget | None) -> bool:
    """A widget a user types text into (not a spin box's number field)."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly() and not isinstance(widget.parentWidget(), QAbstractSpinBox)
    return isinstance(widget, (QTextEdit, QPlainTextEdit)) and not widget.isReadOnly()


class PresenterKeys(QObject):
    """The presenter keys of ``window`` (a QWidget that is a :class:`Presenter`)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _KEY_EVENTS or not self._in_window(watched):
            return False
        assert isinstance(event, QKeyEvent)
        presenter: Presenter = self.window  # type: ignore[assignment]
        if presenter.covering is not None:
            action = "uncover"
        else:
            action = presenter_key(event.key(), event.modifiers(), presenter.lecturing,
                                   is_text_field(watched))
            if action is None:
                return False
        event.accept()
        if event.type() == QEvent.Type.KeyPress:
            self._do(presenter, action)
        return True

    def _in_window(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self.window

    @staticmethod
    def _do(presenter: Presenter, action: str) -> None:
        match action:
            case "uncover":
                presenter.cover_screen(None)
            case "next" | "previous":
                presenter.page(+1 if action == NEXT else -1)
            case "play":
                presenter.toggle_play()
            case "lecture":
                presenter.toggle_lecture_mode()
            case "leave":
                presenter.leave_lecture_mode()
            case "black" | "white":
                presenter.cover_screen(action)

