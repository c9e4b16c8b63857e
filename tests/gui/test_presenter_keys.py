"""The presenter keys (gui/shell/presenter_keys.py): what each key does, and that it does it
whatever widget of the window has the focus (a spin box, a line edit, a slider), without
the widget using the key itself."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDockWidget, QDoubleSpinBox, QLineEdit, QWidget,
)

from nnviz.core.config import build_trainer
from nnviz.core.lessons import load_lesson
from nnviz.gui.shell.main_window import MainWindow
from nnviz.gui.shell.presenter_keys import (
    BLACK, LECTURE, LEAVE, NEXT, PLAY, PREVIOUS, WHITE, is_text_field, presenter_key,
)
from nnviz.gui.views.boundary import BoundaryView
from nnviz.gui.views.graph import GraphView
from nnviz.gui.views.loss import LossView
from nnviz.gui.views.walkthrough import StepThroughView
from nnviz.session.commands import Walk

KEY, NONE = Qt.Key, Qt.KeyboardModifier.NoModifier
SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier


@pytest.mark.parametrize("key, lecturing, action", [
    (KEY.Key_PageDown, False, NEXT), (KEY.Key_PageUp, False, PREVIOUS),
    (KEY.Key_Space, False, PLAY), (KEY.Key_F5, False, LECTURE), (KEY.Key_F5, True, LECTURE),
    (KEY.Key_Escape, True, LEAVE), (KEY.Key_Escape, False, None),
    (KEY.Key_B, True, BLACK), (KEY.Key_Period, True, BLACK), (KEY.Key_W, True, WHITE),
    (KEY.Key_B, False, None), (KEY.Key_Period, False, None), (KEY.Key_W, False, None),
    (KEY.Key_R, True, None), (KEY.Key_Right, True, None),
])
def test_each_key_does_its_one_thing(key, lecturing, action):
    assert presenter_key(key, NONE, lecturing) == action


def test_modifiers_and_the_keypad():
    assert presenter_key(KEY.Key_F5, SHIFT, False) == LECTURE  # a clicker's "start show"
    assert presenter_key(KEY.Key_PageDown, CTRL, False) is None  # the walk's next phase
    assert presenter_key(KEY.Key_PageDown, SHIFT, True) is None  # the walk's next neuron
    assert presenter_key(KEY.Key_PageDown, Qt.KeyboardModifier.KeypadModifier, False) == NEXT


def test_space_types_into_a_text_field_outside_lecture_mode_only():
    assert presenter_key(KEY.Key_Space, NONE, lecturing=False, typing=True) is None
    assert presenter_key(KEY.Key_Space, NONE, lecturing=True, typing=True) == PLAY


def test_text_fields_are_line_edits_that_are_not_a_spin_boxs_number(qtbot):
    spin, line = QDoubleSpinBox(), QLineEdit()
    qtbot.addWidget(spin)
    qtbot.addWidget(line)
    assert is_text_field(line)
    assert not is_text_field(spin.lineEdit())
    line.setReadOnly(True)
    assert not is_text_field(line)
    assert not is_text_field(QWidget())


@pytest.fixture
def presenter_window(qtbot, messages, tmp_path):
    """The main window (graph, step-through, boundary, loss; no training thread) showing the
    XOR lesson's first state (without its steps), with a spin box, a line edit and a combo box in a dock of their
    own (the speed slider is the transport's)."""
    stepless = replace(load_lesson("xor"), steps=())  # PageDown pages a script's steps
    window = MainWindow(stepless, settings=QSettings(str(tmp_path / "nnviz.ini"), QSettings.IniFormat),
                        start_training=False,
                        view_classes=[GraphView, StepThroughView, BoundaryView, LossView])
    qtbot.addWidget(window)
    box = QWidget()
    window.spin, window.line, window.combo = QDoubleSpinBox(box), QLineEdit(box), QComboBox(box)
    window.spin.move(0, 40)
    window.combo.move(0, 80)
    window.combo.addItems(["first", "second", "third"])
    window.spin.setValue(5.0)
    dock = QDockWidget("test widgets", window)
    dock.setObjectName("dock-test-widgets")
    dock.setWidget(box)
    window.addDockWidget(Qt.LeftDockWidgetArea, dock)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    trainer = build_trainer(window.state.config, window.state.dataset)
    window.display(window.state.dataset, [trainer.snapshot()])
    yield window
    window.leave_lecture_mode()
    window.close()


def focused(qtbot, window, which: str) -> QWidget:
    widget = {"spin box": window.spin, "line edit": window.line, "combo box": window.combo,
              "slider": window.transport.speed_slider}[which]
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget
                    or QApplication.focusWidget() is getattr(widget, "lineEdit", lambda: 0)())
    return widget


def value_of(widget):
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.view().isVisible()  # PageDown picks, Space opens
    return widget.text() if isinstance(widget, QLineEdit) else widget.value()


WIDGETS = ["spin box", "line edit", "combo box", "slider"]


@pytest.mark.parametrize("which", WIDGETS)
def test_page_down_and_up_walk_the_step_through_whatever_has_the_focus(qtbot, presenter_window,
                                                                        which):
    window = presenter_window
    window.step_through_selected()
    window.route(Walk("next"))  # off the opening position (its first "next" stays)
    widget = focused(qtbot, window, which)
    before, start = value_of(widget), window.state.walk.walkthrough.number
    qtbot.keyClick(widget, KEY.Key_PageDown)
    qtbot.keyClick(widget, KEY.Key_PageDown)
    assert window.state.walk.walkthrough.number == start + 2
    qtbot.keyClick(widget, KEY.Key_PageUp)
    assert window.state.walk.walkthrough.number == start + 1
    assert value_of(widget) == before  # the spin box did not step, the slider did not move


@pytest.mark.parametrize("which", WIDGETS)
def test_page_down_without_a_walk_says_the_lesson_has_no_steps(qtbot, presenter_window, which):
    window = presenter_window
    widget = focused(qtbot, window, which)
    before = value_of(widget)
    qtbot.keyClick(widget, KEY.Key_PageDown)
    assert "no steps" in window.statusBar().currentMessage()
    assert value_of(widget) == before
    assert window.state.walk is None


@pytest.mark.parametrize("which", WIDGETS)
def test_space_plays_and_pauses_whatever_has_the_focus(qtbot, presenter_window, which):
    """(A line edit outside lecture mode types the space: see the last test.)"""
    window = presenter_window
    if which == "line edit":
        window.enter_lecture_mode()
    widget = focused(qtbot, window, which)
    before = value_of(widget)
    with qtbot.waitSignal(window.transport.play_requested, timeout=1000):
        qtbot.keyClick(widget, KEY.Key_Space)
    window.transport.set_running(True)
    with qtbot.waitSignal(window.transport.pause_requested, timeout=1000):
        qtbot.keyClick(widget, KEY.Key_Space)
    assert value_of(widget) == before


@pytest.mark.parametrize("which", WIDGETS)
def test_f5_enters_lecture_mode_b_w_blank_and_esc_leaves(qtbot, presenter_window, which):
    window = presenter_window
    widget = focused(qtbot, window, which)
    qtbot.keyClick(widget, KEY.Key_F5)
    assert window.lecturing
    widget.setFocus()  # the docks moved: give the focus back to the same widget
    for key, colour in ((KEY.Key_B, BLACK), (KEY.Key_Period, BLACK), (KEY.Key_W, WHITE)):
        qtbot.keyClick(widget, key)
        assert window.covering == colour
        qtbot.keyClick(widget, KEY.Key_PageDown)  # any key brings the window back ...
        assert window.covering is None
        assert "no steps" not in window.statusBar().currentMessage()  # ... and only that
    qtbot.keyClick(widget, KEY.Key_W)
    qtbot.keyClick(widget, KEY.Key_W)  # the same key again
    assert window.covering is None
    qtbot.keyClick(widget, KEY.Key_Escape)
    assert not window.lecturing


def test_outside_lecture_mode_b_w_and_space_type_into_a_line_edit(qtbot, presenter_window):
    window = presenter_window
    line = focused(qtbot, window, "line edit")
    qtbot.keyClicks(line, "b.w ")
    assert line.text() == "b.w "
    assert window.covering is None
