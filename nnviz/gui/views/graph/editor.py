"""The inline editor of one weight or bias, and the reading of the number typed into it."""

from __future__ import annotations


from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.numbers import NotFiniteError, read_number

MAX_ABS_VALUE = 1e6       # largest |value| the editor accepts


def parse_parameter_value(text: str) -> float:
    """The number a user typed for a weight or bias; InputError naming the problem if none.

    Accepts "1.5", "-2e-3", a Unicode minus "−1.5" and a decimal comma "1,5"; refuses
    NaN, ±∞ and |value| > MAX_ABS_VALUE.
    """
    shown = text.strip()
    if not shown:
        raise InputError(translate("GraphView", "type a number, e.g. 0.5 or -1.2"))
    try:
        value = read_number(shown, decimal_comma=True)
    except NotFiniteError:
        raise
    except InputError as e:
        raise InputError(f"{e}" + translate("GraphView", " (type e.g. 0.5 or -1.2)")) from None
    if abs(value) > MAX_ABS_VALUE:
        raise InputError(translate("GraphView", "{value} is too large: keep |value| ≤ {limit}").format(
            value=shown, limit=f"{MAX_ABS_VALUE:g}"))
    return value


class ParameterEditor(QFrame):
    """A small inline editor for one parameter: ``w²₁₃ = [ 0.52 ]``; Enter sets, Esc cancels.

    Invalid text shows a message and changes nothing; a valid number emits
    ``value_entered(θ index, value)`` and closes the editor.
    """

    value_entered = Signal(int, float)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.index = -1
        self.name = QLabel(self)
        self.line_edit = QLineEdit(self)
        self.line_edit.setMinimumWidth(90)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.addWidget(self.name)
        row.addWidget(self.line_edit)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 4, 6, 4)
        box.addLayout(row)
        box.addWidget(self.message)
        self.line_edit.returnPressed.connect(self.commit)
        self.hide()

    def open(self, index: int, name: str, value: float, at: QPointF) -> None:
        """Edit θ_index called ``name``, now ``value``, near ``at`` (parent coordinates)."""
        self.index = index
        self.name.setText(f"{name} =")
        self.line_edit.setText(f"{value:.6g}")  # what is typed back: more digits than shown
        self.line_edit.selectAll()
        self.message.hide()
        self.adjustSize()
        parent = self.parentWidget()
        self.move(min(max(0, int(at.x())), max(0, parent.width() - self.width())),
                  min(max(0, int(at.y())), max(0, parent.height() - self.height())))
        self.show()
        self.raise_()
        self.line_edit.setFocus()

    def commit(self) -> None:
        try:
            value = parse_parameter_value(self.line_edit.text())
        except InputError as error:
            self.message.setText(str(error))
            self.message.show()
            self.adjustSize()
            return
        self.hide()
        self.value_entered.emit(self.index, value)

    def keyPressEvent(self, event):  # Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)
