"""The first-layer weights view (offscreen): row j of W^1 as tile j, live, clickable."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from nnviz.core.data import CLASSIFICATION, Dataset
from nnviz.core.network import Network
from nnviz.gui.colors import diverging_map
from nnviz.gui.theme import Theme
from nnviz.gui.views.detectors import FirstLayerView
from nnviz.gui.views.detectors.mosaic import Grid, fit_grid, mosaic
from nnviz.gui.views.detectors.view import NO_IMAGES
from nnviz.session.commands import Select
from nnviz.session.state import Selection
from tests.gui.conftest import snapshot_of, xor_dataset


def images(shape=(4, 3), n=10) -> Dataset:
    rng = np.random.default_rng(1)
    pixels = shape[0] * shape[1]
    x, y = rng.random((n, pixels)), np.arange(n) % 2
    return Dataset("tiny", CLASSIFICATION, x, y, x[:0], y[:0], tuple(f"p{k}" for k in range(pixels)),
                   ("0", "1"), image_shape=shape)


@pytest.fixture
def view(qtbot):
    v = FirstLayerView()
    qtbot.addWidget(v)
    v.resize(700, 500)
    v.show()
    qtbot.waitExposed(v)
    return v


def net_with(hidden=7, pixels=12, seed=0):
    return Network.create([pixels, hidden, 2], "sigmoid", "sigmoid", seed=seed)


def test_tile_j_is_row_j_of_w1_reshaped(view):
    net = net_with()
    w1 = np.arange(84.0).reshape(7, 12) / 100 - 0.3  # max |w| = 0.53
    net.params[:84] = w1.ravel()  # W^1 comes first in θ
    view.set_dataset(images())
    view.show_snapshot(snapshot_of(net))
    assert view.message == ""
    for j in range(7):
        np.testing.assert_array_equal(view.tile(j), w1[j].reshape(4, 3))
    values = view.image.values
    assert np.isnan(values).sum() == values.size - 84  # everything else is a gap
    assert view.scale == pytest.approx(0.6)  # nice_ceil(0.53)
    assert view.image.getLevels() == pytest.approx((-0.6, 0.6))
    assert view.legend.ticks == ("−0.6", "0", "+0.6")
    np.testing.assert_array_equal(view.image.lut, diverging_map().getLookupTable(0.0, 1.0, 256, alpha=False))


def test_a_new_snapshot_draws_the_new_weights(view):
    net = net_with()
    view.set_dataset(images())
    view.show_snapshot(snapshot_of(net))
    net.params[:84] += np.linspace(-2.0, 2.0, 84)
    view.show_snapshot(snapshot_of(net, step=1))
    w1 = net.weights[0]
    for j in range(7):
        np.testing.assert_array_equal(view.tile(j), w1[j].reshape(4, 3))
    assert view.scale >= np.abs(w1).max() > 0.75 * view.scale


def test_the_tiles_are_numbered_from_1_where_there_is_room(view):
    view.set_dataset(images((28, 28), n=4))
    net = Network.create([784, 30, 10], "sigmoid", "sigmoid", seed=0)
    view.show_snapshot(snapshot_of(net))
    assert view.grid.label_rows > 0
    assert view.numbers.texts == [str(j) for j in range(1, 31)]
    np.testing.assert_array_equal(view.tile(29), net.weights[0][29].reshape(28, 28))


def test_a_linear_model_shows_one_template_per_class_named_by_the_class(view):
    """256-10 (no hidden layer): layer 1 is the output layer, tile j is class j's template."""
    x = np.zeros((10, 16))
    view.set_dataset(Dataset("d", CLASSIFICATION, x, np.arange(10), x[:0], np.arange(0),
                             tuple(f"p{k}" for k in range(16)), tuple("0123456789"),
                             image_shape=(4, 4)))
    view.show_snapshot(snapshot_of(Network.create([16, 10], "sigmoid", "softmax", seed=0)))
    assert view.numbers.texts == list("0123456789")
    assert view.heading.text().startswith("Output neuron j's weights")


def test_the_grid_fits_the_room():
    assert (fit_grid(30, (28, 28), 600, 500, 0).columns, fit_grid(30, (28, 28), 600, 500, 0).rows) == (6, 5)
    grid = fit_grid(128, (28, 28), 1600, 800, 0)
    assert (grid.columns, grid.rows) == (16, 8)
    tall = fit_grid(30, (28, 28), 300, 900, 0)
    assert tall.rows > tall.columns
    # a strip for the numbers: at 3⅓ screen pixels per image pixel, 14 pixels need 5 rows
    labelled = fit_grid(30, (28, 28), 600, 500, 14)
    assert labelled.label_rows == int(np.ceil(14 / labelled.pixel))


def test_the_mosaic_places_tiles_row_by_row():
    grid = Grid(n=3, tile=(2, 2), columns=2, rows=2, label_rows=1, gap=1)
    w = np.arange(12.0).reshape(3, 4)
    m = mosaic(w, grid)
    assert m.shape == (8, 6)  # cells 1 + 2 + 1 high, 2 + 1 wide
    np.testing.assert_array_equal(m[1:3, 0:2], [[0, 1], [2, 3]])
    np.testing.assert_array_equal(m[1:3, 3:5], [[4, 5], [6, 7]])
    np.testing.assert_array_equal(m[5:7, 0:2], [[8, 9], [10, 11]])
    assert np.isnan(m[5:7, 3:5]).all() and np.isnan(m[0]).all()
    assert [grid.tile_at(*p) for p in ((1, 0), (2.5, 4.2), (6, 1), (6, 4), (9, 0))] == [0, 1, 2, None, None]


def test_a_click_on_a_tile_selects_its_neuron_and_outlines_it(view, qtbot):
    view.set_dataset(images())
    view.show_snapshot(snapshot_of(net_with()))
    commands = []
    view.command_issued.connect(commands.append)
    grid = view.grid
    row, column = grid.tile_origin(4)
    centre = QPointF(column + 1.5, grid.shape[0] - row - 2.0)  # the middle of tile 4
    scene = view.box.mapViewToScene(centre)
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.canvas.mapFromScene(scene))
    assert commands == [Select(neuron=(1, 4))]
    xs, ys = view.outline.getData()
    assert min(xs) < column and max(xs) > column + 3
    assert min(ys) < grid.shape[0] - row - 4 < grid.shape[0] - row < max(ys)


def test_it_follows_the_selection(view):
    view.set_dataset(images())
    view.show_snapshot(snapshot_of(net_with()))
    view.follow_selection(Selection(neuron=(1, 2)))
    xs, _ys = view.outline.getData()
    _row, column = view.grid.tile_origin(2)
    assert min(xs) == column - 0.5
    view.follow_selection(Selection(neuron=(2, 1)))  # a neuron of another layer
    assert view.outline.getData()[0].size == 0


def test_without_images_a_message(view):
    view.set_dataset(xor_dataset())
    view.show_snapshot(snapshot_of(Network.create([2, 3, 1], "sigmoid", "sigmoid", seed=0)))
    assert view.message == NO_IMAGES and view.pages.currentIndex() == 1


def test_a_network_that_does_not_fit_says_so(view):
    view.set_dataset(images())
    view.show_snapshot(snapshot_of(net_with(pixels=5)))
    assert view.message == "the network has 5 inputs, not 12 pixels"


def test_the_theme_applies(view):
    view.set_dataset(images())
    view.show_snapshot(snapshot_of(net_with()))
    view.apply_theme(Theme(dark=True, scale=2.0))
    view.apply_theme(Theme())
    for j in range(7):
        np.testing.assert_array_equal(view.tile(j), view._snapshot.weights[0][j].reshape(4, 3))


def test_a_short_dock_gives_the_heading_line_to_the_tiles(view, qtbot):
    view.set_dataset(images())
    view.show_snapshot(snapshot_of(net_with()))
    assert view.heading.isVisible()
    view.resize(700, 150)
    qtbot.waitUntil(lambda: not view.heading.isVisible())
    view.apply_theme(Theme(scale=0.5))  # 150 pixels are tall at 50 %
    assert view.heading.isVisible()
