"""The shell's, the panels' and the kit's texts go through ``translate`` (issue 17): with a
translator installed they come out translated, with none they are the English they were."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStatusBar

from nnviz.core import i18n
from nnviz.core.config import resolve
from nnviz.core.lessons import load_lesson
from nnviz.gui.kit.colour_key import class_label
from nnviz.gui.panels.lesson_steps import step_entries
from nnviz.gui.panels.settings_panel import SettingsPanel
from nnviz.gui.panels.transport import TransportBar, speed_text
from nnviz.gui.shell.status import StatusLine
from nnviz.gui.views.registry import VIEW_TITLES, registered_views, view_title


def marked(context: str, source: str, disambiguation=None, n: int = -1) -> str:
    """A translator that shows what it translated: «context|text», %n replaced."""
    text = source.replace("%n", str(n)) if n >= 0 else source
    return f"«{context}|{text}»"


@pytest.fixture
def translated():
    i18n.install(marked, "xx")
    yield
    i18n.install(None)


def test_every_view_title_is_marked_for_translation():
    titles = [cls.title for cls in registered_views()]
    assert sorted(titles) == sorted(VIEW_TITLES)


def test_a_views_title_is_shown_translated(translated):
    graph = next(cls for cls in registered_views() if cls.key == "graph")
    assert view_title(graph) == "«Views|Network»"


def test_the_transport_bar_is_translated(qtbot, translated):
    bar = TransportBar()
    qtbot.addWidget(bar)
    assert bar.play_action.text() == "«TransportBar|Play»"
    assert bar.step_action.toolTip().startswith("«TransportBar|One step: one forward pass")
    assert speed_text(5) == "«TransportBar|5 steps/s»"
    bar.set_running(True)
    assert bar.play_action.text() == "«TransportBar|Pause»"


def test_the_settings_tree_is_translated(qtbot, translated):
    panel = SettingsPanel(resolve(load_lesson("xor").config))
    qtbot.addWidget(panel)
    assert panel.param("data").opts["title"] == "«SettingsPanel|Data»"
    assert panel.param("data", "noise").opts["title"] == "«SettingsPanel|noise»"
    cost = panel.param("training", "cost")
    assert cost.opts["limits"] == {"«SettingsPanel|mean: C = 1/n Σ ℓ»": "mean",
                                   "«SettingsPanel|sum: L = Σ ℓ»": "sum"}
    assert cost.value() == "mean"  # the values stay the Config's
    layer = panel.param("network", "hidden").children()[0]
    assert layer.opts["title"] == "«SettingsPanel|hidden layer 1»"


def test_the_status_line_and_the_lesson_steps_are_translated(qtbot, translated):
    bar = QStatusBar()
    qtbot.addWidget(bar)
    status = StatusLine(bar)
    assert status.state_label.text() == "«StatusLine|paused»"
    assert status.step_label.text() == "«StatusLine|step 0»"
    assert step_entries(["One", "Two"]) == [
        "«LessonSteps|Start · 2 step(s)»", "«LessonSteps|Step 1 of 2: One»",
        "«LessonSteps|Step 2 of 2: Two»"]
    assert class_label("-1") == "«ColourKey|class −1»"


def test_without_a_translator_the_english_is_unchanged(qtbot):
    assert step_entries(["One"]) == ["Start · 1 step", "Step 1 of 1: One"]
    assert step_entries(["One", "Two"])[0] == "Start · 2 steps"
    assert speed_text(5) == "5 steps/s" and speed_text(float("inf")) == "max speed"
    assert class_label("-1") == "class −1" and class_label("cat") == "cat"
