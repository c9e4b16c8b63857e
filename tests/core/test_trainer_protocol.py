"""Trainer and PerceptronTrainer both satisfy TrainerProtocol: callers never ask which one."""

import inspect

import numpy as np
import pytest

from nnviz.core.data import make_dataset
from nnviz.core.network import Network
from nnviz.core.optimizers import make_optimizer
from nnviz.core.perceptron_training import PerceptronTrainer
from nnviz.core.training import Trainer, TrainerProtocol

MEMBERS = sorted(
    set(TrainerProtocol.__annotations__)
    | {name for name, value in vars(TrainerProtocol).items()
       if not name.startswith("_") and (callable(value) or isinstance(value, property))}
)


def gradient_trainer() -> Trainer:
    data = make_dataset("xor")
    net = Network.create([2, 3, 1], "tanh", "sigmoid", "binary_cross_entropy", seed=1)
    return Trainer(net, make_optimizer("sgd", lr=0.5), data, batch_size=2, seed=0)


def perceptron_trainer() -> PerceptronTrainer:
    data = make_dataset("and")
    net = Network.from_layers([[[0.0, 0.0]]], [[0.0]], ["sign"])
    return PerceptronTrainer(net, data, eta=1.0)


TRAINERS = [gradient_trainer, perceptron_trainer]


def test_the_protocol_names_what_the_worker_uses():
    assert set(MEMBERS) >= {
        "network", "dataset", "optimizer", "batch_size", "shuffle", "step_count", "stopped",
        "message", "epoch", "steps_per_epoch", "step", "run", "stop", "evaluate", "snapshot",
    }


@pytest.mark.parametrize("make", TRAINERS)
def test_both_trainers_satisfy_the_protocol(make):
    trainer = make()
    assert isinstance(trainer, TrainerProtocol)
    for name in MEMBERS:
        assert hasattr(trainer, name), name


@pytest.mark.parametrize("make", TRAINERS)
def test_the_methods_take_the_protocols_arguments(make):
    trainer = make()
    for name, value in vars(TrainerProtocol).items():
        if name.startswith("_") or not inspect.isfunction(value):
            continue
        expected = list(inspect.signature(value).parameters)[1:]  # without self
        assert list(inspect.signature(getattr(trainer, name)).parameters) == expected, name


@pytest.mark.parametrize("missing", MEMBERS)
def test_a_class_without_one_member_does_not_satisfy_it(missing):
    """The check can fail: every member counts."""
    members = {name: 0 for name in MEMBERS if name != missing}
    incomplete = type("Incomplete", (), members)()
    assert not isinstance(incomplete, TrainerProtocol)
    assert isinstance(type("Complete", (), {name: 0 for name in MEMBERS})(), TrainerProtocol)


@pytest.mark.parametrize("make", TRAINERS)
def test_one_epoch_through_the_protocol_alone(make):
    """What the worker's "step one epoch" does: run ⌈n/m⌉ steps, then epoch = 1 exactly."""
    trainer: TrainerProtocol = make()
    trainer.batch_size = trainer.batch_size  # settable on both
    trainer.shuffle = False
    n = trainer.dataset.x_train.shape[0]
    assert trainer.steps_per_epoch == -(-n // trainer.batch_size)
    assert trainer.run(trainer.steps_per_epoch) == trainer.steps_per_epoch
    assert trainer.step_count == trainer.steps_per_epoch and trainer.epoch == 1.0
    snapshot = trainer.snapshot()
    assert snapshot.step == trainer.step_count and snapshot.learning_rate == trainer.optimizer.lr
    trainer.stop("stopped", "by hand")
    assert not trainer.step() and trainer.run(5) == 0
    trainer.stopped, trainer.message = None, ""
    assert trainer.step()


def test_the_perceptron_rule_steps_one_sample_whatever_batch_size_is_set():
    trainer = perceptron_trainer()
    trainer.batch_size = 4  # the settings panel sends one for either rule
    assert trainer.batch_size == 1 and trainer.steps_per_epoch == 4
    before = trainer.network.params.copy()
    trainer.step()
    # and(0, 0) = class 0, y = −1: ŷ = sign(0) = +1 is a mistake, w ← w − x = 0, b ← b − 1
    np.testing.assert_array_equal(trainer.network.params, before + [0.0, 0.0, -1.0])
