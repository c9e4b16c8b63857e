"""The boundary view: heatmap = forward pass, markers = data, contour, neuron maps, other sizes."""

import threading
from types import SimpleNamespace

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, Qt

from nnviz.core.input_space import InputPlane, dataset_inputs, neuron_images, plane_maps
from nnviz.core.network import Network
from nnviz.gui.colors import class_colour
from nnviz.gui.jobs import JobRunner
from nnviz.gui.views.boundary import BoundaryView
from nnviz.gui.views.boundary import pictures
from nnviz.gui.views.boundary.captions import heading
from nnviz.gui.views.boundary.colours import lightened, region_lut, spread, value_lut
from nnviz.session.commands import Hover, OpenWalk, Select
from nnviz.session.state import NEURON_MAPS, Selection
from tests.gui.conftest import XOR_X, XOR_Y, classification, docked_behind, regression, snapshot_of, xor_session


def blobs(n_train=40, n_test=12, classes=2, seed=0):
    rng = np.random.default_rng(seed)
    y = np.arange(n_train + n_test) % classes
    angles = 2 * np.pi * y / classes
    x = np.column_stack([np.cos(angles), np.sin(angles)]) + 0.3 * rng.standard_normal((len(y), 2))
    return classification(x[:n_train], y[:n_train], x[n_train:], y[n_train:], classes=classes,
                          name=f"blobs{classes}")


@pytest.fixture
def view(qtbot):
    v = BoundaryView(resolution=24)
    qtbot.addWidget(v)
    v.resize(600, 500)
    return v


def pixel_centres(image_item, shape):
    """Where the image item's transform puts the centre of every pixel (i, j), in data coords."""
    nx, ny = shape
    xs = np.array([image_item.mapToParent(QPointF(i + 0.5, 0.5)).x() for i in range(nx)])
    ys = np.array([image_item.mapToParent(QPointF(0.5, j + 0.5)).y() for j in range(ny)])
    return xs, ys


def rendered_rgb(image_item):
    """The RGB the item paints, as an (width, height, 3) array indexed [x, y] like the item."""
    image_item.render()
    q = image_item.qimage
    return np.array([[q.pixelColor(x, y).getRgb()[:3] for y in range(q.height())]
                     for x in range(q.width())])


def forward_at(net, xs, ys, base=None, features=(0, 1)):
    """a^L at every (xs[i], ys[j]), computed independently of the view: (nx, ny, N_L)."""
    n_in = net.architecture.n_inputs
    base = np.zeros(n_in) if base is None else base
    out = np.empty((len(xs), len(ys), net.architecture.n_outputs))
    for i, x in enumerate(xs):
        pts = np.repeat(base[None, :], len(ys), axis=0)
        pts[:, features[0]] = x
        pts[:, features[1]] = ys
        out[i] = net.predict(pts)
    return out


# -- the heatmap ----------------------------------------------------------------------


def test_heatmap_is_the_forward_pass_at_the_pixel_centres(view):
    data = blobs()
    net = Network.create([2, 4, 1], "tanh", "sigmoid", init="uniform", init_range=2.0, seed=3)
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    image = view.image.image
    assert image.shape == (24, 24) and view.image.isVisible()
    xs, ys = pixel_centres(view.image, image.shape)
    plane = view.plane
    np.testing.assert_allclose(xs, plane.xs, atol=1e-12)
    np.testing.assert_allclose(ys, plane.ys, atol=1e-12)
    np.testing.assert_allclose(image, forward_at(net, xs, ys)[:, :, 0], rtol=1e-12)
    # the plane covers every data point with a margin
    inputs = dataset_inputs(data)
    assert plane.x_range[0] < inputs[:, 0].min() and plane.x_range[1] > inputs[:, 0].max()
    assert plane.y_range[0] < inputs[:, 1].min() and plane.y_range[1] > inputs[:, 1].max()
    # diverging map over [0, 1]: orange at 0, blue at 1, centred on 0.5
    np.testing.assert_allclose(view.image.levels, [0.0, 1.0])
    lut = view.image.lut
    assert lut[0][0] > lut[0][2] and lut[-1][2] > lut[-1][0]
    # what is painted: QImage pixel (i, j) (drawn at item coordinates (i, j)) has the colour
    # of the output at (xs[i], ys[j])
    rendered = rendered_rgb(view.image)
    index = np.clip((image * 256).astype(int), 0, 255)
    np.testing.assert_allclose(rendered, lut[index], atol=4)


def test_markers_match_the_data(view):
    data = blobs(n_train=30, n_test=9)
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(Network.create([2, 3, 1], seed=0)))
    tx, ty = view.points.train.getData()
    np.testing.assert_array_equal(np.column_stack([tx, ty]), data.x_train)
    sx, sy = view.points.test.getData()
    np.testing.assert_array_equal(np.column_stack([sx, sy]), data.x_test)
    assert len(tx) == 30 and len(sx) == 9
    # coloured by class; test points drawn differently (another symbol, a dark rim)
    brushes = [b.color().getRgb()[:3] for b in view.points.train.data["brush"]]
    assert brushes == [class_colour(int(c)) for c in data.y_train]
    assert view.points.train.opts["symbol"] != view.points.test.opts["symbol"]
    assert view.points.test.opts["pen"].color().lightness() < 60
    view.test_box.setChecked(False)
    assert not view.points.test.isVisible()


def test_contour_sits_on_the_decision_level(view):
    net = Network.create([2, 4, 1], "tanh", "sigmoid", init="uniform", init_range=3.0, seed=5)
    view.set_dataset(blobs())
    view.show_snapshot(snapshot_of(net))
    x, y = view.contour.getData()
    assert x is not None and len(x) > 4
    out = net.predict(np.column_stack([x, y]))[:, 0]
    # bilinear interpolation between pixel centres: close to the level, not exact
    assert np.max(np.abs(out - 0.5)) < 0.05
    assert out.min() < 0.5 < out.max() or np.allclose(out, 0.5, atol=0.05)


def test_discretize_shows_the_predicted_class(view):
    net = Network.create([2, 4, 1], "tanh", "sigmoid", init="uniform", init_range=3.0, seed=5)
    view.set_dataset(blobs())
    view.show_snapshot(snapshot_of(net))
    continuous = view.image.image.copy()
    view.set_discretize(True)
    image = view.image.image
    np.testing.assert_array_equal(image, np.where(continuous > 0.5, 1.0, 0.0))
    view.set_discretize(False)
    np.testing.assert_array_equal(view.image.image, continuous)


def test_pm1_labels_and_tanh_output_centre_on_zero(view):
    data = classification(XOR_X, XOR_Y, labels="pm1")
    net = Network.create([2, 3, 1], "tanh", "tanh", init="uniform", init_range=2.0, seed=1)
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    np.testing.assert_allclose(view.image.levels, [-1.0, 1.0])
    x, y = view.contour.getData()
    if x is not None and len(x):
        assert np.max(np.abs(net.predict(np.column_stack([x, y]))[:, 0])) < 0.1
    view.set_discretize(True)
    assert set(np.unique(view.image.image)) <= {-1.0, 1.0}


def test_three_classes_get_argmax_colours(view):
    data = blobs(classes=3)
    net = Network.create([2, 5, 3], "tanh", "softmax", loss="softmax_cross_entropy",
                         init="uniform", init_range=2.0, seed=2)
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    view.set_discretize(True)
    rgb = view.image.image
    assert rgb.shape == (24, 24, 3) and rgb.dtype == np.uint8
    xs, ys = pixel_centres(view.image, rgb.shape[:2])
    winner = np.argmax(forward_at(net, xs, ys), axis=2)
    palette = np.array([class_colour(c) for c in range(3)])
    np.testing.assert_array_equal(rgb, lightened(palette[winner], 0.45))
    np.testing.assert_array_equal(rendered_rgb(view.image), rgb)
    assert "Predicted class" in view.page.heading


def test_two_input_regression_is_a_sequential_map_over_the_targets(view):
    rng = np.random.default_rng(0)
    x = rng.uniform(-1, 1, (30, 2))
    data = regression(x, 2 * x[:, 0] - x[:, 1], name="plane")
    net = Network.create([2, 4, 1], "tanh", "identity", seed=0)
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    xs, ys = pixel_centres(view.image, view.image.image.shape)
    np.testing.assert_allclose(view.image.image, forward_at(net, xs, ys)[:, :, 0], rtol=1e-12)
    y = np.concatenate([data.y_train[:, 0], data.y_test[:, 0]])
    np.testing.assert_allclose(view.image.levels, [y.min(), y.max()])
    assert not view.discretize_box.isEnabled()


# -- other input sizes ----------------------------------------------------------------


def test_one_input_draws_the_curve_and_the_points(view):
    x = np.linspace(-1, 1, 20)[:, None]
    data = regression(x, np.sin(2 * x), name="wave")
    net = Network.create([1, 5, 1], "tanh", "identity", init="uniform", init_range=2.0, seed=0)
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    assert view.message == ""
    assert not view.image.isVisible()
    cx, cy = view.curves.items[0].getData()
    np.testing.assert_allclose(cx, view.line_inputs[:, 0])
    np.testing.assert_allclose(cy, net.predict(cx[:, None])[:, 0], rtol=1e-12)
    assert cx.min() < x.min() and cx.max() > x.max()
    px, py = view.points.train.getData()
    np.testing.assert_array_equal(px, data.x_train[:, 0])
    np.testing.assert_array_equal(py, data.y_train[:, 0])
    assert len(view.points.test.getData()[0]) == 3


def test_one_input_classification_puts_points_at_their_targets(view):
    x = np.array([[-1.0], [-0.5], [0.5], [1.0]])
    data = classification(x, [0, 0, 1, 1])
    net = Network.create([1, 2, 1], "tanh", "tanh", seed=0)
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    _, py = view.points.train.getData()
    np.testing.assert_array_equal(py, [-1.0, -1.0, 1.0, 1.0])  # tanh output: class 0 is -1
    assert view.level_line.isVisible() and view.level_line.value() == 0.0
    view.set_discretize(True)
    _, cy = view.curves.items[0].getData()
    assert set(np.unique(cy)) <= {-1.0, 1.0}


def test_three_inputs_get_a_message_and_an_optional_slice(view):
    rng = np.random.default_rng(1)
    x = rng.uniform(0, 1, (20, 3))
    data = classification(x, (x.sum(axis=1) > 1.5).astype(int), name="festival")
    net = Network.create([3, 4, 1], "tanh", "sigmoid", init="uniform", init_range=2.0, seed=1)
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    assert "3 inputs" in view.message and "festival" in view.message
    assert view.page.stack.currentIndex() == 1 and not view.slice_button.isHidden()
    view.slice_button.click()
    assert view.message == ""
    view.y_feature_box.setCurrentIndex(2)
    view.y_feature_box.activated.emit(2)
    plane = view.plane
    assert plane.features == (0, 2)
    np.testing.assert_allclose(plane.base, x.mean(axis=0))
    xs, ys = pixel_centres(view.image, view.image.image.shape)
    expected = forward_at(net, xs, ys, base=x.mean(axis=0), features=(0, 2))[:, :, 0]
    np.testing.assert_allclose(view.image.image, expected, rtol=1e-12)
    px, py = view.points.train.getData()
    np.testing.assert_array_equal(np.column_stack([px, py]), x[:, [0, 2]])
    view.end_slice_button.click()
    assert "3 inputs" in view.message


# -- switching data and networks --------------------------------------------------------


def test_switching_data_sets_and_architectures_updates_the_view(view):
    xor = classification(XOR_X, XOR_Y, name="xor")
    net = Network.create([2, 2, 1], "sigmoid", seed=0)
    view.set_dataset(xor)
    view.show_snapshot(snapshot_of(net))
    assert len(view.points.train.getData()[0]) == 4
    wide = blobs(n_train=25, n_test=5)
    view.set_dataset(wide)
    assert len(view.points.train.getData()[0]) == 25
    assert view.plane.x_range[0] < dataset_inputs(wide)[:, 0].min()
    xs, ys = pixel_centres(view.image, view.image.image.shape)
    np.testing.assert_allclose(view.image.image, forward_at(net, xs, ys)[:, :, 0], rtol=1e-12)
    # a new architecture is drawn at once
    bigger = Network.create([2, 6, 3, 1], "relu", "sigmoid", seed=4)
    view.show_snapshot(snapshot_of(bigger))
    np.testing.assert_allclose(view.image.image, forward_at(bigger, xs, ys)[:, :, 0], rtol=1e-12)
    # a network that does not fit the data waits, and says so
    view.set_dataset(classification(np.eye(3), [0, 1, 0]))
    view.set_slice(True)
    assert "waiting for a network with 3 inputs" in view.page.heading
    assert not view.image.isVisible()


def test_unchanged_parameters_are_not_recomputed(view):
    net = Network.create([2, 3, 1], seed=0)
    results = []
    view.runner.result_ready.connect(results.append)
    view.set_dataset(blobs())
    snap = snapshot_of(net)
    view.show_snapshot(snap)
    view.show_snapshot(snapshot_of(net, step=1))  # equal θ: nothing to do
    assert len(results) == 1
    net.params[0] += 0.5
    view.show_snapshot(snapshot_of(net, step=2))
    assert len(results) == 2


# -- per-neuron maps ---------------------------------------------------------------------


def published_maps(view):
    """Bind ``view`` to a session; returns the list of neuron maps it publishes there."""
    session = xor_session()
    view.bind(session)
    published = []
    session.subscribe(NEURON_MAPS, published.append)
    return published


def test_neuron_map_shows_one_hidden_activation(view):
    session = xor_session()
    view.bind(session)
    net = Network.create([2, 3, 2, 1], "tanh", "sigmoid", init="uniform", init_range=2.0, seed=6)
    view.set_dataset(blobs())
    view.show_snapshot(snapshot_of(net))
    xs, ys = pixel_centres(view.image, view.image.image.shape)
    view.show_neuron_map(1, 2)
    pts = np.array([[x, y] for x in xs for y in ys])
    expected = net.forward(pts).a[0][:, 2].reshape(len(xs), len(ys))
    np.testing.assert_allclose(view.image.image, expected, rtol=1e-12)
    assert "<i>a</i><sup>1</sup><sub>3</sub> over the input plane" in view.page.heading
    np.testing.assert_allclose(view.image.levels, [-1.0, 1.0])  # tanh's range
    # its z = 0 line
    x, y = view.contour.getData()
    z = net.forward(np.column_stack([x, y])).z[0][:, 2]
    assert np.max(np.abs(z)) < 0.2
    session.hover(Hover((2, 1)))  # the graph's pointer is on a²₂
    expected = net.forward(pts).a[1][:, 1].reshape(len(xs), len(ys))
    np.testing.assert_allclose(view.image.image, expected, rtol=1e-12)
    session.hover(Hover(None))  # and left it
    np.testing.assert_allclose(view.image.image, forward_at(net, xs, ys)[:, :, 0], rtol=1e-12)
    view.show_neuron_map(5, 0)  # no such layer: the output stays
    assert "Output" in view.page.heading


def test_thumbnails_for_the_graph_view(view, qtbot):
    net = Network.create([2, 3, 2, 1], "tanh", seed=1)
    data = blobs()
    view.set_dataset(data)
    published = published_maps(view)
    view.show_snapshot(snapshot_of(net))
    assert view.settle()
    images = published[-1]
    expected = neuron_images(snapshot_of(net), data)
    assert [len(layer) for layer in images] == [3, 2]
    for got_layer, want_layer in zip(images, expected):
        for got, want in zip(got_layer, want_layer):
            assert got.shape == (32, 32)
            np.testing.assert_allclose(got, want, rtol=1e-12)


# -- off the GUI thread ------------------------------------------------------------------


def test_large_jobs_run_off_the_gui_thread_and_stale_results_are_dropped(qtbot):
    view = BoundaryView(resolution=20, background_work=0)  # every job goes to the pool
    qtbot.addWidget(view)
    net = Network.create([2, 4, 1], "tanh", seed=2)
    view.set_dataset(classification(XOR_X, XOR_Y))
    view.show_snapshot(snapshot_of(net))
    other = blobs()
    view.set_dataset(other)  # before the first result arrives: that one is stale
    assert view.image.image is None  # nothing drawn until the pool thread is done
    assert view.settle()
    assert view.image.isVisible() and not view.runner.busy
    assert view.plane.x_range[0] < dataset_inputs(other)[:, 0].min()
    xs, ys = pixel_centres(view.image, view.image.image.shape)
    np.testing.assert_allclose(xs, view.plane.xs, atol=1e-12)
    np.testing.assert_allclose(view.image.image, forward_at(net, xs, ys)[:, :, 0], rtol=1e-12)


def test_runner_coalesces_jobs_and_keeps_the_newest(qtbot):
    runner = JobRunner(background_work=0)
    results, ran = [], []
    runner.result_ready.connect(results.append)
    gate = threading.Event()

    def job(k):
        def run(progress):
            if k == 0:
                gate.wait(5)
            ran.append(k)
            return k
        return run

    for k in range(5):
        runner.submit(job(k), work=1)
    gate.set()
    qtbot.waitUntil(lambda: results == [0, 4], timeout=5000)
    assert ran == [0, 4]  # 1..3 were replaced while 0 ran
    assert runner.settle()


def test_runner_drops_results_of_an_old_context_and_reports_errors(qtbot):
    runner = JobRunner(background_work=0)
    results, errors = [], []
    runner.result_ready.connect(results.append)
    runner.failed.connect(errors.append)
    gate = threading.Event()
    runner.submit(lambda progress: gate.wait(5) and "old", work=1)
    runner.invalidate()
    runner.submit(lambda progress: 1 / 0, work=1)
    gate.set()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    runner.submit(lambda progress: "small", work=-1)  # below the threshold: runs at once
    assert results == ["small"]
    assert "ZeroDivisionError" in errors[0]
    assert runner.settle()


def test_the_view_draws_in_a_light_and_a_dark_theme(qtbot):
    """The heatmap does not depend on the plot background."""
    images = []
    for background in ("w", "k"):
        pg.setConfigOptions(background=background)
        v = BoundaryView(resolution=16)
        qtbot.addWidget(v)
        v.set_dataset(classification(XOR_X, XOR_Y))
        v.show_snapshot(snapshot_of(Network.create([2, 2, 1], seed=3)))
        images.append(v.image.image.copy())
        assert not v.grab().isNull()
    pg.setConfigOptions(background="k")
    np.testing.assert_array_equal(images[0], images[1])
    assert InputPlane.around(XOR_X, 16).shape == images[0].shape


# -- the look: extent, scale, key, theme, hidden tabs, narrow docks ---------------------


def settled(qtbot, view, condition, timeout=3000):
    """Wait for the plot's layout to settle (its shape is fitted over a few events)."""
    qtbot.waitUntil(condition, timeout=timeout)


def test_the_plot_shows_exactly_the_plane_to_scale(qtbot):
    view = BoundaryView(resolution=24)
    qtbot.addWidget(view)
    view.resize(760, 420)  # much wider than tall: the square plane is centred, axes hugging it
    view.show()
    qtbot.waitExposed(view)
    view.set_dataset(classification(XOR_X, XOR_Y))
    view.show_snapshot(snapshot_of(Network.create([2, 2, 1], seed=3)))
    vb = view.plot.getViewBox()

    def to_scale():
        px, py = vb.viewPixelSize()
        return abs(px - py) <= 0.02 * px

    settled(qtbot, view, to_scale)
    (x0, x1), (y0, y1) = vb.viewRange()
    plane = view.plane
    np.testing.assert_allclose([x0, x1, y0, y1], [*plane.x_range, *plane.y_range], atol=1e-9)
    # the image covers that range exactly: no white margins
    rect = view.image.mapRectToParent(view.image.boundingRect())
    np.testing.assert_allclose([rect.left(), rect.right(), rect.top(), rect.bottom()],
                               [*plane.x_range, *plane.y_range], atol=1e-9)
    # the left axis touches the plot, and the plot sits in the middle of the widget
    left_axis = view.plot.getAxis("left").sceneBoundingRect()
    box = vb.sceneBoundingRect()
    assert abs(left_axis.right() - box.left()) <= 1.0
    width = view.page.plot_widget.width()
    assert abs((left_axis.left() + box.right()) / 2 - width / 2) < 0.1 * width


def test_axis_names_clear_the_tick_labels_and_fonts_follow_the_scale(qtbot, view):
    from PySide6.QtGui import QFontMetricsF
    from PySide6.QtWidgets import QApplication

    from nnviz.gui.theme import Theme

    view.show()
    qtbot.waitExposed(view)
    view.set_dataset(blobs())
    view.show_snapshot(snapshot_of(Network.create([2, 3, 1], seed=0)))
    sizes = {}
    for scale in (1.0, 2.0):
        view.apply_theme(Theme(scale=scale))
        QApplication.processEvents()  # the axes take their new sizes
        axis = view.plot.getAxis("bottom")
        font = axis.style["tickFont"]
        tick_text_bottom = (axis.style["tickLength"] + axis.style["tickTextOffset"][1]
                            + QFontMetricsF(font).height())
        name_top = axis.label.pos().y() + axis.label.document().documentMargin()
        assert tick_text_bottom <= name_top + 1.0, scale  # "x1" never overlaps "0.5"
        sizes[scale] = (font.pointSizeF(), view.page.title_label.font().pointSizeF(),
                        view.points.train.opts["size"], view.contour.opts["pen"].widthF())
    assert sizes[2.0] == pytest.approx(tuple(2 * v for v in sizes[1.0]))


def test_the_colour_key_says_what_the_colours_mean(view):
    view.set_dataset(blobs())
    view.show_snapshot(snapshot_of(Network.create([2, 3, 1], seed=0)))
    assert view.colour_key.texts == ["class 0", "0", "0.5", "1", "class 1"]
    pm1 = classification(XOR_X, XOR_Y, labels="pm1")
    view.set_dataset(pm1)
    view.show_snapshot(snapshot_of(Network.create([2, 3, 1], "tanh", "tanh", seed=1)))
    assert view.colour_key.texts == ["class 0", "-1", "0", "1", "class 1"]
    view.set_dataset(blobs(classes=3))
    view.show_snapshot(snapshot_of(Network.create([2, 3, 3], "tanh", "softmax",
                                                  loss="softmax_cross_entropy", seed=2)))
    assert view.colour_key.texts == ["class 0", "class 1", "class 2"]
    rng = np.random.default_rng(0)
    x = rng.uniform(-1, 1, (30, 2))
    data = regression(x, x[:, 0], name="plane")
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(Network.create([2, 3, 1], "tanh", "identity", seed=0)))
    y = np.concatenate([data.y_train[:, 0], data.y_test[:, 0]])
    assert view.colour_key.texts == ["y", f"{y.min():.3g}", f"{y.max():.3g}", ""]
    assert view.discretize_box.isHidden()  # nothing to discretize in a regression


def test_the_dark_palette_reaches_the_plot(view):
    from nnviz.gui.theme import Theme

    dark = Theme(dark=True)
    view.apply_theme(dark)
    assert view.page.plot_widget.backgroundBrush().color().name() == dark.plot_background
    axis = view.plot.getAxis("left")
    assert axis.textPen().color().name() == dark.plot_foreground
    assert view.level_line.pen.color().name() == dark.plot_foreground


def test_behind_another_tab_only_the_thumbnails_are_computed(qtbot):
    view = BoundaryView(resolution=16)
    window, dock = docked_behind(qtbot, view)
    view.set_dataset(blobs())
    net = Network.create([2, 3, 1], "tanh", seed=1)
    published = published_maps(view)
    view.show_snapshot(snapshot_of(net))
    qtbot.waitUntil(lambda: bool(published), timeout=3000)
    assert [len(layer) for layer in published[-1]] == [3]  # the graph still gets its maps
    assert view.image.image is None  # the large map waits
    dock.raise_()
    qtbot.waitUntil(lambda: view.image.image is not None, timeout=3000)
    xs, ys = pixel_centres(view.image, view.image.image.shape)
    np.testing.assert_allclose(view.image.image, forward_at(net, xs, ys)[:, :, 0], rtol=1e-12)


def test_the_controls_wrap_inside_a_narrow_view(qtbot):
    view = BoundaryView(resolution=16)
    qtbot.addWidget(view)
    assert view.minimumSizeHint().width() <= 300  # the window gives a view 300 pixels
    rng = np.random.default_rng(1)
    x = rng.uniform(0, 1, (20, 3))
    view.set_dataset(classification(x[:15], (x[:15, 0] > 0.5).astype(int), x[15:],
                                    (x[15:, 0] > 0.5).astype(int), name="festival"))
    view.show_snapshot(snapshot_of(Network.create([3, 4, 1], seed=1)))
    view.set_slice(True)  # every control shows: the key, markers, toggles, the slice boxes
    view.resize(300, 520)
    view.show()
    qtbot.waitExposed(view)
    controls = [w for w in (view.colour_key, view.marker_label, view.discretize_box, view.test_box,
                            view.slice_label, view.x_feature_box, view.y_feature_box,
                            view.end_slice_button) if w.isVisible()]
    assert len(controls) == 8
    rects = [w.geometry() for w in controls]
    inside = view.rect()
    for w, r in zip(controls, rects):
        assert inside.contains(r), (w, r)
        assert r.width() >= min(w.minimumSizeHint().width(), 300 - 8)  # not squeezed
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b)


# -- pictures and captions (Qt-free) -----------------------------------------------------


def test_two_class_picture_is_the_output_or_its_side_of_the_level():
    net = Network.create([2, 3, 1], "tanh", "sigmoid", init="uniform", init_range=3.0, seed=5)
    maps = plane_maps(net, InputPlane.around(XOR_X, 8))
    picture = pictures.two_class_picture(maps, 0.0, 0.5, discretize=False)
    np.testing.assert_array_equal(picture.image, maps.output[:, :, 0])
    assert picture.levels == (0.0, 1.0) and picture.lut is region_lut()
    discrete = pictures.two_class_picture(maps, 0.0, 0.5, discretize=True)
    np.testing.assert_array_equal(discrete.image, np.where(maps.output[:, :, 0] > 0.5, 1.0, 0.0))
    np.testing.assert_array_equal(discrete.segments, picture.segments)  # the same contour


def test_an_unbounded_neuron_is_drawn_over_its_spread():
    net = Network.create([2, 3, 1], "relu", "sigmoid", seed=1)
    maps = plane_maps(net, InputPlane.around(XOR_X, 8))
    picture = pictures.neuron_picture(maps, 1, 0, "relu")
    values = maps.neuron(1, 0)
    np.testing.assert_array_equal(picture.image, values)
    assert picture.levels == spread(values) and picture.lut is value_lut()
    assert spread(np.full(3, 2.0)) == (1.5, 2.5)


def test_line_curves_discretized():
    trace = Network.create([1, 2, 1], "tanh", "tanh", seed=0).forward(np.linspace(-2, 2, 9)[:, None])
    (curve,) = pictures.line_curves(trace, None, True, -1.0, 0.0, discretize=True)
    np.testing.assert_array_equal(curve, np.where(trace.output[:, 0] > 0.0, 1.0, -1.0))
    (neuron,) = pictures.line_curves(trace, (1, 1), True, -1.0, 0.0, discretize=True)
    np.testing.assert_array_equal(neuron, trace.a[0][:, 1])  # a neuron is never discretized


def test_headings_name_the_output_in_the_lectures_notation():
    arch = Network.create([2, 3, 1], seed=0).architecture
    xor = classification(XOR_X, XOR_Y)
    assert heading(xor, arch, True, True, None, 0.5) == (
        "Output <i>a</i><sup>2</sup> over the input plane · decision level 0.5")
    assert heading(xor, arch, True, True, (1, 11), 0.5) == (
        "<i>a</i><sup>1</sup><sub>12</sub> over the input plane")
    assert heading(xor, None, False, True, None, 0.5) == "The data (no network yet)"
    three = Network.create([2, 3, 3], "tanh", "softmax", loss="softmax_cross_entropy", seed=0)
    assert heading(blobs(classes=3), three.architecture, True, True, None, 0.5) == (
        "Predicted class (largest <i>a</i><sup>2</sup><sub>c</sub>) over the input plane")
    line = regression(np.arange(6.0)[:, None], np.arange(6.0))
    assert heading(line, Network.create([1, 2, 1], seed=0).architecture, True, False, None, 0.5) == (
        "Predicted y, <i>a</i><sup>2</sup><sub>1</sub> over the input")


# -- picking and marking samples -------------------------------------------------------
def click_point(qtbot, view, xy):
    """A left click on data point ``xy`` of the boundary view."""
    widget = view.page.plot_widget
    scene = view.plot.getViewBox().mapViewToScene(QPointF(*xy))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=widget.mapFromScene(scene))


class DoubleClick:
    """The scene's click event for a double click at ``xy`` (pyqtgraph's double() is True)."""

    def __init__(self, view, xy):
        self._pos = view.plot.getViewBox().mapViewToScene(QPointF(*xy))
        self.accepted = False

    def button(self):
        return Qt.MouseButton.LeftButton

    def scenePos(self):
        return self._pos

    def double(self):
        return True

    def accept(self):
        self.accepted = True


def shown_view(qtbot, view, data):
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(Network.create([2, 3, 1], seed=0)))
    view.show()
    qtbot.waitExposed(view)
    view.settle()
    return view


def test_clicking_a_training_point_selects_it_and_a_double_click_walks_it(view, qtbot):
    data = blobs(n_train=12, n_test=0)
    shown_view(qtbot, view, data)
    commands = []
    view.command_issued.connect(commands.append)
    click_point(qtbot, view, data.x_train[7])
    assert commands == [Select(sample=7)]
    commands.clear()
    event = DoubleClick(view, data.x_train[3])
    view.plot.scene().sigMouseClicked.emit(event)
    assert commands == [OpenWalk(3)] and event.accepted


def test_a_click_away_from_the_points_selects_nothing(view, qtbot):
    data = classification([[0.0, 0.0], [1.0, 1.0]], [0, 1])
    shown_view(qtbot, view, data)
    commands = []
    view.command_issued.connect(commands.append)
    click_point(qtbot, view, (0.5, 0.5))
    assert commands == []


def test_the_selected_and_the_walked_sample_are_ringed(view, qtbot):
    data = blobs(n_train=12, n_test=4)
    shown_view(qtbot, view, data)
    assert len(view.marks.selected.getData()[0]) == len(view.marks.walked.getData()[0]) == 0
    view.follow_selection(Selection(sample=5))
    np.testing.assert_allclose(np.column_stack(view.marks.selected.getData()), data.x_train[[5]])
    view.follow_walk(SimpleNamespace(sample=2))
    np.testing.assert_allclose(np.column_stack(view.marks.walked.getData()), data.x_train[[2]])
    view.follow_walk(None)
    view.follow_selection(Selection())
    assert len(view.marks.selected.getData()[0]) == len(view.marks.walked.getData()[0]) == 0


def test_a_test_sample_is_ringed_and_a_click_on_a_test_point_selects_it(view, qtbot):
    """Samples n_train.. are the test rows: the graph, the digit views and the walk share them."""
    data = blobs(n_train=12, n_test=4)
    shown_view(qtbot, view, data)
    view.follow_selection(Selection(sample=12 + 3))
    np.testing.assert_allclose(np.column_stack(view.marks.selected.getData()), data.x_test[[3]])
    commands = []
    view.command_issued.connect(commands.append)
    click_point(qtbot, view, data.x_test[1])
    assert commands == [Select(sample=12 + 1)]


def test_the_perceptron_walk_highlights_its_sample(view, qtbot):
    """The perceptron rule's walk (kind "perceptron") rings its sample too."""
    from nnviz.core.config import Config, TrainingSpec
    from nnviz.session.walk import open_walk

    data = classification([[1.0, -1.0], [0.5, 2.0], [-1.0, 0.0]], [0, 1, 1], labels="pm1")
    net = Network.from_layers([[[0.0, 0.0]]], [None], ["sign"])
    view.set_dataset(data)
    view.show_snapshot(snapshot_of(net))
    walk = open_walk(snapshot_of(net), data, 1, Config(training=TrainingSpec(rule="perceptron")))
    view.follow_walk(walk)
    assert walk.kind == "perceptron"
    np.testing.assert_allclose(np.column_stack(view.marks.walked.getData()), [[0.5, 2.0]])


def test_the_last_steps_mini_batch_is_ringed(view, qtbot):
    """The mini-batch lesson: the class sees which samples the step learnt from."""
    from dataclasses import replace
    data = blobs(n_train=12, n_test=4)
    shown_view(qtbot, view, data)
    snapshot = snapshot_of(Network.create([2, 3, 1], seed=0), step=1)
    assert len(view.marks.batch.getData()[0]) == 0
    view.show_snapshot(replace(snapshot, batch=np.array([7, 1, 4])))
    np.testing.assert_allclose(np.column_stack(view.marks.batch.getData()), data.x_train[[7, 1, 4]])
    view.show_snapshot(replace(snapshot, batch=None))  # the full batch: no rings
    assert len(view.marks.batch.getData()[0]) == 0
