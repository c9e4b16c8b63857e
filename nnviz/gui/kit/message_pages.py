"""MessagePages: a view's content, or in its place what the view cannot show, in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget


class MessagePages(QStackedWidget):
    """Page 0 is ``content``; page 1 ``message_label`` (plain text, wrapped, centred).

    ``fill(view)`` makes it the whole of ``view``; :meth:`show_message` switches pages."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setMargin(12)
        self.addWidget(content)
        self.addWidget(self.message_label)

    def fill(self, view: QWidget) -> None:
        """Lay these pages over the whole of ``view``."""
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self)

    def show_message(self, text: str) -> None:
        """``text`` in place of the content; "" brings the content back."""
        if text and self.message_label.text() != text:
            self.message_label.setText(text)
        self.setCurrentIndex(1 if text else 0)
