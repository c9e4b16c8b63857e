"""Return in an editor commits the value and gives the keys back to the window.

After typing a learning rate and Return, the spin box kept the focus: R typed "r" into it,
Space and Right did nothing. This application-level filter lets the Return (or Enter) reach
the editor, which commits it, and on the next event loop turn the window takes the focus,
so its shortcuts (R, Space, Right...) work again. Spin boxes and combo boxes always give it
back; a text field only when Return closed it (an inline editor that stays open shows what
was wrong with the text and keeps the focus to fix it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget
from shiboken6 import isValid

_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def editor_of(widget: QObject) -> QWidget | None:
    """The spin box, combo box or line edit ``widget`` is (or is the text field of)."""
    if not isinstance(widget, QWidget):
        return None
    parent = widget.parentWidget()
    if isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return parent
    return widget if isinstance(widget, (QAbstractSpinBox, QComboBox, QLineEdit)) else None


class FocusReturn(QObject):
    """Return in an editor of ``window`` hands the focus to ``window`` once committed."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget) \
                and watched.window() is self.window:
            assert isinstance(event, QKeyEvent)
            editor = editor_of(watched)
            if editor is not None and event.key() in _RETURN_KEYS:
                QTimer.singleShot(0, self, lambda: self._give_back(editor))
        return False

    def _give_back(self, editor: QWidget) -> None:
        if not isValid(editor):  # the settings rebuilt their editors
            return
        closed = not editor.isVisible()
        if closed or (editor.hasFocus() and not isinstance(editor, QLineEdit)):
            self.window.setFocus(Qt.FocusReason.OtherFocusReason)
