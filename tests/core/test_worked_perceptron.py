"""The perceptron rule as worked steps: the lectures' worked start, and every step against the
rule itself (core/perceptron.py) on random samples."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.errors import InputError
from nnviz.core.notation import LATEX
from nnviz.core.perceptron import perceptron_rule
from nnviz.core.worked_perceptron import perceptron_steps


def test_the_lectures_worked_start():
    """w = (0, 0), x = (1, −1), y = −1: z = 0, ŷ = sign(0) = +1, a mistake, w = (−1, 1)."""
    steps = perceptron_steps([0, 0], None, [1, -1], -1)
    assert [(s.phase, s.symbol) for s in steps] == [
        ("forward", "x"), ("forward", "z1_1"), ("forward", "yhat"), ("loss", "mistake"),
        ("update", "w1_11'"), ("update", "w1_12'")]
    x, z, y_hat, mistake, w1, w2 = steps
    assert x.sides == ("(1, −1)",) and x.value == (1.0, -1.0)
    assert z.sides == ("w¹₁₁·x₁ + w¹₁₂·x₂", "0·1 + 0·(−1)", "0") and z.value == 0.0
    assert y_hat.sides == ("sign(z¹₁)", "sign(0)", "+1") and y_hat.value == 1.0
    assert y_hat.note == ("sign(0) = +1",)
    assert mistake.sides == ("[ŷ ≠ y]", "[+1 ≠ −1]", "yes") and mistake.value == 1.0
    assert w1.lhs == "w¹₁₁" and w1.op == "←"
    assert w1.sides == ("w¹₁₁ + η·y·x₁", "0 + 1·(−1)·1", "−1") and w1.value == -1.0
    assert w2.sides == ("w¹₁₂ + η·y·x₂", "0 + 1·(−1)·(−1)", "1") and w2.value == 1.0
    assert (w1.edge, w2.edge) == ((1, 1), (1, 2))


def test_no_mistake_keeps_w_and_b():
    steps = perceptron_steps([-1, 1], 0.5, [-1, 1], 1)
    assert [s.symbol for s in steps][-2:] == ["mistake", "w'"]
    assert steps[3].result == "no" and steps[3].value == 0.0
    assert steps[-1].value == (-1.0, 1.0) and "stay" in steps[-1].note[0]


def test_bias_eta_and_a_step_neuron():
    steps = perceptron_steps([0.5, 0.0], 0.0, [0.0, 2.0], -1, eta=0.5, activation="step")
    by = {s.symbol: s for s in steps}
    assert by["z1_1"].value == 0.0
    assert by["yhat"].value == -1.0  # a step neuron says +1 only when z > 0
    assert by["yhat"].sides[0] == "+1 if z¹₁ > 0, else −1"
    assert by["mistake"].value == 0.0
    steps = perceptron_steps([0.5, 0.0], 0.0, [1.0, 2.0], -1, eta=0.5, activation="step")
    by = {s.symbol: s for s in steps}
    assert by["b1_1'"].sides == ("b¹₁ + η·y", "0 + 0.5·(−1)", "−0.5") and by["b1_1'"].value == -0.5
    assert by["w1_11'"].value == 0.0 and by["w1_12'"].value == -1.0


def test_latex_flavour():
    steps = perceptron_steps([0, 0], None, [1, -1], -1, notation=LATEX)
    assert steps[2].lhs == r"\hat{y}" and steps[3].sides[0] == r"[\hat{y} \ne y]"
    assert steps[3].result == r"\text{yes}"


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 6), st.integers(0, 2**32 - 1), st.booleans(),
       st.sampled_from(["sign", "step"]), st.sampled_from([-1, 1]))
def test_every_step_is_the_rule(n, seed, with_bias, activation, y):
    rng = np.random.default_rng(seed)
    w, x = rng.integers(-3, 4, n).astype(float), rng.integers(-3, 4, n).astype(float)
    b = float(rng.integers(-3, 4)) if with_bias else None
    eta = float(rng.choice([0.5, 1.0, 2.0]))
    event = next(perceptron_rule(x[None, :], [y], weights=w, bias=b, eta=eta,
                                 activation=activation, max_steps=1))
    by = {s.symbol: s for s in perceptron_steps(w, b, x, y, eta=eta, activation=activation)}
    assert by["z1_1"].value == float(w @ x) + (b or 0.0) == by["z1_1"].sum.total
    assert by["yhat"].value == event.prediction
    assert by["mistake"].value == float(event.mistake)
    if event.mistake:
        new = [by[f"w1_1{k + 1}'"].value for k in range(n)]
        np.testing.assert_array_equal(new, event.weights)
        np.testing.assert_array_equal(new, w + eta * y * x)
        if with_bias:
            assert by["b1_1'"].value == event.bias == b + eta * y
    else:
        assert by["w'"].value == tuple(w)


@pytest.mark.parametrize("args, message", [
    (([0, 0], None, [1, -1, 2], -1), "3 inputs need 3 weights, got 2"),
    (([0, 0], None, [1, -1], 0), "labels -1 and \\+1"),
    (([0, 0], None, [1, float("nan")], 1), "NaN or infinite"),
])
def test_bad_input_is_the_rules_input_error(args, message):
    with pytest.raises(InputError, match=message):
        perceptron_steps(*args)
