"""The lesson's title and description above the settings, whole: the header is as tall as
the text at its width, up to MAX_LINES lines; a longer description scrolls (the settings
keep the rest of the height). The lesson file's text is escaped: shown as written, never
read as markup."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

from nnviz.core.lessons import Lesson
from nnviz.gui.kit.plain_text import html_escaped

MAX_LINES = 7  # the most lines of text the header shows before it scrolls


class LessonHeader(QScrollArea):
    """The title in bold, the description below it, wrapped (``label`` holds the text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setContentsMargins(8, 6, 8, 6)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def show_lesson(self, lesson: Lesson) -> None:
        title, text = html_escaped(lesson.title), html_escaped(" ".join(lesson.description.split()))
        self.label.setText(f"<b>{title}</b><br>{text}" if text else f"<b>{title}</b>")
        self.verticalScrollBar().setValue(0)
        self.updateGeometry()

    def text_height(self) -> int:
        """The height the whole text needs at the header's width."""
        return self.label.heightForWidth(self.viewport().width())

    def sizeHint(self) -> QSize:  # Qt override: the whole text, up to MAX_LINES lines
        margins = self.label.contentsMargins()
        most = MAX_LINES * self.label.fontMetrics().lineSpacing() + margins.top() + margins.bottom()
        return QSize(self.label.minimumSizeHint().width(),
                     min(self.text_height(), most) + 2 * self.frameWidth())

    def resizeEvent(self, event) -> None:  # Qt override: a new width, a new height
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()
