"""The step-through's keys (gui/kit/walk_keys.py): which Walk each key sends, that they beat
a window shortcut and never type into a field, and that they rest while no walk is open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnviz.gui.kit.walk_keys import install_walk_keys, walk_command
from nnviz.session.commands import Walk

SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier
KEY = Qt.Key

KEYS = [
    (KEY.Key_Right, NONE, Walk("next", "step")),
    (KEY.Key_PageDown, NONE, Walk("next", "step")),
    (KEY.Key_Left, NONE, Walk("previous", "step")),
    (KEY.Key_PageUp, NONE, Walk("previous", "step")),
    (KEY.Key_Right, SHIFT, Walk("next", "neuron")),
    (KEY.Key_PageDown, SHIFT, Walk("next", "neuron")),
    (KEY.Key_Left, SHIFT, Walk("previous", "neuron")),
    (KEY.Key_Right, CTRL, Walk("next", "phase")),
    (KEY.Key_PageUp, CTRL, Walk("previous", "phase")),
    (KEY.Key_Left, CTRL, Walk("previous", "phase")),
    (KEY.Key_Home, NONE, Walk("first")),
    (KEY.Key_End, NONE, Walk("last")),
]


@pytest.mark.parametrize("key, modifiers, walk", KEYS)
def test_each_key_stands_for_its_walk(key, modifiers, walk):
    assert walk_command(key, modifiers) == walk


def test_the_keypad_flag_changes_nothing():
    assert walk_command(KEY.Key_Right, Qt.KeyboardModifier.KeypadModifier) == Walk("next", "step")


@pytest.mark.parametrize("key, modifiers", [(KEY.Key_A, NONE), (KEY.Key_Space, NONE),
                                            (KEY.Key_Right, SHIFT | CTRL),
                                            (KEY.Key_Home, SHIFT), (KEY.Key_Up, NONE)])
def test_other_keys_stand_for_nothing(key, modifiers):
    assert walk_command(key, modifiers) is None


class Stage:
    """A window whose Right is a shortcut ("one training step"), a panel with a spin box, a
    field and a button in it (the keys installed on the panel), and a button outside it."""

    def __init__(self, qtbot):
        self.window = QMainWindow()
        qtbot.addWidget(self.window)
        self.training_steps, self.sent, self.open = [], [], True
        step = QAction("Step", self.window)
        step.setShortcut(QKeySequence(Qt.Key.Key_Right))
        step.triggered.connect(lambda: self.training_steps.append(1))
        self.window.addAction(step)
        central = QWidget()
        self.panel, self.outside = QWidget(), QPushButton("outside")
        self.spin, self.field, self.button = QSpinBox(), QLineEdit("sample"), QPushButton("go")
        self.spin.setRange(0, 99)
        self.spin.setValue(5)
        inner = QVBoxLayout(self.panel)
        inner.addWidget(self.spin)
        inner.addWidget(self.field)
        inner.addWidget(self.button)
        outer = QVBoxLayout(central)
        outer.addWidget(self.panel)
        outer.addWidget(self.outside)
        self.window.setCentralWidget(central)
        install_walk_keys(self.panel, self.sent.append, lambda: self.open)
        self.window.show()
        qtbot.waitExposed(self.window)

    def focus(self, qtbot, widget):
        self.window.activateWindow()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)


@pytest.mark.parametrize("key, modifiers, walk", KEYS)
def test_in_the_spin_box_the_keys_walk_and_never_type(qtbot, key, modifiers, walk):
    stage = Stage(qtbot)
    stage.focus(qtbot, stage.spin)
    qtbot.keyClick(stage.spin, key, modifiers)
    assert stage.sent == [walk]
    assert stage.spin.value() == 5 and stage.training_steps == []


def test_in_a_field_home_and_end_walk_and_the_text_stays(qtbot):
    stage = Stage(qtbot)
    stage.focus(qtbot, stage.field)
    stage.field.setCursorPosition(3)
    qtbot.keyClick(stage.field, KEY.Key_End)
    qtbot.keyClick(stage.field, KEY.Key_Right)
    qtbot.keyClick(stage.field, KEY.Key_A)
    assert stage.sent == [Walk("last"), Walk("next", "step")]
    assert stage.field.text() == "samaple" and stage.training_steps == []


def test_with_no_walk_open_right_is_the_window_shortcut_again(qtbot):
    stage = Stage(qtbot)
    stage.open = False
    stage.focus(qtbot, stage.button)
    qtbot.keyClick(stage.button, KEY.Key_Right)
    assert stage.training_steps == [1]
    stage.focus(qtbot, stage.spin)
    qtbot.keyClick(stage.spin, KEY.Key_PageUp)
    assert stage.spin.value() == 15  # PageUp steps the spin box by 10 again
    assert stage.sent == []


def test_outside_the_panel_the_keys_are_left_alone(qtbot):
    stage = Stage(qtbot)
    stage.focus(qtbot, stage.button)
    qtbot.keyClick(stage.button, KEY.Key_Right)
    assert stage.sent == [Walk("next", "step")] and stage.training_steps == []
    stage.sent.clear()
    stage.focus(qtbot, stage.outside)
    qtbot.keyClick(stage.outside, KEY.Key_Right)
    assert stage.sent == [] and stage.training_steps == [1]


def test_the_handler_goes_with_its_widget(qtbot):
    stage = Stage(qtbot)
    stage.panel.setParent(None)
    stage.panel.deleteLater()
    qtbot.wait(10)
    stage.focus(qtbot, stage.outside)
    qtbot.keyClick(stage.outside, KEY.Key_Right)
    assert stage.sent == [] and stage.training_steps == [1]
