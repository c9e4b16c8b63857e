"""The graph's neurons: circles filled with a^l_j, ringed with b^l_j.

One scatter item holds the activation fills, one the bias rings, so each has few distinct
symbols (N_FILLS fills, 2·N_LEVELS-1 rings). Pixel mode draws cached symbol pixmaps, several
times faster than shapes in view units; the pixel size follows the zoom so a neuron stays
``node_size`` view units wide. A fill is (a^l_j - low) / (high - low) of the layer's range,
quantised to N_FILLS colours of the sequential map; a ring is the signed level of b^l_j / s_l
(s_l: the colour scale of the layer's weights).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

from nnviz.gui.colors import blend, sequential_map
from nnviz.gui.kit.edge_batch import EdgeStyle, level_pens, signed_levels
from nnviz.gui.views.graph.activity import Activity
from nnviz.gui.views.graph.layout import GraphLayout

Array = np.ndarray

N_FILLS = 32              # quantised activation colours


class NeuronItems:
    """``nodes`` (fills and outlines) and ``rings`` (biases), two long-lived scatter items."""

    def __init__(self, node_size: float, n_levels: int):
        self.node_size, self.n_levels = node_size, n_levels
        self.node_px = 10.0
        self.nodes = pg.ScatterPlotItem(pxMode=True, symbol="o", size=self.node_px)
        self.rings = pg.ScatterPlotItem(pxMode=True, symbol="o", size=self.node_px, brush=None)
        self._fills = [QBrush(c) for c in sequential_map().map(
            np.linspace(0.0, 1.0, N_FILLS), mode="qcolor")]
        self._foreground, self._background, self._scale = QColor("black"), QColor("white"), 1.0
        self._ring_pens: list[QPen] = []
        self._no_ring = QPen(Qt.PenStyle.NoPen)
        self._ring_levels = self._biased = np.zeros(0)  # per drawn neuron, per frame
        self._brushes: list[QBrush] = []

    def set_style(self, foreground: QColor, background: QColor, scale: float) -> None:
        self._foreground, self._background, self._scale = foreground, background, scale

    def place(self, layout: GraphLayout) -> None:
        """Unfilled, unringed neurons at the layout's positions."""
        self._ring_levels = self._biased = np.zeros(0)
        self._brushes = []
        self.nodes.setData(x=layout.node_x, y=layout.node_y, size=self.node_px,
                           brush=QBrush(self._background))
        self.rings.setData(x=layout.node_x, y=layout.node_y, size=self.node_px, brush=None)
        self.restyle()

    def resize(self, view_units_per_pixel: float) -> None:
        """Keep the neurons ``node_size`` view units wide (on zoom and resize)."""
        if view_units_per_pixel > 0 and math.isfinite(view_units_per_pixel):
            size = self.node_size / view_units_per_pixel
            if abs(size - self.node_px) > 0.25:
                self.node_px = size
                for item in (self.nodes, self.rings):
                    item.fragmentAtlas.clear()  # drop the symbols cached at the old size
                    item.setSize(size)
                self.restyle()

    def restyle(self) -> None:
        """Outline and bias-ring pens: scaled for the lecture hall, but at most a fraction of
        the neuron's diameter, so small neurons stay filled rather than all ring."""
        def width(px: float) -> float:
            return min(px * self._scale, 0.1 * self.node_px)

        self._ring_pens = level_pens(
            self.n_levels, EdgeStyle(min_width=width(1.5), max_width=max(width(5.0), 2 * width(1.5)),
                                     min_alpha=1.0), self._background)
        outline = QPen(blend(self._foreground, self._background, 0.45), width(1.2))
        outline.setCosmetic(True)
        self.nodes.setPen(outline)
        if self._ring_levels.size and self._ring_levels.size == len(self.nodes.data):
            self._paint()

    def show(self, layout: GraphLayout, act: Activity | None, values: Array, scales: Array,
             blank: Array | None = None) -> None:
        """Fill with ``act`` (the background when None, or where ``blank``, one bool per
        drawn neuron, is True: a^l_j not computed yet); ring with the biases in ``values``
        (θ or ∂C/∂θ) on the scale of their layer's weights (``scales[l-1]``)."""
        if act is None:
            self._brushes = [QBrush(self._background)] * layout.node_x.size
        else:
            fill = np.empty(layout.node_x.size)
            for l, sl in enumerate(layout.node_slices):
                lo, hi = act.ranges[l]
                fill[sl] = (act.a[l][layout.node_index[sl]] - lo) / (hi - lo)
            fill = np.nan_to_num(fill, nan=0.0, posinf=1.0, neginf=0.0)
            idx = np.rint(np.clip(fill, 0.0, 1.0) * (N_FILLS - 1)).astype(int)
            self._brushes = [self._fills[i] for i in idx]
            if blank is not None:
                empty = QBrush(self._background)
                self._brushes = [empty if b else brush for b, brush in zip(blank, self._brushes)]
        self._biased = layout.node_bias_theta >= 0
        ring = signed_levels(values[np.maximum(layout.node_bias_theta, 0)],
                             scales[np.maximum(layout.node_layer - 1, 0)], self.n_levels)
        self._ring_levels = np.where(self._biased, ring, 0)
        self._paint()

    def fills(self) -> list[QColor]:
        """The fill colour of every drawn neuron (layout node order)."""
        return [QBrush(b).color() for b in self.nodes.data["brush"]]

    def _paint(self) -> None:
        pens = [self._ring_pens[v + self.n_levels - 1] if b else self._no_ring
                for v, b in zip(self._ring_levels, self._biased)]
        self.nodes.setBrush(self._brushes)
        self.rings.setPen(pens)
