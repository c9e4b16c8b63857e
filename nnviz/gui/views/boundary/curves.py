"""The boundary view's curves over the one-input line: a^L_k(x) for every output neuron k
(or one hidden neuron's a^l_j(x)), in the class colours when there are several classes,
else in the text colour."""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pyqtgraph as pg

from nnviz.gui.colors import class_colour
from nnviz.gui.theme import Theme

Array = np.ndarray


class OutputCurves:
    """``items``: one PlotCurveItem per output neuron on ``plot`` (made by :meth:`make`)."""

    def __init__(self, plot: pg.PlotItem, z: float):
        self.plot, self.z = plot, z
        self.items: list[pg.PlotCurveItem] = []
        self._theme: Theme | None = None
        self._classes = False

    def make(self, n_outputs: int, classification: bool) -> None:
        """``n_outputs`` empty curves instead of the old ones."""
        for item in self.items:
            self.plot.removeItem(item)
        self.items = []
        for _ in range(n_outputs):
            item = pg.PlotCurveItem()
            item.setZValue(self.z)
            self.plot.addItem(item)
            self.items.append(item)
        self._classes = classification
        self.style(self._theme)

    def style(self, theme: Theme | None, classification: bool | None = None) -> None:
        """Pens of the theme's width: the class colours for several classes, else the text
        colour (``classification`` None: as last made)."""
        self._theme = theme
        if classification is not None:
            self._classes = classification
        if theme is None:
            return
        several = self._classes and len(self.items) > 1
        for k, item in enumerate(self.items):
            colour = class_colour(k) if several else theme.plot_foreground
            item.setPen(pg.mkPen(colour, width=theme.width(3.5)))

    def show(self, x: Array, ys: Sequence[Array]) -> None:
        """Curve k through (x, ys[k]); curves without a ys[k] are emptied."""
        for k, item in enumerate(self.items):
            if k < len(ys):
                item.setData(x, ys[k])
            else:
                item.setData([], [])

    def clear(self) -> None:
        for item in self.items:
            item.setData([], [])
