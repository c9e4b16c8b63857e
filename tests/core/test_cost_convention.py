"""The cost convention: "mean" C = 1/n Σ ℓ (the default) or "sum" L = Σ ℓ, in the gradient,
the update, the reported loss and the training configuration."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.config import (
    Config,
    DataSpec,
    NetworkSpec,
    TrainingSpec,
    build_dataset,
    build_trainer,
    needs_reset,
)
from nnviz.core.errors import InputError
from nnviz.core.lessons import parse_lesson
from nnviz.core.network import Network
from nnviz.core.optimizers import make_optimizer
from nnviz.core.training import Trainer


def one_weight(x, y, cost="mean", batch="full", m=2, lr=0.1) -> Config:
    """a = w·x (no bias, identity output), ℓ = (a - y)², w = 2.5: the lectures' 1-D example."""
    return Config(
        data=DataSpec(name="points", x=tuple((v,) for v in x), y=tuple(y)),
        network=NetworkSpec(hidden=(), activations=(), output_activation="identity",
                            loss="squared_error", bias=False, params=(2.5,)),
        training=TrainingSpec(learning_rate=lr, batch_mode=batch, batch_size=m, shuffle=False,
                              cost=cost))


def trainer_for(config: Config) -> Trainer:
    return build_trainer(config, build_dataset(config.data))


@pytest.mark.parametrize("cost", ["mean", "sum"])
def test_one_sample_is_the_same_under_both_conventions(cost):
    """x = 2, y = 3, w = 2.5, η = 0.1: loss 4 → gradient 8 → w = 1.7 → loss 0.16."""
    trainer = trainer_for(one_weight([2], [3], cost))
    assert trainer.evaluate().train_loss == 4.0
    trainer.step()
    assert trainer.gradients.tolist() == [8.0]
    assert trainer.network.params[0] == pytest.approx(1.7, abs=1e-15)
    assert trainer.evaluate().train_loss == pytest.approx(0.16, abs=1e-14)


def test_the_sum_over_two_samples_worked_out():
    """Samples (2, 3) and (1, 1), w = 2.5: ℓ = 4 and 2.25, ∂ℓ/∂w = 2(a - y)x = 8 and 3.
    Sum: L = 6.25, ∂L/∂w = 11, w ← 2.5 - 0.1·11 = 1.4, then L = 0.2² + 0.4² = 0.2.
    Mean: C = 3.125, ∂C/∂w = 5.5, w ← 2.5 - 0.1·5.5 = 1.95."""
    summed = trainer_for(one_weight([2, 1], [3, 1], "sum"))
    assert summed.evaluate().train_loss == 6.25
    summed.step()
    assert summed.gradients.tolist() == [11.0]
    assert summed.network.params[0] == pytest.approx(1.4, abs=1e-15)
    assert summed.evaluate().train_loss == pytest.approx(0.2, abs=1e-14)
    assert summed.snapshot().train_loss == pytest.approx(0.2, abs=1e-14)
    averaged = trainer_for(one_weight([2, 1], [3, 1], "mean"))
    assert averaged.evaluate().train_loss == 3.125
    averaged.step()
    assert averaged.gradients.tolist() == [5.5]
    assert averaged.network.params[0] == pytest.approx(1.95, abs=1e-15)


def test_a_mini_batch_sums_over_the_batch_only():
    """m = 2 of n = 4, in order: the first step's ∂L/∂w = 8 + 3 (the samples 1 and 2)."""
    config = one_weight([2, 1, 3, -1], [3, 1, 0, 2], "sum", batch="mini-batch", m=2)
    trainer = trainer_for(config)
    trainer.step()
    assert trainer.gradients.tolist() == [11.0]
    assert trainer.batch_indices.tolist() == [0, 1]
    trainer.step()  # at w = 1.4, samples (3, 0) and (-1, 2): 2(4.2 - 0)·3 + 2(-1.4 - 2)·(-1)
    assert trainer.gradients[0] == pytest.approx(2 * 4.2 * 3 + 2 * (-1.4 - 2) * -1, rel=1e-14)


def random_network(seed: int, sizes: tuple[int, ...], loss: str, out: str) -> Network:
    return Network.create(sizes, activation="tanh", output_activation=out, loss=loss,
                          init="uniform", seed=seed, init_range=1.0)


LOSS_OUTPUTS = [("half_squared_error", "sigmoid"), ("squared_error", "identity"),
                ("binary_cross_entropy", "sigmoid")]


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10_000), hidden=st.integers(1, 4),
       power=st.integers(0, 5), pair=st.sampled_from(LOSS_OUTPUTS))
def test_the_sum_gradient_is_n_times_the_mean_gradient_exactly(seed, hidden, power, pair):
    """n = 2^k samples: dividing by n is exact, so ∂L/∂θ = n·∂C/∂θ and L = n·C bit for bit."""
    n = 2 ** power
    net = random_network(seed, (2, hidden, 1), *pair)
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 2))
    y = rng.integers(0, 2, size=(n, 1)).astype(float)
    trace = net.forward(x)
    mean = net.backward(trace, y)
    total = net.backward(trace, y, cost="sum")
    np.testing.assert_array_equal(total.flat, n * mean.flat)
    assert total.cost == n * mean.cost == n * net.cost(x, y)
    assert net.cost(x, y, cost="sum") == total.cost


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), n=st.integers(1, 7))
def test_the_sum_gradient_equals_finite_differences_of_the_sum(seed, n):
    net = random_network(seed, (2, 3, 2), "half_squared_error", "tanh")
    rng = np.random.default_rng(seed)
    x, y = rng.normal(size=(n, 2)), rng.normal(size=(n, 2))
    analytic = net.backward(net.forward(x), y, cost="sum").flat
    theta, h = net.params.copy(), 1e-6
    numeric = np.empty_like(theta)
    for i in range(theta.size):
        net.params[i] = theta[i] + h
        up = net.cost(x, y, cost="sum")
        net.params[i] = theta[i] - h
        numeric[i] = (up - net.cost(x, y, cost="sum")) / (2 * h)
        net.params[i] = theta[i]
    np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=1e-7)


def test_the_default_is_the_mean_unchanged():
    assert TrainingSpec().cost == "mean"
    config = Config()
    default, explicit = (trainer_for(c) for c in (config, config.with_training(cost="mean")))
    default.run(20)
    explicit.run(20)
    np.testing.assert_array_equal(default.network.params, explicit.network.params)
    assert default.cost == "mean"


def test_the_configuration_reaches_the_trainer_and_restarts_training():
    config = Config()
    assert trainer_for(config.with_training(cost="sum")).cost == "sum"
    assert needs_reset(config, config.with_training(cost="sum"))
    assert not needs_reset(config, config.with_training(learning_rate=0.1))


@pytest.mark.parametrize("make", [
    lambda: trainer_for(Config().with_training(cost="avg")),
    lambda: Trainer(Network.create([2, 1]), make_optimizer("sgd"),
                    build_dataset(DataSpec(name="xor")), cost="avg"),
])
def test_a_bad_cost_is_one_message_naming_the_allowed_values(make):
    with pytest.raises(InputError, match=r"cost'? must be \"mean\" \(C = 1/n Σ ℓ\) or "
                                         r"\"sum\" \(L = Σ ℓ\), not 'avg'"):
        make()


def test_the_validation_names_the_key():
    with pytest.raises(InputError, match=r"^\[training\] 'cost' must be"):
        trainer_for(Config().with_training(cost="total"))


def test_the_perceptron_rule_has_no_cost_to_sum():
    config = Config(data=DataSpec(name="and"),
                    network=NetworkSpec(hidden=(), activations=(), output_activation="sign",
                                        loss="half_squared_error"),
                    training=TrainingSpec(rule="perceptron", cost="sum"))
    with pytest.raises(InputError, match="perceptron rule has no cost"):
        trainer_for(config)


LESSON = """
title = "Sum"
[data]
dataset = "xor"
[training]
learning_rate = 0.5
cost = "{cost}"
"""


def test_a_lesson_file_carries_the_cost():
    lesson = parse_lesson(LESSON.format(cost="sum"), name="sum", source="sum.toml")
    assert lesson.config.training.cost == "sum"
    assert parse_lesson(LESSON.replace('cost = "{cost}"', ""), name="m").config.training.cost \
        == "mean"
    with pytest.raises(InputError, match=r"sum.toml: \[training\]: 'cost' must be .*'avg'"):
        parse_lesson(LESSON.format(cost="avg"), name="sum", source="sum.toml")
