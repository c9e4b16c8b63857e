"""The lesson's steps under its header, in one row: Prev, the list of every step to jump to
(showing "Step k of n: title"), Next; hidden for a lesson without steps. Step 0 is the
lesson's start.

The titles are the lesson file's text: shown as written (a combo box shows plain text; a
tooltip goes through :func:`~nnviz.gui.kit.plain_text.tooltip_text`)."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from nnviz.core.i18n import translate
from nnviz.gui.kit.plain_text import tooltip_text

def step_entries(titles: Sequence[str]) -> list[str]:
    """The list's entries: the start ("Start · n steps"), then "Step k of n: title"."""
    n = len(titles)
    start = translate("LessonSteps", "Start · %n step(s)", None, n)
    return [start] + [
        translate("LessonSteps", "Step {number} of {count}: {title}").format(
            number=k, count=n, title=" ".join(title.split()))
        for k, title in enumerate(titles, 1)]


class LessonSteps(QWidget):
    """One row: Prev, the step list (its entry says "Step k of n: title"), Next."""

    previous_requested = Signal()
    next_requested = Signal()
    step_chosen = Signal(int)  # 0 = the start, k = step k

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lesson-steps")
        self.previous_button = QPushButton(translate("LessonSteps", "◀ Prev"))
        self.next_button = QPushButton(translate("LessonSteps", "Next ▶"))
        self.previous_button.setToolTip(translate("LessonSteps", "Previous step of the lesson (PageUp)"))
        self.next_button.setToolTip(translate("LessonSteps", "Next step of the lesson (PageDown)"))
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.steps = QComboBox()
        self.steps.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.steps.setMinimumContentsLength(6)
        self.steps.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.steps.activated.connect(self.step_chosen)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 4)
        row.addWidget(self.previous_button)
        row.addWidget(self.steps, 1)
        row.addWidget(self.next_button)
        self.count = 0
        self.number = 0
        self.hide()

    def set_steps(self, titles: Sequence[str]) -> None:
        """A lesson's step titles (none: the bar hides); at the start."""
        self.count = len(titles)
        self.steps.blockSignals(True)
        self.steps.clear()
        for k, entry in enumerate(step_entries(titles)):
            self.steps.addItem(entry)
            self.steps.setItemData(k, tooltip_text(entry), Qt.ToolTipRole)
        self.steps.blockSignals(False)
        self.setVisible(self.count > 0)
        self.show_step(0)

    def position(self) -> str:
        """What the list shows: "Step k of n: title" (or the start)."""
        return self.steps.currentText()

    def show_step(self, number: int) -> None:
        """Step ``number`` (0..n) is the one shown."""
        self.number = number
        self.steps.blockSignals(True)
        self.steps.setCurrentIndex(number)
        self.steps.blockSignals(False)
        self.steps.setToolTip(tooltip_text(translate(
            "LessonSteps", "{position}\n(jump to any step of the lesson)").format(
            position=self.position())))
        self.previous_button.setEnabled(number > 0)
        self.next_button.setEnabled(number < self.count)
