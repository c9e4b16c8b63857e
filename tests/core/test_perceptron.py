"""Rosenblatt's perceptron rule: the lectures' worked start, AND/OR/XOR, Novikoff's bound."""

import re

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from nnviz.core.data import make_dataset
from nnviz.core.errors import InputError
from nnviz.core.perceptron import accuracy, perceptron_rule, predict

TABLE = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
GATES = {"and": [-1, -1, -1, 1], "or": [-1, 1, 1, 1], "xor": [-1, 1, 1, -1]}


def test_worked_start_of_the_lectures():
    """w = (0, 0), x = (1, −1), y = −1: ŷ = sign(0) = +1, a mistake, w ← w + y·x = (−1, 1)."""
    first = next(perceptron_rule([[1.0, -1.0]], [-1], weights=[0.0, 0.0], bias=None))
    assert first.step == 1 and first.epoch == 1
    assert first.prediction == +1 and first.mistake
    np.testing.assert_array_equal(first.x, [1.0, -1.0])
    np.testing.assert_array_equal(first.weights, [-1.0, 1.0])
    assert first.bias is None


def test_update_with_bias_and_eta():
    """w ← w + η y x and b ← b + η y on a mistake; nothing changes on a right answer."""
    events = list(perceptron_rule([[2.0, 1.0], [1.0, 1.0]], [-1, -1], eta=0.5, max_steps=2))
    np.testing.assert_array_equal(events[0].weights, [-1.0, -0.5])
    assert events[0].bias == -0.5 and events[0].mistake
    # second sample: z = −1 − 0.5 − 0.5 < 0, ŷ = −1 = y: no change
    assert not events[1].mistake and events[1].prediction == -1
    np.testing.assert_array_equal(events[1].weights, events[0].weights)


@pytest.mark.parametrize("gate", ["and", "or"])
def test_converges_on_and_and_or(gate):
    y = np.array(GATES[gate])
    events = list(perceptron_rule(TABLE, y, max_steps=1000))
    last = events[-1]
    assert last.stopped == "converged"
    assert [e.stopped for e in events[:-1]] == [None] * (len(events) - 1)
    epoch = [e for e in events if e.epoch == last.epoch]
    assert len(epoch) == 4 and not any(e.mistake for e in epoch)
    assert accuracy(TABLE, y, last.weights, last.bias) == 1.0
    assert sum(e.mistake for e in events) > 0


def test_and_from_the_data_sets_module():
    data = make_dataset("and", labels="pm1")
    y = np.where(data.y_train == 1, 1, -1)
    last = list(perceptron_rule(data.x_train, y))[-1]
    assert last.stopped == "converged"
    np.testing.assert_array_equal(predict(data.x_train, last.weights, last.bias), y)


def test_no_convergence_on_xor_within_the_step_limit():
    events = list(perceptron_rule(TABLE, GATES["xor"], max_steps=400))
    assert len(events) == 400 and events[-1].stopped == "steps"
    for epoch in range(1, 101):  # every epoch has a mistake: no line separates XOR
        assert any(e.mistake for e in events if e.epoch == epoch)


def test_without_bias_and_cannot_be_learned():
    """sign(w·0) = +1 whatever w is, so the point (0, 0) of AND (y = −1) is always wrong."""
    events = list(perceptron_rule(TABLE, GATES["and"], bias=None, max_steps=100))
    assert events[-1].stopped == "steps"
    assert all(e.mistake for e in events if e.index == 0)


def test_step_neuron_is_negative_at_zero():
    """A step neuron outputs 1 only for w·x + b > 0: at z = 0 it says −1, a sign neuron +1."""
    sign_first = next(perceptron_rule([[1.0, -1.0]], [-1]))
    step_first = next(perceptron_rule([[1.0, -1.0]], [-1], activation="step"))
    assert sign_first.prediction == 1 and step_first.prediction == -1 and not step_first.mistake
    np.testing.assert_array_equal(predict([[0.0, 0.0]], [1.0, 1.0], 0.0, "step"), [-1])
    np.testing.assert_array_equal(predict([[0.0, 0.0]], [1.0, 1.0], 0.0, "sign"), [1])


def test_shuffled_order_is_seeded():
    def order(seed):
        return [e.index for e in perceptron_rule(TABLE, GATES["xor"], max_steps=12, shuffle=True,
                                                 seed=seed)]

    assert order(1) == order(1)
    assert sorted(order(1)[:4]) == [0, 1, 2, 3]
    assert order(1) != order(2) or order(1) != order(3)


def test_events_are_frozen_copies():
    events = list(perceptron_rule(TABLE, GATES["or"], max_steps=3))
    assert not events[0].weights.flags.writeable and not events[0].x.flags.writeable
    assert not np.shares_memory(events[0].weights, events[1].weights)
    with pytest.raises(AttributeError):
        events[0].step = 5


@pytest.mark.parametrize(
    "kwargs, words",
    [
        (dict(x=TABLE, y=[0, 1, 1, 1]), "labels -1 and +1"),
        (dict(x=TABLE, y=[1, 1]), "4 samples"),
        (dict(x=TABLE, y=GATES["or"], weights=[0.0]), "2 weights"),
        (dict(x=TABLE, y=GATES["or"], eta=0.0), "η"),
        (dict(x=TABLE, y=GATES["or"], max_steps=0), "step limit"),
        (dict(x=TABLE, y=GATES["or"], activation="sigmoid"), "sign or step"),
        (dict(x=[[np.nan, 1.0]], y=[1]), "NaN"),
        (dict(x=np.zeros((0, 2)), y=[]), "rows"),
    ],
)
def test_bad_input(kwargs, words):
    kwargs = dict(kwargs)
    x, y = kwargs.pop("x"), kwargs.pop("y")
    with pytest.raises(InputError, match=re.escape(words)):
        perceptron_rule(x, y, **kwargs)


@settings(max_examples=50, deadline=None)
@given(
    w_true=st.tuples(st.floats(-1, 1), st.floats(-1, 1), st.floats(-0.5, 0.5)),
    points=st.lists(st.tuples(st.floats(-1, 1), st.floats(-1, 1)), min_size=1, max_size=30),
)
def test_novikoff_bound_on_separable_data(w_true, points):
    """Linearly separable with margin γ: at most (R/γ)² mistakes, then convergence (η = 1).

    With the bias as a weight on a constant input 1, x̃ = (x, 1), R = max ‖x̃‖ and
    γ = min y w*·x̃ / ‖w*‖.
    """
    w = np.array(w_true)
    assume(np.linalg.norm(w[:2]) > 0.1)
    x = np.array(points)
    x_aug = np.hstack([x, np.ones((len(x), 1))])
    z = x_aug @ w
    assume(np.all(np.abs(z) > 0.05))
    y = np.where(z > 0, 1, -1)
    gamma = np.min(y * z) / np.linalg.norm(w)
    radius = np.max(np.linalg.norm(x_aug, axis=1))
    bound = (radius / gamma) ** 2
    events = list(perceptron_rule(x, y, max_steps=int(len(x) * (bound + 2)) + 10))
    assert events[-1].stopped == "converged"
    assert sum(e.mistake for e in events) <= bound
    assert accuracy(x, y, events[-1].weights, events[-1].bias) == 1.0


def test_perceptron_trainer_uses_the_step_neuron_it_trains():
    """A step neuron outputs 0 at z = 0: the rule must agree, so 'converged' means 100 %."""
    from nnviz.core.data import CLASSIFICATION, Dataset
    from nnviz.core.network import Network
    from nnviz.core.perceptron_training import PerceptronTrainer

    x = np.array([[0.0, 0.0], [1.0, 1.0], [-1.0, -1.0]])
    y = np.array([1, 1, 0])
    data = Dataset("three", CLASSIFICATION, x, y, np.empty((0, 2)), np.empty(0, dtype=int),
                   ("x1", "x2"), ("0", "1"))
    net = Network.from_layers([[[0.0, 0.0]]], [[0.0]], ["step"], "half_squared_error")
    trainer = PerceptronTrainer(net, data)
    trainer.run(200)
    assert trainer.stopped == "converged"
    assert trainer.evaluate().train_accuracy == 1.0
