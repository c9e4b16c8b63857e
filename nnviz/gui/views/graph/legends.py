"""The graph's two colour legends (edges: w or ∂C/∂w; neurons: a per layer) and where they go.

They stand in one box beside the graph, never on it: in a row under it, one above the other
under it, or one above the other right of it, whichever leaves the graph the most pixels
per view unit. A wide plot of a short network has spare width (the legends go right), a
narrow one spare height (they go under).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont

from nnviz.core.i18n import translate
from nnviz.gui.colors import diverging_map, sequential_map
from nnviz.gui.kit.colour_legend import ColourLegend
from nnviz.gui.views.graph.layout import GraphLayout

LEGEND_PT = 11.0          # the legends' font size (points) at presentation scale 1
GAP_PX = 6.0              # between the legends and the graph, at presentation scale 1
ARRANGEMENTS = ("row", "stack", "side")
WIDEST = ("∂C/∂w", "−0.008")  # the edge legend's caption and scale, rarely wider than these


class GraphLegends:
    """``weight`` and ``activation`` legends in ``box``, a cell of the plot's ``grid`` (the
    graph's view box sits in row 0, column 0)."""

    def __init__(self, grid: pg.GraphicsLayout):
        self.grid = grid
        self.weight = ColourLegend(diverging_map(), widest=WIDEST)
        self.activation = ColourLegend(sequential_map(), "a", (
            translate("GraphView", "low"), "", translate("GraphView", "high")))
        self.weight.setToolTip(translate("GraphView", "edge colour: the sign and size of what the edges show (w or ∂C/∂w), up to the scale written at the ends"))
        self.activation.setToolTip(translate("GraphView", "neuron fill: the activation a, from the lowest to the highest of its layer"))
        self.box = pg.GraphicsLayout()
        self.arrangement: str | None = None
        self._placed_for: tuple | None = None  # (plot width, height, graph extent)
        self._scale = 1.0

    def set_style(self, foreground: QColor, background: QColor, scale: float) -> None:
        font = QFont()
        font.setPointSizeF(LEGEND_PT * scale)
        for legend in (self.weight, self.activation):
            legend.set_style(font, foreground, background)
        self._scale = scale
        self._placed_for = None  # sizes changed: choose again

    def place(self, width: float, height: float, layout: GraphLayout | None) -> None:
        """The best arrangement for this plot and graph (:meth:`best_arrangement`; the graph
        with its names and headers about a unit wider and taller than its neurons), chosen
        again only when they change or the legends' row no longer fits: new tick texts every
        frame do not make the legends jump."""
        graph_extent = (1.0, 1.0) if layout is None else \
            (layout.column_x[-1] - layout.column_x[0] + 2.0, layout.height + 1.0)
        key = (width, height, graph_extent)
        legends = (self.weight, self.activation)
        row_fits = sum(legend.minimum_width() for legend in legends) \
            + GAP_PX * self._scale <= width
        if key != self._placed_for or (self.arrangement == "row" and not row_fits):
            self._placed_for = key
            self.arrange(self.best_arrangement(width, height, graph_extent))
        else:
            self.arrange(self.arrangement)

    def best_arrangement(self, width: float, height: float,
                         graph_extent: tuple[float, float]) -> str:
        """"row", "stack" or "side" for a plot ``width`` x ``height`` pixels and a graph
        ``graph_extent`` = (w, h) view units: the one with the most pixels per unit,
        min(free width / w, free height / h); on a tie the first."""
        legends = (self.weight, self.activation)
        line = max(legend.size().height() for legend in legends) or self.weight.minimumHeight()
        least = [legend.minimum_width() for legend in legends]
        gap = GAP_PX * self._scale
        free = {"stack": (width, height - 2 * line - gap),
                "side": (width - max(least) - gap, height)}
        if sum(least) + gap <= width:
            free["row"] = (width, height - line - gap)
        gw, gh = graph_extent
        return max((a for a in ARRANGEMENTS if a in free),
                   key=lambda a: min(free[a][0] / gw, free[a][1] / gh))

    def arrange(self, arrangement: str) -> None:
        """Put the legends in ``arrangement`` (nothing moves if they are there already); in
        a row each gets its share of the width in proportion to what its texts need (a
        preferred width: a minimum would keep the plot from getting narrower)."""
        for legend in (self.weight, self.activation):
            wanted = legend.minimum_width() if arrangement == "row" else 0.0
            if abs(legend.preferredWidth() - wanted) > 0.5:
                legend.setPreferredWidth(wanted)
        if arrangement == self.arrangement:
            return
        self.arrangement = arrangement
        grid, box = self.grid, self.box
        for legend in (self.weight, self.activation):  # while the box is in the scene
            if legend in box.items:
                box.removeItem(legend)
        if box in grid.items:
            grid.removeItem(box)
        box.addItem(self.weight, row=0, col=0)
        box.addItem(self.activation, row=0 if arrangement == "row" else 1,
                    col=1 if arrangement == "row" else 0)
        # widths only as preferred and maximum: a minimum would keep the plot from narrowing
        box.setMinimumWidth(0)
        if arrangement == "side":
            width = max(legend.minimum_width() for legend in (self.weight, self.activation))
            box.setPreferredWidth(width)
            box.setMaximumWidth(width)
            grid.addItem(box, row=0, col=1)
        else:
            box.setPreferredWidth(0)
            box.setMaximumWidth(1e6)
            grid.addItem(box, row=1, col=0)
