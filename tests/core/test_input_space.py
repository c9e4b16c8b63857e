"""The input plane, the maps over it, contour lines and the hidden feature space."""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.input_space import (
    InputPlane,
    class_margins,
    class_zero_level,
    data_extent,
    dataset_inputs,
    decision_line,
    feature_space,
    input_line,
    neuron_images,
    neuron_projection,
    output_level_z,
    pca_projection,
    plane_maps,
)
from nnviz.core.network import Network
from nnviz.core.snapshot import Snapshot

XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([0, 1, 1, 0])


def classification(x, y, x_test=None, y_test=None, labels="01", classes=2, name="data"):
    x, y = np.asarray(x, dtype=float), np.asarray(y)
    x_test = x[:0] if x_test is None else np.asarray(x_test, dtype=float)
    y_test = y[:0] if y_test is None else np.asarray(y_test)
    return Dataset(name, "classification", x, y, x_test, y_test,
                   tuple(f"x{i + 1}" for i in range(x.shape[1])),
                   tuple(str(c) for c in range(classes)), labels)


def snapshot_of(net):
    return Snapshot(step=0, epoch=0.0, architecture=net.architecture,
                    params=net.params.copy(), gradients=None, train_loss=0.0)


def train_xor(sizes, steps=4000, lr=2.0, seed=1):
    """Plain full-batch gradient descent θ ← θ - η ∂C/∂θ, from Network.gradient.

    A 2-2-1 sigmoid network on XOR stalls in a local minimum from some starts (seeds 0, 2
    and 4 here); seed 1 reaches the solution.
    """
    net = Network.create(sizes, "sigmoid", "sigmoid", init="uniform", init_range=1.0, seed=seed)
    targets = XOR_Y.reshape(-1, 1).astype(float)
    for _ in range(steps):
        net.params -= lr * net.gradient(XOR_X, targets).flat
    return net


# -- the plane -----------------------------------------------------------------------


def test_extent_adds_the_margin_on_each_side():
    x = np.array([[0.0, -2.0], [1.0, 2.0]])
    np.testing.assert_allclose(data_extent(x, 0.25), [[-0.25, 1.25], [-3.0, 3.0]])


def test_extent_of_a_constant_feature_and_of_no_data():
    np.testing.assert_allclose(data_extent(np.array([[3.0], [3.0]]), 0.0), [[2.0, 4.0]])
    np.testing.assert_allclose(data_extent(np.empty((0, 2)), 0.5), [[-2.0, 2.0], [-2.0, 2.0]])


def test_grid_points_are_cell_centres_in_x_major_order():
    plane = InputPlane((0.0, 4.0), (-1.0, 1.0), (4, 2), np.zeros(2))
    np.testing.assert_allclose(plane.xs, [0.5, 1.5, 2.5, 3.5])
    np.testing.assert_allclose(plane.ys, [-0.5, 0.5])
    pts = plane.points()
    assert pts.shape == (8, 2)
    # row i·ny + j is (xs[i], ys[j])
    np.testing.assert_allclose(pts[1 * 2 + 1], [1.5, 0.5])
    np.testing.assert_allclose(pts[3 * 2 + 0], [3.5, -0.5])
    assert plane.rect == (0.0, -1.0, 4.0, 2.0)
    np.testing.assert_allclose(plane.index_to_input([[1.0, 1.0], [-0.5, -0.5]]), [[1.5, 0.5], [0.0, -1.0]])


def test_slice_holds_the_other_inputs_at_the_data_mean():
    x = np.array([[0.0, 1.0, 10.0], [2.0, 3.0, 20.0], [4.0, 5.0, 60.0]])
    plane = InputPlane.around(x, 5, features=(2, 0))
    pts = plane.points()
    np.testing.assert_allclose(pts[:, 1], 3.0)  # the mean of feature 2 (index 1)
    np.testing.assert_allclose(np.unique(pts[:, 2]), plane.xs)
    np.testing.assert_allclose(np.unique(pts[:, 0]), plane.ys)
    assert plane.x_range[0] < 10.0 and plane.x_range[1] > 60.0


def test_bad_planes_name_what_is_wrong():
    with pytest.raises(InputError, match="at least 2 x 2"):
        InputPlane((0, 1), (0, 1), (1, 10), np.zeros(2))
    with pytest.raises(InputError, match="two different inputs"):
        InputPlane((0, 1), (0, 1), (5, 5), np.zeros(3), features=(1, 1))
    with pytest.raises(InputError, match="1..2"):
        InputPlane.around(np.zeros((3, 2)), 5, features=(0, 2))


def test_grid_lines_run_edge_to_edge():
    plane = InputPlane((0.0, 2.0), (-1.0, 1.0), (10, 10), np.zeros(2))
    lines = plane.grid_lines(n_lines=3, samples=5)
    assert lines.shape == (6, 5, 2)
    np.testing.assert_allclose(lines[:3, :, 0], [[0.0] * 5, [1.0] * 5, [2.0] * 5])  # x1 = const
    np.testing.assert_allclose(lines[0, :, 1], np.linspace(-1, 1, 5))
    np.testing.assert_allclose(lines[3:, :, 1], [[-1.0] * 5, [0.0] * 5, [1.0] * 5])  # x2 = const
    np.testing.assert_allclose(lines[5, :, 0], np.linspace(0, 2, 5))


def test_input_line_for_one_input_data():
    xs = input_line(np.array([[0.0], [1.0]]), samples=3, margin=0.5)
    np.testing.assert_allclose(xs, [[-0.5], [0.5], [1.5]])


# -- maps ----------------------------------------------------------------------------

sizes_2d = st.lists(st.integers(1, 5), min_size=0, max_size=2).map(lambda h: [2, *h, 1])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sizes=sizes_2d, seed=st.integers(0, 10_000), act=st.sampled_from(["sigmoid", "tanh", "relu"]))
def test_maps_equal_the_forward_pass_at_every_grid_point(sizes, seed, act):
    net = Network.create(sizes, act, "sigmoid", init="uniform", init_range=2.0, seed=seed)
    plane = InputPlane((-1.0, 2.0), (-3.0, 0.5), (7, 5), np.zeros(2))
    maps = plane_maps(net, plane)
    for i, j in [(0, 0), (6, 4), (3, 1), (2, 4)]:
        trace = net.forward([plane.xs[i], plane.ys[j]])
        for l in range(1, net.architecture.n_layers + 1):
            np.testing.assert_allclose(maps.a[l - 1][i, j], trace.a[l - 1][0], rtol=1e-12, atol=1e-14)
            np.testing.assert_allclose(maps.z[l - 1][i, j], trace.z[l - 1][0], rtol=1e-12, atol=1e-14)
    assert maps.output.shape == (7, 5, 1)


def test_neuron_map_is_one_neuron_of_the_layer():
    net = Network.create([2, 3, 1], "tanh", seed=4)
    plane = InputPlane((0.0, 1.0), (0.0, 1.0), (4, 6), np.zeros(2))
    maps = plane_maps(net, plane)
    expected = net.forward(plane.points()).a[0][:, 2].reshape(4, 6)
    np.testing.assert_array_equal(maps.neuron(1, 2), expected)


def test_neuron_images_are_row_major_thumbnails():
    net = Network.create([2, 3, 2, 1], "tanh", seed=2)
    data = classification(XOR_X, XOR_Y)
    images = neuron_images(snapshot_of(net), data, resolution=8)
    assert [len(layer) for layer in images] == [3, 2]
    assert all(img.shape == (8, 8) for layer in images for img in layer)
    plane = InputPlane.around(dataset_inputs(data), 8)
    r, c = 1, 6  # row along x2, column along x1
    a = net.forward([plane.xs[c], plane.ys[r]]).a
    assert images[0][2][r, c] == pytest.approx(a[0][0, 2], rel=1e-12)
    assert images[1][1][r, c] == pytest.approx(a[1][0, 1], rel=1e-12)


def test_no_neuron_images_unless_two_inputs():
    one = Dataset("line", "regression", np.zeros((3, 1)), np.zeros((3, 1)), np.zeros((0, 1)),
                  np.zeros((0, 1)), ("x",), ("y",))
    assert neuron_images(snapshot_of(Network.create([1, 2, 1])), one) is None
    three = classification(np.eye(3), [0, 1, 1])
    assert neuron_images(snapshot_of(Network.create([3, 2, 1])), three) is None


# -- contours ------------------------------------------------------------------------


def test_decision_contour_of_a_linear_neuron_is_its_line():
    """a = w·x + b (identity): bilinear interpolation is exact, so w·x + b = level on the contour."""
    net = Network.from_layers([[[1.5, -2.0]]], [[0.25]], ["identity"])
    plane = InputPlane((-1.0, 1.0), (-1.0, 1.0), (30, 20), np.zeros(2))
    seg = plane.contour(plane_maps(net, plane).output[:, :, 0], 0.5)
    assert len(seg) > 10
    np.testing.assert_allclose(net.predict(seg.reshape(-1, 2))[:, 0], 0.5, atol=1e-12)


@settings(max_examples=40, deadline=None)
@given(a=hnp.arrays(float, st.tuples(st.integers(1, 6), st.integers(2, 5)),
                    elements=st.floats(-5, 5, allow_nan=False)))
def test_class_margins_are_positive_exactly_for_the_winner(a):
    m = class_margins(a)
    best = np.argmax(a, axis=1)
    rows = np.arange(len(a))
    assert np.all(m[rows, best] >= 0)
    others = np.ones_like(m, dtype=bool)
    others[rows, best] = False
    assert np.all(m[others] <= 0)
    np.testing.assert_allclose(m[rows, best], np.sort(a, axis=1)[:, -1] - np.sort(a, axis=1)[:, -2])


def test_decision_level_follows_the_targets():
    data01 = classification(XOR_X, XOR_Y)
    datapm = classification(XOR_X, XOR_Y, labels="pm1")
    assert class_zero_level(Network.create([2, 1], "sigmoid"), data01) == (0.0, 0.5)
    assert class_zero_level(Network.create([2, 1], "tanh"), data01) == (-1.0, 0.0)
    assert class_zero_level(Network.create([2, 1], "identity"), datapm) == (-1.0, 0.0)
    assert class_zero_level(Network.create([2, 1], "identity"), data01) == (0.0, 0.5)


# -- feature space -------------------------------------------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hidden=st.lists(st.integers(2, 5), min_size=1, max_size=3), seed=st.integers(0, 10_000),
       data=st.data())
def test_neuron_coordinates_are_the_hidden_activations(hidden, seed, data):
    net = Network.create([2, *hidden, 1], "tanh", "sigmoid", init="uniform", init_range=2.0, seed=seed)
    layer = data.draw(st.integers(1, len(hidden)))
    j = data.draw(st.integers(0, hidden[layer - 1] - 1))
    k = data.draw(st.integers(0, hidden[layer - 1] - 1))
    rng = np.random.default_rng(seed)
    x_train, x_test = rng.normal(size=(7, 2)), rng.normal(size=(3, 2))
    lines = InputPlane.around(x_train, 4).grid_lines(n_lines=3, samples=6)
    space = feature_space(net, layer, x_train, x_test, lines, neurons=(j, k))
    np.testing.assert_allclose(space.train, net.forward(x_train).a[layer - 1][:, [j, k]], rtol=1e-12)
    np.testing.assert_allclose(space.test, net.forward(x_test).a[layer - 1][:, [j, k]], rtol=1e-12)
    line_h = net.forward(lines.reshape(-1, 2)).a[layer - 1][:, [j, k]].reshape(6, 6, 2)
    np.testing.assert_allclose(space.lines, line_h, rtol=1e-12)


def test_one_neuron_layer_gives_a_flat_second_coordinate():
    net = Network.create([2, 1, 1], "sigmoid", seed=1)
    space = feature_space(net, 1, XOR_X, XOR_X[:0], neurons=(0, 0))
    np.testing.assert_allclose(space.train[:, 0], net.forward(XOR_X).a[0][:, 0])
    np.testing.assert_array_equal(space.train[:, 1], 0.0)
    pca = feature_space(net, 1, XOR_X, XOR_X[:0])
    np.testing.assert_array_equal(pca.train[:, 1], 0.0)


h_arrays = hnp.arrays(float, st.tuples(st.integers(3, 12), st.integers(2, 5)),
                      elements=st.floats(-3, 3, allow_nan=False))


@settings(max_examples=60, deadline=None)
@given(h=h_arrays)
def test_pca_properties(h):
    proj = pca_projection(h)
    u = proj(h)
    np.testing.assert_allclose(u.mean(axis=0), 0.0, atol=1e-9)  # centred on the data
    gram = proj.axes.T @ proj.axes
    rank = np.linalg.matrix_rank(h - h.mean(axis=0), tol=1e-9)
    if rank >= 2:
        np.testing.assert_allclose(gram, np.eye(2), atol=1e-9)  # orthonormal axes
        # the variances along the axes are the two largest eigenvalues of the covariance
        eig = np.sort(np.linalg.eigvalsh(np.cov(h.T, bias=True)))[::-1]
        np.testing.assert_allclose(u.var(axis=0), eig[:2], rtol=1e-7, atol=1e-9)
        assert proj.explained[0] >= proj.explained[1] - 1e-12
        assert sum(proj.explained) <= 1 + 1e-9
    for c in range(2):  # sign convention: the largest loading is positive
        v = proj.axes[:, c]
        if np.any(v):
            assert v[np.argmax(np.abs(v))] > 0


@settings(max_examples=40, deadline=None)
@given(h=h_arrays)
def test_pca_keeps_the_signs_of_the_previous_frame(h):
    first = pca_projection(h)
    flipped = type(first)(first.centre, -first.axes, first.explained)
    again = pca_projection(h, reference=flipped)
    for c in range(2):
        if np.any(first.axes[:, c]):
            np.testing.assert_allclose(again.axes[:, c], -first.axes[:, c], atol=1e-9)
    # a slightly moved layer keeps pointing the same way as its reference
    nudged = pca_projection(h + 1e-9 * np.arange(h.size).reshape(h.shape), reference=first)
    for c in range(2):
        assert nudged.axes[:, c] @ first.axes[:, c] >= 0


def test_pca_of_a_two_neuron_layer_keeps_distances():
    """With two neurons the principal axes are a rotation (or reflection): distances stay."""
    rng = np.random.default_rng(3)
    h = rng.normal(size=(20, 2)) @ np.array([[2.0, 0.3], [0.3, 0.5]])
    u = pca_projection(h)(h)
    d_h = np.linalg.norm(h[:, None] - h[None], axis=2)
    d_u = np.linalg.norm(u[:, None] - u[None], axis=2)
    np.testing.assert_allclose(d_u, d_h, atol=1e-12)


@pytest.mark.parametrize("activation, level", [("sigmoid", 0.5), ("sigmoid", 0.8), ("tanh", 0.0),
                                               ("tanh", -0.3), ("identity", 0.5), ("relu", 0.5)])
def test_output_level_z_inverts_the_activation(activation, level):
    from nnviz.core.activations import get_activation

    z = output_level_z(activation, level)
    assert get_activation(activation).f(np.array([z]))[0] == pytest.approx(level, abs=1e-12)


def test_output_level_z_undefined_outside_the_range():
    assert output_level_z("sigmoid", 1.0) is None
    assert output_level_z("relu", -0.5) is None
    assert output_level_z("step", 0.5) == 0.0


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), act=st.sampled_from(["sigmoid", "tanh"]),
       out=st.sampled_from(["sigmoid", "tanh", "identity"]), pca=st.booleans(),
       swap=st.booleans())
def test_decision_line_separates_the_predicted_classes(seed, act, out, pca, swap):
    """Last hidden layer with two neurons: α u + β v + γ > 0 exactly where a^L > level."""
    net = Network.create([2, 3, 2, 1], act, out, init="uniform", init_range=3.0, seed=seed)
    level = {"sigmoid": 0.5, "tanh": 0.0, "identity": 0.5}[out]
    x = np.random.default_rng(seed).uniform(-2, 2, size=(200, 2))
    space = feature_space(net, 2, x, x[:0], neurons=None if pca else ((1, 0) if swap else (0, 1)),
                          level=level)
    alpha, beta, gamma = space.decision
    side = alpha * space.train[:, 0] + beta * space.train[:, 1] + gamma
    margin = net.forward(x).z[-1][:, 0] - output_level_z(out, level)
    clear = np.abs(margin) > 1e-9
    np.testing.assert_array_equal((side > 0)[clear], (margin > 0)[clear])
    np.testing.assert_allclose(side, margin, atol=1e-9)  # it is z^L - z* itself


def test_no_decision_line_unless_two_neurons_feed_the_output():
    x = XOR_X
    three = Network.create([2, 3, 1], "tanh", seed=0)
    assert feature_space(three, 1, x, x[:0], level=0.5).decision is None
    deep = Network.create([2, 2, 3, 1], "tanh", seed=0)
    assert feature_space(deep, 1, x, x[:0], neurons=(0, 1), level=0.5).decision is None
    assert decision_line(Network.create([2, 2, 2], "tanh", seed=0), 1,
                         neuron_projection(2, 0, 1), 0.5) is None  # two outputs


def test_feature_space_rejects_a_layer_that_is_not_hidden():
    net = Network.create([2, 2, 1])
    with pytest.raises(InputError, match="layer 2 is not a hidden layer"):
        feature_space(net, 2, XOR_X, XOR_X[:0])
    with pytest.raises(InputError, match="neurons 1 and 3"):
        feature_space(net, 1, XOR_X, XOR_X[:0], neurons=(0, 2))


def test_xor_becomes_linearly_separable_after_the_hidden_layer():
    """No line separates XOR in the input plane; after training a 2-2-1 network one does
    in the hidden layer, and it is the output neuron's own decision line."""
    net = train_xor([2, 2, 1])
    assert np.array_equal(net.predict(XOR_X)[:, 0] > 0.5, XOR_Y == 1)
    space = feature_space(net, 1, XOR_X, XOR_X[:0], neurons=(0, 1), level=0.5)
    alpha, beta, gamma = space.decision
    side = alpha * space.train[:, 0] + beta * space.train[:, 1] + gamma
    np.testing.assert_array_equal(side > 0, XOR_Y == 1)
    # in the input plane no line w·x + b separates the classes: for any w, b the sums
    # (w·x00 + b) + (w·x11 + b) = (w·x01 + b) + (w·x10 + b), so the signs cannot split 2:2
    np.testing.assert_allclose(XOR_X[0] + XOR_X[3], XOR_X[1] + XOR_X[2])
