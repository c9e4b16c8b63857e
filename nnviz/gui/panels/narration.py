"""Lecture mode's narration strip: the lesson's title and text, large, and big Prev / Next
buttons for a touch screen or a tablet.

The lesson file's text is user text: shown as plain text (Qt.PlainText), never as markup,
and word-wrapped; a text longer than the strip scrolls instead of being cut. A note line
says what the presenter keys could not do (e.g. that the lesson has no steps).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from nnviz.core.i18n import translate
from nnviz.core.lessons import Lesson
from nnviz.gui.panels.lesson_header import paragraphs
from nnviz.gui.theme import Theme

TITLE_SIZE = 1.15  # the title's font, times the app's (already scaled) font
TEXT_SIZE = 1.0  # the text's and the buttons'
SLACK = 8  # pixels the dock's frame and separator take from the strip
BUTTON_SIDE = 44  # the buttons' least height in pixels at 100 %: a finger's width


def plain_label(parent: QWidget | None = None) -> QLabel:
    """A word-wrapped label that shows its text as written (never as rich text)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.NoTextInteraction)
    return label


class NarrationStrip(QWidget):
    """Title, text and a note on the left; Prev / Next on the right."""

    previous_requested = Signal()
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lecture-narration")
        self.title = plain_label()
        self.text = plain_label()
        self.note = plain_label()
        self.note.hide()
        words = QWidget()
        column = QVBoxLayout(words)
        column.setContentsMargins(0, 0, 0, 0)
        for label in (self.title, self.text, self.note):
            column.addWidget(label)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(words)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.previous_button = QPushButton(translate("NarrationStrip", "◀ Prev"))
        self.next_button = QPushButton(translate("NarrationStrip", "Next ▶"))
        for button, tip, signal in (
                (self.previous_button, translate("NarrationStrip", "Previous step (PageUp)"),
                 self.previous_requested),
                (self.next_button, translate("NarrationStrip", "Next step (PageDown)"),
                 self.next_requested)):
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.NoFocus)  # a tap must not take the keys' focus
            button.clicked.connect(signal)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.scroll, 1)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)

    def show_lesson(self, lesson: Lesson) -> None:
        self.title.setText(lesson.title)
        text = " ".join(lesson.description.split())
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.show_note("")

    def show_step(self, lesson: Lesson, number: int, count: int, title: str,
                  text: str) -> None:
        """Step ``number`` of ``count``: its title and narration (paragraphs kept); step 0:
        the lesson as it opens."""
        if number == 0:
            self.show_lesson(lesson)
            return
        self.title.setText(translate("NarrationStrip", "Step {number} of {count}: {title}").format(
            number=number, count=count, title=title))
        text = "\n\n".join(paragraphs(text))
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.show_note("")

    def show_note(self, note: str) -> None:
        """A line under the text (empty: none)."""
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def apply_theme(self, theme: Theme) -> None:
        """Fonts TITLE_SIZE and TEXT_SIZE times the theme's; buttons BUTTON_SIDE·s large."""
        for label, size, bold in ((self.title, TITLE_SIZE, True), (self.text, TEXT_SIZE, False),
                                  (self.note, TEXT_SIZE, False)):
            font = QFont(label.font())
            font.setPointSizeF(theme.point_size * size)
            font.setBold(bold)
            label.setFont(font)
        self.note.setStyleSheet(f"color: {theme.highlight}")
        side = round(BUTTON_SIDE * theme.scale)
        for button in (self.previous_button, self.next_button):
            font = QFont(button.font())
            font.setPointSizeF(theme.point_size * TEXT_SIZE)
            button.setFont(font)
            button.setMinimumSize(int(side * 1.8), side)

    def fit(self, width: int, most: int) -> None:
        """As tall as the text at ``width`` pixels wants, at most ``most`` pixels: then the
        text scrolls (the scroll bar only then, so it never narrows text that fits)."""
        wanted = self.wanted_height(width)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded if wanted > most
                                               else Qt.ScrollBarAlwaysOff)
        self.setFixedHeight(min(wanted, most))

    def wanted_height(self, width: int) -> int:
        """The height that shows all the text at ``width`` pixels, and the buttons."""
        margins = self.layout().contentsMargins()
        buttons = sum(b.sizeHint().expandedTo(b.minimumSize()).width() + self.layout().spacing()
                      for b in (self.previous_button, self.next_button))
        text_width = max(100, width - buttons - margins.left() - margins.right() - 24)
        words = self.scroll.widget()
        words.layout().invalidate()  # new text: the labels' cached heights are stale
        text = words.layout().totalHeightForWidth(text_width) if words.layout().hasHeightForWidth() \
            else words.sizeHint().height()
        return (max(text, self.previous_button.minimumHeight()) + margins.top() + margins.bottom()
                + SLACK)
