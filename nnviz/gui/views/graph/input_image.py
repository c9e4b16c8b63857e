"""Image inputs on the graph: the picture of x in the input column, the fan into layer 1,
the weights w^1_j of one neuron over the picture, and the predicted output's ring.

- ``picture``: x (rows × cols, row 0 at the top; kit/digit_image) over the data's input
  range, ink on paper in the theme's ink map, in the layout's block (layout.py), framed;
- ``fan``: one line per drawn neuron j of layer 1 instead of its N_0 edges, coloured and
  thick by w^1_j · x = Σ_k w^1_jk x_k (what the picture sends into z^1_j before the bias:
  blue excites, orange inhibits), on the fan's own scale s = max_j |w^1_j · x| rounded up;
- ``weights``: w^1_j as a picture in the edges' diverging colours over the block (±max_k
  |w^1_jk|), while neuron j of layer 1 is hovered, selected or the step-through's focus
  (or ∂C/∂w^1_j in gradient mode, ∂ℓ/∂w^1_j = δ^1_j x_k as the walk computes it);
- ``pixel``: a square round the pixel x_k of the step-through's term or weight w^1_jk;
- ``predicted``: a ring round the output neuron with the largest a^L_j (one sample shown);
- ``caption`` under the block: what the fan and the overlay show, with the fan's scale, as
  large as CAPTION_PT allows within the block's width and the room under it (else hidden).

The items are made once and updated (setImage / set_levels / setData); without a block they
are hidden.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPen

from nnviz.core import notation
from nnviz.core.data import CLASSIFICATION, Dataset
from nnviz.core.i18n import translate
from nnviz.core.network import Architecture
from nnviz.core.notation import UNICODE

from nnviz.gui.colors import blend, diverging_map
from nnviz.gui.kit.digit_image import DigitImage, ink_map
from nnviz.gui.kit.edge_batch import EdgeBatchItem, signed_levels
from nnviz.gui.kit.nice_scale import nice_ceil
from nnviz.gui.theme import Theme
from nnviz.gui.views.graph.activity import Activity
from nnviz.gui.views.graph.layout import GraphLayout

Array = np.ndarray

CAPTION_PT = 12.0  # the caption's font size (points) at presentation scale 1
MIN_PT = 6.0
WEIGHTS_OPACITY = 0.7  # the weights over the picture: the digit shows through


def first_weights(arch: Architecture, values: Array) -> Array:
    """W^1, (N_1, N_0), of θ (or of any per-θ ``values``: ∂C/∂θ, a walk's θ')."""
    return arch.unflatten(values)[0][0]


def predicted_output(act: Activity | None, dataset: Dataset | None, arch: Architecture,
                     blank: Array | None) -> int | None:
    """argmax_j a^L_j of the one sample shown, for K > 1 classes; None for the mean, no
    data, outputs that are not classes, or while an output is not computed (``blank``)."""
    if act is None or act.sample is None or dataset is None or dataset.kind != CLASSIFICATION \
            or arch.n_outputs < 2 or (blank is not None and blank.any()):
        return None
    return int(np.argmax(act.a[-1]))


class InputImage:
    """The items in ``viewbox`` (see the module docstring); ``n_levels`` as the edges'."""

    def __init__(self, viewbox: pg.ViewBox, n_levels: int):
        self.n_levels = n_levels
        self.picture = DigitImage()
        self.weights = DigitImage(diverging_map(), (-1.0, 1.0))
        self.weights.setOpacity(WEIGHTS_OPACITY)
        self.frame = pg.PlotCurveItem()
        self.fan = EdgeBatchItem(n_levels)
        self.predicted = pg.ScatterPlotItem(pxMode=True, symbol="o", brush=None)
        self.pixel = pg.PlotCurveItem()
        self.caption = pg.TextItem("", anchor=(0.5, 0.0))
        self.caption.setZValue(10)
        viewbox.addItem(self.caption)
        for z, item in ((0, self.fan), (1, self.picture), (1.2, self.weights), (1.4, self.frame), (1.6, self.pixel),
                        (3.6, self.predicted)):
            item.setZValue(z)
            viewbox.addItem(item)
        self._layout: GraphLayout | None = None
        self._shown: Array | None = None  # the picture, rows × cols, row 0 at the top
        self._weights_of: int | None = None
        self._quantity = ""  # the overlay's prefix: "", "∂C/∂", "∂ℓ/∂"
        self._pixel: int | None = None
        self.fan_scale = 1.0
        self._pen_width, self._scale, self._unit_px = 1.0, 1.0, 0.0
        self._foreground = QColor("black")

    def set_style(self, theme: Theme, foreground: QColor, background: QColor) -> None:
        """The picture's ink map, the frame's and the ring's pens (the theme's line widths),
        the caption's colour and size (the presentation scale)."""
        width = theme.width(1.0)
        self._foreground, self._pen_width, self._scale = foreground, width, theme.scale
        self.picture.set_colours(ink_map(theme))
        self.caption.setColor(foreground)
        self._fit_caption()
        pen = QPen(blend(foreground, background, 0.45), width)
        pen.setCosmetic(True)
        self.frame.setPen(pen)
        ring = QPen(foreground, 3.0 * width)
        ring.setCosmetic(True)
        self.predicted.setPen(ring)
        self.pixel.setPen(ring)

    def place(self, layout: GraphLayout) -> None:
        """Put the block and the fan where ``layout`` says (hidden without a block)."""
        self._layout, self._shown, self._weights_of = layout, None, None
        on = layout.block is not None
        for item in (self.picture, self.weights, self.frame, self.fan, self.caption):
            item.setVisible(on)
        self.weights.setVisible(False)
        self.predicted.setData([], [])
        self._pixel = None
        self.pixel.setData([], [])
        if not on:
            self.fan.set_segments(np.zeros((0, 4)))
            return
        x0, y0, x1, y1 = layout.block
        rect = QRectF(x0, y0, x1 - x0, y1 - y0)
        self.picture.place(rect)
        self.weights.place(rect)
        self.picture.show_values(np.full(layout.image_shape, -np.inf))
        self.frame.setData([x0, x1, x1, x0, x0], [y0, y0, y1, y1, y0])
        self.caption.setPos((x0 + x1) / 2, y0)
        self.fan.set_segments(layout.fan_segments)

    def resize(self, node_px: float, unit_px: float) -> None:
        """The ring round the predicted output follows the neurons' size in pixels, the
        caption the block's (``unit_px`` pixels per view unit)."""
        self.predicted.setSize(1.45 * node_px)
        self._unit_px = unit_px
        self._fit_caption()

    def _fit_caption(self) -> None:
        """The caption's font: CAPTION_PT (scaled), smaller where the block is narrower or
        the room under it (to the lowest neuron's row) lower; hidden under MIN_PT."""
        layout = self._layout
        if layout is None or layout.block is None or not self._unit_px > 0:
            return
        x0, y0, x1, _ = layout.block
        font = QFont(self.caption.textItem.font())
        font.setPointSizeF(CAPTION_PT * self._scale)
        self.caption.setFont(font)
        size = self.caption.textItem.boundingRect()
        room = (y0 - float(layout.node_y.min()) + 0.3) * self._unit_px
        wanted = CAPTION_PT * self._scale * min(1.0, (x1 - x0) * self._unit_px / max(size.width(), 1.0),
                                                room / max(size.height(), 1.0))
        font.setPointSizeF(max(MIN_PT, wanted))
        self.caption.setFont(font)
        self.caption.setVisible(wanted >= MIN_PT)

    # -- per frame ----------------------------------------------------------------------------
    def show(self, x: Array | None, input_range: tuple[float, float], w1: Array | None,
             known: Array | None = None) -> None:
        """The picture of the input row ``x`` (N_0 values; None: blank paper) over
        ``input_range``, and the fan from w^1_j · x (``w1``: W^1, (N_1, N_0)); ``known``
        (one bool per drawn neuron of layer 1) leaves the lines of z^1_j not yet computed
        neutral."""
        layout = self._layout
        if layout is None or layout.block is None:
            return
        if x is None:
            self._shown = None
            self.picture.show_values(np.full(layout.image_shape, -np.inf))  # blank paper
            self.fan.set_levels(np.zeros(layout.fan_j.size, dtype=np.int64))
            return
        shown = np.asarray(x, dtype=float).reshape(layout.image_shape)
        self.picture.set_levels(input_range)
        if self._shown is None or not np.array_equal(shown, self._shown):  # a new sample
            self._shown = shown
            self.picture.show_values(shown)
        with np.errstate(all="ignore"):
            signal = w1[layout.fan_j] @ np.asarray(x, dtype=float)
        finite = np.abs(signal[np.isfinite(signal)])
        self.fan_scale = nice_ceil(float(finite.max())) if finite.size and finite.max() > 0 else 1.0
        levels = signed_levels(np.nan_to_num(signal), self.fan_scale, self.n_levels)
        if known is not None:
            levels = np.where(known, levels, 0)
        self.fan.set_levels(levels)
        self._write_caption()

    def show_pixel(self, k: int | None) -> None:
        """A square round pixel x_k of the picture (None: none)."""
        layout = self._layout
        if k == self._pixel or layout is None or layout.block is None:
            return
        self._pixel = k
        if k is None:
            self.pixel.setData([], [])
            return
        x0, y0, x1, y1 = layout.block
        rows, cols = layout.image_shape
        r, c = divmod(k, cols)
        w, h = (x1 - x0) / cols, (y1 - y0) / rows
        left, top = x0 + c * w, y1 - r * h
        self.pixel.setData([left, left + w, left + w, left, left], [top, top, top - h, top - h, top])

    def show_weights(self, j: int | None, w1: Array | None, quantity: str = "") -> None:
        """Row j of ``w1`` (W^1, or what the edges show of it: ``quantity`` "∂C/∂", "∂ℓ/∂")
        over the picture, or none (None)."""
        layout = self._layout
        if layout is None or layout.block is None or j is None or w1 is None \
                or not 0 <= j < w1.shape[0]:
            self._weights_of = None
            self.weights.setVisible(False)
            return
        row = np.nan_to_num(np.asarray(w1[j], dtype=float)).reshape(layout.image_shape)
        m = float(np.abs(row).max()) or 1.0
        self.weights.set_levels((-m, m))
        self.weights.show_values(row)
        self.weights.setVisible(True)
        self._weights_of, self._quantity = j, quantity
        self._write_caption()

    def _write_caption(self) -> None:
        """"lines: w¹ⱼ·x, ±s", and "on x: w¹₅" (or "∂C/∂w¹₅") while a neuron's row lies
        over the picture."""
        j = self._weights_of
        text = translate("GraphView", "lines: {w}·x, ±{scale}").format(
            w=UNICODE.var('w', 1, 'j'), scale=notation.number(self.fan_scale))
        if j is not None:
            text += translate("GraphView", "\non x: {name}").format(
                name=f"{self._quantity}{UNICODE.var('w', 1, j + 1)}")
        if self.caption.toPlainText() != text:
            self.caption.setText(text)
            self._fit_caption()

    def show_predicted(self, at: tuple[float, float] | None) -> None:
        """The ring round the predicted output neuron at view position ``at`` (None: none)."""
        if at is None:
            self.predicted.setData([], [])
        else:
            self.predicted.setData([at[0]], [at[1]])

    # -- reading back ---------------------------------------------------------------------------
    @property
    def shown(self) -> Array | None:
        """The picture drawn (rows × cols, row 0 at the top), None for blank paper."""
        return self._shown

    @property
    def weights_of(self) -> int | None:
        """The neuron j of layer 1 (0-based) whose w^1_j lies over the picture, or None."""
        return self._weights_of
