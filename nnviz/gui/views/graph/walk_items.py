"""The step-through's marks on the graph: what the step works on and the values computed so far.

- a halo under the edges being summed (w^l_jk into z^l_j; in the backward-pass colour the
  w^{l+1}_kj that carry δ^{l+1}_k back to δ^l_j, with arrow heads pointing backwards), a
  stronger one under the current term's or the step's own edge;
- a ring round the active neuron;
- a^l_j above every neuron once computed, δ^l_j below it in the backward-pass colour; not
  during the update (θ' needs only ∂ℓ/∂θ, and labels of close rows and edges would overlap)
  but for the a^l of its last steps about no one parameter;
- on the edges (small networks, as for the value labels) ∂ℓ/∂w^l_jk once computed, during
  the update "old → new" on the step's own edge (the panel's table has them all); the step's
  own "lhs = result" (or "= ?") left of its neuron (right of it where the plot ends), above
  the middle of its edge (that edge's value then stands below its middle), or under the
  output layer for the loss.

The a and δ labels stand one label height above and below the neurons: the graph's fit
leaves :meth:`WalkItems.label_px` for them (texts.py).

The items are made once per layout, on the first walk over it, and only updated afterwards
(DESIGN rule 6); with no walk open they are hidden and cost nothing.
"""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen

from nnviz.core import notation
from nnviz.gui.colors import blend
from nnviz.gui.views.graph.layout import GraphLayout
from nnviz.gui.views.graph.texts import MIN_PT, VALUE_PT, scene_rect, set_text
from nnviz.gui.views.graph.walk_progress import (
    BACKWARD, GRADIENT, LOSS, UPDATE, Edge, WalkProgress, edge_texts,
)

Array = np.ndarray

LABEL_AT = 0.35  # edge labels sit this far along the edge from its source (value labels: 0.7)
LABEL_MARGIN = 1.0  # the labels' document margin (pixels)
ROW_SHARE = 0.45  # the most of a row's height (rows are 1 view unit apart) a label takes


class WalkItems:
    """The step-through's items in ``viewbox`` (see the module docstring)."""

    def __init__(self, viewbox: pg.ViewBox, node_size: float, edge_label_limit: int):
        self.viewbox, self.node_size, self.edge_label_limit = viewbox, node_size, edge_label_limit
        self.summed = pg.PlotCurveItem(connect="pairs")
        self.focus = pg.PlotCurveItem(connect="pairs")
        self.ring = pg.ScatterPlotItem(pxMode=True, symbol="o", brush=None)
        for z, item in ((-0.6, self.summed), (-0.5, self.focus), (4, self.ring)):
            item.setZValue(z)
            item.setVisible(False)
            viewbox.addItem(item)
        self.arrows: list[pg.ArrowItem] = []
        self.forward_labels: list[pg.TextItem] = []  # layout node order
        self.backward_labels: list[pg.TextItem] = []
        self.edge_labels: list[pg.TextItem] = []  # layout edge order, small networks only
        self._layout: GraphLayout | None = None
        self._made_for: GraphLayout | None = None
        self._foreground, self._background = QColor("black"), QColor("white")
        self._backward, self._scale, self._node_px = QColor("purple"), 1.0, 10.0
        self._values = None  # what the neurons' labels last showed (progress, a, δ)
        self.focus_label = self._text((0.5, 1.0), bold=True)

    # -- style and geometry ----------------------------------------------------------------
    def set_style(self, foreground: QColor, background: QColor, backward: QColor,
                  scale: float) -> None:
        """Colours and the presentation scale; the labels are made again on the next walk."""
        self._foreground, self._background, self._backward = foreground, background, backward
        self._scale = scale
        self._unmake()
        self._restyle_label(self.focus_label, foreground, bold=True)

    def place(self, layout: GraphLayout) -> None:
        """A new layout: everything hidden; the labels are made on the first walk over it."""
        self._layout = layout
        self._unmake()
        self.hide()

    def resize(self, node_px: float) -> None:
        """Follow the neurons' size in pixels (zoom, resize); the labels' font with it."""
        self._node_px = node_px
        self.ring.setSize(node_px * 1.5)
        font = self._font(bold=False)
        if any(item.textItem.font() != font for item in self.forward_labels[:1]):
            for item in self.forward_labels + self.backward_labels + self.edge_labels:
                item.setFont(font)
        if self._values is not None:
            self._show_node_values(*self._values)

    def label_px(self) -> float:
        """The height in pixels of the tallest label (the step's own, in bold) at the current
        presentation scale: the room the a, δ and loss labels need above and below."""
        return QFontMetricsF(self._font(bold=True)).height() + 2 * LABEL_MARGIN

    @property
    def shown(self) -> bool:
        return self.ring.isVisible() or self.summed.isVisible() or self.focus_label.isVisible()

    # -- per move ---------------------------------------------------------------------------
    def hide(self) -> None:
        self._values = None
        for item in (self.summed, self.focus, self.ring, self.focus_label, *self.arrows,
                     *self.forward_labels, *self.backward_labels, *self.edge_labels):
            item.setVisible(False)

    def show_walk(self, walk, progress: WalkProgress, live_a: Sequence[Array]) -> None:
        """Draw ``walk`` (a session.walk.WalkState) at ``progress``: a^l and δ^l from its worked
        numbers (the perceptron rule has none: ``live_a``, the display's forward pass)."""
        numbers, layout = walk.numbers, self._layout
        a = live_a if numbers is None else [numbers.x] + [s.a for s in numbers.layers]
        delta = None if numbers is None or numbers.gradients is None \
            else [g.delta for g in numbers.gradients]
        texts = edge_texts(progress, walk.update, layout.edge_theta) \
            if layout is not None and layout.n_edges <= self.edge_label_limit else None
        self.show(progress, a, delta, texts)

    def show(self, progress: WalkProgress, a: Sequence[Array], delta: Sequence[Array] | None,
             edge_texts: Sequence[str] | None) -> None:
        """Draw ``progress``: a^l (l = 0..L) and δ^l (None: no backward pass) where known;
        ``edge_texts`` per drawn edge ("" for none), None for no edge labels."""
        layout = self._layout
        if layout is None:
            return
        if self._made_for is not layout:
            self._make(layout)
        backward = progress.phase in (BACKWARD, GRADIENT)
        colour = self._backward if backward else self._foreground
        self._halo(self.summed, self._segments(progress.summed), colour, 0.35, 10.0)
        self._halo(self.focus, self._segments(() if progress.focus_edge is None
                                              else (progress.focus_edge,)), colour, 0.85, 14.0)
        self._show_arrows(progress.summed if progress.reverse else ())
        self._show_ring(progress.active, colour)
        self._show_focus_label(progress, colour)
        self._show_node_values(progress, a, delta)
        self._show_edge_labels(progress, edge_texts)

    def _show_edge_labels(self, progress: WalkProgress, edge_texts: Sequence[str] | None) -> None:
        """The edges' texts LABEL_AT along them; the focus edge's below its middle (its
        "lhs = result" stands above). A text that would cover a label already shown (the
        step's own, the neurons', the focus edge's, then the later edges' first) is left out."""
        layout = self._layout
        focus = None if progress.focus_edge is None else layout.edge_at(*progress.focus_edge)
        texts = edge_texts or ()
        taken = [scene_rect(self.viewbox, item) for item in
                 (self.focus_label, *self.forward_labels, *self.backward_labels) if item.isVisible()]
        order = sorted(range(len(self.edge_labels)), key=lambda n: (n != focus, -n))
        for n in order:
            label = self.edge_labels[n]
            text = texts[n] if n < len(texts) else ""
            x0, y0, x1, y1 = layout.segments[n]
            along = 0.5 if n == focus else LABEL_AT
            set_text(label, text)
            label.setAnchor((0.5, -0.2) if n == focus else (0.5, 0.5))
            label.setPos(x0 + along * (x1 - x0), y0 + along * (y1 - y0))
            rect = scene_rect(self.viewbox, label) if text else None
            shown = rect is not None and not any(rect.intersects(other) for other in taken)
            if shown:
                taken.append(rect)
            label.setVisible(shown)

    def _show_node_values(self, progress: WalkProgress, a: Sequence[Array],
                          delta: Sequence[Array] | None) -> None:
        """a^l_j above and δ^l_j below the neurons where known, as many as the rows have
        room for (:meth:`_room`) and the step's own label leaves uncovered."""
        self._values = (progress, a, delta)
        layout, room = self._layout, self._room()
        focus = scene_rect(self.viewbox, self.focus_label) if self.focus_label.isVisible() else None
        backward = progress.phase in (BACKWARD, GRADIENT)
        # an update step about one parameter shows that parameter only
        quiet = progress.phase == UPDATE and progress.active is not None
        for node, (forward, back) in enumerate(zip(self.forward_labels, self.backward_labels)):
            l, j = int(layout.node_layer[node]), int(layout.node_index[node])
            mine = room == "both" or (room == "active" and (l, j) == progress.active)
            known = bool(progress.a_known[l][j]) and not quiet and (
                mine or (room == "one" and not backward))
            self._show_clear_of(forward, notation.number(float(a[l][j])) if known else "", focus)
            known = delta is not None and l > 0 and bool(progress.delta_known[l][j]) \
                and progress.phase != UPDATE and (mine or (room == "one" and backward))
            self._show_clear_of(back, f"δ {notation.number(float(delta[l - 1][j]))}" if known
                                else "", focus)

    def _show_clear_of(self, label: pg.TextItem, text: str, taken: QRectF | None) -> None:
        """``label`` says ``text``, shown unless empty or covering ``taken``."""
        set_text(label, text)
        label.setVisible(bool(text) and (taken is None
                                         or not scene_rect(self.viewbox, label).intersects(taken)))

    def _room(self) -> str:
        """How many neuron labels the rows (one view unit apart) have room for: "both" (a
        above and δ below every neuron), "one" (one of them: the phase's), or "active" (the
        step's neuron's only)."""
        row_px = self._node_px / self.node_size
        free = row_px - self._node_px  # between one neuron's bottom and the next one's top
        label = QFontMetricsF(self._font(bold=False)).height() + 2 * LABEL_MARGIN
        if free >= 2 * label + 2:
            return "both"
        return "one" if free >= label + 2 else "active"

    def _show_ring(self, active: tuple[int, int] | None, colour: QColor) -> None:
        node = None if active is None else self._layout.node_at(*active)
        if node is None:
            self.ring.setVisible(False)
            return
        pen = QPen(colour, 3.0 * self._scale)
        pen.setCosmetic(True)
        self.ring.setData(x=[self._layout.node_x[node]], y=[self._layout.node_y[node]],
                          size=self._node_px * 1.5, pen=pen, brush=None)
        self.ring.setVisible(True)

    def _show_arrows(self, edges: Sequence[Edge]) -> None:
        """Arrow heads halfway along ``edges``, pointing from layer l to layer l-1 (δ flows back)."""
        segments = self._segments(edges)
        while len(self.arrows) < len(segments):
            arrow = pg.ArrowItem(pxMode=True, tailLen=None, tipAngle=40)
            arrow.setZValue(4.5)
            self.viewbox.addItem(arrow)
            self.arrows.append(arrow)
        size = 13.0 * self._scale
        for arrow, (x0, y0, x1, y1) in zip(self.arrows, segments):
            # the view keeps its aspect ratio: screen angle from view units, y pointing up
            angle = math.degrees(math.atan2(-(y0 - y1), x0 - x1)) - 180.0
            arrow.setStyle(angle=angle, headLen=size, brush=self._backward,
                           pen=pg.mkPen(self._background, width=1))
            arrow.setPos((x0 + x1) / 2, (y0 + y1) / 2)
            arrow.setVisible(True)
        for arrow in self.arrows[len(segments):]:
            arrow.setVisible(False)

    def _show_focus_label(self, progress: WalkProgress, colour: QColor) -> None:
        label, layout = self.focus_label, self._layout
        at = None
        if progress.focus_edge is not None and progress.phase in (GRADIENT, UPDATE):
            segments = self._segments((progress.focus_edge,))
            if len(segments):
                x0, y0, x1, y1 = segments[0]
                at, anchor = ((x0 + x1) / 2, (y0 + y1) / 2), (0.5, 1.2)
        elif progress.active is not None and layout.node_at(*progress.active) is not None:
            node = layout.node_at(*progress.active)
            at, anchor = (layout.node_x[node], layout.node_y[node]), None  # beside it: below
        elif progress.phase in (LOSS, UPDATE) and progress.label:
            last = layout.node_slices[-1]
            at = (layout.column_x[-1], float(layout.node_y[last].min()) - self.node_size / 2)
            anchor = (0.5, 0.0)
        if at is None or not progress.label:
            label.setVisible(False)
            return
        label.setVisible(True)  # first: a hidden item's transform may be stale
        self._restyle_label(label, colour, bold=True)
        set_text(label, progress.label)
        if anchor is None:
            at, anchor = self._beside(*at, label.textItem.boundingRect().width())
        label.setAnchor(anchor)
        label.setPos(*at)

    def _beside(self, x: float, y: float, width_px: float) -> tuple[tuple[float, float], tuple]:
        """Where a label ``width_px`` wide stands beside the neuron at (x, y): left of it;
        right of it where the left would leave the plot; where neither side has room, as
        close to the left as the plot allows (its left edge at ``left``, view units)."""
        gap = 0.8 * self.node_size
        (low, high), _ = self.viewbox.viewRange()
        width = width_px * self.viewbox.viewPixelSize()[0]
        if x - gap - width >= low:
            return (x - gap, y), (1.0, 0.5)
        left = x + gap if x + gap + width <= high else max(low, high - width)
        return (left, y), (0.0, 0.5)

    # -- inside -----------------------------------------------------------------------------
    def _segments(self, edges: Sequence[Edge]) -> Array:
        """The drawn segments (x0, y0, x1, y1) of ``edges``; undrawn edges are left out."""
        layout = self._layout
        numbers = [layout.edge_at(*edge) for edge in edges]
        return layout.segments[[n for n in numbers if n is not None]].reshape(-1, 4)

    def _halo(self, item: pg.PlotCurveItem, segments: Array, colour: QColor, alpha: float,
              width: float) -> None:
        if not len(segments):
            item.setVisible(False)
            return
        pen = QPen(blend(colour, self._background, alpha), width * self._scale)
        pen.setCosmetic(True)
        item.setData(segments[:, [0, 2]].ravel(), segments[:, [1, 3]].ravel(), pen=pen)
        item.setVisible(True)

    def _make(self, layout: GraphLayout) -> None:
        """One a-label and one δ-label per drawn neuron, one label per edge of a small network."""
        self._unmake()
        r = self.node_size / 2
        for x, y in zip(layout.node_x, layout.node_y):
            self.forward_labels.append(self._text((0.5, 1.0), at=(x, y + r)))
            self.backward_labels.append(self._text((0.5, 0.0), at=(x, y - r), colour=self._backward))
        if layout.n_edges <= self.edge_label_limit:
            self.edge_labels = [self._text((0.5, 0.5)) for _ in range(layout.n_edges)]
        self._made_for = layout

    def _unmake(self) -> None:
        for item in self.forward_labels + self.backward_labels + self.edge_labels:
            self.viewbox.removeItem(item)
        self.forward_labels, self.backward_labels, self.edge_labels = [], [], []
        self._made_for = None

    def _text(self, anchor: tuple[float, float], at: tuple[float, float] = (0.0, 0.0),
              colour: QColor | None = None, bold: bool = False) -> pg.TextItem:
        fill = QColor(self._background)
        fill.setAlpha(210)
        item = pg.TextItem("", anchor=anchor, fill=fill)
        item.textItem.document().setDocumentMargin(LABEL_MARGIN)
        self._restyle_label(item, colour or self._foreground, bold)
        item.setPos(*at)
        item.setZValue(11)
        item.setVisible(False)
        self.viewbox.addItem(item)
        return item

    def _font(self, bold: bool) -> QFont:
        """VALUE_PT at the presentation scale (15 % larger in bold), but a label at most
        ROW_SHARE of a row high: in a small plot the labels shrink with the graph rather
        than cover it (not below MIN_PT)."""
        font = QFont()
        wanted = VALUE_PT * self._scale
        height = QFontMetricsF(self._sized(font, wanted)).height()
        row_px = self._node_px / self.node_size
        wanted = max(MIN_PT, min(wanted, wanted * ROW_SHARE * row_px / height))
        font.setBold(bold)
        return self._sized(font, round(wanted * (1.15 if bold else 1.0), 1))

    @staticmethod
    def _sized(font: QFont, points: float) -> QFont:
        font.setPointSizeF(points)
        return font

    def _restyle_label(self, item: pg.TextItem, colour: QColor, bold: bool) -> None:
        item.setFont(self._font(bold))
        item.setColor(colour)
        item.fill = pg.mkBrush(self._background.red(), self._background.green(),
                               self._background.blue(), 210)
