"""The graph with image inputs: one picture of x instead of N_0 input circles, a fan of
w^1_j · x into layer 1, w^1_j over the picture, outputs named by their classes, the
predicted one ringed; samples numbered training rows, then test rows."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from nnviz.core import notation
from nnviz.core.config import Config, TrainingSpec
from nnviz.core.data import CLASSIFICATION, Dataset, make_dataset
from nnviz.core.network import Architecture, Network
from nnviz.gui.kit.edge_batch import signed_levels
from nnviz.gui.kit.nice_scale import nice_ceil
from nnviz.gui.views.graph.layout import GraphLayout, Hit
from nnviz.gui.views.graph.view import N_LEVELS
from nnviz.gui.views.graph.walk_progress import GRADIENT, walk_progress
from nnviz.session.commands import Hover, Walk
from nnviz.session.state import Selection
from nnviz.session.walk import move_walk, open_walk
from tests.gui.conftest import classification, snapshot_of

SHAPE = (4, 3)  # rows ≠ columns: a transposed picture fails
SIGMOID = lambda z: 1.0 / (1.0 + np.exp(-z))  # noqa: E731


def pictures(n: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).uniform(0.0, 1.0, (n, SHAPE[0] * SHAPE[1]))


def image_data(n_train: int = 20, n_test: int = 6) -> Dataset:
    """Random 4×3 'images' in three classes named by words (not their indices)."""
    rng = np.random.default_rng(1)
    return Dataset("pictures", CLASSIFICATION, pictures(n_train, 2), rng.integers(0, 3, n_train),
                   pictures(n_test, 3), rng.integers(0, 3, n_test),
                   tuple(f"r{r}c{c}" for r in range(SHAPE[0]) for c in range(SHAPE[1])),
                   ("cat", "dog", "eel"), image_shape=SHAPE)


def net_12_5_3(seed: int = 4) -> Network:
    return Network.create([12, 5, 3], init="uniform", init_range=1.0, seed=seed)


@pytest.fixture
def view(graph_view):
    graph_view.set_dataset(image_data())
    graph_view.show_snapshot(snapshot_of(net_12_5_3()))
    return graph_view


def weights(net: Network) -> tuple[list, list]:
    return net.architecture.unflatten(net.params)


def forward(net: Network, x: np.ndarray) -> list[np.ndarray]:
    """a^1, a^2 of one row x, computed here: a^l = σ(W^l a^{l-1} + b^l)."""
    (w1, w2), (b1, b2) = weights(net)
    a1 = SIGMOID(w1 @ x + b1)
    return [a1, SIGMOID(w2 @ a1 + b2)]


# -- the layout ---------------------------------------------------------------------------------
def test_the_layout_draws_no_input_neurons_and_no_input_edges():
    arch = Architecture.dense([12, 5, 3])
    layout = GraphLayout.build(arch, image_shape=SHAPE)
    assert layout.node_slices[0].stop - layout.node_slices[0].start == 0
    assert layout.node_layer.tolist() == [1] * 5 + [2] * 3
    assert set(layout.edge_layer.tolist()) == {2} and layout.n_edges == 15
    assert layout.fan_j.tolist() == [0, 1, 2, 3, 4]
    # each fan line runs from the block's right side to its neuron of layer 1
    x0, y0, x1, y1 = layout.block
    assert np.allclose(x1 - x0, y1 - y0)  # square
    assert np.allclose(layout.fan_segments[:, 0], x1)
    assert np.allclose(layout.fan_segments[:, 2:], np.column_stack(
        [layout.node_x[layout.node_slices[1]], layout.node_y[layout.node_slices[1]]]))
    assert layout.column_x[1] > x1  # the neurons stand right of the picture
    with pytest.raises(ValueError):
        GraphLayout.build(arch, image_shape=(3, 3))


def test_a_pixel_of_the_block_is_the_input_k_row_by_row():
    layout = GraphLayout.build(Architecture.dense([12, 5, 3]), image_shape=SHAPE)
    x0, y0, x1, y1 = layout.block
    w, h = (x1 - x0) / SHAPE[1], (y1 - y0) / SHAPE[0]

    def centre(r, c):
        return x0 + (c + 0.5) * w, y1 - (r + 0.5) * h  # row 0 at the top

    for r in range(SHAPE[0]):
        for c in range(SHAPE[1]):
            assert layout.hit(*centre(r, c), 0.3, 0.1) == Hit("input", 0, 3 * r + c)
    assert layout.pixel_at(x1 + 0.01, 0.0) is None


def test_784_inputs_are_one_picture_not_784_neurons():
    arch = Architecture.dense([784, 30, 10])
    plain, picture = GraphLayout.build(arch), GraphLayout.build(arch, image_shape=(28, 28))
    assert (picture.node_layer == 0).sum() == 0 and (plain.node_layer == 0).sum() == 24
    assert picture.n_edges == 16 * 10  # w^2 only, between the drawn neurons
    assert picture.fan_j.size == 16  # one line per drawn neuron of layer 1 (30, compacted)
    assert picture.hidden == (0, 14, 0)


# -- the view -----------------------------------------------------------------------------------
def test_the_view_has_no_input_circles_and_names_the_outputs_by_class(view):
    layout = view.graph_layout
    assert layout.block is not None
    assert len(view.neurons.nodes.data) == 5 + 3  # layer 1 and the outputs only
    outputs = [item.toPlainText() for side, item in view.texts.names if side == "output"]
    assert outputs == ["cat", "dog", "eel"]
    assert not [item for side, item in view.texts.names if side == "input"]
    assert view.texts.headers[0].toPlainText() == "x: 4×3\n= 12 inputs"


def test_the_picture_is_the_mean_input_until_a_sample_is_chosen(view):
    ds = image_data()
    assert np.allclose(view.input_picture(), ds.x_train.mean(axis=0).reshape(SHAPE))
    assert view.predicted_output() is None  # no prediction for a mean
    assert not len(view.input_image.predicted.data)
    assert np.allclose(view.input_image.picture.values, view.input_picture())
    assert view.input_image.picture.levels.tolist() == pytest.approx(
        [ds.x_train.min(), ds.x_train.max()])


@pytest.mark.parametrize("sample", [0, 7, 19])
def test_a_training_sample_shows_its_pixels_and_its_prediction(view, sample):
    ds, net = image_data(), net_12_5_3()
    view.set_sample(sample)
    x = ds.x_train[sample]
    assert np.array_equal(view.input_picture(), x.reshape(SHAPE))
    assert np.allclose(view.input_image.picture.values, x.reshape(SHAPE))
    predicted = int(np.argmax(forward(net, x)[-1]))
    assert view.predicted_output() == predicted
    node = view.graph_layout.node_at(2, predicted)
    px, py = view.input_image.predicted.getData()
    assert (px[0], py[0]) == (view.graph_layout.node_x[node], view.graph_layout.node_y[node])


def test_a_test_sample_selected_in_the_session_shows_that_test_row(view):
    ds = image_data()
    view.follow_selection(Selection(sample=len(ds.x_train) + 2))  # test row 2
    assert view.sample == 22
    assert np.array_equal(view.input_picture(), ds.x_test[2].reshape(SHAPE))
    assert view.toolbar.info.text().startswith(f"test sample 3: y = {ds.target_names[ds.y_test[2]]}")
    assert view.toolbar.sample_box.maximum() == ds.n_samples
    view.follow_selection(Selection())  # nothing selected: the mean again
    assert view.sample is None
    assert np.allclose(view.input_picture(), ds.x_train.mean(axis=0).reshape(SHAPE))


def test_the_fan_shows_what_the_picture_sends_into_each_neuron_of_layer_1(view):
    ds, net = image_data(), net_12_5_3()
    view.set_sample(4)
    (w1, _), _ = weights(net)
    signal = w1 @ ds.x_train[4]  # w^1_j · x = z^1_j − b^1_j
    scale = nice_ceil(np.abs(signal).max())
    assert view.input_image.fan_scale == scale
    assert view.input_image.fan.levels.tolist() == signed_levels(signal, scale, N_LEVELS).tolist()
    assert "w¹ⱼ·x" in view.input_image.caption.toPlainText()


def test_a_hovered_neuron_of_layer_1_lays_its_weights_over_the_picture(view):
    (w1, _), _ = weights(net_12_5_3())
    view.follow_selection(Selection(hovered=(1, 2)))
    assert view.input_image.weights_of == 2 and view.input_image.weights.isVisible()
    assert np.allclose(view.input_image.weights.values, w1[2].reshape(SHAPE))
    m = np.abs(w1[2]).max()
    assert view.input_image.weights.levels.tolist() == pytest.approx([-m, m])
    assert "w¹₃" in view.input_image.caption.toPlainText()
    view.follow_selection(Selection(neuron=(1, 4)))  # selected, nothing hovered
    assert view.input_image.weights_of == 4
    view.follow_selection(Selection(hovered=(2, 0)))  # an output neuron: no picture of it
    assert view.input_image.weights_of is None and not view.input_image.weights.isVisible()


def test_in_gradient_mode_the_picture_shows_the_gradient_of_the_hovered_row(view):
    net = net_12_5_3()
    gradients = np.random.default_rng(7).normal(0.0, 1.0, net.architecture.n_parameters)
    view.show_snapshot(snapshot_of(net, step=1, gradients=gradients))
    view.set_gradient_mode(True)
    view.follow_selection(Selection(hovered=(1, 0)))
    g1 = net.architecture.unflatten(gradients)[0][0]
    assert np.allclose(view.input_image.weights.values, g1[0].reshape(SHAPE))
    assert "on x: ∂C/∂w¹₁" in view.input_image.caption.toPlainText()
    view.set_gradient_mode(False)
    (w1, _), _ = weights(net)
    assert np.allclose(view.input_image.weights.values, w1[0].reshape(SHAPE))


def test_hovering_a_pixel_names_its_input(view):
    ds = image_data()
    view.set_sample(1)
    x0, y0, x1, y1 = view.graph_layout.block
    hit = view.pointer.item_at(x0 + 2.5 * (x1 - x0) / 3, y1 - 1.5 * (y1 - y0) / 4)  # row 1, col 2
    assert hit == Hit("input", 0, 5)
    assert view.describe(hit).startswith(f"x₆ (r1c2) = a⁰₆ = {notation.number(ds.x_train[1][5])}")


def test_hovering_a_fan_line_says_what_the_picture_sends_into_its_neuron(view):
    ds, net = image_data(), net_12_5_3()
    view.set_sample(2)
    (w1, _), _ = weights(net)
    layout = view.graph_layout
    x0, y0, x1, y1 = layout.fan_segments[3]
    hit = view.pointer.item_at((x0 + x1) / 2, (y0 + y1) / 2)
    assert hit == Hit("fan", 1, 3)
    text = view.describe(hit)
    assert text.startswith("w¹₄·x = Σₖ w¹₄ₖ·xₖ")
    assert f"= {notation.number(float(w1[3] @ ds.x_train[2]))} (sample 3)" in text
    assert view.parameter_index(hit) is None  # nothing to edit


def test_moving_onto_a_fan_line_hovers_its_neuron(view, qtbot):
    x0, y0, x1, y1 = view.graph_layout.fan_segments[1]
    at = view.viewbox.mapViewToScene(QPointF(x0 + 0.6 * (x1 - x0), y0 + 0.6 * (y1 - y0)))
    with qtbot.waitSignal(view.command_issued) as signal:
        qtbot.mouseMove(view.plot.viewport(), view.plot.mapFromScene(at))
    assert signal.args == [Hover((1, 1))]  # the session's hovered: w¹₂ goes on the picture


def test_the_walk_over_a_test_sample_shows_its_picture_and_no_input_labels(view):
    ds, net = image_data(), net_12_5_3()
    sample = len(ds.x_train) + 1
    walk = open_walk(snapshot_of(net), ds, sample, Config(training=TrainingSpec(learning_rate=0.5)))
    view.follow_walk(walk)
    assert np.array_equal(view.input_picture(), ds.x_test[1].reshape(SHAPE))
    assert len(view.walk_items.forward_labels) == 8  # one per drawn neuron: none for the inputs
    move_walk(walk, Walk("to", number=2))
    view.follow_walk(walk)
    # the lines of the z^1_j not computed yet are neutral; no prediction before the output
    progress = walk_progress(walk)
    assert progress.active[0] == 1 and not progress.a_known[1].all()
    levels = view.input_image.fan.levels
    assert not levels[~progress.a_known[1]].any() and levels[progress.a_known[1]].any()
    assert view.predicted_output() is None
    assert view.input_image.weights_of == progress.active[1]  # the walked neuron's w^1_j
    while walk.walkthrough.number < len(walk.walkthrough.steps):
        move_walk(walk, Walk("next"))
    view.follow_walk(walk)
    assert view.predicted_output() == int(np.argmax(forward(net, ds.x_test[1])[-1]))
    view.follow_walk(None)
    assert view.input_picture() is not None


def test_the_walk_marks_the_pixel_of_its_weight_and_draws_the_gradient_on_the_picture(view):
    ds, net = image_data(), net_12_5_3()
    sample, j, k = len(ds.x_train) + 3, 2, 4
    walk = open_walk(snapshot_of(net), ds, sample, Config(training=TrainingSpec(learning_rate=0.5)))
    for number in range(1, len(walk.walkthrough.steps) + 1):  # the step of ∂ℓ/∂w¹₃₅
        move_walk(walk, Walk("to", number=number))
        progress = walk_progress(walk)
        if progress.phase == GRADIENT and progress.focus_edge == (1, j, k):
            break
    assert progress.focus_edge == (1, j, k)
    view.follow_walk(walk)
    assert view.input_image.weights_of == j
    x0, y0, x1, y1 = view.graph_layout.block
    xs, ys = view.input_image.pixel.getData()  # pixel 4 = row 1, column 1 of the 4×3 picture
    w, h = (x1 - x0) / 3, (y1 - y0) / 4
    assert (min(xs), max(xs), min(ys), max(ys)) == pytest.approx((x0 + w, x0 + 2 * w, y1 - 2 * h, y1 - h))
    # ∂ℓ/∂w¹_jk = δ¹_j x_k (ℓ = ½‖a² − y‖², σ everywhere), computed here; 0 where not yet
    x, y = ds.x_test[3], np.eye(3)[ds.y_test[3]]
    (_, w2), _ = weights(net)
    a1, a2 = forward(net, x)
    delta1 = (w2.T @ ((a2 - y) * a2 * (1 - a2))) * a1 * (1 - a1)
    arch = net.architecture
    known = progress.edge_known[[arch.weight_index(1, j, kk) for kk in range(12)]]
    assert known[:k + 1].all() or known[:k].all()  # the walk goes k = 1, 2, … within the row
    assert np.allclose(view.input_image.weights.values.ravel(), np.where(known, delta1[j] * x, 0.0))
    assert "∂ℓ/∂w¹₃" in view.input_image.caption.toPlainText()
    view.follow_walk(None)
    assert view.input_image.pixel.getData()[0] is None or not len(view.input_image.pixel.getData()[0])


def test_a_non_image_data_set_keeps_its_input_neurons(view):
    view.set_dataset(classification(pictures(8, 5), np.arange(8) % 3, classes=3))
    assert view.graph_layout.block is None and view.input_picture() is None
    assert (view.graph_layout.node_layer == 0).sum() == 12
    assert not view.input_image.picture.isVisible() and not view.input_image.fan.isVisible()


def test_real_mnist_digits_in_a_784_30_10_graph(graph_view):
    ds = make_dataset("mnist", n=200, seed=0)
    net = Network.create([784, 30, 10], seed=1)
    graph_view.set_dataset(ds)
    graph_view.show_snapshot(snapshot_of(net))
    graph_view.follow_selection(Selection(sample=ds.n_samples - 1))  # the last test image
    assert np.array_equal(graph_view.input_picture(), ds.x_test[-1].reshape(28, 28))
    assert (graph_view.graph_layout.node_layer == 0).sum() == 0
    outputs = [item.toPlainText() for side, item in graph_view.texts.names if side == "output"]
    assert outputs == list(ds.target_names) == [str(d) for d in range(10)]
    assert graph_view.predicted_output() == int(np.argmax(forward(net, ds.x_test[-1])[-1]))
