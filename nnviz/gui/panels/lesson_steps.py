"""The lesson's steps under its header: Previous / Next, "step k of n" and a list of every
step to jump to (hidden for a lesson without steps). Step 0 is the lesson's start.

The titles are the lesson file's text: shown as written (a combo box shows plain text; a
tooltip goes through :func:`~nnviz.gui.kit.plain_text.tooltip_text`)."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget,
)

from nnviz.gui.kit.plain_text import tooltip_text

START = "Start"  # the list's first entry: the lesson as it opens


def step_entries(titles: Sequence[str]) -> list[str]:
    """The list's entries: START, then "k. title" for step k = 1..n."""
    return [START] + [f"{k}. {' '.join(title.split())}" for k, title in enumerate(titles, 1)]


def position_text(number: int, count: int) -> str:
    """ "step k of n" (k = 0: "start, n steps")."""
    if number == 0:
        return f"start · {count} step{'s' if count != 1 else ''}"
    return f"step {number} of {count}"


class LessonSteps(QWidget):
    """Previous / Next and "step k of n" in a row, the step list under them."""

    previous_requested = Signal()
    next_requested = Signal()
    step_chosen = Signal(int)  # 0 = the start, k = step k

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lesson-steps")
        self.previous_button = QPushButton("◀ Previous")
        self.next_button = QPushButton("Next ▶")
        self.previous_button.setToolTip("Previous step of the lesson (PageUp)")
        self.next_button.setToolTip("Next step of the lesson (PageDown)")
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.position = QLabel()
        self.position.setTextFormat(Qt.PlainText)
        self.steps = QComboBox()
        self.steps.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.steps.setMinimumContentsLength(8)
        self.steps.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.steps.setToolTip("Jump to a step of the lesson")
        self.steps.activated.connect(self.step_chosen)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addWidget(self.position, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 2, 8, 6)
        column.addLayout(row)
        column.addWidget(self.steps)
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

    def show_step(self, number: int) -> None:
        """Step ``number`` (0..n) is the one shown."""
        self.number = number
        self.steps.blockSignals(True)
        self.steps.setCurrentIndex(number)
        self.steps.blockSignals(False)
        self.position.setText(position_text(number, self.count))
        self.previous_button.setEnabled(number > 0)
        self.next_button.setEnabled(number < self.count)
