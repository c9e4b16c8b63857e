"""`nnviz render --lesson NAME --lesson-step K`: the window after step K of the lesson's script
(the replayed θ, data and narration), K out of range and options the script sets refused."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from nnviz.cli import main
from nnviz.core.lesson_script import replay
from nnviz.core.lessons import load_lesson
from nnviz.gui.shell.main_window import MainWindow

# The lectures' 1-D example (a = w·x, x = 2, y = 3, loss (a - y)², η = 0.1), three steps.
ONE_WEIGHT = """\
title = "One weight"
description = "a = w x"
lecture_views = ["graph", "loss"]

[data]
x = [[2.0]]
y = [3.0]

[network]
hidden = []
output_activation = "identity"
loss = "squared_error"
bias = false
params = [2.5]

[training]
optimizer = "sgd"
learning_rate = 0.1

[[step]]
title = "One step of gradient descent"
text = "w = 2.5 - 0.1 * 8 = 1.7"
train = 1

[[step]]
title = "Ten more"
train = 10
select = { sample = 1 }

[[step]]
title = "Start again at w = -1"
network = { params = [-1.0] }
"""


@pytest.fixture
def one_weight(tmp_path):
    path = tmp_path / "one_weight.toml"
    path.write_text(ONE_WEIGHT, encoding="utf-8")
    return path


@pytest.fixture
def shown(monkeypatch):
    """What MainWindow.show_lesson_step put in the window: (K, θ, step count, losses, selection)."""
    seen = []
    original = MainWindow.show_lesson_step

    def spy(self, number, **kwargs):
        result = original(self, number, **kwargs)
        snapshot = self.state.snapshot
        seen.append((number, np.array(snapshot.params), snapshot.step, self.lesson_step,
                     self.state.selection.sample))
        return result

    monkeypatch.setattr(MainWindow, "show_lesson_step", spy)
    return seen


def render(tmp_path, capsys, *args, name="x.png"):
    out = tmp_path / name
    status = main(["render", "--out", str(out), "--size", "900x600", *map(str, args)])
    captured = capsys.readouterr()
    return status, out, captured.out, captured.err


def test_each_step_shows_the_replayed_state(qapp, tmp_path, capsys, one_weight, shown):
    lesson = load_lesson(one_weight)
    pictures = []
    for k in range(4):
        status, out, _, err = render(tmp_path, capsys, "--lesson", one_weight,
                                     "--lesson-step", k, name=f"step{k}.png")
        assert status == 0, err
        image = QImage(str(out))
        assert (image.width(), image.height()) == (900, 600)
        pictures.append(image.convertToFormat(QImage.Format_ARGB32))
        number, theta, steps, window_step, sample = shown[-1]
        assert number == k and window_step == k
        expected = replay(lesson, k)
        np.testing.assert_array_equal(theta, expected.theta)
        assert steps == expected.trained_steps
        if k == 2:
            assert sample == 0  # select = { sample = 1 }, 1-based in the file
    assert [round(float(t[0]), 12) for _, t, *_ in shown] == [2.5, 1.7, round(
        float(replay(lesson, 2).theta[0]), 12), -1.0]
    assert [s for _, _, s, *_ in shown] == [0, 1, 11, 0]
    assert pictures[0] != pictures[1] and pictures[1] != pictures[2]


def test_the_printed_line_names_lesson_step_and_loss(qapp, tmp_path, capsys, one_weight):
    status, out, printed, err = render(tmp_path, capsys, "--lesson", one_weight,
                                       "--lesson-step", 1)
    assert status == 0, err
    assert printed == (f"wrote {out} (900x600): lesson one_weight, step 1 of 3: One step of "
                       f"gradient descent; 1 training step, train loss 0.16\n")
    status, out, printed, err = render(tmp_path, capsys, "--lesson", one_weight,
                                       "--lesson-step", 0)
    assert printed == (f"wrote {out} (900x600): lesson one_weight, its start: One weight; "
                       f"0 training steps, train loss 4\n")


def test_a_step_with_the_step_through_and_in_lecture_mode(qapp, tmp_path, capsys, one_weight):
    status, out, printed, err = render(tmp_path, capsys, "--lesson", one_weight,
                                       "--lesson-step", 1, "--walkthrough", 2, "--lecture")
    assert status == 0, err
    lines = printed.splitlines()
    assert lines[0].endswith("step 1 of 3: One step of gradient descent; 1 training step, "
                             "train loss 0.16")
    assert lines[1].startswith("the step-through of sample 1 at step 2 of ")
    assert QImage(str(out)).width() == 900


@pytest.mark.parametrize("args, message", [
    (["--lesson-step", "4"], ("--lesson-step 4: the lesson 'one_weight' has steps 1 to 3 "
                              "(0 is its start)")),
    (["--lesson-step", "-1"], "--lesson-step -1: the lesson 'one_weight' has steps 1 to 3"),
    (["--lesson-step", "1", "--steps", "5"], "--steps cannot be combined with --lesson-step 1"),
    (["--lesson-step", "1", "--dataset", "xor"],
     "--dataset cannot be combined with --lesson-step 1"),
    (["--lesson-step", "1", "--lr", "0.5"], "--lr cannot be combined with --lesson-step 1"),
    (["--lesson-step", "1", "--walkthrough", "99"],
     "--walkthrough 99: the step-through of sample 1 has"),
    (["--lesson-step", "1", "--walkthrough", "1", "--sample", "2"], "--sample 2"),
])
def test_bad_steps_are_one_line_and_exit_2(qapp, tmp_path, capsys, one_weight, args, message):
    status, out, printed, err = render(tmp_path, capsys, "--lesson", one_weight, *args)
    assert status == 2 and printed == ""
    assert err.count("\n") == 1 and err.startswith("nnviz: error: ")
    assert message in err
    assert not out.exists()


def test_a_shipped_lesson_at_its_last_step(qapp, tmp_path, capsys):
    lesson = load_lesson("festival")
    last = len(lesson.steps)
    status, _, printed, err = render(tmp_path, capsys, "--lesson", "festival",
                                       "--lesson-step", last)
    assert status == 0, err
    assert f"lesson festival, step {last} of {last}: {lesson.steps[-1].title};" in printed
