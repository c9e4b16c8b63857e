"""Every step's cost rides on every snapshot (issue 12, item 10): the loss curve has every
step, whichever snapshots reached a frame."""

import math

import numpy as np
import pytest

from nnviz.core.config import build_dataset, build_trainer, resolve
from nnviz.core.lessons import load_lesson
from nnviz.session import step_losses
from nnviz.session.commands import Pause, Play, Reset, SetParameter, SetSpeed, Step
from nnviz.session.step_losses import StepLosses
from tests.session.test_controller import FakeClock, configured, sgd_config


def headless_losses(config, steps):
    """(train C, test C) at steps 0..steps of the same run, one evaluation per step."""
    trainer = build_trainer(config, build_dataset(config.data))
    rows = []
    for _ in range(steps + 1):
        ev = trainer.evaluate()
        rows.append((ev.train_loss, math.nan if ev.test_loss is None else ev.test_loss))
        trainer.run(1)
    return np.array(rows)


@pytest.fixture
def every_step(monkeypatch):
    """Evaluating may take any share of the time: θ is kept at every step (the stride that
    bounds the cost is tested on its own, with a clock of its own, below)."""
    monkeypatch.setattr(step_losses, "LOSS_TIME_SHARE", math.inf)


def run_flat_out(session, ticks=6):
    session.send(SetSpeed(math.inf), Play())
    for _ in range(ticks):
        session.tick(0.02)
    session.send(Pause())


@pytest.mark.parametrize("lesson", ["xor", "average"])
def test_the_last_snapshot_alone_has_every_steps_exact_cost(lesson, every_step):
    """Drop every snapshot but the last: it still holds C on the training (and test) set at
    every step, exactly as evaluating each step on its own gives it."""
    config = resolve(load_lesson(lesson).config)
    session = configured(config)
    run_flat_out(session)
    last = session.snapshots()[-1]
    assert last.step > 50 and len(session.snapshots()) < last.step / 4  # most steps had none
    losses = last.losses
    np.testing.assert_array_equal(losses[:, 0], np.arange(last.step + 1))
    expected = headless_losses(config, last.step)
    np.testing.assert_allclose(losses[:, 1], expected[:, 0], rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(losses[:, 2], expected[:, 1], rtol=1e-12, atol=1e-15)
    assert (lesson == "average") == bool(np.isfinite(losses[:, 2]).all())  # a test set or none
    assert not losses.flags.writeable


def test_the_history_is_bounded_with_recent_detail(monkeypatch, every_step):
    monkeypatch.setattr(step_losses, "HISTORY_ROWS", 64)
    monkeypatch.setattr(step_losses, "RECENT_ROWS", 16)
    session = configured()
    run_flat_out(session, ticks=10)
    last = session.snapshots()[-1]
    steps = last.losses[:, 0]
    assert last.step > 200 and len(steps) <= 64
    assert steps[0] == 0 and steps[-1] == last.step
    np.testing.assert_array_equal(steps[-16:], np.arange(last.step - 15, last.step + 1))


def test_a_step_an_edit_and_a_reset_keep_the_rows_right():
    session = configured()
    session.send(Step(), Step())
    assert list(session.snapshots()[-1].losses[:, 0]) == [0, 1, 2]
    session.send(SetParameter(0, 3.0))  # θ changed at step 2: its row is measured again
    edited = session.snapshots()[-1]
    assert list(edited.losses[:, 0]) == [0, 1, 2]
    assert edited.losses[-1, 1] == edited.train_loss
    session.send(Reset())
    assert list(session.snapshots()[-1].losses[:, 0]) == [0]  # a new run, a new history


def test_costly_evaluation_keeps_theta_every_stride_steps():
    """When evaluating one θ costs more than LOSS_TIME_SHARE of a step, rows come every
    ``stride`` steps (a power of two), at multiples of it."""
    config = sgd_config()
    trainer = build_trainer(config, build_dataset(config.data))
    clock = FakeClock()
    run = trainer.run

    def timed_run(n):  # a step costs 1 s ...
        clock.now += n
        return run(n)

    trainer.run = timed_run
    losses = StepLosses(trainer, clock)
    costs = losses.costs

    evaluation_seconds = [0.3]

    def timed_costs(thetas, x, y):  # ... evaluating one θ costs 0.3 s
        clock.now += evaluation_seconds[0] * len(thetas)
        return costs(thetas, x, y)

    losses.costs = timed_costs
    losses.stamp(trainer.snapshot())
    strides = []
    for _ in range(6):
        losses.run(64)
        losses.stamp(trainer.snapshot())
        strides.append(losses.stride)
    assert strides == [8] * 6  # 0.3 / (0.05 · 1) = 6: the power of two above it
    losses.run(40)
    steps = losses.stamp(trainer.snapshot()).losses[:, 0]
    assert set(np.diff(steps[-6:])) == {8} and steps[-1] == 6 * 64 + 40
    evaluation_seconds[0] = 0.01  # evaluating gets cheap: wanted 0.2, smoothed on the way
    for _ in range(12):
        losses.run(256)
        losses.stamp(trainer.snapshot())
        strides.append(losses.stride)
    assert strides[6:] == [8, 8, 8, 8, 2, 2, 2, 2, 2, 2, 1, 1]  # down once wanted < stride / 4


def test_a_data_set_of_other_size_gives_the_same_costs_as_the_network():
    """The batched costs are Network.cost, also for softmax over several classes."""
    config = resolve(load_lesson("digits").config)
    trainer = build_trainer(config, build_dataset(config.data))
    losses = StepLosses(trainer)
    thetas = []
    for _ in range(3):
        trainer.run(2)
        thetas.append(trainer.network.params.copy())
    x, y = losses._sets[0]
    expected = []
    for theta in thetas:
        trainer.network.params[...] = theta
        expected.append(trainer.network.cost(x, y))
    np.testing.assert_allclose(losses.costs(np.array(thetas), x, y), expected, rtol=1e-12)


@pytest.mark.parametrize("lesson, cost", [("perceptron", "mistakes"), ("xor", "sum")])
def test_every_steps_cost_is_the_one_the_trainer_reports(lesson, cost, every_step):
    """The perceptron rule counts mistakes (it minimises no loss) and the sum convention
    adds the losses up: the recorded rows and the snapshot say so, step by step."""
    config = resolve(load_lesson(lesson).config)
    if cost == "sum":
        config = config.with_training(cost="sum")
    session = configured(config)
    run_flat_out(session)
    last = session.snapshots()[-1]
    assert last.cost == cost and last.step > 5
    expected = headless_losses(config, last.step)
    np.testing.assert_array_equal(last.losses[:, 0], np.arange(last.step + 1))
    np.testing.assert_allclose(last.losses[:, 1], expected[:, 0], rtol=1e-12, atol=1e-15)
    if cost == "mistakes":  # shares of the training set: k mistakes of n samples
        n = build_dataset(config.data).x_train.shape[0]
        np.testing.assert_array_equal(last.losses[:, 1] * n, np.round(last.losses[:, 1] * n))
        assert last.losses[-1, 1] == 1.0 - last.train_accuracy


@pytest.mark.parametrize("samples, batch, stride", [
    (40, 4, 1),  # small: 40 samples · 17 parameters, θ kept at every step
    (10_000, 10, 1024),  # MNIST's textbook set-up: 10,000 / (3 · 10 · 0.05) = 6,667 → the cap
    (10_000, 1000, 128),  # 10,000 / (3 · 1,000 · 0.05) = 66.7 → 128
])
def test_a_large_evaluation_starts_at_the_stride_its_work_asks_for(samples, batch, stride):
    """Before anything is timed, the stride follows the work: one θ over n samples is about
    n / (3m) steps of m; a large evaluation never stalls training while the stride adapts."""
    from nnviz.core.config import Config, DataSpec, NetworkSpec, TrainingSpec
    if samples == 40:
        data, network = DataSpec(name="xor", n=samples), NetworkSpec(hidden=(4,))
    else:
        data, network = DataSpec(name="mnist", n=samples), NetworkSpec(hidden=(30,))
    config = resolve(Config(data=data, network=network,
                            training=TrainingSpec(optimizer="sgd", batch_mode="mini-batch",
                                                  batch_size=batch)))
    trainer = build_trainer(config, build_dataset(config.data))
    assert StepLosses(trainer).stride == stride
