"""User text in the panels (lesson titles and descriptions, messages) is shown as written:
never read as HTML, so ``<img src=...>`` loads nothing (issue 12, item 14)."""

from dataclasses import replace

from PySide6.QtGui import QTextDocument, Qt  # QtGui's Qt: with mightBeRichText

from nnviz.core.lessons import load_lesson
from nnviz.gui.kit.elided_label import ElidedLabel
from nnviz.gui.panels.lesson_header import LessonHeader

MARKUP = '<img src="/some/fifo"> & <b>bold</b>'


def shown_as(text: str, rich: bool) -> str:
    """What a reader sees of ``text`` in a place that reads it as HTML when ``rich``."""
    document = QTextDocument()
    if rich:
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document.toPlainText()


def test_an_elided_label_and_its_tooltip_show_markup_as_written(qtbot):
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.setText(MARKUP)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert shown_as(label.toolTip(), rich=Qt.mightBeRichText(label.toolTip())) == MARKUP
    assert label.shown_lines() == [MARKUP]


def test_the_lesson_header_shows_a_title_and_description_as_written(qtbot):
    lesson = replace(load_lesson("xor"), title=MARKUP, description=f"{MARKUP}\n  second line")
    header = LessonHeader()
    qtbot.addWidget(header)
    header.show_lesson(lesson)
    label = header if not hasattr(header, "label") else header.label
    assert shown_as(label.text(), rich=True) == f"{MARKUP}\n{MARKUP} second line"
