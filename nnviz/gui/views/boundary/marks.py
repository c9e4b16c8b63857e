"""The boundary view's training samples as a person picks them: the selected sample ringed,
the step-through's sample (the network's walk or the perceptron rule's) in a wider ring of
the theme's highlight, the last training step's mini-batch in thin highlight rings; a click
on a training point selects it (``Select(sample=i)``), a double click steps through it
(``OpenWalk(i)``)."""

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
    """Two rings on ``plot`` over the training ``points``, above them (z ``z``): ``selected``
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
        """Ring training row ``selected`` and row ``walked`` (None: no ring)."""
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
        x, y = self.points.train.getData()
        positions = np.column_stack([x, y]) if self.enabled and x is not None else np.zeros((0, 2))
        rows = [r for r in self.batch_rows if 0 <= r < len(positions)]
        self.batch.setData(positions[rows, 0], positions[rows, 1])
        for item, row in ((self.selected, self.selected_sample), (self.walked, self.walked_sample)):
            if row is None or not 0 <= row < len(positions):
                item.setData([], [])
            else:
                item.setData([positions[row, 0]], [positions[row, 1]])

    def clicked(self, event) -> None:
        """A training point clicked: select it; double-clicked: step through it."""
        if not self.enabled:
            return
        row = picked_point(self.plot, self.points.train, event,
                           0.8 * self.points.train.opts["size"])
        if row is not None:
            self.issue(OpenWalk(row) if event.double() else Select(sample=row))
