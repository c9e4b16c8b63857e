"""The lesson's title and description above the settings (the lesson file's text is
escaped: shown as written, never read as markup)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from nnviz.core.lessons import Lesson


class LessonHeader(QLabel):
    """The title in bold, the description below it, wrapped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.RichText)
        self.setContentsMargins(8, 6, 8, 6)

    def show_lesson(self, lesson: Lesson) -> None:
        title, text = escape(lesson.title), escape(" ".join(lesson.description.split()))
        self.setText(f"<b>{title}</b><br>{text}" if text else f"<b>{title}</b>")
