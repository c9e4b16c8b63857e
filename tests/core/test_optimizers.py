"""Optimizers: the first two steps by hand, state, hyper-parameter validation, descent."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.errors import InputError
from nnviz.core.optimizers import OPTIMIZERS, make_optimizer

THETA0 = [1.0, -2.0]
G1 = [0.5, -1.0]
G2 = [0.3, 0.4]
EPS = 1e-8


def two_steps(name, **hyper):
    """θ after each of two steps with the gradients G1 then G2 (η = 0.1 unless given)."""
    opt = make_optimizer(name, **{"lr": 0.1, **hyper})
    theta = np.array(THETA0)
    opt.step(theta, np.array(G1))
    first = theta.copy()
    opt.step(theta, np.array(G2))
    return opt, first, theta


def test_sgd_by_hand():
    """θ ← θ − η g."""
    _, first, second = two_steps("sgd")
    np.testing.assert_allclose(first, [1 - 0.05, -2 + 0.1], rtol=1e-15)
    np.testing.assert_allclose(second, [0.95 - 0.03, -1.9 - 0.04], rtol=1e-15)


def test_momentum_by_hand():
    """v ← μv − ηg; θ ← θ + v: v1 = (−0.05, 0.1), v2 = 0.9 v1 − 0.1 g2 = (−0.075, 0.05)."""
    opt, first, second = two_steps("momentum", momentum=0.9)
    np.testing.assert_allclose(first, [0.95, -1.9], rtol=1e-15)
    np.testing.assert_allclose(second, [0.95 - 0.075, -1.9 + 0.05], rtol=1e-14)
    np.testing.assert_allclose(opt.state()["velocity"], [-0.075, 0.05], rtol=1e-14)


def test_nesterov_by_hand():
    """v ← μv + g; θ ← θ − η(g + μv): v1 = g1, θ1 = θ0 − 0.1·1.9·g1; v2 = (0.75, −0.5)."""
    opt, first, second = two_steps("nesterov", momentum=0.9)
    np.testing.assert_allclose(first, [1 - 0.095, -2 + 0.19], rtol=1e-15)
    # θ2 = θ1 − 0.1 (g2 + 0.9 v2) = θ1 − 0.1 (0.3 + 0.675, 0.4 − 0.45)
    np.testing.assert_allclose(second, [0.905 - 0.0975, -1.81 + 0.005], rtol=1e-14)
    np.testing.assert_allclose(opt.state()["velocity"], [0.75, -0.5], rtol=1e-15)


def test_adagrad_by_hand():
    """G ← G + g²; θ ← θ − η g/(√G + ε): G1 = (0.25, 1), G2 = (0.34, 1.16)."""
    opt, first, second = two_steps("adagrad", eps=EPS)
    t1 = [1 - 0.1 * 0.5 / (0.5 + EPS), -2 + 0.1 * 1.0 / (1.0 + EPS)]
    np.testing.assert_allclose(first, t1, rtol=1e-15)
    t2 = [t1[0] - 0.1 * 0.3 / (math.sqrt(0.34) + EPS), t1[1] - 0.1 * 0.4 / (math.sqrt(1.16) + EPS)]
    np.testing.assert_allclose(second, t2, rtol=1e-14)
    np.testing.assert_allclose(opt.state()["sum_sq"], [0.34, 1.16], rtol=1e-15)


def test_rmsprop_by_hand():
    """E ← ρE + (1−ρ)g², ρ = 0.9: E1 = (0.025, 0.1), E2 = (0.0315, 0.106)."""
    opt, first, second = two_steps("rmsprop", rho=0.9, eps=EPS)
    t1 = [1 - 0.1 * 0.5 / (math.sqrt(0.025) + EPS), -2 + 0.1 * 1.0 / (math.sqrt(0.1) + EPS)]
    np.testing.assert_allclose(first, t1, rtol=1e-14)
    t2 = [t1[0] - 0.1 * 0.3 / (math.sqrt(0.0315) + EPS),
          t1[1] - 0.1 * 0.4 / (math.sqrt(0.106) + EPS)]
    np.testing.assert_allclose(second, t2, rtol=1e-13)
    np.testing.assert_allclose(opt.state()["mean_sq"], [0.0315, 0.106], rtol=1e-14)


def test_adam_by_hand():
    """m1 = 0.1 g1, v1 = 0.001 g1², so m̂1 = g1, v̂1 = g1²: the first step is η·g/|g|.

    m2 = 0.9 m1 + 0.1 g2 = (0.075, −0.05); v2 = 0.999 v1 + 0.001 g2² = (0.00033975, 0.001159);
    m̂2 = m2 / (1 − 0.9²), v̂2 = v2 / (1 − 0.999²).
    """
    opt, first, second = two_steps("adam", beta1=0.9, beta2=0.999, eps=EPS)
    t1 = [1 - 0.1 * 0.5 / (0.5 + EPS), -2 + 0.1 * 1.0 / (1.0 + EPS)]
    np.testing.assert_allclose(first, t1, rtol=1e-13)
    m2, v2 = np.array([0.075, -0.05]), np.array([0.00033975, 0.001159])
    m_hat, v_hat = m2 / (1 - 0.9**2), v2 / (1 - 0.999**2)
    np.testing.assert_allclose(second, t1 - 0.1 * m_hat / (np.sqrt(v_hat) + EPS), rtol=1e-12)
    state = opt.state()
    np.testing.assert_allclose(state["m"], m2, rtol=1e-14)
    np.testing.assert_allclose(state["v"], v2, rtol=1e-14)
    assert int(state["t"]) == 2


@pytest.mark.parametrize(
    "name, keys",
    [("sgd", set()), ("momentum", {"velocity"}), ("nesterov", {"velocity"}),
     ("adagrad", {"sum_sq"}), ("rmsprop", {"mean_sq"}), ("adam", {"m", "v", "t"})],
)
def test_state_is_a_copy_and_reset_forgets_it(name, keys):
    opt, _, theta = two_steps(name)
    state = opt.state()
    assert set(state) == keys
    for value in state.values():
        value[...] = 123.0  # must not reach the optimizer
    assert all(not np.any(v == 123.0) for v in opt.state().values())
    opt.reset()
    assert opt.state() == {}
    # After reset the next step is a first step again.
    again = np.array(THETA0)
    opt.step(again, np.array(G1))
    _, first, _ = two_steps(name)
    np.testing.assert_array_equal(again, first)


def test_state_is_empty_before_the_first_step():
    assert make_optimizer("adam").state() == {}


def test_a_new_learning_rate_is_used_by_the_next_step():
    opt = make_optimizer("sgd", lr=0.1)
    theta = np.array(THETA0)
    opt.step(theta, np.array(G1))
    opt.lr = 0.5
    opt.step(theta, np.array(G2))
    np.testing.assert_allclose(theta, [0.95 - 0.15, -1.9 - 0.2], rtol=1e-15)
    assert opt.hyperparameters() == {"lr": 0.5}


def test_defaults():
    assert make_optimizer("sgd").lr == 0.1
    assert make_optimizer("adam").hyperparameters() == {
        "lr": 0.01, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8}
    assert make_optimizer("momentum").hyperparameters()["momentum"] == 0.9
    assert make_optimizer("rmsprop").hyperparameters()["rho"] == 0.9
    assert set(OPTIMIZERS) == {"sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"}


def test_hyperparameters_returns_a_copy():
    opt = make_optimizer("adam")
    opt.hyperparameters()["lr"] = 5.0
    assert opt.lr == 0.01


@pytest.mark.parametrize(
    "name, key, value, words",
    [
        ("sgd", "momentum", 0.9, ["sgd", "'momentum'", "lr"]),
        ("sgd", "lr", 0.0, ["lr", "greater than 0"]),
        ("sgd", "lr", -1.0, ["lr", "greater than 0"]),
        ("adam", "lr", float("nan"), ["lr", "finite"]),
        ("adam", "lr", float("inf"), ["lr", "finite"]),
        ("adam", "lr", "0.1", ["lr", "number"]),
        ("adam", "lr", True, ["lr", "number"]),
        ("momentum", "momentum", 1.0, ["momentum", "[0, 1)"]),
        ("nesterov", "momentum", -0.1, ["momentum", "[0, 1)"]),
        ("adam", "beta1", 1.0, ["beta1", "[0, 1)"]),
        ("adam", "beta2", 1.5, ["beta2", "[0, 1)"]),
        ("rmsprop", "rho", 1.0, ["rho", "[0, 1)"]),
        ("adagrad", "eps", 0.0, ["eps", "greater than 0"]),
    ],
)
def test_bad_hyperparameters_name_what_is_wrong(name, key, value, words):
    opt = make_optimizer(name)
    before = opt.hyperparameters()
    with pytest.raises(InputError) as e:
        opt.set_hyperparameter(key, value)
    for word in words:
        assert word in str(e.value)
    assert opt.hyperparameters() == before
    with pytest.raises(InputError):
        make_optimizer(name, **{key: value})


def test_lr_setter_validates():
    opt = make_optimizer("sgd")
    with pytest.raises(InputError, match="lr"):
        opt.lr = -0.5
    assert opt.lr == 0.1


def test_unknown_optimizer_lists_the_known_ones():
    with pytest.raises(InputError) as e:
        make_optimizer("adamw")
    assert "'adamw'" in str(e.value) and "nesterov" in str(e.value)


def test_state_size_is_checked():
    opt = make_optimizer("momentum")
    opt.step(np.zeros(3), np.ones(3))
    with pytest.raises(ValueError, match="reset"):
        opt.step(np.zeros(4), np.ones(4))
    opt.reset()
    opt.step(np.zeros(4), np.ones(4))  # fine after a reset


finite = st.floats(-1e3, 1e3, allow_nan=False)


@settings(max_examples=60, deadline=None)
@given(
    name=st.sampled_from(OPTIMIZERS),
    theta=st.lists(finite, min_size=1, max_size=8),
    data=st.data(),
)
def test_first_step_goes_downhill_element_by_element(name, theta, data):
    """From zero state every rule's first step is Δθ = −c ⊙ g with c > 0 (0 where g = 0)."""
    grad = np.array(data.draw(st.lists(finite, min_size=len(theta), max_size=len(theta))))
    params = np.array(theta)
    buffer = params  # the step works in place: same array, new values
    make_optimizer(name).step(params, grad)
    assert params is buffer
    delta = params - np.array(theta)
    assert np.all(np.isfinite(delta))
    assert np.all(delta * grad <= 0)
    assert np.all(delta[grad == 0] == 0)
    moved = (np.abs(grad) > 1e-6) & (np.abs(np.array(theta)) < 1e2)  # no rounding away
    assert np.all(delta[moved] != 0)
