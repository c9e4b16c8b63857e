"""DataPoints: a data set's training and test rows on a plot, coloured by class or by target."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from nnviz.core.data import CLASSIFICATION, Dataset
from nnviz.gui.colors import class_colour, sequential_map
from nnviz.gui.theme import Theme

Array = np.ndarray

POINT_SIZE = 13  # marker diameter in pixels at presentation scale 1
TEST_EDGE = (25, 25, 25)
UNCOLOURED = (150, 150, 150)


def target_range(dataset: Dataset) -> tuple[float, float]:
    """[min y, max y] of the first target over training and test rows; one value v gives
    [v - 1, v + 1], no rows [0, 1]."""
    y = np.concatenate([dataset.y_train[:, 0], dataset.y_test[:, 0]])
    if y.size == 0:
        return 0.0, 1.0
    lo, hi = float(y.min()), float(y.max())
    return (lo, hi) if hi > lo else (lo - 1.0, hi + 1.0)


def point_brushes(dataset: Dataset) -> tuple[list, list]:
    """One brush per training and per test row: the class colour, or for a regression the
    sequential map at (y - lo) / (hi - lo) over the :func:`target_range`."""
    if dataset.kind == CLASSIFICATION:
        return tuple([pg.mkBrush(*class_colour(int(c))) for c in y]
                     for y in (dataset.y_train, dataset.y_test))
    lo, hi = target_range(dataset)
    brushes = []
    for y in (dataset.y_train, dataset.y_test):
        unit = np.clip((np.asarray(y, dtype=float)[:, 0] - lo) / (hi - lo), 0.0, 1.0)
        brushes.append([pg.mkBrush(*c[:3]) for c in sequential_map().map(unit, mode="byte")])
    return tuple(brushes)


class DataPoints:
    """Two scatter items on ``plot``: training rows as filled circles with a white rim, test
    rows as squares with a dark rim (the shapes are the only difference), at z ``z`` and
    ``z + 1``. Marker sizes and rims follow the presentation scale."""

    def __init__(self, plot: pg.PlotItem, z: float = 10):
        self.train = pg.ScatterPlotItem(symbol="o", brush=pg.mkBrush(*UNCOLOURED))
        self.test = pg.ScatterPlotItem(symbol="s", brush=pg.mkBrush(*UNCOLOURED))
        self._brushes: tuple[list, list] = ([], [])
        for k, item in enumerate((self.train, self.test)):
            item.setZValue(z + k)
            plot.addItem(item)

    def apply_theme(self, theme: Theme) -> None:
        size = POINT_SIZE * theme.scale
        self.train.setSize(size)
        self.train.setPen(pg.mkPen("w", width=theme.width(1.5)))
        self.test.setSize(size)
        self.test.setPen(pg.mkPen(TEST_EDGE, width=theme.width(2.0)))

    def set_dataset(self, dataset: Dataset) -> None:
        """Colour the rows of ``dataset`` (:func:`point_brushes`); :meth:`place` puts them."""
        self._brushes = point_brushes(dataset)

    def place(self, train: Array, test: Array) -> None:
        """The rows at (n, 2) positions ``train`` and ``test``, in the data set's row order."""
        self.train.setData(train[:, 0], train[:, 1], brush=self._brushes[0])
        self.test.setData(test[:, 0], test[:, 1], brush=self._brushes[1])

    def clear(self) -> None:
        self.train.setData([], [])
        self.test.setData([], [])
