"""Plot axes read the values they show, whatever palette or scale came before (issue 12, item 2)."""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from nnviz.gui.kit.axes import plain_tick_numbers
from nnviz.gui.kit.flow_layout import settle_layout
from nnviz.gui.kit.plot_page import PlotPage
from nnviz.gui.theme import Theme
from nnviz.gui.views.loss import LossView

LOSSES = (0.2, 0.6)
SHOWN = (0.15, 0.65)  # the losses with a margin: the end ticks are drawn too


def drawn_ticks(axis: pg.AxisItem) -> list[tuple[QRectF, str]]:
    """The tick labels ``axis`` paints and where (scene coordinates), as pyqtgraph lays them
    out for drawing."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(axis.mapRectToScene(rect), text) for rect, _flags, text in texts]


def drawn_tick_strings(axis: pg.AxisItem) -> list[str]:
    return [text for _rect, text in drawn_ticks(axis)]


@pytest.mark.parametrize("restyle", [Theme(dark=True), Theme(scale=2.0), Theme(dark=True, scale=1.5)],
                         ids=["dark", "scale 2", "dark scale 1.5"])
def test_a_loss_axis_reads_its_values_after_a_restyle(qtbot, restyle):
    page = PlotPage()
    qtbot.addWidget(page)
    page.apply_theme(Theme())
    page.resize(500, 400)
    page.show()
    page.name_axes("step", "loss C")  # pyqtgraph picks a prefix only for a named axis
    page.show_range((0.0, 100.0), SHOWN, ratio=None)
    qtbot.waitExposed(page)
    page.apply_theme(restyle)  # the range 0.2 .. 0.6 is shown while the axes are restyled
    settle_layout()
    strings = drawn_tick_strings(page.plot.getAxis("left"))
    assert {"0.2", "0.3", "0.4", "0.5", "0.6"} <= set(strings), strings
    assert all(SHOWN[0] <= float(text) <= SHOWN[1] for text in strings), strings
    assert page.plot.getAxis("left").labelString().count("x") == 0  # no "(x0.001)" beside the name


def test_plain_tick_numbers_undo_a_prefix_already_chosen(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    axis = widget.getPlotItem().getAxis("left")
    axis.setLabel("loss C")
    widget.getPlotItem().setRange(yRange=SHOWN, padding=0)
    axis.setRange(*SHOWN)
    plain_tick_numbers(axis)
    assert axis.autoSIPrefixScale == 1.0
    assert "0.4" in drawn_tick_strings(axis)


@pytest.mark.parametrize("restyle", [Theme(dark=True), Theme(scale=2.0)], ids=["dark", "scale 2"])
def test_the_loss_curve_reads_its_losses_after_a_restyle(qtbot, restyle):
    """The case the issue found: the loss view's own axis, losses 0.2 .. 0.6."""
    view = LossView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    view.plot_item.setRange(xRange=(0, 100), yRange=SHOWN, padding=0)
    qtbot.waitExposed(view)
    view.apply_theme(restyle)
    settle_layout()
    strings = drawn_tick_strings(view.plot_item.getAxis("left"))
    assert {"0.2", "0.4", "0.6"} <= set(strings), strings
    assert all(SHOWN[0] <= float(text) <= SHOWN[1] for text in strings), strings
