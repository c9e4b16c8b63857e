"""Lesson steps in the window: showing a step is exactly the replay's state (next, previous
and a jump agree), a bad step is one message and changes nothing, the lesson panel's and the
narration strip's navigation, PageDown in lecture mode, the Lesson menu's step counts, and
Save as lesson's round trip."""

from __future__ import annotations

from dataclasses import replace


import numpy as np
import pytest
from PySide6.QtCore import QSettings

from nnviz.core import lesson_script
from nnviz.core.config import resolve
from nnviz.core.errors import InputError
from nnviz.core.lessons import lesson_names, load_lesson
from nnviz.gui.kit import dialogs
from nnviz.gui.panels.lesson_steps import step_entries
from nnviz.gui.shell.main_window import MainWindow
from nnviz.gui.shell.menus import lesson_entry
from nnviz.gui.views.loss import LossView
from nnviz.session.commands import Step

TIMEOUT = 5000

STEPS_LESSON = '''
title = "Steps & stairs"
description = "Two hidden tanh neurons on XOR."
speed = 10

[data]
dataset = "xor"

[network]
hidden = [2]
activation = "tanh"
seed = 3

[training]
learning_rate = 0.5

[[step]]
title = "Five steps"
text = """Watch the loss.

It goes down."""
train = 5

[[step]]
title = "Faster & further"
text = "A larger rate."
training = { learning_rate = 1.0 }
train = 3
select = { sample = 2 }
show = ["loss"]

[[step]]
title = "Three hidden neurons"
network = { hidden = [3] }
train = 2
'''


@pytest.fixture
def messages(monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_message",
                        lambda parent, title, text, level="information": shown.append((title, text)))
    return shown


@pytest.fixture
def lesson_file(tmp_path):
    path = tmp_path / "stairs.toml"
    path.write_text(STEPS_LESSON, encoding="utf-8")
    return path


def make_window(qtbot, lesson, tmp_path, start_training=True):
    w = MainWindow(lesson, settings=QSettings(str(tmp_path / "nnviz.ini"), QSettings.IniFormat),
                   view_classes=[LossView], start_training=start_training)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    if start_training:
        qtbot.waitUntil(lambda: w.state.snapshot is not None, timeout=TIMEOUT)
    return w


@pytest.fixture
def window(qtbot, messages, lesson_file, tmp_path):
    w = make_window(qtbot, load_lesson(str(lesson_file)), tmp_path)
    yield w
    w.close()


def settled(qtbot, w):
    """Wait until the training thread's own snapshot of the shown step has come back."""
    qtbot.waitUntil(lambda: w._awaited is None and w.state.snapshot is not None, timeout=TIMEOUT)


def picture(w):
    """What the tests compare: step, config, data, θ, the loss rows, the selection."""
    s = w.state
    return (w.lesson_step, s.config, s.dataset.x_train.tobytes(), s.dataset.y_train.tobytes(),
            s.snapshot.step, s.snapshot.params.tobytes(), s.snapshot.losses[:, :2].tobytes(),
            s.selection.sample)


def test_each_step_is_the_replays_state(qtbot, window, lesson_file):
    lesson = window.state.lesson
    assert len(lesson.steps) == 3
    for number in (1, 2, 3):
        assert window.show_lesson_step(number)
        settled(qtbot, window)
        script = lesson_script.replay(lesson, number)
        s = window.state
        assert s.config == resolve(script.config)  # defaults written out, as the app keeps it
        assert np.array_equal(s.dataset.x_train, script.dataset.x_train)
        assert np.array_equal(s.snapshot.params, script.theta)
        assert s.snapshot.step == script.trained_steps
        assert s.snapshot.losses[:-1, :2].tolist() == [list(row) for row in script.losses[:-1]]
    assert window.state.snapshot.architecture.sizes == (2, 3, 1)  # step 3's network
    assert window.state.snapshot.step == 2  # a new network starts the count again


def test_next_next_back_and_a_jump_give_identical_states(qtbot, window):
    window.page_lesson(+1)
    settled(qtbot, window)
    one = picture(window)
    window.page_lesson(+1)
    settled(qtbot, window)
    two = picture(window)
    assert two[0] == 2 and two[1].training.learning_rate == 1.0 and two[7] == 1
    window.page_lesson(-1)
    settled(qtbot, window)
    assert picture(window) == one
    window.show_lesson_step(2)
    settled(qtbot, window)
    assert picture(window) == two
    window.lesson_steps.steps.activated.emit(1)  # the step list
    settled(qtbot, window)
    assert picture(window) == one
    window.show_lesson_step(0)
    settled(qtbot, window)
    assert window.state.config == resolve(window.state.lesson.config)
    assert window.state.snapshot.step == 0
    assert np.array_equal(window.state.snapshot.params,
                          lesson_script.replay(window.state.lesson, 0).theta)


def test_training_goes_on_from_a_step(qtbot, window):
    window.show_lesson_step(1)
    settled(qtbot, window)
    window.route(Step())
    qtbot.waitUntil(lambda: window.state.snapshot.step == 6, timeout=TIMEOUT)
    theta = lesson_script.replay(window.state.lesson, 1).theta
    assert not np.array_equal(window.state.snapshot.params, theta)


def test_the_panel_shows_the_steps_title_narration_and_position(qtbot, window):
    steps = window.lesson_steps
    assert steps.isVisible()
    assert [steps.steps.itemText(i) for i in range(steps.steps.count())] == \
        ["Start · 3 steps", "Step 1 of 3: Five steps", "Step 2 of 3: Faster & further",
         "Step 3 of 3: Three hidden neurons"]
    assert steps.position() == "Start · 3 steps"
    assert not steps.previous_button.isEnabled() and steps.next_button.isEnabled()
    steps.next_button.click()
    assert window.lesson_step == 1 and steps.position() == "Step 1 of 3: Five steps"
    text = window.lesson_header.label.text()
    assert "Step 1: Five steps" in text and "Watch the loss.<br><br>It goes down." in text
    narration = window.lecture.narration
    assert narration.title.text() == "Step 1 of 3: Five steps"
    assert narration.text.text() == "Watch the loss.\n\nIt goes down."
    steps.next_button.click()
    assert "Faster &amp; further" in window.lesson_header.label.text()  # escaped: as written
    steps.next_button.click()
    assert steps.position().startswith("Step 3 of 3") and not steps.next_button.isEnabled()
    steps.previous_button.click()
    assert window.lesson_step == 2 and steps.steps.currentIndex() == 2


def test_a_bad_step_is_one_message_and_changes_nothing(qtbot, window, messages, monkeypatch):
    window.show_lesson_step(1)
    settled(qtbot, window)
    before = picture(window)
    real = lesson_script.replay

    def replay(lesson, number):
        if number == 2:
            raise InputError("stairs.toml: step 2: network: params: needs 9 numbers, got 2")
        return real(lesson, number)

    def apply_step(state, step):  # Next goes on from the shown step: the same failure
        return replay(state.lesson, step.number)

    monkeypatch.setattr(lesson_script, "replay", replay)
    monkeypatch.setattr(lesson_script, "apply_step", apply_step)
    assert not window.show_lesson_step(2)
    assert len(messages) == 1
    title, text = messages[0]
    assert "step 2" in title and text == "stairs.toml: step 2: network: params: needs 9 numbers, got 2"
    assert picture(window) == before
    assert window.lesson_steps.position() == "Step 1 of 3: Five steps"
    assert "Step 1: Five steps" in window.lesson_header.label.text()


def test_a_step_out_of_range_is_refused(qtbot, window, messages):
    assert not window.show_lesson_step(4)
    assert len(messages) == 1 and "no step 4" in messages[0][1]
    assert window.lesson_step == 0


def test_page_down_in_lecture_mode_pages_the_steps(qtbot, messages, lesson_file, tmp_path):
    from PySide6.QtCore import Qt

    w = make_window(qtbot, load_lesson(str(lesson_file)), tmp_path, start_training=False)
    w.enter_lecture_mode(full_screen=False)
    qtbot.keyClick(w, Qt.Key.Key_PageDown)
    assert w.lesson_step == 1
    assert w.lecture.narration.title.text() == "Step 1 of 3: Five steps"
    qtbot.keyClick(w, Qt.Key.Key_PageDown)
    assert w.lesson_step == 2 and w.lecture.views == ("loss",)  # the step's `show`
    w.lecture.narration.previous_button.click()
    assert w.lesson_step == 1
    qtbot.keyClick(w, Qt.Key.Key_PageUp)
    qtbot.keyClick(w, Qt.Key.Key_PageUp)
    assert w.lesson_step == 0 and "start" in w.lecture.narration.note.text()
    assert messages == []
    w.leave_lecture_mode()
    w.close()


def test_a_lesson_step_at_construction_for_render(qtbot, messages, lesson_file, tmp_path):
    lesson = load_lesson(str(lesson_file))
    w = MainWindow(lesson, start_training=False, view_classes=[LossView], lesson_step=2)
    qtbot.addWidget(w)
    script = lesson_script.replay(lesson, 2)
    assert np.array_equal(w.state.snapshot.params, script.theta)
    assert w.state.snapshot.step == 8 and w.lesson_step == 2
    with pytest.raises(InputError, match="no step 7"):
        MainWindow(lesson, start_training=False, view_classes=[LossView], lesson_step=7)


def test_the_lesson_menu_shows_each_lessons_step_count_in_teaching_order(qtbot, window):
    actions = window.menus.lesson_actions.actions()
    assert [a.data() for a in actions] == lesson_names()
    for act in actions:
        lesson = load_lesson(act.data())
        assert act.text() == lesson_entry(lesson.title, len(lesson.steps))
    assert lesson_entry("Steps & stairs", 3) == "Steps && stairs (3 steps)"
    assert lesson_entry("One", 1) == "One (1 step)" and lesson_entry("None", 0) == "None"


def test_entries():
    assert step_entries(["a  b", "c"]) == ["Start · 2 steps", "Step 1 of 2: a b", "Step 2 of 2: c"]
    assert step_entries(["x"])[0] == "Start · 1 step"


def test_opening_a_bad_lesson_names_the_step_and_changes_nothing(qtbot, window, messages, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(STEPS_LESSON.replace('train = 2', 'train = "many"'), encoding="utf-8")
    before, lesson = picture(window), window.state.lesson
    assert not window.open_lesson(str(bad))
    assert len(messages) == 1
    text = messages[0][1]
    assert "bad.toml" in text and "step 3" in text and "train" in text
    assert window.state.lesson is lesson and picture(window) == before


WALK_LESSON = '''
title = "Walks"
race = { compare = "learning_rate", values = [0.1, 1.0] }
[data]
dataset = "xor"
[network]
hidden = [2]
activation = "tanh"
[training]
learning_rate = 0.5

[[step]]
title = "Backward for sample 2"
walk = { sample = 2, phase = "backward" }

[[step]]
title = "One step"
train = 1
'''


def test_a_steps_walk_opens_at_its_phase_and_page_down_at_its_end_goes_on(
        qtbot, messages, tmp_path):
    from nnviz.gui.shell.lesson_player import phase_step
    from nnviz.session.commands import Walk

    path = tmp_path / "walks.toml"
    path.write_text(WALK_LESSON, encoding="utf-8")
    w = make_window(qtbot, load_lesson(str(path)), tmp_path, start_training=False)
    w.page(+1)
    walk = w.state.walk
    assert walk is not None and walk.sample == 1 and w.state.selection.sample == 1
    at = walk.walkthrough.number
    assert at == phase_step(walk, "backward") and at > 1
    assert walk.walkthrough.steps.phase_and_layer(at - 1)[0] == "backward"
    assert walk.walkthrough.steps.phase_and_layer(at - 2)[0] != "backward"
    w.page(+1)  # the walk's next step
    assert w.lesson_step == 1 and w.state.walk.walkthrough.number == at + 1
    w.route(Walk("last"))
    w.page(+1)  # at the walk's end: the lesson's next step, the walk closes
    assert w.lesson_step == 2 and w.state.walk is None and w.state.snapshot.step == 1
    assert messages == []
    w.close()


class RaceRecorder(LossView):
    """Stands in for the race view: keeps what set_comparison got."""

    key, title = "optimizer_race", "Race"
    builds_when_shown = True

    def set_comparison(self, compare, values):
        self.__dict__.setdefault("comparisons", []).append((compare, tuple(values)))


def test_a_lessons_race_reaches_the_race_view_when_it_is_built(
        qtbot, messages, tmp_path):
    path = tmp_path / "walks.toml"
    path.write_text(WALK_LESSON, encoding="utf-8")
    w = MainWindow(load_lesson(str(path)), start_training=False,
                   view_classes=[LossView, RaceRecorder])
    qtbot.addWidget(w)
    race = w.view("optimizer_race")  # built now
    assert race.comparisons == [("learning_rate", (0.1, 1.0))]
    w.open_lesson(str(path))  # the race view follows the session's lesson itself: once
    assert len(race.comparisons) == 1
    w.close()


def test_the_real_race_view_races_the_lessons_learning_rates(qtbot, messages, tmp_path):
    from nnviz.gui.views.race import OptimizerRaceView

    path = tmp_path / "walks.toml"
    path.write_text(WALK_LESSON, encoding="utf-8")
    w = MainWindow(load_lesson("xor"), start_training=False,
                   view_classes=[LossView, OptimizerRaceView])
    qtbot.addWidget(w)
    race = w.view("optimizer_race")
    calls = []
    original = race.set_comparison
    race.set_comparison = lambda *args: (calls.append(args), original(*args))
    w.open_lesson(str(path))
    assert calls == [("learning_rate", (0.1, 1.0))]  # once
    assert messages == []
    w.close()


def test_lecture_mode_entered_on_a_step_shows_the_steps_narration_and_views(
        qtbot, messages, lesson_file, tmp_path):
    w = MainWindow(load_lesson(str(lesson_file)), start_training=False,
                   view_classes=[LossView], lesson_step=2)
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    w.enter_lecture_mode(full_screen=False)
    assert w.lecture.narration.title.text() == "Step 2 of 3: Faster & further"
    assert w.lecture.views == ("loss",)
    with pytest.raises(InputError, match="no step 9"):
        w.show_lesson_step(9, strict=True)
    assert messages == [] and w.lesson_step == 2
    w.leave_lecture_mode()
    w.close()


def save_action(window):
    from PySide6.QtGui import QAction

    (act,) = [a for a in window.findChildren(QAction) if a.text() == "&Save as lesson…"]
    return act


def test_save_as_lesson_reopens_identically(qtbot, window, messages, tmp_path, monkeypatch):
    window.show_lesson_step(2)
    settled(qtbot, window)
    path = tmp_path / "saved.toml"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(path))
    config, theta = window.state.config, window.state.snapshot.params.copy()
    save_action(window).trigger()  # Lesson → Save as lesson…
    assert messages == [] and path.is_file()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".saved")] == []  # no temp
    assert window.open_lesson(str(path))
    settled(qtbot, window)
    new = window.state
    assert new.lesson.title == "Steps & stairs" and new.lesson.steps == ()
    assert new.lesson.speed == window.transport.speed == 10
    assert new.config.data == config.data and new.config.training == config.training
    assert replace(new.config.network, params=None) == replace(config.network, params=None)
    assert np.array_equal(np.asarray(new.config.network.params), theta)
    assert np.array_equal(new.snapshot.params, theta) and new.snapshot.step == 0
    assert window.lesson_steps.isHidden()


def test_saving_to_a_missing_folder_says_so_and_writes_nothing(qtbot, window, messages, tmp_path):
    target = tmp_path / "missing" / "x.toml"
    assert not window.save_lesson(str(target))
    assert len(messages) == 1 and "Cannot save the lesson" in messages[0][0]
    assert not target.exists()


def test_a_steps_views_come_to_the_front_the_first_named_first(qtbot, messages, tmp_path):
    from nnviz.gui.views.graph import GraphView

    path = tmp_path / "views.toml"
    path.write_text(STEPS_LESSON.replace('show = ["loss"]', 'show = ["graph", "loss"]')
                    .replace('speed = 10', 'speed = 10\nlecture_views = ["loss", "graph"]'),
                    encoding="utf-8")
    w = MainWindow(load_lesson(str(path)), start_training=False,
                   view_classes=[LossView, GraphView])
    qtbot.addWidget(w)
    w.tabifyDockWidget(w.docks["loss"], w.docks["graph"])
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)

    def in_front():
        return [k for k in ("loss", "graph") if not w.docks[k].visibleRegion().isEmpty()]

    w.show_lesson_step(2)  # show = ["graph", "loss"]
    qtbot.waitUntil(lambda: in_front() == ["graph"])
    w.show_lesson_step(1)  # no show: the lesson's lecture views, "loss" first
    qtbot.waitUntil(lambda: in_front() == ["loss"])
    w.close()


def test_quick_pages_never_show_an_earlier_steps_snapshot(qtbot, window):
    from nnviz.session.state import SNAPSHOT

    window.route(Step())  # a snapshot of its own on its way too
    window.show_lesson_step(1)
    seen = []
    window.state.subscribe(SNAPSHOT, seen.append)
    window.show_lesson_step(2)
    settled(qtbot, window)
    qtbot.wait(200)  # whatever else the thread sends
    theta = lesson_script.replay(window.state.lesson, 2).theta
    assert seen and all(s.step == 8 and np.array_equal(s.params, theta) for s in seen)


def test_an_unmet_training_goal_is_said_not_refused(qtbot, messages, tmp_path):
    path = tmp_path / "goal.toml"
    path.write_text(STEPS_LESSON.replace("train = 5", 'train = { until = "loss", value = 0.0, '
                                                      'max_steps = 7 }'), encoding="utf-8")
    w = make_window(qtbot, load_lesson(str(path)), tmp_path, start_training=False)
    assert w.show_lesson_step(1) and messages == []
    assert w.state.snapshot.step == 7
    assert w.statusBar().currentMessage() == "Not reached: loss ≤ 0 within 7 training steps."
    assert w.lecture.narration.note.text() == "Not reached: loss ≤ 0 within 7 training steps."
    w.close()


def test_the_step_is_drawn_at_once(qtbot, messages, lesson_file, tmp_path):
    w = make_window(qtbot, load_lesson(str(lesson_file)), tmp_path, start_training=False)
    w.show_lesson_step(1)  # no event loop turn: nnviz render settles and grabs next
    assert w.frames._shown.get("loss") is w.state.snapshot and w.state.snapshot.step == 5
    w.close()


def test_an_unmet_convergence_is_said_too(qtbot, messages, tmp_path):
    """'converged' has no value: formatting one crashed the gates lesson's XOR step."""
    path = tmp_path / "goal.toml"
    path.write_text(STEPS_LESSON.replace("train = 5", 'train = { until = "converged", '
                                                      'max_steps = 3 }'), encoding="utf-8")
    w = make_window(qtbot, load_lesson(str(path)), tmp_path, start_training=False)
    assert w.show_lesson_step(1) and messages == []
    assert w.statusBar().currentMessage() == "Not reached: convergence within 3 training steps."
    w.close()


def test_next_goes_on_from_the_shown_step_without_replaying(qtbot, window, monkeypatch):
    """Every Next replayed the whole script (spiral: seconds per click); it now trains one
    step's worth on from the state shown, and reaches the same state (see the test above)."""
    replays = []
    real = lesson_script.replay
    monkeypatch.setattr(lesson_script, "replay", lambda *a: replays.append(a[1]) or real(*a))
    window.page_lesson(+1)
    window.page_lesson(+1)
    window.page_lesson(+1)
    settled(qtbot, window)
    assert replays == [1] and window.lesson_step == 3
    window.page_lesson(-1)
    assert replays == [1, 2]


def test_a_step_shows_the_computational_graph_at_its_graph_step(qtbot, tmp_path):
    """chain_rule: step 1 is the forward pass done (f = −12), step 3 ∂f/∂x (the last)."""
    from nnviz.gui.views.expression import ExpressionView
    window = MainWindow(load_lesson("chain_rule"), start_training=False,
                        settings=QSettings(str(tmp_path / "nnviz.ini"), QSettings.IniFormat),
                        view_classes=[LossView, ExpressionView])
    qtbot.addWidget(window)
    assert window.show_lesson_step(1)
    view = window.view("expression")
    assert view.position == 4 and view.current == ("forward", 4)  # f = q·z
    assert window.show_lesson_step(3)
    assert view.position == 9 and view.current == ("backward", 0)  # ∂f/∂x
    window.close()
