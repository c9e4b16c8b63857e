"""kit.DigitImage: an image row as a picture, upright in a y-up view box, NaN transparent."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, QRectF

from nnviz.gui.colors import diverging_map
from nnviz.gui.kit.digit_image import DigitImage, ink_map
from nnviz.gui.theme import Theme


def test_a_row_is_shown_reshaped_row_by_row(qtbot):
    item = DigitImage()
    row = np.arange(6.0) / 5  # input k = 3·row + column
    item.show_row(row, (2, 3))
    np.testing.assert_array_equal(item.values, [[0.0, 0.2, 0.4], [0.6, 0.8, 1.0]])


def test_row_0_lies_along_the_high_y_edge_of_its_rectangle(qtbot):
    item = DigitImage()
    item.show_values(np.zeros((2, 4)))
    item.place(QRectF(10.0, 20.0, 8.0, 6.0))  # x 10..18, y 20..26
    # image coordinates (column, row) -> view: pixel (0, 0)'s corner at the top left
    assert item.mapToParent(QPointF(0.0, 0.0)) == QPointF(10.0, 26.0)
    assert item.mapToParent(QPointF(4.0, 2.0)) == QPointF(18.0, 20.0)
    item.show_values(np.zeros((3, 3)))  # a new shape fills the same rectangle
    assert item.mapToParent(QPointF(3.0, 3.0)) == QPointF(18.0, 20.0)


def test_colours_come_from_the_map_over_the_levels_and_nan_is_transparent(qtbot):
    item = DigitImage(diverging_map(), (-2.0, 2.0))
    item.show_values(np.array([[-2.0, 0.0, 2.0, np.nan, 5.0]]))
    item.render()
    image = item.qimage
    colours = [image.pixelColor(c, 0) for c in range(5)]
    lut = diverging_map().getLookupTable(0.0, 1.0, 256, alpha=False)
    assert colours[0].getRgb()[:3] == tuple(lut[0])
    assert colours[2].getRgb()[:3] == tuple(lut[-1])
    assert colours[1].getRgb()[:3] == pytest.approx(tuple(lut[128]), abs=3)
    assert colours[3].alpha() == 0 and colours[0].alpha() == 255
    assert colours[4].getRgb()[:3] == tuple(lut[-1])  # clipped to the end


@pytest.mark.parametrize("dark", [False, True])
def test_ink_is_the_plots_foreground_on_its_background(qtbot, dark):
    theme = Theme(dark=dark)
    cmap = ink_map(theme)
    paper, ink = (pg.mkColor(c).getRgb()[:3] for c in (theme.plot_background, theme.plot_foreground))
    lut = cmap.getLookupTable(0.0, 1.0, 2, alpha=False)
    assert tuple(lut[0]) == paper and tuple(lut[1]) == ink
