"""Faults in the training thread: an error while reporting an error (snapshot() raising) and a
pump that raises become one ``errored`` signal, paused, the thread alive; the window shows
them, and shows the exploding loss as a divergence."""

import math

import numpy as np
import pytest

from nnviz.core.config import Config, TrainingSpec, build_dataset, resolve
from nnviz.gui.worker import TrainingSession
from nnviz.session import controller as controller_module
from nnviz.session.commands import Configure, Play, Reset, SetSpeed, Step
from nnviz.session.controller import PAUSED

TIMEOUT = 5000


def sgd_config(lr=0.1):
    return resolve(Config(training=TrainingSpec(optimizer="sgd", learning_rate=lr)))


def broken_trainers(monkeypatch, run=False):
    """From now on every trainer built fails its snapshots after step 0 (and, if ``run``,
    every training step)."""
    real = controller_module.build_trainer

    def build(config, dataset, network=None):
        trainer = real(config, dataset, network)
        snapshot = trainer.snapshot

        def failing_snapshot():
            if trainer.step_count == 0:
                return snapshot()
            raise RuntimeError("boom in the snapshot")

        def failing_run(n):
            trainer.step_count += 1
            raise RuntimeError("boom in the core")

        trainer.snapshot = failing_snapshot
        if run:
            trainer.run = failing_run
        return trainer

    monkeypatch.setattr(controller_module, "build_trainer", build)
    return real


@pytest.fixture
def session(qtbot):
    s = TrainingSession()
    errors, states = [], []
    s.errored.connect(errors.append)
    s.state_changed.connect(states.append)
    s.errors, s.states = errors, states
    s.start()
    yield s
    assert s.shutdown()


def configure(qtbot, session, config=None):
    config = config or sgd_config()
    with qtbot.waitSignal(session.snapshot_ready, timeout=TIMEOUT):
        session.send(Configure(config, build_dataset(config.data)))


def test_a_failing_step_whose_snapshot_fails_too_is_one_errored_signal(qtbot, session, monkeypatch):
    real = broken_trainers(monkeypatch, run=True)
    configure(qtbot, session)
    session.send(SetSpeed(math.inf))
    with qtbot.waitSignal(session.errored, timeout=TIMEOUT) as blocker:
        session.send(Play())
    assert blocker.args[0] == ("training: RuntimeError: boom in the core; then, sending the "
                               "paused state: RuntimeError: boom in the snapshot")
    qtbot.waitUntil(lambda: session.states[-1:] == [PAUSED], timeout=TIMEOUT)
    qtbot.wait(100)
    assert len(session.errors) == 1 and not session.worker.controller.running
    monkeypatch.setattr(controller_module, "build_trainer", real)
    configure(qtbot, session)  # the thread lives on
    with qtbot.waitSignal(session.snapshot_ready, timeout=TIMEOUT,
                          check_params_cb=lambda s: s.step == 1):
        session.send(Step())


def test_a_raising_pump_becomes_errored_and_paused(qtbot, session, monkeypatch):
    """Should the controller itself raise (a bug), the worker stops ticking and says so."""
    configure(qtbot, session)
    controller = session.worker.controller

    def broken_tick():
        raise RuntimeError("boom in the pump")

    monkeypatch.setattr(controller, "tick_done", broken_tick)
    session.send(SetSpeed(math.inf))
    with qtbot.waitSignal(session.errored, timeout=TIMEOUT) as blocker:
        session.send(Play())
    assert blocker.args[0] == "training: RuntimeError: boom in the pump"
    qtbot.waitUntil(lambda: session.states[-1:] == [PAUSED], timeout=TIMEOUT)
    qtbot.wait(100)
    assert len(session.errors) == 1 and not session.worker._timer.isActive()
    monkeypatch.undo()
    with qtbot.waitSignal(session.snapshot_ready, timeout=TIMEOUT):
        session.send(Step())  # the worker lives on


# -- through the window --------------------------------------------------------------------------
def test_the_window_shows_an_error_while_reporting_an_error(qtbot, window, messages, monkeypatch):
    broken_trainers(monkeypatch, run=True)
    window.route(Reset())
    window.route(Play())
    qtbot.waitUntil(lambda: bool(messages), timeout=TIMEOUT)
    title, text = messages[-1]
    assert title == "Training stopped by an error"
    assert "boom in the core" in text and "boom in the snapshot" in text
    qtbot.waitUntil(lambda: not window.transport.running, timeout=TIMEOUT)
    assert window.isVisible() and window.session.is_running


def test_the_window_shows_an_exploding_loss_as_a_divergence(qtbot, window, messages, tmp_path):
    lesson = tmp_path / "wild.toml"
    lesson.write_text('title = "Far too fast"\n[data]\ndataset = "xor"\n'
                      '[network]\nhidden = [4]\nactivation = "tanh"\noutput_activation = "sigmoid"\n'
                      'loss = "binary_cross_entropy"\n[training]\nlearning_rate = 1e6\n')
    assert window.open_lesson(str(lesson))
    qtbot.waitUntil(lambda: window.state.snapshot is not None
                    and window.state.snapshot.learning_rate == 1e6, timeout=TIMEOUT)
    start = window.state.snapshot.params.copy()
    window.route(Play())
    qtbot.waitUntil(lambda: any(title == "Training diverged" for title, _ in messages),
                    timeout=TIMEOUT)
    text = next(text for title, text in messages if title == "Training diverged")
    assert text.startswith("the loss is exploding: lower the learning rate (now 1e+06).")
    qtbot.waitUntil(lambda: window.state.snapshot.stopped == "diverged", timeout=TIMEOUT)
    np.testing.assert_array_equal(window.state.snapshot.params, start)
    assert window.state.snapshot.step == 32 and not window.transport.running
    assert "the loss is exploding" in window.statusBar().currentMessage()
