"""The boundary view's samples as a person picks them: the selected sample ringed, the
step-through's sample (the network's walk or the perceptron rule's) in a wider ring of the
theme's highlight, the last training step's mini-batch in thin highlight rings; a click on a
point selects it (``Select(sample=i)``, i in the data set's numbering: training rows, then
test rows), a double click steps through it (``OpenWalk(i)``)."""

from __future__ import annotations

from typing import Callable

import numpy as np
import pyqtgraph as pg

from nnviz.gui.kit.data_points import POINT_SIZE, DataPoints
from nnviz.gui.kit.point_pick import picked_point
from nnviz.gui.theme import Theme
from nnviz.session.commands import OpenWalk, Select

Array = np.ndarray


class SampleMarks:
    """Two rings on ``plot`` over the ``points`` (training, then test), above them (z ``z``): ``selected``
    and ``walked``; clicks on the points leave as commands through ``issue``."""

    def __init__(self, plot: pg.PlotItem, points: DataPoints, z: float,
                 issue: Callable[[object], None]):
        self.plot, self.points, self.issue = plot, points, issue
        self.selected = pg.ScatterPlotItem(symbol="o", brush=None)
        self.walked = pg.ScatterPlotItem(symbol="o", brush=None)
        self.batch = pg.ScatterPlotItem(symbol="o", brush=None)
        for k, item in enumerate((self.batch, self.selected, self.walked)):
            item.setZValue(z + k)
            plot.addItem(item)
        self.selected_sample: int | None = None  # the session's
        self.walked_sample: int | None = None  # the open step-through's
        self.batch_rows: tuple[int, ...] = ()  # the last training step's mini-batch
        self.enabled = False  # the points are on screen

    def apply_theme(self, theme: Theme) -> None:
        self.selected.setSize(1.8 * POINT_SIZE * theme.scale)
        self.selected.setPen(pg.mkPen(theme.plot_foreground, width=theme.width(2.5)))
        self.walked.setSize(2.5 * POINT_SIZE * theme.scale)
        self.walked.setPen(pg.mkPen(theme.highlight, width=theme.width(4.0)))
        self.batch.setSize(1.7 * POINT_SIZE * theme.scale)
        self.batch.setPen(pg.mkPen(theme.highlight, width=theme.width(2.5)))

    def follow(self, selected: int | None, walked: int | None) -> None:
        """Ring sample ``selected`` and sample ``walked`` (None: no ring)."""
        if (selected, walked) != (self.selected_sample, self.walked_sample):
            self.selected_sample, self.walked_sample = selected, walked
            self.show()

    def follow_batch(self, rows) -> None:
        """Ring the training ``rows`` of the last step's mini-batch (None: the full batch)."""
        rows = () if rows is None else tuple(int(r) for r in rows)
        if rows != self.batch_rows:
            self.batch_rows = rows
            self.show()

    def show(self) -> None:
        """The rings where the training points are now (none while the points are off)."""
        train, test = self._positions(self.points.train), self._positions(self.points.test)
        rows = [r for r in self.batch_rows if 0 <= r < len(train)]
        self.batch.setData(train[rows, 0], train[rows, 1])
        samples = np.concatenate([train, test])
        for item, row in ((self.selected, self.selected_sample), (self.walked, self.walked_sample)):
            if row is None or not 0 <= row < len(samples):
                item.setData([], [])
            else:
                item.setData([samples[row, 0]], [samples[row, 1]])

    def _positions(self, scatter: pg.ScatterPlotItem) -> Array:
        x, y = scatter.getData()
        return np.column_stack([x, y]) if self.enabled and x is not None else np.zeros((0, 2))

    def clicked(self, event) -> None:
        """A point clicked: select it; double-clicked: step through it (a training point
        when a training and a test point are both under the pointer)."""
        if not self.enabled:
            return
        radius = 0.8 * self.points.train.opts["size"]
        row = picked_point(self.plot, self.points.train, event, radius)
        if row is None:
            row = picked_point(self.plot, self.points.test, event, radius)
            row = None if row is None else len(self._positions(self.points.train)) + row
        if row is not None:
            self.issue(OpenWalk(row) if event.double() else Select(sample=row))
