"""The feature space view: coordinates = hidden activations, PCA mode, decision line, sizes."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nnviz.core.data import Dataset
from nnviz.core.input_space import InputPlane, dataset_inputs, pca_projection
from nnviz.core.network import Network
from nnviz.gui.colors import class_colour
from nnviz.gui.views.feature_space import FeatureSpaceView
from nnviz.gui.views.feature_space import framing
from nnviz.gui.views.feature_space.framing import MAX_ASPECT, framed_range, sits_well
from tests.gui.conftest import XOR_TARGETS, XOR_X, XOR_Y, classification, docked_behind, snapshot_of


def noisy_xor(n=40, n_test=8, seed=0):
    rng = np.random.default_rng(seed)
    corners = rng.integers(0, 4, n + n_test)
    x = XOR_X[corners] + 0.1 * rng.standard_normal((n + n_test, 2))
    y = XOR_Y[corners]
    return classification(x[:n], y[:n], x[n:], y[n:], name="noisy xor")


def train_xor(sizes, steps=4000, lr=2.0, seed=1):
    """Plain full-batch gradient descent from Network.gradient (seed 1 solves XOR with 2-2-1)."""
    net = Network.create(sizes, "sigmoid", "sigmoid", init="uniform", init_range=1.0, seed=seed)
    for _ in range(steps):
        net.params -= lr * net.gradient(XOR_X, XOR_TARGETS).flat
    return net


@pytest.fixture
def view(qtbot):
    v = FeatureSpaceView()
    qtbot.addWidget(v)
    v.resize(600, 500)
    return v


def scatter(item):
    x, y = item.getData()
    return np.column_stack([x, y])


def polylines(item, samples):
    """The NaN-separated polylines of a PlotDataItem back as (n_lines, samples, 2)."""
    x, y = item.getData()
    xy = np.column_stack([x, y]).reshape(-1, samples + 1, 2)
    assert np.all(np.isnan(xy[:, -1]))
    return xy[:, :-1]


def test_coordinates_are_the_chosen_hidden_activations(view):
    data = noisy_xor()
    net = Network.create([2, 4, 3, 1], "tanh", "sigmoid", init="uniform", init_range=2.0, seed=5)
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    view.choose(1, (3, 1))
    assert view.layer == 1 and view.neurons == (3, 1)
    np.testing.assert_allclose(scatter(view.points.train), net.forward(data.x_train).a[0][:, [3, 1]],
                               rtol=1e-12)
    np.testing.assert_allclose(scatter(view.points.test), net.forward(data.x_test).a[0][:, [3, 1]],
                               rtol=1e-12)
    # the input grid lines, carried through the network to layer 1
    lines = InputPlane.around(dataset_inputs(data), 2).grid_lines()
    expected = net.forward(lines.reshape(-1, 2)).a[0][:, [3, 1]].reshape(lines.shape[0], lines.shape[1], 2)
    np.testing.assert_allclose(polylines(view.grid_lines, lines.shape[1]), expected, rtol=1e-12)
    view.choose(2, (2, 0))
    np.testing.assert_allclose(scatter(view.points.train), net.forward(data.x_train).a[1][:, [2, 0]],
                               rtol=1e-12)
    assert "<sup>2</sup><sub>3</sub>" in view.plot.getAxis("bottom").labelText
    assert "<sup>2</sup><sub>1</sub>" in view.plot.getAxis("left").labelText
    brushes = [b.color().getRgb()[:3] for b in view.points.train.data["brush"]]
    assert brushes == [class_colour(int(c)) for c in data.y_train]


def test_principal_components_mode(view):
    data = noisy_xor()
    net = Network.create([2, 5, 1], "tanh", "sigmoid", init="uniform", init_range=2.0, seed=2)
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    assert view.neurons is None  # five neurons: principal components by default
    h_train, h_test = net.forward(data.x_train).a[0], net.forward(data.x_test).a[0]
    proj = pca_projection(h_train)
    u = scatter(view.points.train)
    np.testing.assert_allclose(u, proj(h_train), atol=1e-12)
    np.testing.assert_allclose(scatter(view.points.test), proj(h_test), atol=1e-12)
    np.testing.assert_allclose(u.mean(axis=0), 0.0, atol=1e-12)
    assert u[:, 0].var() >= u[:, 1].var()
    assert "PC1" in view.plot.getAxis("bottom").labelText
    assert f"{round(100 * proj.explained[0])} %" in view.plot.getAxis("bottom").labelText
    # a small step of training does not flip the picture
    net.params += 1e-4
    view.show_snapshot(snapshot_of(net, step=1))
    u2 = scatter(view.points.train)
    assert np.max(np.abs(u2 - u)) < 0.01


def test_decision_line_separates_xor_after_the_hidden_layer(view):
    net = train_xor([2, 2, 1])
    data = classification(XOR_X, XOR_Y, name="xor")
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    assert view.neurons == (0, 1)  # two neurons: shown as they are
    line = view.decision_line
    assert line.isVisible()
    assert line.label.format == "output = 0.5"
    alpha, beta, gamma = view.result.decision
    # the drawn line: through pos, along angle; every point of it satisfies α u + β v + γ = 0
    pos = np.array([line.pos().x(), line.pos().y()])
    direction = np.array([np.cos(np.radians(line.angle)), np.sin(np.radians(line.angle))])
    for t in (-1.0, 0.0, 2.5):
        p = pos + t * direction
        assert alpha * p[0] + beta * p[1] + gamma == pytest.approx(0.0, abs=1e-9)
    u = scatter(view.points.train)
    side = alpha * u[:, 0] + beta * u[:, 1] + gamma
    np.testing.assert_array_equal(side > 0, XOR_Y == 1)  # linearly separable in hidden space
    view.choose(1, None)  # PCA of two neurons is a rotation: the line is still exact
    alpha, beta, gamma = view.result.decision
    u = scatter(view.points.train)
    np.testing.assert_array_equal(alpha * u[:, 0] + beta * u[:, 1] + gamma > 0, XOR_Y == 1)


def test_no_decision_line_for_a_wider_layer(view):
    view.set_dataset(noisy_xor())
    view.show_snapshot(snapshot_of(Network.create([2, 3, 1], "tanh", seed=0)))
    assert not view.decision_line.isVisible()


def test_a_network_without_hidden_layer_gets_a_message(view):
    view.set_dataset(noisy_xor())
    view.show_snapshot(snapshot_of(Network.create([2, 1], "sigmoid", seed=0)))
    assert "no hidden layer" in view.message
    assert view.choice.layer_box.count() == 0


def test_one_input_maps_the_input_line(view):
    x = np.linspace(-1, 1, 15)[:, None]
    data = Dataset("wave", "regression", x[:12], np.sin(3 * x[:12]), x[12:], np.sin(3 * x[12:]),
                   ("x",), ("y",))
    net = Network.create([1, 3, 1], "tanh", "identity", init="uniform", init_range=2.0, seed=1)
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    view.choose(1, (0, 2))
    line = polylines(view.grid_lines, 200)
    assert line.shape == (1, 200, 2)
    xs = np.linspace(-1.4, 1.4, 200)[:, None]  # the data's extent with a 20 % margin
    np.testing.assert_allclose(line[0], net.forward(xs).a[0][:, [0, 2]], rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(scatter(view.points.train), net.forward(x[:12]).a[0][:, [0, 2]], rtol=1e-12)


def test_three_inputs_show_the_points_without_grid_lines(view):
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 1, (20, 3))
    data = classification(x, (x[:, 0] > 0.5).astype(int), name="festival")
    net = Network.create([3, 2, 1], "sigmoid", seed=3)
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    assert view.message == ""
    np.testing.assert_allclose(scatter(view.points.train), net.forward(x).a[0], rtol=1e-12)
    assert not view.grid_lines.isVisible()


def test_switching_data_and_architecture_updates_the_view(view):
    xor = classification(XOR_X, XOR_Y, name="xor")
    net = Network.create([2, 2, 1], "sigmoid", seed=0)
    view.set_dataset(xor)
    view.show_snapshot(snapshot_of(net))
    assert len(scatter(view.points.train)) == 4
    data = noisy_xor(n=30)
    view.set_dataset(data)
    np.testing.assert_allclose(scatter(view.points.train), net.forward(data.x_train).a[0], rtol=1e-12)
    deeper = Network.create([2, 3, 2, 1], "tanh", seed=1)
    view.show_snapshot(snapshot_of(deeper))
    assert [view.choice.layer_box.itemData(i) for i in range(view.choice.layer_box.count())] == [1, 2]
    assert view.layer == 2  # the last hidden layer, which feeds the output
    np.testing.assert_allclose(scatter(view.points.train), deeper.forward(data.x_train).a[1], rtol=1e-12)
    view.set_dataset(classification(np.eye(3), [0, 1, 1]))
    assert "3 inputs" in view.message


def test_unchanged_parameters_are_not_recomputed(view):
    results = []
    view.runner.result_ready.connect(results.append)
    net = Network.create([2, 2, 1], seed=0)
    view.set_dataset(noisy_xor())
    view.show_snapshot(snapshot_of(net))
    view.show_snapshot(snapshot_of(net, step=5))
    assert len(results) == 1


def test_large_jobs_run_off_the_gui_thread(qtbot):
    view = FeatureSpaceView(background_work=0)
    qtbot.addWidget(view)
    data = noisy_xor()
    net = Network.create([2, 2, 1], "tanh", seed=4)
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    assert view.result is None
    assert view.settle()
    assert view.result is not None
    np.testing.assert_allclose(scatter(view.points.train), net.forward(data.x_train).a[0], rtol=1e-12)


# -- the look: range, scale, fonts, hidden tabs ------------------------------------------


def test_the_range_holds_every_point_to_scale(qtbot):
    view = FeatureSpaceView()
    qtbot.addWidget(view)
    view.resize(700, 420)
    view.show()
    qtbot.waitExposed(view)
    data = noisy_xor()
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(Network.create([2, 5, 1], "tanh", "sigmoid", init="uniform",
                                                  init_range=2.0, seed=2)))
    vb = view.plot.getViewBox()

    def to_scale():
        px, py = vb.viewPixelSize()
        return abs(px - py) <= 0.02 * px

    qtbot.waitUntil(to_scale, timeout=3000)
    (x0, x1), (y0, y1) = vb.viewRange()
    space = view.result
    points = np.vstack([space.train, space.test, space.lines.reshape(-1, 2)])
    assert np.all(points[:, 0] >= x0) and np.all(points[:, 0] <= x1)
    assert np.all(points[:, 1] >= y0) and np.all(points[:, 1] <= y1)
    # and it is not much larger than they need: at most the margin and the 2:1 limit
    span = points.max(axis=0) - points.min(axis=0)
    assert (x1 - x0) <= max(1.2 * span[0], 2 * 1.2 * span[1]) + 1e-9
    assert (y1 - y0) <= max(1.2 * span[1], 2 * 1.2 * span[0]) + 1e-9


def test_fonts_markers_and_lines_follow_the_presentation_scale(view):
    from nnviz.gui.theme import Theme

    view.set_dataset(noisy_xor())
    view.show_snapshot(snapshot_of(train_xor([2, 2, 1], steps=200)))
    measured = {}
    for scale in (1.0, 1.5):
        view.apply_theme(Theme(scale=scale))
        measured[scale] = (view.plot.getAxis("left").style["tickFont"].pointSizeF(),
                           view.page.title_label.font().pointSizeF(), view.points.train.opts["size"],
                           view.grid_lines.opts["pen"].widthF(), view.decision_line.pen.widthF())
    assert measured[1.5] == pytest.approx(tuple(1.5 * v for v in measured[1.0]))
    dark = Theme(dark=True)
    view.apply_theme(dark)
    assert view.decision_line.pen.color().name() == dark.plot_foreground


def test_the_neuron_lists_show_only_for_two_neurons(view):
    view.set_dataset(noisy_xor())
    view.show_snapshot(snapshot_of(Network.create([2, 5, 1], "tanh", seed=2)))
    assert view.neurons is None
    assert view.choice.x_neuron_box.isHidden() and view.choice.y_neuron_box.isHidden()
    view.choose(1, (0, 4))
    assert not view.choice.x_neuron_box.isHidden() and not view.choice.y_neuron_box.isHidden()


def test_behind_another_tab_nothing_is_computed_until_shown(qtbot):
    view = FeatureSpaceView()
    window, dock = docked_behind(qtbot, view)
    results = []
    view.runner.result_ready.connect(results.append)
    data = noisy_xor()
    view.set_dataset(data)
    net = Network.create([2, 2, 1], "tanh", seed=4)
    for step in range(3):
        net.params += 0.01
        view.show_snapshot(snapshot_of(net, step))
    assert results == []  # hidden: no forward pass at all
    dock.raise_()
    qtbot.waitUntil(lambda: len(results) == 1, timeout=3000)
    np.testing.assert_allclose(scatter(view.points.train), net.forward(data.x_train).a[0], rtol=1e-12)


# -- the calm range (framing.py) -----------------------------------------------------------


@given(st.lists(st.tuples(st.floats(-50, 50), st.floats(-50, 50)), min_size=1, max_size=20))
def test_the_framed_range_holds_the_box_with_its_margin_at_most_two_to_one(corners):
    points = np.array(corners)
    lo, hi = points.min(axis=0), points.max(axis=0)
    (x0, x1), (y0, y1) = framed_range(lo, hi)
    assert x0 < lo[0] and hi[0] < x1 and y0 < lo[1] and hi[1] < y1
    assert (x1 - x0) <= MAX_ASPECT * (y1 - y0) * (1 + 1e-9)
    assert (y1 - y0) <= MAX_ASPECT * (x1 - x0) * (1 + 1e-9)
    if np.max(hi - lo) >= 1e-3:  # (a lone point is framed again, to the same range)
        assert sits_well(lo, hi, (x0, x1), (y0, y1))  # a fresh frame needs no refit


def test_the_range_is_refitted_only_when_the_points_leave_it_or_shrink():
    lo, hi = np.array([0.0, 0.0]), np.array([1.0, 1.0])
    assert sits_well(lo, hi, (-0.1, 1.1), (-0.1, 1.1))
    assert not sits_well(lo, hi, (0.5, 1.1), (-0.1, 1.1))  # a point left on the left
    assert not sits_well(lo, hi, (-5.0, 5.0), (-5.0, 5.0))  # fills a tenth: too small
    assert sits_well(lo, np.array([1.0, 0.1]), (-0.4, 1.6), (-1.0, 1.0))  # half along x


def test_polylines_put_a_nan_between_lines():
    lines = np.arange(12.0).reshape(2, 3, 2)
    x, y = framing.polylines(lines)
    np.testing.assert_array_equal(x, [0, 2, 4, np.nan, 6, 8, 10, np.nan])
    np.testing.assert_array_equal(y, [1, 3, 5, np.nan, 7, 9, 11, np.nan])
