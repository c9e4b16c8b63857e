"""The plot views' shared look: wrapping controls, plots kept to scale, status lines, images."""

import sys

import numpy as np
import pyqtgraph as pg
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from nnviz.gui.kit.aspect_fit import AspectFit
from nnviz.gui.kit.axes import quiet_plot_widget, set_axis_label, style_plot, widest_tick
from nnviz.gui.kit.colour_key import ColourKey
from nnviz.gui.kit.elided_label import ElidedLabel
from nnviz.gui.kit.flow_layout import FlowLayout
from nnviz.gui.kit.screen_image import ScreenImageItem
from nnviz.gui.kit.stage import offstage
from nnviz.gui.theme import Theme
from tests.gui.conftest import docked_behind


def test_flow_layout_wraps_without_overlap(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    layout = FlowLayout(box)
    buttons = [QPushButton(f"button number {k}") for k in range(6)]
    for b in buttons:
        layout.addWidget(b)
    buttons[2].hide()  # hidden widgets take no room
    box.resize(260, layout.heightForWidth(260))
    box.show()
    qtbot.waitExposed(box)
    shown = [b for b in buttons if b.isVisible()]
    rects = [b.geometry() for b in shown]
    assert len({r.top() for r in rects}) >= 3  # wrapped onto several rows
    for i, a in enumerate(rects):
        assert box.rect().contains(a)
        assert a.width() >= shown[i].minimumSizeHint().width()
        for b in rects[i + 1:]:
            assert not a.intersects(b)
    assert layout.heightForWidth(2000) < layout.heightForWidth(260)  # one row when wide


def test_aspect_fit_keeps_the_view_box_to_scale_and_centred(qtbot):
    widget, plot = quiet_plot_widget()
    qtbot.addWidget(widget)
    fit = AspectFit(plot)
    wanted = []
    fit.height_wanted.connect(wanted.append)
    widget.resize(700, 360)
    widget.show()
    qtbot.waitExposed(widget)
    plot.setRange(xRange=(0, 2), yRange=(0, 1), padding=0)
    fit.set_ratio(1.0)
    vb = plot.getViewBox()
    qtbot.waitUntil(lambda: abs(vb.width() - vb.height()) <= 1.0, timeout=3000)
    assert vb.viewRange()[0] == pytest.approx([0, 2]) and vb.viewRange()[1] == pytest.approx([0, 1])
    left, _, right, _ = plot.layout.getContentsMargins()
    assert left > 100 and abs(left - right) < 10  # the spare width split on both sides
    assert wanted and wanted[-1] > widget.height()  # at this width it could be taller
    fit.set_ratio(None)
    qtbot.waitUntil(lambda: vb.width() > 1.5 * vb.height(), timeout=3000)
    assert wanted[-1] is None


def test_axes_are_sized_for_their_fonts(qtbot):
    widget, plot = quiet_plot_widget()
    qtbot.addWidget(widget)
    heights = []
    for scale in (1.0, 2.0):
        theme = Theme(scale=scale)
        style_plot(plot, theme)
        set_axis_label(plot, "bottom", "x<sub>1</sub>", theme)
        axis = plot.getAxis("bottom")
        heights.append(axis.minimumHeight())  # fixed: minimum = maximum
        assert axis.style["tickFont"].pointSizeF() == pytest.approx(theme.point_size * 0.9)
        assert axis.cacheMode() == axis.CacheMode.DeviceCoordinateCache
    assert heights[1] > 1.7 * heights[0]
    # a new name in the same style does not redo the axis
    set_axis_label(plot, "bottom", "x<sub>2</sub>", Theme(scale=2.0))
    assert plot.getAxis("bottom").labelText == "x<sub>2</sub>"
    assert plot.getAxis("bottom").minimumHeight() == heights[1]


def test_widest_tick_covers_the_range():
    assert widest_tick(-0.2, 1.2) in ("-0.20", "-0.2")
    assert len(widest_tick(-12.5, 3.0)) >= len("-12.5")
    assert widest_tick(0.0, 0.001).startswith("0.00")


def test_elided_label_keeps_two_lines_and_the_whole_text(qtbot):
    label = ElidedLabel(lines=2)
    qtbot.addWidget(label)
    text = " ".join(f"word{k}" for k in range(60))
    label.resize(200, 40)
    label.setText(text)
    lines = label.shown_lines()
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert label.text() == text and label.toolTip() == text
    label.setText("short")
    assert label.shown_lines() == ["short"]
    one_line = label.height()
    label.setText(text)
    assert label.height() > one_line  # the label grows to the lines it shows


def test_colour_key_lists_its_texts(qtbot):
    key = ColourKey()
    qtbot.addWidget(key)
    lut = np.linspace(0, 255, 256)[:, None].repeat(3, axis=1).astype(np.uint8)
    key.set_gradient(lut, [(0.0, "0"), (0.5, "0.5"), (1.0, "1")], ("class 0", (232, 126, 4)),
                     ("class 1", (8, 119, 189)))
    assert key.texts == ["class 0", "0", "0.5", "1", "class 1"]
    key.resize(400, key.minimumSizeHint().height())
    assert not key.grab().isNull()
    key.set_swatches([("a", (0, 0, 0)), ("b", (255, 255, 255))])
    assert key.texts == ["a", "b"]


def test_screen_image_item_paints_the_same_colours_in_the_screen_format():
    values = np.linspace(0, 1, 12).reshape(4, 3)
    lut = np.column_stack([np.arange(256), 255 - np.arange(256), np.full(256, 40)]).astype(np.uint8)
    plain, fast = pg.ImageItem(), ScreenImageItem()
    for item in (plain, fast):
        item.setImage(values, levels=(0, 1), lut=lut)
        item.render()
    assert fast.qimage.format() == QImage.Format.Format_ARGB32_Premultiplied
    for x in range(plain.qimage.width()):
        for y in range(plain.qimage.height()):
            assert fast.qimage.pixelColor(x, y).getRgb() == plain.qimage.pixelColor(x, y).getRgb()


def test_offstage_means_behind_another_tab(qtbot):
    view = QLabel("view")
    assert not offstage(view)  # a widget on its own: drawn as asked (tests, exports)
    window, dock = docked_behind(qtbot, view)
    assert offstage(view)
    dock.raise_()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not offstage(view))


def test_a_view_covered_wholly_by_its_children_is_on_stage(qtbot):
    """A view whose layout has no margins has an empty region of its own, yet is seen."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget
    view = QWidget()
    box = QVBoxLayout(view)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(QLabel("the whole view"))
    label = box.itemAt(0).widget()
    label.setAutoFillBackground(True)
    window, dock = docked_behind(qtbot, view)
    assert offstage(view)
    dock.raise_()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not offstage(view))


@given(st.floats(min_value=0.0, allow_nan=False, allow_infinity=False))
def test_nice_ceil_never_warns_and_covers_the_value(value):
    """Subnormal values (5e-324: 10^e underflows to 0) have no scale, as 0 has none."""
    from nnviz.gui.kit.nice_scale import nice_ceil

    with np.errstate(all="raise"):
        nice = nice_ceil(value)
    assert nice == 0.0 if value < sys.float_info.min else value <= nice <= 1.34 * value


def test_a_quiet_plot_never_builds_a_context_menu(qtbot):
    """A ViewBox menu lists every ViewBox alive; building one while other views were being
    destroyed crashed the test run (a segmentation fault in ViewBox._applyMenuEnabled)."""
    widget, plot = quiet_plot_widget()
    qtbot.addWidget(widget)
    assert plot.getViewBox().menu is None and not plot.menuEnabled()
