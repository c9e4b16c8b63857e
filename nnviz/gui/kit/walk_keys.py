"""The step-through's keys, one handler for every widget that steps (issue 11).

While a walk is open and the focus is inside the watched widget (the Step-through panel,
the graph), the keys a presenter's clicker sends move the walk instead of typing:

    Right, PageDown       next step        Left, PageUp        previous step
    Shift + those         next / previous neuron
    Ctrl + those          next / previous phase
    Home, End             first / last

The filter accepts the ShortcutOverride of those keys (so a window shortcut such as the
transport's Right = "one training step" does not fire) and eats the key press (so a spin
box or a field in the panel never types it), sending a :class:`~nnviz.session.commands.Walk`
through a callback instead. With no walk open it lets every key through.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from nnviz.session.commands import Walk

_FORWARD = {Qt.Key.Key_Right, Qt.Key.Key_PageDown}
_BACKWARD = {Qt.Key.Key_Left, Qt.Key.Key_PageUp}
_MODIFIER_LEVELS = {Qt.KeyboardModifier.NoModifier: "step",
                    Qt.KeyboardModifier.ShiftModifier: "neuron",
                    Qt.KeyboardModifier.ControlModifier: "phase"}
_KEY_EVENTS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)


def walk_command(key: int, modifiers: Qt.KeyboardModifier) -> Walk | None:
    """The Walk a key with ``modifiers`` stands for, None when it stands for none."""
    modifiers &= ~Qt.KeyboardModifier.KeypadModifier
    if key == Qt.Key.Key_Home and modifiers == Qt.KeyboardModifier.NoModifier:
        return Walk("first")
    if key == Qt.Key.Key_End and modifiers == Qt.KeyboardModifier.NoModifier:
        return Walk("last")
    level = _MODIFIER_LEVELS.get(modifiers)
    if level is None:
        return None
    if key in _FORWARD:
        return Walk("next", level)
    if key in _BACKWARD:
        return Walk("previous", level)
    return None


class WalkKeys(QObject):
    """Turns the step-through's keys into Walk commands for ``send`` while ``is_open()``
    and the focus is in ``widget`` (or a widget inside it)."""

    def __init__(self, widget: QWidget, send: Callable[[Walk], None],
                 is_open: Callable[[], bool]) -> None:
        super().__init__(widget)
        self._widget, self._send, self._is_open = widget, send, is_open

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _KEY_EVENTS or not self._watches(watched):
            return False
        assert isinstance(event, QKeyEvent)
        command = walk_command(event.key(), event.modifiers())
        if command is None or not self._is_open():
            return False
        event.accept()
        if event.type() == QEvent.Type.KeyPress:
            self._send(command)
        return True

    def _watches(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and (
            watched is self._widget or self._widget.isAncestorOf(watched))


def install_walk_keys(widget: QWidget, send: Callable[[Walk], None],
                      is_open: Callable[[], bool]) -> WalkKeys:
    """Give ``widget`` (and every widget inside it) the step-through's keys; the handler
    lives as long as ``widget``."""
    keys = WalkKeys(widget, send, is_open)
    QApplication.instance().installEventFilter(keys)
    return keys
