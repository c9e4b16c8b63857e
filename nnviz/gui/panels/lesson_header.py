"""The lesson's title and description above the settings, whole: the header is as tall as
the text at its width, up to MAX_SHARE of the height it shares with the settings (at least
MIN_LINES lines; the lesson's step bar, in ``sharing``, comes out of that share); a longer
description scrolls. The lesson file's text is escaped: shown
as written, never read as markup."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

from nnviz.core.i18n import translate
from nnviz.core.lessons import Lesson
from nnviz.gui.kit.plain_text import html_escaped

MAX_SHARE = 0.4  # of the parent's height: the most the header takes before it scrolls
MIN_LINES = 3  # the header shows at least this many lines


def paragraphs(text: str) -> list[str]:
    """``text``'s paragraphs (blank-line separated), each on one line."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


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
        self.sharing: tuple[QWidget, ...] = ()  # widgets whose height comes out of MAX_SHARE

    def show_lesson(self, lesson: Lesson) -> None:
        title, text = html_escaped(lesson.title), html_escaped(" ".join(lesson.description.split()))
        self.label.setText(f"<b>{title}</b><br>{text}" if text else f"<b>{title}</b>")
        self.verticalScrollBar().setValue(0)
        self.updateGeometry()

    def show_step(self, lesson: Lesson, number: int, title: str, text: str) -> None:
        """The lesson's title, then step ``number``'s title and narration (its paragraphs
        kept); step 0: the lesson as it opens."""
        if number == 0:
            self.show_lesson(lesson)
            return
        step = html_escaped(translate("LessonHeader", "Step {number}: {title}").format(
            number=number, title=title))
        head = f"<b>{html_escaped(lesson.title)}</b><br><b>{step}</b>"
        body = "<br><br>".join(html_escaped(p) for p in paragraphs(text))
        self.label.setText(f"{head}<br>{body}" if body else head)
        self.verticalScrollBar().setValue(0)
        self.updateGeometry()

    def text_height(self) -> int:
        """The height the whole text needs at the header's width."""
        return self.label.heightForWidth(self.viewport().width())

    def sizeHint(self) -> QSize:  # Qt override: the whole text, up to MAX_SHARE of the parent
        margins = self.label.contentsMargins()
        least = MIN_LINES * self.label.fontMetrics().lineSpacing() + margins.top() + margins.bottom()
        parent = self.parentWidget()
        shared = sum(w.sizeHint().height() for w in self.sharing if w.isVisibleTo(parent)) \
            if parent is not None else 0
        most = max(least, int(MAX_SHARE * parent.height()) - shared) if parent is not None \
            else least
        return QSize(self.label.minimumSizeHint().width(),
                     min(self.text_height(), most) + 2 * self.frameWidth())

    def resizeEvent(self, event) -> None:  # Qt override: a new width, a new height
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()

    def showEvent(self, event) -> None:  # Qt override: follow the parent's height
        super().showEvent(event)
        if self.parentWidget() is not None:
            self.parentWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize \
                and event.size().height() != event.oldSize().height():
            self.updateGeometry()
        return False
