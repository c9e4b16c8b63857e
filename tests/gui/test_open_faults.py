"""Opening a bad file through the menus (File → Open model…, Open data set…, Lesson → Open a
lesson file…, a lesson's step list): each is exactly one message box and changes nothing
(window title, lesson, configuration, data, settings, the network shown), whatever the
loader raises; a change the training thread could not build is refused before any of it
applies (the window never shows a new lesson while the thread trains the old one)."""

from __future__ import annotations

import json
import os
import threading

import numpy as np
import pytest
from PySide6.QtGui import QAction

from nnviz.core.modelfile import save_model
from nnviz.core.network import Network
from nnviz.gui.kit import dialogs
from nnviz.gui.shell import file_actions as file_actions_module
from nnviz.gui.shell import main_window as main_window_module
from nnviz.session import controller as controller_module

TIMEOUT = 5000
XOR = 'title = "{title}"\n[data]\ndataset = "xor"\n'
MODEL = {"format": "nnviz-model", "version": 1, "loss": "binary_cross_entropy", "layers": [
    {"activation": "tanh", "weights": [[0.5, -0.25]], "bias": [0.0]},
    {"activation": "sigmoid", "weights": [[1.5]], "bias": [0.0]}]}


def model_text(**changes) -> str:
    return json.dumps({**MODEL, **changes})


# Model files that raised out of open_model (OverflowError, ValueError, RecursionError,
# TypeError) before the readers turned them into InputErrors: either way, one message.
BAD_MODELS = {
    "int400.json": model_text().replace("0.5", "1" + "0" * 400, 1),
    "int5000.json": model_text().replace("0.5", "1" + "0" * 5000, 1),
    "deep.json": model_text()[:-1] + ', "extra": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "loss_list.json": model_text(loss=["binary_cross_entropy"]),
    "activation_object.json": model_text().replace('"tanh"', '{"name": "tanh"}'),
    "truncated.json": model_text()[:40],
}
BAD_LESSONS = {
    "huge_hidden.toml": XOR + "[network]\nhidden = [9223372036854775807]\n",
    "negative_seed.toml": XOR + "[network]\nseed = -1\n",
    "infinite_range.toml": XOR + "[network]\ninit_range = inf\n",
    "ragged.toml": 'title = "t"\n[data]\nx = [[0.0, 0.0], [1.0]]\ny = [0, 1]\n',
    "mixed_y.toml": 'title = "t"\n[data]\nx = [[0.0, 0.0], [1.0, 1.0]]\ny = [0, "one"]\n',
    "lr_twice.toml": XOR + '[training]\noptimizer = "sgd"\n[training.hyperparameters]\nlr = 0.1\n',
}


def trigger(window, text: str, monkeypatch, path) -> None:
    """The menu action called ``text``, its file dialog answering ``path``."""
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(path))
    (act,) = [a for a in window.findChildren(QAction) if a.text() == text]
    act.trigger()


def what_shows(window) -> tuple:
    s = window.state
    return (window.windowTitle(), s.lesson, s.config, s.dataset, window.settings_panel.config,
            window.lesson_header.label.text(), s.snapshot.architecture.sizes, s.snapshot.step,
            s.snapshot.params.tobytes())


def assert_refused_once(qtbot, window, messages, before, title: str, *words: str) -> None:
    """Exactly one message, titled ``title``, holding ``words``; nothing changed, also
    after the training thread had time to answer."""
    assert len(messages) == 1, messages
    assert messages[0][0] == title
    for word in words:
        assert word in messages[0][1]
    qtbot.wait(200)
    assert what_shows(window) == before
    assert len(messages) == 1


@pytest.mark.parametrize("name", BAD_MODELS)
def test_a_bad_model_is_one_message_and_changes_nothing(qtbot, window, messages, monkeypatch,
                                                        tmp_path, name):
    path = tmp_path / name
    path.write_text(BAD_MODELS[name])
    before = what_shows(window)
    trigger(window, "&Open model…", monkeypatch, path)
    assert_refused_once(qtbot, window, messages, before, "Cannot open the model", name)


@pytest.mark.parametrize("name", BAD_LESSONS)
def test_a_bad_lesson_is_one_message_and_changes_nothing(qtbot, window, messages, monkeypatch,
                                                         tmp_path, name):
    path = tmp_path / name
    path.write_text(BAD_LESSONS[name])
    before = what_shows(window)
    trigger(window, "&Open a lesson file…", monkeypatch, path)
    assert_refused_once(qtbot, window, messages, before, "Cannot open the lesson", name)


@pytest.mark.parametrize("error", [RuntimeError("boom"), RecursionError("too deep"),
                                   MemoryError("no room"), OverflowError("too big")])
def test_an_unexpected_error_while_opening_is_named_with_its_type(qtbot, window, messages,
                                                                  monkeypatch, tmp_path, error):
    def fail(*args, **kwargs):
        raise error

    kind = type(error).__name__
    lesson, model, data = tmp_path / "l.toml", tmp_path / "m.json", tmp_path / "d.csv"
    lesson.write_text(XOR.format(title="New"))
    model.write_text(model_text())
    data.write_text("a,b,y\n0,0,0\n1,1,1\n0,1,1\n")
    for module, target, action, path, title in (
            (main_window_module, "load_lesson", "&Open a lesson file…", lesson,
             "Cannot open the lesson"),
            (file_actions_module, "load_model", "&Open model…", model, "Cannot open the model"),
            (main_window_module, "build_dataset", "Open &data set…", data,
             "Cannot open the data set")):
        messages.clear()
        before = what_shows(window)
        with monkeypatch.context() as patch:
            patch.setattr(module, target, fail)
            trigger(window, action, patch, path)
        assert_refused_once(qtbot, window, messages, before, title,
                            f"could not open {path}: {kind}: {error}")


def refuse_to_build(monkeypatch, when) -> None:
    """The training controller (the thread's and the window's check alike) cannot build a
    trainer for a configuration ``when`` accepts."""
    real = controller_module.build_trainer

    def build(config, dataset, network=None):
        if when(config):
            raise ValueError("cannot build this trainer")
        return real(config, dataset, network)

    monkeypatch.setattr(controller_module, "build_trainer", build)


def test_a_lesson_the_thread_cannot_build_is_refused_before_it_shows(qtbot, window, messages,
                                                                     monkeypatch, tmp_path):
    refuse_to_build(monkeypatch, lambda config: config.network.hidden == (7,))
    path = tmp_path / "seven.toml"
    path.write_text(XOR.format(title="Seven hidden neurons") + "[network]\nhidden = [7]\n")
    before = what_shows(window)
    trigger(window, "&Open a lesson file…", monkeypatch, path)
    assert_refused_once(qtbot, window, messages, before, "Cannot open the lesson",
                        "ValueError: cannot build this trainer")
    assert window.windowTitle() != "Seven hidden neurons"  # the thread trains the shown one:
    window.transport.step_action.trigger()
    qtbot.waitUntil(lambda: window.state.snapshot.step == before[7] + 1, timeout=TIMEOUT)
    assert window.state.snapshot.architecture.sizes == before[6] == (2, 4, 1)


def test_a_model_and_data_the_thread_cannot_build_are_refused(qtbot, window, messages,
                                                              monkeypatch, tmp_path):
    refuse_to_build(monkeypatch, lambda config: config.network.hidden == (3,)
                    or config.data.name == "csv")
    model = tmp_path / "three.json"
    save_model(Network.create([2, 3, 1], "tanh", "sigmoid", "binary_cross_entropy", seed=1), model)
    before = what_shows(window)
    trigger(window, "&Open model…", monkeypatch, model)
    assert_refused_once(qtbot, window, messages, before, "Cannot open the model",
                        "cannot build this trainer")
    messages.clear()
    data = tmp_path / "table.csv"
    data.write_text("a,b,y\n0,0,0\n1,1,1\n0,1,1\n1,0,0\n")
    trigger(window, "Open &data set…", monkeypatch, data)
    assert_refused_once(qtbot, window, messages, before, "Cannot open the data set",
                        "cannot build this trainer")


def test_a_lesson_step_that_fails_unexpectedly_is_one_message(qtbot, window, messages,
                                                              monkeypatch, tmp_path):
    path = tmp_path / "steps.toml"
    path.write_text(XOR.format(title="Steps") + '[[step]]\ntitle = "one"\ntrain = 3\n')
    assert window.open_lesson(str(path))
    qtbot.waitUntil(lambda: window.state.snapshot is not None, timeout=TIMEOUT)
    qtbot.wait(100)
    from nnviz.core import lesson_script

    def fail(*args, **kwargs):
        raise ZeroDivisionError("in the replay")

    monkeypatch.setattr(lesson_script, "replay", fail)
    monkeypatch.setattr(lesson_script, "apply_step", fail)
    before = what_shows(window)
    window.lesson_steps.next_button.click()
    assert_refused_once(qtbot, window, messages, before, "Cannot show step 1 of the lesson",
                        "steps: step 1: ZeroDivisionError: in the replay")
    assert window.lesson_step == 0
    np.testing.assert_array_equal(window.state.snapshot.params, np.frombuffer(before[8]))


@pytest.fixture
def fifo(tmp_path):
    """A named pipe; a reader that opened it (instead of refusing it) gets an empty file
    instead of blocking the GUI thread forever, so the test fails rather than hangs."""
    path = tmp_path / "pipe"
    os.mkfifo(path)
    writer = threading.Thread(target=lambda: open(path, "wb").close(), daemon=True)
    writer.start()
    yield path
    os.close(os.open(path, os.O_RDONLY | os.O_NONBLOCK))  # lets the writer go when unread
    writer.join(5)


@pytest.mark.parametrize("kind", ["fifo", "directory"])
def test_what_is_not_a_regular_file_is_refused_through_every_menu(qtbot, window, messages,
                                                                 monkeypatch, tmp_path, fifo,
                                                                 kind):
    path, words = {"fifo": (fifo, "FIFO"), "directory": (tmp_path, "directory")}[kind]
    for action, title in (("&Open model…", "Cannot open the model"),
                          ("&Open a lesson file…", "Cannot open the lesson"),
                          ("Open &data set…", "Cannot open the data set")):
        messages.clear()
        before = what_shows(window)
        trigger(window, action, monkeypatch, path)
        assert_refused_once(qtbot, window, messages, before, title, str(path), words)
