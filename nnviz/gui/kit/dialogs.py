"""The window's dialogs, in one place so tests can replace them: a message, a file to open,
a file to write."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

ICONS = {"information": QMessageBox.Information, "warning": QMessageBox.Warning,
         "error": QMessageBox.Critical}


def show_message(parent: QWidget, title: str, text: str, level: str = "information") -> None:
    """A non-modal message box (it never blocks training, the window or a test); ``text`` is
    shown as plain text."""
    box = QMessageBox(ICONS.get(level, QMessageBox.Information), title, text, QMessageBox.Ok, parent)
    box.setTextFormat(Qt.PlainText)
    box.setWindowModality(Qt.NonModal)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.show()


def ask_open_path(parent: QWidget, caption: str, filters: str) -> str | None:
    """A file to open, or None if the user cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, "", filters)
    return path or None


def ask_save_path(parent: QWidget, caption: str, suggestion: str, filters: str) -> str | None:
    """A file to write, or None if the user cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggestion, filters)
    return path or None
