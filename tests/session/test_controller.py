"""The training state machine without Qt: commands in, events out, a fake clock, exact counts."""

import math
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from nnviz.core.config import Config, DataSpec, NetworkSpec, TrainingSpec, build_dataset, resolve
from nnviz.core.lessons import load_lesson
from nnviz.session import controller as controller_module
from nnviz.session.commands import (
    ApplyTraining, ApplyUpdate, Configure, LoadModel, Pause, Play, Reset, SetHyperparameter,
    SetParameter, SetParameters, SetSpeed, Step, StepEpoch,
)
from nnviz.session.controller import (
    PAUSED, RUNNING, DatasetChanged, Diverged, Errored, SnapshotReady, StateChanged,
    TrainingController, TrainingStopped,
)


class FakeClock:
    """Seconds that pass only when the test says so."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


STEP_SECONDS = 1e-4  # what one training step costs on the fake clock


class Session:
    """A controller, its clock and every event it sent, in order (and when)."""

    def __init__(self):
        self.clock = FakeClock()
        self.events, self.times = [], []
        self.controller = TrainingController(self._record, clock=self.clock)

    def _record(self, event):
        self.events.append(event)
        self.times.append(self.clock.now)

    def send(self, *commands):
        for command in commands:
            self.controller.handle(command)
            self._time_the_steps(self.controller.trainer)

    def _time_the_steps(self, trainer):
        """Each step of ``trainer`` takes STEP_SECONDS of fake time."""
        if trainer is None or getattr(trainer, "timed", False):
            return
        run = trainer.run

        def timed_run(n):
            ran = run(n)
            self.clock.now += STEP_SECONDS * ran
            return ran

        trainer.run, trainer.timed = timed_run, True

    def tick(self, seconds=0.0):
        """Let ``seconds`` pass, then one tick as the worker runs it: all the due steps."""
        self.clock.now += seconds
        c = self.controller
        c.run(c.steps_due())
        c.tick_done()

    def snapshots(self):
        return [e.snapshot for e in self.events if isinstance(e, SnapshotReady)]

    def of(self, kind):
        return [e for e in self.events if isinstance(e, kind)]


def sgd_config(lr=0.1, **training):
    return resolve(Config(training=TrainingSpec(optimizer="sgd", learning_rate=lr, **training)))


def configured(config=None):
    s = Session()
    config = config or sgd_config()
    s.send(Configure(config, build_dataset(config.data)))
    return s


@pytest.fixture
def session():
    return configured()


def test_the_controller_imports_no_qt():
    code = ("import sys, nnviz.session.controller; print(sorted(m for m in sys.modules if "
            "m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph') or m.startswith('nnviz.gui')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_configure_announces_the_data_before_the_first_snapshot(session):
    assert [type(e) for e in session.events] == [DatasetChanged, SnapshotReady]
    first = session.snapshots()[0]
    assert first.step == 0 and first.architecture.sizes == (2, 4, 1)
    assert not session.controller.running


def test_step_does_exactly_one_update_and_sends_it(session):
    for _ in range(3):
        session.send(Step())
    assert [s.step for s in session.snapshots()] == [0, 1, 2, 3]
    assert session.snapshots()[-1].epoch == 3.0  # full batch: one step is one epoch
    assert session.of(StateChanged) == []  # a step never plays


def test_play_and_pause_report_the_state_and_a_final_snapshot(session):
    session.send(SetSpeed(math.inf), Play())
    assert session.events[-1] == StateChanged(RUNNING) and session.controller.running
    for _ in range(5):
        session.tick(0.02)
    session.send(Pause(), Pause())
    states = session.of(StateChanged)
    assert states == [StateChanged(RUNNING), StateChanged(PAUSED)]  # a second pause: nothing
    assert isinstance(session.events[-1], SnapshotReady)
    assert session.events[-1].snapshot.step == session.controller.trainer.step_count
    steps = [s.step for s in session.snapshots()]
    assert steps == sorted(steps) and steps[-1] > 5
    session.tick(1.0)  # paused: a tick does nothing
    assert session.controller.trainer.step_count == steps[-1]


def test_a_paced_speed_runs_one_step_at_once_then_s_per_second(session):
    """At s = 20 steps/s: 1 step at play, then 20 · Δt; the budget never exceeds s/4 + 1."""
    session.send(SetSpeed(20.0), Play())
    session.tick(0.0)
    assert session.controller.trainer.step_count == 1
    for _ in range(4):
        session.tick(0.25)
    assert session.controller.trainer.step_count == 1 + 20
    session.tick(10.0)  # a long stall does not make up for lost time
    assert session.controller.trainer.step_count == 21 + 6


def test_the_tick_interval_follows_the_speed(session):
    c = session.controller
    for speed, interval in ((math.inf, 0), (100.0, 16), (20.0, 50), (1.0, 1000)):
        session.send(SetSpeed(speed))
        assert c.tick_interval_ms == interval
    session.send(StepEpoch())  # to the end of the epoch: as fast as possible
    assert c.tick_interval_ms == 0


def test_the_chunk_adapts_to_about_five_milliseconds_per_tick(session):
    """A step that takes 0.1 ms: the ideal chunk is 50 steps; chunk ← ½ chunk + ½ ideal."""
    trainer = session.controller.trainer

    session.send(SetSpeed(math.inf), Play())
    chunks = []
    for _ in range(7):
        session.tick()
        chunks.append(session.controller.chunk)
    assert chunks == [25, 37, 43, 46, 48, 49, 49]
    assert trainer.step_count == 1 + sum(chunks[:-1])


def test_snapshots_while_running_come_at_most_60_per_second(session):
    session.send(SetSpeed(math.inf), Play())
    for _ in range(300):  # ticks of about 6 ms (1 ms apart, 5 ms of training)
        session.tick(0.001)
    times = [t for t, e in zip(session.times, session.events) if isinstance(e, SnapshotReady)]
    gaps = np.diff(times[1:])  # from the first snapshot while running on
    longest_tick = 0.001 + STEP_SECONDS * session.controller.chunk * 1.5
    assert len(gaps) > 50
    assert gaps.min() >= 1 / 60 and gaps.max() <= 1 / 60 + longest_tick


def test_costly_snapshots_take_at_most_their_share_of_the_time(session):
    """A snapshot that takes 20 ms (C over 10,000 MNIST digits) comes at most every
    20 ms / SNAPSHOT_TIME_SHARE: the training thread keeps most of its time for training."""
    from nnviz.session.controller import SNAPSHOT_TIME_SHARE
    trainer = session.controller.trainer
    snapshot = trainer.snapshot

    def costly_snapshot():
        session.clock.now += 0.02
        return snapshot()

    trainer.snapshot = costly_snapshot
    session.send(SetSpeed(math.inf), Play())
    start = session.clock.now
    for _ in range(1000):
        session.tick(0.001)
    times = [t for t, e in zip(session.times, session.events) if isinstance(e, SnapshotReady)]
    gaps = np.diff(times[2:])  # once the cost is known (smoothed over the first snapshots)
    assert gaps.min() >= 0.02 / SNAPSHOT_TIME_SHARE * 0.9
    share = 0.02 * len(times[1:]) / (session.clock.now - start)
    assert share <= SNAPSHOT_TIME_SHARE * 1.05


def test_the_loss_records_time_is_not_counted_as_the_snapshots(session):
    """Evaluating the kept θ for the loss curve has its own time share (step_losses): a slow
    record does not space the snapshots out (it did: 2 snapshots in 8 s on MNIST)."""
    losses = session.controller._losses
    costs = losses.costs

    def slow_costs(thetas, x, y):
        session.clock.now += 0.05
        return costs(thetas, x, y)

    losses.costs = slow_costs
    session.send(SetSpeed(math.inf), Play())
    for _ in range(300):
        session.tick(0.001)
    times = [t for t, e in zip(session.times, session.events) if isinstance(e, SnapshotReady)]
    assert np.diff(times[2:]).max() < 0.05 + 1 / 60 + 0.01


def test_one_epoch_runs_to_the_end_of_the_current_epoch_then_pauses():
    session = configured(sgd_config(batch_mode="stochastic"))  # XOR: 4 samples, 4 steps an epoch
    session.send(Step(), StepEpoch())
    while session.controller.running:
        session.tick(0.001)
    last = session.snapshots()[-1]
    assert (last.step, last.epoch) == (4, 1.0)
    assert session.of(StateChanged) == [StateChanged(RUNNING), StateChanged(PAUSED)]
    session.send(StepEpoch())
    while session.controller.running:
        session.tick(0.001)
    assert (session.snapshots()[-1].step, session.snapshots()[-1].epoch) == (8, 2.0)


def test_reset_goes_back_to_the_start_paused(session):
    start = session.snapshots()[0]
    session.send(Step(), Step(), SetSpeed(math.inf), Play())
    session.tick()
    session.send(Reset())
    last = session.snapshots()[-1]
    assert last.step == 0 and not session.controller.running
    np.testing.assert_array_equal(last.params, start.params)
    assert session.of(DatasetChanged) == [DatasetChanged(session.controller.trainer.dataset)]


def test_a_new_learning_rate_reaches_the_next_step(session):
    """SGD: θ_{t+1} − θ_t = −η ∂C/∂θ(θ_t), and the snapshot after the step carries that gradient."""
    session.send(Step(), SetHyperparameter("learning_rate", 0.4), Step())
    before, after = session.snapshots()[1], session.snapshots()[-1]
    assert session.snapshots()[2].learning_rate == 0.4
    np.testing.assert_allclose(after.params - before.params, -0.4 * after.gradients, rtol=1e-12)
    session.send(ApplyTraining(TrainingSpec(optimizer="sgd", learning_rate=0.05)), Step())
    third = session.snapshots()[-1]
    assert third.step == 3 and third.learning_rate == 0.05
    np.testing.assert_allclose(third.params - after.params, -0.05 * third.gradients, rtol=1e-12)


def test_editing_one_parameter_and_restarting_from_a_point(session):
    session.send(SetParameter(0, 1.5))
    assert session.snapshots()[-1].params[0] == 1.5
    theta = np.linspace(-1, 1, 17)
    session.send(Step(), SetSpeed(math.inf), Play(), SetParameters(theta))
    last = session.snapshots()[-1]
    assert last.step == 0 and session.controller.running  # a restart point keeps it running
    np.testing.assert_array_equal(last.params, theta)


def test_a_restart_point_is_copied_when_the_command_is_made():
    theta = np.zeros(3)
    command = SetParameters(theta)
    theta[0] = 7.0
    assert command.theta[0] == 0.0 and not command.theta.flags.writeable


def test_an_applied_update_keeps_the_step_count_and_the_optimizers_state():
    session = configured(resolve(Config(training=TrainingSpec(optimizer="momentum", learning_rate=0.1))))
    session.send(Step(), Step())
    before = session.snapshots()[-1]
    assert before.optimizer_state  # the momentum's velocity
    theta = before.params - 0.25
    session.send(ApplyUpdate(theta))
    after = session.snapshots()[-1]
    np.testing.assert_array_equal(after.params, theta)
    assert after.step == before.step == 2 and not session.controller.running
    assert after.optimizer_state.keys() == before.optimizer_state.keys()
    for name, value in before.optimizer_state.items():
        np.testing.assert_array_equal(after.optimizer_state[name], value)
    session.send(Step())
    assert session.snapshots()[-1].step == 3  # training goes on from the applied θ


def test_a_loaded_model_is_trained_from_its_parameters(session):
    from nnviz.core.config import network_spec_of
    from nnviz.core.network import Network

    net = Network.create([2, 3, 1], "relu", "sigmoid", "binary_cross_entropy", seed=5)
    config = sgd_config()
    config = config.with_network(**network_spec_of(net, config.network).__dict__)
    session.send(LoadModel(net, config))
    last = session.snapshots()[-1]
    assert last.architecture.sizes == (2, 3, 1)
    np.testing.assert_array_equal(last.params, net.params)
    assert len(session.of(DatasetChanged)) == 1  # same data: not announced again


@pytest.mark.parametrize("command, words", [
    (SetParameter(99, 1.0), "out of range"),
    (SetParameter(0, math.nan), "not a finite number"),
    (SetHyperparameter("momentum", 0.5), "momentum"),
    (SetSpeed(0.0), "must be > 0"),
    (SetParameters(np.zeros(3)), "needs 17 finite parameters"),
    (ApplyUpdate(np.zeros(16)), "the update needs 17 finite parameters, got 16 numbers"),
    (ApplyUpdate(np.full(17, math.inf)), "17 finite parameters, got 17 numbers (not all finite)"),
    (ApplyTraining(TrainingSpec(rule="perceptron")), "needs a reset"),
    ("play", "not a training command"),
])
def test_bad_commands_become_errored_events_and_pause(session, command, words):
    session.send(SetSpeed(math.inf), Play(), command)
    errors = session.of(Errored)
    assert len(errors) == 1 and words in errors[0].message
    assert not session.controller.running and session.events[-1] == errors[0]


def test_nothing_to_train_before_configure():
    session = Session()
    session.send(Play(), Step())
    assert [e.message for e in session.events] == ["nothing to train yet: choose a data set and "
                                                   "a network first"] * 2


def test_an_exception_in_the_core_becomes_an_errored_event(session):
    def failing(n):
        raise RuntimeError("boom in the core")

    session.controller.trainer.run = failing
    session.send(SetSpeed(math.inf), Play())
    session.tick()  # never raises
    assert session.of(Errored) == [Errored("training: RuntimeError: boom in the core")]
    assert session.of(StateChanged)[-1] == StateChanged(PAUSED)
    session.send(Configure(sgd_config(), build_dataset(sgd_config().data)), Step())
    assert session.snapshots()[-1].step == 1  # the controller lives on


def test_an_exception_while_configuring_keeps_the_old_training(session, monkeypatch):
    def failing(config, dataset, network=None):
        raise RuntimeError("no trainer")

    monkeypatch.setattr(controller_module, "build_trainer", failing)
    session.send(Configure(sgd_config(lr=0.5), build_dataset(sgd_config().data)))
    assert session.of(Errored) == [Errored("Configure: RuntimeError: no trainer")]
    session.send(Step())
    assert session.snapshots()[-1].step == 1 and session.snapshots()[-1].learning_rate == 0.1


def test_divergence_pauses_with_a_message_and_keeps_the_last_finite_state():
    session = configured(resolve(Config(
        data=DataSpec("line"),
        network=NetworkSpec(hidden=(), activations=(), output_activation="identity",
                            loss="squared_error"),
        training=TrainingSpec(optimizer="sgd", learning_rate=1e6))))
    session.send(SetSpeed(math.inf), Play())
    for _ in range(1000):
        session.tick(0.001)
        if not session.controller.running:
            break
    diverged = session.of(Diverged)
    assert len(diverged) == 1 and "smaller learning rate" in diverged[0].message
    index = session.events.index(diverged[0])
    assert session.events[index - 2:index] == [StateChanged(PAUSED), session.events[index - 1]]
    last = session.events[index - 1].snapshot
    assert last.stopped == "diverged" and np.isfinite(last.params).all()


def test_a_step_that_converges_sends_its_snapshot_and_says_so():
    lesson = load_lesson("perceptron")
    session = configured(resolve(lesson.config))
    for _ in range(10_000):
        session.send(Step())
        if session.of(TrainingStopped):
            break
    stopped = session.of(TrainingStopped)
    assert len(stopped) == 1 and "converged" in stopped[0].message
    last = session.snapshots()[-1]
    assert last.stopped == "converged" and last.step == session.controller.trainer.step_count
    assert session.events[-1] == stopped[0] and session.events[-2].snapshot is last


COMMANDS = st.sampled_from([Play(), Pause(), Step(), StepEpoch(), Reset(), SetSpeed(5.0),
                            SetSpeed(math.inf), SetParameter(3, 0.5)])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(COMMANDS, st.integers(0, 3)), max_size=25))
def test_any_command_sequence_keeps_the_state_machine_consistent(script):
    """Running and paused alternate, snapshots never go back without a reset, no errors."""
    session = configured(sgd_config(batch_mode="stochastic"))
    for command, ticks in script:
        session.send(command)
        for _ in range(ticks):
            session.tick(0.01)
    assert session.of(Errored) == []
    states = [e.state for e in session.of(StateChanged)]
    assert all(a != b for a, b in zip(states, states[1:]))
    assert session.controller.running == (bool(states) and states[-1] == RUNNING)
    last = session.snapshots()[-1]
    assert last.step == session.controller.trainer.step_count or session.controller.running
