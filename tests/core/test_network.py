"""The network core: the lectures' worked examples, counts, and gradient checks."""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnviz.core.errors import InputError
from nnviz.core.gradcheck import check_gradients
from nnviz.core.network import Architecture, Network


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))


def test_matrix_example_forward():
    """σ([[1, -2], [-1, 1]]·[1, -1] + [1, 0]) = σ([4, -2]) = [0.98, 0.12]."""
    net = Network.from_layers([[[1, -2], [-1, 1]]], [[1, 0]], ["sigmoid"])
    trace = net.forward([1, -1])
    np.testing.assert_array_equal(trace.z[0], [[4.0, -2.0]])
    np.testing.assert_allclose(trace.output, [sigmoid([4, -2])], rtol=1e-15)
    np.testing.assert_allclose(trace.output.round(2), [[0.98, 0.12]])


def test_one_dimensional_gradient_step():
    """a = w·x, x = 2, w = 2.5, y = 3, loss (a - y)², η = 0.1: 4 -> gradient 8 -> w = 1.7 -> 0.16."""
    net = Network.from_layers([[[2.5]]], [None], ["identity"], loss="squared_error")
    grads = net.gradient([[2.0]], [[3.0]])
    assert grads.cost == pytest.approx(4.0)
    assert grads.weights[0][0, 0] == pytest.approx(8.0)
    assert grads.biases == (None,)
    net.params -= 0.1 * grads.flat
    assert net.weights[0][0, 0] == pytest.approx(1.7)
    assert net.cost([[2.0]], [[3.0]]) == pytest.approx(0.16)


def test_smallest_perceptron_rule_is_the_gradient():
    """ŷ = w·x, L = ½(y - ŷ)²: ∂L/∂w = -(y - ŷ)x."""
    w, x, y = np.array([0.5, -1.0]), np.array([2.0, 3.0]), 1.5
    net = Network.from_layers([[w]], [None], ["identity"], loss="half_squared_error")
    g = net.gradient(x, [y]).weights[0][0]
    np.testing.assert_allclose(g, -(y - w @ x) * x)


def test_counting_3_4_2():
    """A 3-4-2 network has 4 + 2 = 6 neurons, 3·4 + 4·2 = 20 weights, 26 parameters."""
    arch = Architecture.dense([3, 4, 2])
    assert (arch.n_neurons, arch.n_weights, arch.n_parameters) == (6, 20, 26)
    assert Network(arch).params.shape == (26,)


def test_digits_network_size():
    """16x16 ink images are 256-vectors; 10 outputs."""
    net = Network.create([256, 30, 10], init="xavier", seed=1)
    out = net.predict(np.zeros((5, 256)))
    assert out.shape == (5, 10)


def test_backprop_by_hand_two_layers():
    """δ^L = (a - y) σ'(z^L); δ^1 = σ'(z^1) ⊙ (W^2)ᵀ δ^2; ∂ℓ/∂w = a·δ, written out."""
    net = Network.from_layers([[[0.5, -0.3]], [[2.0]]], [[0.1], [-0.4]], ["sigmoid", "sigmoid"])
    x, y = np.array([1.0, 2.0]), 1.0
    z1 = 0.5 * 1 - 0.3 * 2 + 0.1
    a1 = sigmoid(z1)
    z2 = 2.0 * a1 - 0.4
    a2 = sigmoid(z2)
    d2 = (a2 - y) * a2 * (1 - a2)
    d1 = a1 * (1 - a1) * 2.0 * d2
    g = net.gradient(x, [y])
    assert g.delta[1][0, 0] == pytest.approx(d2)
    assert g.delta[0][0, 0] == pytest.approx(d1)
    np.testing.assert_allclose(g.weights[1], [[a1 * d2]])
    np.testing.assert_allclose(g.weights[0], [[1.0 * d1, 2.0 * d1]])
    np.testing.assert_allclose(g.biases[0], [d1])
    assert g.cost == pytest.approx(0.5 * (y - a2) ** 2)


def test_batch_gradient_is_mean_of_sample_gradients():
    net = Network.create([3, 5, 2], activation="tanh", seed=4)
    rng = np.random.default_rng(0)
    x, y = rng.normal(size=(7, 3)), rng.normal(size=(7, 2))
    batch = net.gradient(x, y).flat
    each = np.mean([net.gradient(x[i], y[i]).flat for i in range(7)], axis=0)
    np.testing.assert_allclose(batch, each, rtol=1e-12, atol=1e-15)


def test_layer_views_share_the_flat_parameters():
    net = Network.create([2, 3, 1], seed=0)
    net.weights[1][0, 2] = 7.0
    assert net.params[net.architecture.weight_index(2, 0, 2)] == 7.0
    net.params[net.architecture.bias_index(1, 1)] = -3.0
    assert net.biases[0][1] == -3.0
    assert net.architecture.parameter_name(net.architecture.weight_index(2, 0, 2)) == "w2_13"
    assert net.architecture.parameter_name(net.architecture.bias_index(1, 1)) == "b1_2"


@pytest.mark.parametrize("init", ["zeros", "uniform", "xavier", "he"])
def test_initialisers_are_seeded(init):
    a = Network.create([4, 6, 3], init=init, seed=11).params
    b = Network.create([4, 6, 3], init=init, seed=11).params
    np.testing.assert_array_equal(a, b)
    if init != "zeros":
        assert not np.array_equal(a, Network.create([4, 6, 3], init=init, seed=12).params)


def test_xavier_and_he_scales():
    w = Network.create([400, 600], init="xavier", seed=0).weights[0]
    limit = np.sqrt(6 / 1000)
    assert np.abs(w).max() <= limit and np.abs(w).max() > 0.95 * limit
    w = Network.create([800, 600], init="he", seed=0).weights[0]
    assert w.std() == pytest.approx(np.sqrt(2 / 800), rel=0.02)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(sizes=(2,), activations=(), bias=()), "at least one layer"),
        (dict(sizes=(2, 0), activations=("sigmoid",), bias=(True,)), "at least one neuron"),
        (dict(sizes=(2, 3, 1), activations=("softmax", "sigmoid"), bias=(True, True)),
         "layer 1: softmax is for the output layer only"),
        (dict(sizes=(2, 1), activations=("tanh",), bias=(True,), loss="binary_cross_entropy"),
         "needs a sigmoid output layer"),
        (dict(sizes=(2, 1), activations=("swish",), bias=(True,)), "unknown activation 'swish'"),
        (dict(sizes=(2, 1), activations=("relu",), bias=(True,), loss="hinge"), "unknown loss 'hinge'"),
    ],
)
def test_bad_architectures(kwargs, message):
    with pytest.raises(InputError, match=message):
        Architecture(**kwargs)


def test_wrong_input_width_is_named():
    net = Network.create([2, 3, 1], seed=0)
    with pytest.raises(InputError, match=r"input has shape \(1, 3\), expected \(batch, 2\)"):
        net.forward([1, 2, 3])
    with pytest.raises(InputError, match="target"):
        net.gradient([[1, 2]], [[1, 2]])


HIDDEN = ["identity", "sigmoid", "tanh", "leaky_relu", "relu"]
SMOOTH_LOSSES = {
    "identity": ["squared_error", "half_squared_error"],
    "sigmoid": ["squared_error", "half_squared_error", "binary_cross_entropy"],
    "tanh": ["half_squared_error"],
    "softmax": ["softmax_cross_entropy", "squared_error"],
}


@st.composite
def networks_and_data(draw):
    n_layers = draw(st.integers(1, 3))
    sizes = [draw(st.integers(1, 4)) for _ in range(n_layers + 1)]
    output = draw(st.sampled_from(sorted(SMOOTH_LOSSES)))
    if output == "softmax":
        sizes[-1] = max(sizes[-1], 2)
    loss = draw(st.sampled_from(SMOOTH_LOSSES[output]))
    hidden = draw(st.sampled_from(HIDDEN))
    bias = draw(st.booleans())
    seed = draw(st.integers(0, 2**31))
    batch = draw(st.integers(1, 5))
    arch = Architecture(
        tuple(sizes), tuple([hidden] * (n_layers - 1) + [output]), (bias,) * n_layers, loss
    )
    rng = np.random.default_rng(seed)
    net = Network(arch, rng.normal(0, 0.8, arch.n_parameters))
    x = rng.normal(size=(batch, sizes[0]))
    if loss == "softmax_cross_entropy":
        y = np.eye(sizes[-1])[rng.integers(0, sizes[-1], batch)]
    elif output == "sigmoid":
        y = rng.uniform(0, 1, (batch, sizes[-1]))
    else:
        y = rng.normal(size=(batch, sizes[-1]))
    return net, x, y


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(networks_and_data())
def test_backward_matches_finite_differences(case):
    net, x, y = case
    # ReLU kinks: finite differences are only meaningful away from z = 0.
    trace = net.forward(x)
    if any(np.min(np.abs(z)) < 1e-4 for z in trace.z):
        return
    check = check_gradients(net, x, y, h=1e-6)
    assert check.relative_error < 1e-6, (net.architecture, check.analytic, check.numeric)


def test_gradient_check_detects_a_wrong_gradient():
    """The check itself can fail: a perturbed analytic gradient is caught."""
    net = Network.create([2, 3, 1], activation="tanh", seed=3)
    check = check_gradients(net, np.array([[0.3, -0.7]]), np.array([[0.2]]))
    bad = type(check)(check.analytic * 1.01, check.numeric)
    assert check.relative_error < 1e-6 < bad.relative_error


def test_parameter_names_spell_wide_layers_as_the_notation_does():
    from nnviz.core.notation import parameter_symbol, weight

    arch = Network.create([12, 3, 1], seed=0).architecture
    name = arch.parameter_name(arch.weight_index(1, 1, 11))
    assert name == "w1_2,12"
    assert parameter_symbol(name) == weight(1, 2, 12) == "w¹₂,₁₂"
    assert arch.parameter_name(arch.weight_index(1, 1, 2)) == "w1_23"  # single digits: no comma
