"""The kit items the input-space views share: PlotPage, DataPoints, activation_range."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QPushButton

from nnviz.gui.colors import class_colour, sequential_map
from nnviz.gui.kit.activation_range import activation_range
from nnviz.gui.kit.axes import QWIDGETSIZE_MAX, widest_tick
from nnviz.gui.kit.data_points import DataPoints, point_brushes, target_range
from nnviz.gui.kit.plot_page import PlotPage
from nnviz.gui.theme import Theme
from tests.gui.conftest import XOR_X, XOR_Y, classification, regression


def test_bounded_activations_have_their_range():
    assert activation_range("sigmoid") == (0.0, 1.0)
    assert activation_range("tanh") == (-1.0, 1.0)
    assert activation_range("sign") == (-1.0, 1.0)
    assert activation_range("relu") is None and activation_range("identity") is None


def test_target_range_over_training_and_test_rows():
    x = np.arange(8.0)[:, None]
    assert target_range(regression(x, 2 * x)) == (0.0, 14.0)  # the test rows hold the maximum
    assert target_range(regression(x, np.full(8, 3.0))) == (2.0, 4.0)  # one value: ± 1


def test_points_are_coloured_by_class_or_by_value():
    train, test = point_brushes(classification(XOR_X, XOR_Y, XOR_X[:1], XOR_Y[:1]))
    assert [b.color().getRgb()[:3] for b in train] == [class_colour(c) for c in XOR_Y]
    assert [b.color().getRgb()[:3] for b in test] == [class_colour(0)]
    x = np.arange(5.0)[:, None]
    train, test = point_brushes(regression(x, x))  # y 0..4, test rows 2, 3, 4: at 0.5 .. 1
    expected = sequential_map().map(np.array([0.0, 0.25, 0.5, 0.75, 1.0]), mode="byte")
    got = [b.color().getRgb()[:3] for b in train + test]
    assert got == [tuple(int(v) for v in c[:3]) for c in expected]


def test_data_points_place_the_rows_and_follow_the_scale(qtbot):
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    points = DataPoints(plot.getPlotItem(), z=3)
    points.set_dataset(classification(XOR_X, XOR_Y))
    points.place(XOR_X, XOR_X[:0])
    x, y = points.train.getData()
    np.testing.assert_array_equal(np.column_stack([x, y]), XOR_X)
    assert (points.train.zValue(), points.test.zValue()) == (3, 4)
    points.apply_theme(Theme(scale=2.0))
    assert points.train.opts["size"] == 26 and points.test.opts["pen"].widthF() == 4.0
    points.clear()
    assert len(points.train.getData()[0]) == 0


def test_the_page_shows_the_plot_or_a_message(qtbot):
    button = QPushButton("slice")
    page = PlotPage(under_message=(button,))
    qtbot.addWidget(page)
    page.show()
    page.set_heading("<b>title</b>")
    assert page.heading == "<b>title</b>" and page.message == "" and page.showing_plot
    page.show_message("No data yet.")
    assert page.message == "No data yet." and not page.showing_plot
    assert page.title_label.isHidden() and button.isVisible()
    assert page.stack.maximumHeight() == QWIDGETSIZE_MAX
    page.show_plot()
    assert page.message == "" and not page.title_label.isHidden()


def test_the_left_axis_fits_the_widest_tick_and_the_range_is_exact(qtbot):
    page = PlotPage()
    qtbot.addWidget(page)
    page.apply_theme(Theme())
    narrow = page.plot.getAxis("left").minimumWidth()
    page.show_range((0.0, 1.0), (-1234567.0, 0.0), ratio=None)
    assert widest_tick(-1234567.0, 0.0) == "-1234567"
    assert page.plot.getAxis("left").minimumWidth() > narrow
    (x0, x1), (y0, y1) = page.plot.getViewBox().viewRange()
    assert (x0, x1, y0, y1) == pytest.approx((0.0, 1.0, -1234567.0, 0.0))
