"""Restore: a lesson step's state in the training controller (θ, step count, loss history)."""

import math

import numpy as np

from nnviz.core.config import build_dataset, build_network, build_trainer, resolve
from nnviz.core.lessons import load_lesson
from nnviz.session.commands import Reset, Restore, Step
from nnviz.session.controller import DatasetChanged, Errored, SnapshotReady, TrainingController


def xor():
    config = resolve(load_lesson("xor").config)
    return config, build_dataset(config.data)


def trained(config, dataset, steps):
    """θ and the train cost after each of ``steps`` steps, trained as the core trains."""
    trainer = build_trainer(config, dataset)
    costs = []
    for _ in range(steps):
        trainer.run(1)
        costs.append(trainer.evaluate().train_loss)
    return trainer.network.params.copy(), costs


def test_restore_shows_theta_the_step_count_and_every_steps_cost():
    config, dataset = xor()
    theta, costs = trained(config, dataset, 5)
    events = []
    c = TrainingController(events.append)
    c.handle(Restore(config, dataset, theta, 5, list(enumerate(costs, start=1))))
    assert isinstance(events[0], DatasetChanged) and events[0].dataset is dataset
    snapshot = events[-1].snapshot
    assert np.array_equal(snapshot.params, theta)
    assert snapshot.step == 5 and snapshot.epoch == 5.0  # full batch: one epoch a step
    rows = snapshot.losses
    assert rows[:, 0].tolist() == [1, 2, 3, 4, 5]
    assert rows[:4, 1].tolist() == costs[:4]
    assert math.isclose(rows[4, 1], costs[4])  # measured again by the snapshot
    assert not c.running


def test_restore_then_reset_goes_back_to_the_configurations_start_and_step_goes_on():
    config, dataset = xor()
    theta, costs = trained(config, dataset, 3)
    events = []
    c = TrainingController(events.append)
    c.handle(Restore(config, dataset, theta, 3, list(enumerate(costs, start=1))))
    c.handle(Step())
    theta4, _ = trained(config, dataset, 4)
    assert events[-1].snapshot.step == 4
    np.testing.assert_allclose(events[-1].snapshot.params, theta4, rtol=1e-12, atol=1e-12)
    c.handle(Reset())
    assert events[-1].snapshot.step == 0
    assert np.array_equal(events[-1].snapshot.params, build_network(config, dataset).params)


def test_a_restore_preloads_the_costs_recorded_every_kth_step():
    """A replay of a large lesson records C every k-th step (core.cost_record): the loss
    curve gets those steps, at their own step numbers."""
    config, dataset = xor()
    theta, costs = trained(config, dataset, 6)
    events = []
    c = TrainingController(events.append)
    c.handle(Restore(config, dataset, theta, 6, [(2, costs[1]), (4, costs[3])]))
    rows = events[-1].snapshot.losses
    assert rows[:, 0].tolist() == [2, 4, 6] and rows[:2, 1].tolist() == [costs[1], costs[3]]


def test_a_restore_with_the_wrong_number_of_parameters_is_refused_and_changes_nothing():
    config, dataset = xor()
    events = []
    c = TrainingController(events.append)
    c.handle(Restore(config, dataset, np.zeros(17), 0))
    before = events[-1].snapshot
    c.handle(Restore(config, dataset, np.zeros(3), 2, ((1, 1.0), (2, 0.5))))
    assert isinstance(events[-1], Errored) and "17 finite parameters" in events[-1].message
    c.handle(Step())
    assert isinstance(events[-1], SnapshotReady) and events[-1].snapshot.step == 1
    assert np.array_equal(before.params, np.zeros(17))
