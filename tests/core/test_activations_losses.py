"""Activations and losses: definitions, derivatives, numerical safety."""

import warnings

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from nnviz.core.activations import ACTIVATIONS, get_activation
from nnviz.core.errors import InputError
from nnviz.core.losses import LOSSES, get_loss

Z = np.array([[-2.0, -0.5, 0.0, 0.5, 2.0]])


@pytest.mark.parametrize(
    "name, expected",
    [
        ("identity", Z),
        ("step", [[0, 0, 0, 1, 1]]),
        ("sign", [[-1, -1, 1, 1, 1]]),
        ("sigmoid", 1 / (1 + np.exp(-Z))),
        ("tanh", np.tanh(Z)),
        ("relu", [[0, 0, 0, 0.5, 2]]),
        ("leaky_relu", [[-0.02, -0.005, 0, 0.5, 2]]),
    ],
)
def test_activation_values(name, expected):
    np.testing.assert_allclose(get_activation(name)(Z), expected, rtol=1e-14)


def test_sigmoid_derivative_is_sigma_times_one_minus_sigma():
    s = get_activation("sigmoid")
    a = s(Z)
    np.testing.assert_allclose(s.derivative(Z, a), a * (1 - a))


def test_sigmoid_scaling_and_shift():
    """Weight scales the curve (σ(2x) is steeper than σ(0.5x)); bias shifts it (σ(x - 5) is σ(x) moved right by 5)."""
    s = get_activation("sigmoid")
    x = np.linspace(-4, 4, 17)
    assert np.all(np.abs(s(2 * x) - 0.5) >= np.abs(s(0.5 * x) - 0.5))
    np.testing.assert_allclose(s((x + 5) - 5), s(x))
    assert np.all(s(x - 5) < s(x)) and np.all(s(x) < s(x + 5))
    assert s(np.array([5.0]) - 5)[0] == 0.5


@given(arrays(float, (3, 4), elements=st.floats(-30, 30)))
def test_elementwise_derivatives_match_finite_differences(z):
    for name in ("identity", "sigmoid", "tanh"):
        act = get_activation(name)
        h = 1e-6
        numeric = (act(z + h) - act(z - h)) / (2 * h)
        np.testing.assert_allclose(act.derivative(z, act(z)), numeric, atol=1e-7)


@given(arrays(float, (2, 4), elements=st.floats(-20, 20)), arrays(float, (2, 4), elements=st.floats(-3, 3)))
def test_softmax_backprop_is_the_jacobian_product(z, g):
    sm = get_activation("softmax")
    a = sm(z)
    for row in range(2):
        jac = np.diag(a[row]) - np.outer(a[row], a[row])
        np.testing.assert_allclose(sm.backprop(z, a, g)[row], jac.T @ g[row], atol=1e-12)


def test_extreme_inputs_do_not_overflow():
    z = np.array([[-1000.0, 1000.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        np.testing.assert_array_equal(get_activation("sigmoid")(z), [[0.0, 1.0]])
        np.testing.assert_array_equal(get_activation("softmax")(z), [[0.0, 1.0]])
        y = np.array([[0.0, 1.0]])
        assert get_loss("binary_cross_entropy").value(z, get_activation("sigmoid")(z), y)[0] == 0.0
        assert get_loss("softmax_cross_entropy").value(z, get_activation("softmax")(z), y)[0] == 0.0
        assert get_loss("binary_cross_entropy").value(-z, None, y)[0] == pytest.approx(2000.0)


def test_loss_values_per_sample():
    a = np.array([[0.2, 0.8], [1.0, 0.0]])
    y = np.array([[0.0, 1.0], [1.0, 1.0]])
    np.testing.assert_allclose(get_loss("squared_error").value(None, a, y), [0.08, 1.0])
    np.testing.assert_allclose(get_loss("half_squared_error").value(None, a, y), [0.04, 0.5])
    np.testing.assert_allclose(get_loss("absolute_error").value(None, a, y), [0.4, 1.0])


def test_cross_entropies_agree_with_their_definitions():
    z = np.array([[0.3, -1.2], [2.0, 0.5]])
    y = np.array([[1.0, 0.0], [0.0, 1.0]])
    a = 1 / (1 + np.exp(-z))
    expected = -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a), axis=1)
    np.testing.assert_allclose(get_loss("binary_cross_entropy").value(z, a, y), expected)
    sm = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    np.testing.assert_allclose(
        get_loss("softmax_cross_entropy").value(z, sm, y), -np.sum(y * np.log(sm), axis=1)
    )


def test_unknown_names_list_the_known_ones():
    with pytest.raises(InputError, match="known: identity, step, sign"):
        get_activation("gelu")
    with pytest.raises(InputError, match="known: squared_error"):
        get_loss("mse")


def test_every_activation_and_loss_is_documented():
    for act in ACTIVATIONS.values():
        assert act.formula and "{z}" in act.latex
    for loss in LOSSES.values():
        assert loss.formula.startswith("ℓ") and loss.latex.startswith(r"\ell")


def test_sigmoid_is_within_two_ulp_of_the_exact_value():
    """Against 60-digit decimal arithmetic, from deep saturation to z = 40."""
    from decimal import Decimal, getcontext

    getcontext().prec = 60
    z = np.linspace(-700, 40, 1481)
    exact = np.array([float(1 / (1 + (-Decimal(float(v))).exp())) for v in z])
    got = get_activation("sigmoid")(z)
    assert np.all(np.abs(got - exact) <= 2 * np.spacing(exact))
