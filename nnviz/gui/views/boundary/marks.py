"""Marks on the boundary view's training points: the selected sample ringed, the step-through's
sample (the network's walk or the perceptron rule's) in a wider ring of the theme's highlight."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from nnviz.gui.kit.data_points import POINT_SIZE
from nnviz.gui.theme import Theme

Array = np.ndarray


class SampleMarks:
    """Two rings on ``plot``, above the points (z ``z``): ``selected`` and ``walked``."""

    def __init__(self, plot: pg.PlotItem, z: float):
        self.selected = pg.ScatterPlotItem(symbol="o", brush=None)
        self.walked = pg.ScatterPlotItem(symbol="o", brush=None)
        for k, item in enumerate((self.selected, self.walked)):
            item.setZValue(z + k)
            plot.addItem(item)

    def apply_theme(self, theme: Theme) -> None:
        self.selected.setSize(1.8 * POINT_SIZE * theme.scale)
        self.selected.setPen(pg.mkPen(theme.plot_foreground, width=theme.width(2.5)))
        self.walked.setSize(2.5 * POINT_SIZE * theme.scale)
        self.walked.setPen(pg.mkPen(theme.highlight, width=theme.width(4.0)))

    def show(self, positions: Array, selected: int | None, walked: int | None) -> None:
        """Ring row ``selected`` and row ``walked`` of the (n, 2) training ``positions``
        (None, or a row that is not there: no ring)."""
        for item, row in ((self.selected, selected), (self.walked, walked)):
            if row is None or not 0 <= row < len(positions):
                item.setData([], [])
            else:
                item.setData([positions[row, 0]], [positions[row, 1]])
