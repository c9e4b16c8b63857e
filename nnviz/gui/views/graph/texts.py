"""The graph's texts in its view box, and the zoom that makes them fit.

Column headers stand above the columns; "⋮ n more" markers fill the gap of a compacted
layer; the inputs' and outputs' names sit beside their neurons; value labels (small
networks only) write the quantity the edges show (w^l_jk or ∂C/∂w^l_jk) on the edges and
b^l_j (or ∂C/∂b^l_j) under the neurons. An edge's label stands as near 70 % of the way to
its target as it can without covering a neuron or another text, and is hidden where no spot
along the edge is clear. Texts are drawn in pixels, so the fit works in pixels too (see
:meth:`GraphTexts.fit`).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from nnviz.core import notation
from nnviz.core.i18n import translate
from nnviz.core.notation import UNICODE
from nnviz.gui.views.graph.layout import GraphLayout

LABEL_PT, VALUE_PT = 13.0, 11.0  # font sizes (points) at presentation scale 1
MIN_PT = 6.0              # names shrink to fit their rows down to this size, then hide
FIT_PAD = 6.0             # pixels around the fitted graph
FIT_ROUNDS = 4            # fit, fonts, fit again ... and a last fit with the fonts kept
LABEL_SPOTS = (0.7, 0.6, 0.8, 0.5, 0.4, 0.3)  # where along its edge a value label may stand
VALUE_SHARE = 0.4         # the most of a row's height a value label takes
HEADER_SHARE = 0.2        # the most of the plot's height the column headers take
NAME_SHARE = 0.25         # the most of the plot's width one side's names take: longer ones wrap


class GraphTexts:
    """Every text item of the graph: ``headers`` (one per column), ``markers``, ``names``
    [("input" | "output", item)], ``edge_labels`` (layout edge order) and ``bias_labels``
    [(θ index, item)]. Colours and sizes follow :meth:`set_style`."""

    def __init__(self, viewbox: pg.ViewBox, node_size: float):
        self.viewbox = viewbox
        self.node_size = node_size
        self.foreground, self.background, self.scale = QColor("black"), QColor("white"), 1.0
        self.items: list[pg.TextItem] = []
        self.headers: list[pg.TextItem] = []
        self.markers: list[pg.TextItem] = []
        self.names: list[tuple[str, pg.TextItem]] = []
        self.edge_labels: list[pg.TextItem] = []
        self.bias_labels: list[tuple[int, pg.TextItem]] = []

    def set_style(self, foreground: QColor, background: QColor, scale: float) -> None:
        """Colours and presentation scale for the texts made from now on."""
        self.foreground, self.background, self.scale = foreground, background, scale

    def texts(self) -> set[str]:
        """The plain text of every item."""
        return {item.toPlainText() for item in self.items}

    # -- making them (architecture, data or option changes) -----------------------------------
    def rebuild(self, layout: GraphLayout) -> None:
        """Headers and markers for ``layout``; the names and value labels go until made again."""
        self._remove(self.items)
        self.names, self.edge_labels, self.bias_labels = [], [], []
        top = layout.height / 2.0
        self.headers = [self._text("", (x, top), (0.5, 1.0), bold=True) for x in layout.column_x]
        marker_fill = QColor(self.background)
        marker_fill.setAlpha(220)
        self.markers = [self._text(translate("GraphView", "⋮ {n} more").format(n=hidden), (x, y), (0.5, 0.5), fill=marker_fill)
                        for x, hidden, y in zip(layout.column_x, layout.hidden, layout.marker_y)
                        if hidden]

    def make_names(self, layout: GraphLayout, inputs: Sequence[str], outputs: Sequence[str]) -> None:
        """Names beside the drawn inputs and outputs (``inputs[k]``, ``outputs[j]``)."""
        self._remove([item for _, item in self.names])
        self.names = []
        gap = self.node_size / 2 + 0.12
        last = len(layout.node_slices) - 1
        for side, layer, names, dx, anchor in (("input", 0, inputs, -gap, (1.0, 0.5)),
                                               ("output", last, outputs, gap, (0.0, 0.5))):
            sl = layout.node_slices[layer]
            for node in range(sl.start, sl.stop):
                item = self._text(names[layout.node_index[node]],
                                  (layout.node_x[node] + dx, layout.node_y[node]), anchor)
                document = item.textItem.document()
                option = document.defaultTextOption()  # a wrapped name hugs its neuron
                option.setAlignment(Qt.AlignmentFlag.AlignRight if side == "input"
                                    else Qt.AlignmentFlag.AlignLeft)
                document.setDefaultTextOption(option)
                self.names.append((side, item))

    def make_value_labels(self, layout: GraphLayout, on: bool) -> None:
        """Empty value labels on every edge and under every neuron with a bias (or none)."""
        self._remove(self.edge_labels + [item for _, item in self.bias_labels])
        self.edge_labels, self.bias_labels = [], []
        if not on:
            return
        fill = QColor(self.background)
        fill.setAlpha(200)
        for x0, y0, x1, y1 in layout.segments:
            self.edge_labels.append(self._text(
                "", (x0 + 0.7 * (x1 - x0), y0 + 0.7 * (y1 - y0)), (0.5, 0.5), size=VALUE_PT, fill=fill))
        for node, theta in enumerate(layout.node_bias_theta):
            if theta >= 0:
                item = self._text("", (layout.node_x[node], layout.node_y[node] - self.node_size / 2),
                                  (0.5, 0.0), size=VALUE_PT, fill=fill)
                self.bias_labels.append((int(theta), item))

    # -- per frame ------------------------------------------------------------------------------
    def show_values(self, values: np.ndarray, edge_theta: np.ndarray, gradients: bool) -> None:
        """The edges' quantity from ``values`` (θ, or ∂C/∂θ when ``gradients``) on the edges,
        "b=" (or "∂C/∂b=") under the neurons, as the notation writes them."""
        for item, theta in zip(self.edge_labels, edge_theta):
            set_text(item, notation.number(float(values[theta])))
        symbol = UNICODE.d("b", cost="C") if gradients else "b"
        for theta, item in self.bias_labels:
            set_text(item, f"{symbol}={notation.number(float(values[theta]))}")

    def place_value_labels(self, layout: GraphLayout) -> None:
        """Bias labels where they cover no other neuron; each edge's label at the first of
        LABEL_SPOTS along its edge where it covers no neuron, name, header or label placed
        before it; hidden where there is none."""
        if not self.edge_labels and not self.bias_labels:
            return
        units_per_px = self.viewbox.viewPixelSize()[0]
        if not units_per_px > 0:
            return
        r = self.node_size / 2 / units_per_px - 0.5  # a neuron's radius, pixels
        centres = [self.viewbox.mapViewToScene(QPointF(x, y))
                   for x, y in zip(layout.node_x, layout.node_y)]
        neurons = [QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r) for c in centres]
        taken = neurons + [scene_rect(self.viewbox, item) for item in
                           self.headers + [i for _, i in self.names] if item.isVisible()]
        for theta, item in self.bias_labels:
            rect = scene_rect(self.viewbox, item)
            item.setVisible(not any(rect.intersects(other) for other in neurons))
            if item.isVisible():
                taken.append(rect)
        for item, (x0, y0, x1, y1) in zip(self.edge_labels, layout.segments):
            for t in LABEL_SPOTS:
                item.setPos(x0 + t * (x1 - x0), y0 + t * (y1 - y0))
                rect = scene_rect(self.viewbox, item)
                if not any(rect.intersects(other) for other in taken):
                    taken.append(rect)
                    item.setVisible(True)
                    break
            else:
                item.setVisible(False)

    def show_headers(self, texts: Sequence[str]) -> None:
        for header, text in zip(self.headers, texts):
            set_text(header, text)

    # -- fitting ---------------------------------------------------------------------------------
    def fit(self, layout: GraphLayout, value_px: float = 0.0) -> None:
        """Zoom so that every neuron, name and header fits (aspect ratio kept), with room for
        a value label ``value_px`` pixels high above the top neurons and below the lowest
        (the step-through's a and δ; dropped where the plot is too low for it); the headers
        stand that much higher.

        Names are drawn in pixels, so the margins they need are pixels too: with s view units
        per pixel, s = max(W / (width_px - left - right), H / (height_px - top - bottom)).
        Fonts shrink (down to MIN_PT) where names or headers would overlap.
        """
        viewbox, r, pad = self.viewbox, self.node_size / 2, FIT_PAD
        x0, x1 = layout.node_x.min() - r, layout.node_x.max() + r
        if layout.block is not None:  # an input picture left of the neurons
            x0 = min(x0, layout.block[0])
        y0, y1 = layout.node_y.min(), layout.height / 2  # the headers stand on height / 2

        def size(item: pg.TextItem) -> QRectF:
            return item.textItem.boundingRect() if item.isVisible() else QRectF()

        for attempt in range(FIT_ROUNDS):  # again while the fonts have to change
            left = max(size(self.headers[0]).width() / 2,
                       max((size(i).width() + 8 for side, i in self.names if side == "input"),
                           default=0.0))
            right = max(size(self.headers[-1]).width() / 2,
                        max((size(i).width() + 8 for side, i in self.names if side == "output"),
                            default=0.0))
            bottom = max((size(i).height() / 2 for _, i in self.names), default=0.0)
            free_w = viewbox.width() - left - right - 2 * pad
            free_h = viewbox.height() - max(size(h).height() for h in self.headers) - 2 * pad
            if free_h - 2 * value_px < 20:
                value_px = 0.0  # no room for the labels' margins: the graph comes first
            top, free_h = max(size(h).height() for h in self.headers) + value_px, free_h - value_px
            if free_w < 20 or free_h - bottom < 20 or free_h - value_px < 20:
                # too small (or not laid out yet) for any text: the graph alone, texts hidden
                for item in self.headers + [i for _, i in self.names] + self.markers:
                    item.setVisible(False)
                viewbox.setRange(xRange=(x0, x1), yRange=(y0 - r, y1 - 0.5 + r), padding=0.05)
                return
            # below the lowest centre: r view units (and a value label) or half a name in pixels
            s = float(max((x1 - x0) / free_w, (y1 - y0 + r) / (free_h - value_px),
                          (y1 - y0) / (free_h - bottom)))
            column_px = float(np.diff(layout.column_x).min()) / s
            # the last round measures the fonts the round before chose, and keeps them
            if attempt == FIT_ROUNDS - 1 or not self._fit_fonts(layout, column_px, 1.0 / s):
                break
        self._fit_value_fonts(1.0 / s)
        for header, x in zip(self.headers, layout.column_x):
            header.setPos(x, y1 + value_px * s)
        viewbox.setRange(
            xRange=(x0 - (left + pad) * s, x1 + (right + pad) * s),
            yRange=(y0 - max(r + value_px * s, bottom * s) - pad * s, y1 + (top + pad) * s),
            padding=0.0)

    def value_label_px(self) -> float:
        """The height (pixels) of a bias label, 0 with none: the room under the lowest row."""
        return max((item.textItem.boundingRect().height() for _, item in self.bias_labels),
                   default=0.0)

    def _fit_value_fonts(self, unit_px: float) -> None:
        """Value labels VALUE_PT (scaled) high, but at most VALUE_SHARE of a row ``unit_px``
        high: in a small plot they shrink with the graph instead of covering it."""
        items = self.edge_labels + [item for _, item in self.bias_labels]
        if not items:
            return
        current = items[0].textItem.font().pointSizeF()
        height = items[0].textItem.boundingRect().height()
        wanted = max(MIN_PT, min(VALUE_PT * self.scale, current * VALUE_SHARE * unit_px / height))
        if abs(wanted - current) > 0.25:
            for item in items:
                font = item.textItem.font()
                font.setPointSizeF(wanted)
                item.setFont(font)

    def _fit_fonts(self, layout: GraphLayout, column_px: float, unit_px: float) -> bool:
        """Header and name fonts as large as LABEL_PT allows without overlapping: headers
        fit the columns ``column_px`` apart and take at most HEADER_SHARE of the plot's
        height; the inputs' names, the outputs' names and the markers each fit the rows of
        their column (row_pitch · ``unit_px`` apart). A group that does not fit even at MIN_PT
        is hidden (the tooltips still name everything). True if a font or a group's
        visibility changed."""
        changed = self._wrap_names(NAME_SHARE * self.viewbox.width())
        hidden_pitch = [p for p, h in zip(layout.row_pitch, layout.hidden) if h]
        groups = (
            (self.headers, ((0.95 * column_px, QRectF.width),
                            (HEADER_SHARE * self.viewbox.height(), QRectF.height))),
            ([i for side, i in self.names if side == "input"],
             ((0.95 * unit_px * layout.row_pitch[0], QRectF.height),)),
            ([i for side, i in self.names if side == "output"],
             ((0.95 * unit_px * layout.row_pitch[-1], QRectF.height),)),
            (self.markers, ((0.95 * unit_px * min(hidden_pitch, default=1.0), QRectF.height),)),
        )
        for items, limits in groups:
            if not items:
                continue
            current = items[0].textItem.font().pointSizeF()
            wanted = LABEL_PT * self.scale
            for limit, extent in limits:
                largest = max(extent(i.textItem.boundingRect()) for i in items)
                wanted = min(wanted, current * limit / largest)
            visible = bool(wanted >= MIN_PT)
            wanted = max(MIN_PT, wanted)
            if abs(wanted - current) > 0.25 or visible != items[0].isVisible():
                changed = True
                for item in items:
                    font = item.textItem.font()
                    font.setPointSizeF(wanted)
                    item.setFont(font)
                    item.setVisible(visible)
        return changed

    def _wrap_names(self, limit_px: float) -> bool:
        """Names wider than ``limit_px`` at the full label size wrap onto more lines ("x₁ the
        venue is easy to reach" took half the plot and squeezed the graph); True if a name's
        wrapping changed."""
        changed = False
        for _, item in self.names:
            text = item.textItem
            font = QFont(text.font())
            font.setPointSizeF(LABEL_PT * self.scale)  # decided at the full size: a font that
            own = (QFontMetricsF(font).horizontalAdvance(text.toPlainText())  # shrinks for the
                   + 2 * text.document().documentMargin())  # rows must not unwrap it again
            width = limit_px if own > limit_px > 0 else -1.0
            if text.textWidth() != width:
                text.setTextWidth(width)
                item.updateTextPos()
                changed = True
        return changed

    # -- inside ------------------------------------------------------------------------------------
    def _text(self, text: str, at: tuple[float, float], anchor: tuple[float, float],
              bold: bool = False, size: float = LABEL_PT, fill: QColor | None = None) -> pg.TextItem:
        item = pg.TextItem(text, color=self.foreground, anchor=anchor, fill=fill)
        font = QFont()
        font.setPointSizeF(size * self.scale)
        font.setBold(bold)
        item.textItem.document().setDocumentMargin(1.0)
        item.setFont(font)
        item.setPos(*at)
        item.setZValue(10)
        self.viewbox.addItem(item)
        self.items.append(item)
        return item

    def _remove(self, items: list[pg.TextItem]) -> None:
        for item in list(items):
            self.viewbox.removeItem(item)
            self.items.remove(item)


def scene_rect(viewbox: pg.ViewBox, item: pg.TextItem) -> QRectF:
    """Where ``item`` (a text in ``viewbox``) is drawn in the scene, from its position, anchor
    and size in pixels (its own transform may wait for the next paint)."""
    size = item.textItem.boundingRect()
    at = viewbox.mapViewToScene(item.pos())
    return QRectF(at.x() - item.anchor[0] * size.width(), at.y() - item.anchor[1] * size.height(),
                  size.width(), size.height())


def set_text(item: pg.TextItem, text: str) -> None:
    """Change the item's text only when it differs (a new text re-lays out the item)."""
    if item.toPlainText() != text:
        item.setText(text)
