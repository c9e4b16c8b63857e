"""The hidden feature space of XOR on the projector (issue 12, item 3): the plot fills the
view, its axes and their names lie inside it, and no two tick labels overlap."""

import pytest
from PySide6.QtCore import QRectF

from nnviz.core.network import Network
from nnviz.gui.kit.axes import BASE_MARGINS
from nnviz.gui.kit.flow_layout import settle_layout
from nnviz.gui.theme import Theme
from nnviz.gui.views.feature_space import FeatureSpaceView
from tests.gui.conftest import (
    XOR_TARGETS,
    XOR_X,
    docked_behind,
    snapshot_of,
    xor_dataset,
)
from tests.gui.test_plot_axes import drawn_ticks


def xor_network() -> Network:
    """The XOR lesson's shape, 2-4-1 with tanh, trained a little (the picture at step 300)."""
    net = Network.create([2, 4, 1], "tanh", "sigmoid", init="xavier", seed=0)
    for _ in range(300):
        net.params -= 0.5 * net.gradient(XOR_X, XOR_TARGETS).flat
    return net


def assert_laid_out(view: FeatureSpaceView, theme: Theme) -> None:
    page = view.page
    widget, plot = page.plot_widget, page.plot
    viewport = QRectF(widget.viewport().rect())
    # the plot is its widget's whole viewport, the view box all of it but the axes (no padding)
    assert plot.geometry() == viewport
    assert plot.layout.getContentsMargins() == BASE_MARGINS
    # the plot takes the height the title and the controls leave: no blank bands
    assert page.stack.height() >= 0.9 * (page.height() - page.title_label.height()
                                         - page.controls.geometry().height() - 12)
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        assert viewport.contains(axis.mapRectToScene(QRectF(axis.rect()))), side
        assert axis.label.isVisible() and axis.label.toPlainText().startswith("PC"), side
        margin = axis.label.document().documentMargin()  # blank around the text
        name = axis.label.boundingRect().adjusted(margin, margin, -margin, -margin)
        assert viewport.contains(axis.label.mapRectToScene(name)), side
        rects = [rect for rect, _text in drawn_ticks(axis)]
        assert len(rects) >= 2, side
        for i, a in enumerate(rects):
            assert viewport.contains(a), (side, a)
            assert not any(a.intersects(b) for b in rects[i + 1:]), (side, a)
    # the tick labels are in the theme's font
    assert plot.getAxis("left").style["tickFont"].pointSizeF() == theme.tick_font().pointSizeF()


@pytest.mark.parametrize("size, scale", [((470, 556), 2.0), ((516, 642), 1.0), ((746, 954), 1.0),
                                         ((660, 868), 2.0)])
def test_xor_in_its_hidden_layer_fills_the_view(qtbot, size, scale):
    theme = Theme(scale=scale)
    view = FeatureSpaceView()
    view.apply_theme(theme)
    view.setFixedSize(*size)  # the dock's size in the main window at that screen size and scale
    _window, dock = docked_behind(qtbot, view)  # laid out while hidden, as in the main window
    view.set_dataset(xor_dataset())
    view.show_snapshot(snapshot_of(xor_network()))
    view.choose(1, None)  # principal components, as the lesson opens
    dock.raise_()
    qtbot.waitUntil(lambda: not view.visibleRegion().isEmpty())
    view.settle()
    qtbot.waitUntil(lambda: view.result is not None)  # computed once in sight
    settle_layout()
    assert view.page.showing_plot
    assert_laid_out(view, theme)
