"""Faults inside the session's training: an error while reporting an error (a trainer whose
snapshot() raises) is one Errored event naming both, training paused, nothing raised to the
pump; and the exploding loss pauses through the Diverged event."""

import math

import numpy as np
import pytest

from nnviz.core.config import Config, TrainingSpec, build_dataset, resolve
from nnviz.session.commands import Configure, Play, SetHyperparameter, SetSpeed, Step, StepEpoch
from nnviz.session.controller import (
    PAUSED, RUNNING, Diverged, Errored, SnapshotReady, StateChanged, TrainingController,
)


class Pump:
    """A controller, every event it sent, and ticks as the worker runs them (on a clock of
    its own: no test here depends on how fast the machine is)."""

    def __init__(self, lr=0.1, **training):
        self.events = []
        self.now = 0.0  # a tenth of a second passes between ticks: a snapshot is due
        self.controller = TrainingController(self.events.append, clock=lambda: self.now)
        config = resolve(Config(training=TrainingSpec(optimizer="sgd", learning_rate=lr,
                                                      **training)))
        self.controller.handle(Configure(config, build_dataset(config.data)))
        run = self.controller.trainer.run

        def timed_run(n):  # a step takes 0.1 ms on this clock
            ran = run(n)
            self.now += 1e-4 * ran
            return ran

        self.controller.trainer.run = timed_run

    def tick(self):
        self.now += 0.1
        c = self.controller
        c.run(c.steps_due())
        c.tick_done()

    def of(self, kind):
        return [e for e in self.events if isinstance(e, kind)]

    def break_snapshots(self, message="boom in the snapshot"):
        def failing():
            raise RuntimeError(message)

        self.controller.trainer.snapshot = failing


@pytest.fixture
def pump():
    return Pump()


def running(pump):
    pump.controller.handle(SetSpeed(math.inf))
    pump.controller.handle(Play())
    assert pump.controller.running
    del pump.events[:]


def test_a_failing_step_whose_pause_snapshot_fails_too_is_one_errored_event(pump):
    def failing_run(n):
        raise RuntimeError("boom in the core")

    running(pump)
    pump.controller.trainer.run = failing_run
    pump.break_snapshots()
    pump.tick()  # raises nothing
    assert pump.of(Errored) == [Errored(
        "training: RuntimeError: boom in the core; then, sending the paused state: "
        "RuntimeError: boom in the snapshot")]
    assert pump.events == [StateChanged(PAUSED), pump.of(Errored)[0]]
    assert not pump.controller.running
    pump.tick()  # paused: nothing more
    assert len(pump.events) == 2


def test_a_snapshot_failing_while_running_pauses_once(pump):
    running(pump)
    pump.break_snapshots()
    for _ in range(5):
        pump.tick()  # the throttled snapshot fails, then the pause's
    errors = pump.of(Errored)
    assert len(errors) == 1 and "training: RuntimeError: boom in the snapshot" in errors[0].message
    assert "then, sending the paused state" in errors[0].message
    assert pump.of(StateChanged) == [StateChanged(PAUSED)] and not pump.controller.running


def test_a_snapshot_failing_at_the_end_of_an_epoch_is_an_errored_event():
    """StepEpoch pauses at the epoch's end outside any command (full batch: after one step,
    in the first tick's tick_done): its snapshot fails there."""
    pump = Pump()
    pump.controller.handle(StepEpoch())
    del pump.events[:]
    pump.break_snapshots()
    pump.tick()
    assert not pump.controller.running and pump.controller.trainer.step_count == 1
    assert pump.of(Errored) == [Errored("training: RuntimeError: boom in the snapshot")]
    assert pump.of(StateChanged) == [StateChanged(PAUSED)]


def test_a_command_whose_snapshot_fails_is_refused_and_the_controller_lives_on(pump):
    real = pump.controller.trainer.snapshot
    pump.break_snapshots()
    pump.controller.handle(Step())
    assert pump.of(Errored) == [Errored("Step: RuntimeError: boom in the snapshot")]
    pump.controller.trainer.snapshot = real
    pump.controller.handle(Step())
    assert pump.events[-1].snapshot.step == 2


def test_an_exploding_loss_pauses_with_the_diverged_event_on_the_start():
    pump = Pump(lr=1e6)
    theta0 = pump.controller.trainer.network.params.copy()
    running(pump)
    for _ in range(10_000):
        if not pump.controller.running:
            break
        pump.tick()
    (diverged,) = pump.of(Diverged)
    assert diverged.message.startswith("the loss is exploding: lower the learning rate (now 1e+06)")
    index = pump.events.index(diverged)
    assert pump.events[index - 2] == StateChanged(PAUSED)
    last = pump.events[index - 1].snapshot
    assert last.stopped == "diverged" and last.step == 32
    np.testing.assert_array_equal(last.params, theta0)
    assert pump.of(Errored) == []
    # a smaller η: training goes on from θ₀
    pump.controller.handle(SetHyperparameter("learning_rate", 0.3))
    pump.controller.handle(Play())
    for _ in range(20):
        pump.tick()
    assert pump.controller.running and pump.of(StateChanged)[-1] == StateChanged(RUNNING)
    assert pump.controller.trainer.stopped is None and pump.controller.trainer.step_count > 32
    assert isinstance(pump.events[-1], (SnapshotReady, StateChanged))
