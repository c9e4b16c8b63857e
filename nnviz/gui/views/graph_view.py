"""The network graph view: neurons in columns, edges coloured by w^l_jk, live as it learns.

Column l holds layer l (l = 0 is the input x = a^0). The edge from neuron k of layer l-1 to
neuron j of layer l is w^l_jk: its colour is the sign (blue +, orange −, grey ≈ 0, the shared
diverging map), its width and opacity grow with |w^l_jk| / s, where the scale s is

    global     max |w| over all layers,
    per layer  max |w^l| of the edge's own layer,
    fixed      a range the user sets,

the first two rounded up to a nice number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^e) so the
colours and the legend stay put while the weights drift. In gradient mode the same drawing
shows ∂C/∂w^l_jk of the last step.

A neuron is filled with its activation a^l_j (sequential map) for one chosen sample or
averaged over the data, from one forward pass z^l = W^l a^{l-1} + b^l, a^l = σ^l(z^l) over
evenly spaced training samples: at most MEAN_SAMPLES, and fewer for wide networks so that the
pass stays under FORWARD_BUDGET multiply-adds (≈ 1 ms), cheap enough for the GUI thread. Its ring shows b^l_j on the scale of the layer's weights. Hovering shows
names and values in the lectures' notation; clicking an edge or a bias opens an editor whose
valid value leaves as ``parameter_edited(θ index, value)``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QSpinBox,
    QSizePolicy, QToolButton, QToolTip, QVBoxLayout, QWidget,
)

from nnviz.core.data import CLASSIFICATION, Dataset
from nnviz.core.errors import InputError
from nnviz.core.network import Architecture
from nnviz.core.snapshot import Snapshot
from nnviz.gui.colors import blend, diverging_map, sequential_map
from nnviz.gui.kit.stage import StageWatcher, offstage
from nnviz.gui.views.graph_items import (
    Activity, ColourLegend, EdgeBatchItem, EdgeStyle, GraphLayout, Thumbnail, ThumbnailBatchItem,
    colour_indices, describe_edge, describe_input, describe_neuron, fmt, is_plain_name,
    level_pens, neuron_label, nice_ceil, packed_lut, signed_levels, subscript, weight_label,
)

Array = np.ndarray

SCALINGS = ("global", "layer", "fixed")
N_LEVELS = 8              # signed colour/width levels per sign, for edges and bias rings
N_FILLS = 32              # quantised activation colours
NODE_SIZE = 0.6           # neuron diameter in view units (neurons are 1 unit apart)
MEAN_SAMPLES = 256        # the forward pass uses at most this many evenly spaced samples
FORWARD_BUDGET = 4_000_000  # ... and at most about this many multiply-adds (784-128-64-10: 36)
MIN_SAMPLES = 16
DENSE_EDGES = 400         # above this many drawn edges: thinner lines, no antialiasing
EDGE_LABEL_LIMIT = 60     # value labels only for networks with at most this many edges
MAX_ABS_VALUE = 1e6       # largest |value| the editor accepts
LABEL_PT, VALUE_PT = 13.0, 11.0  # font sizes (points) at presentation scale 1
MIN_PT = 6.0              # names shrink to fit their rows down to this size, then hide
# activations with a known range fill over it; the others over their range in the data
_BOUNDED = {"sigmoid": (0.0, 1.0), "softmax": (0.0, 1.0), "step": (0.0, 1.0),
            "tanh": (-1.0, 1.0), "sign": (-1.0, 1.0)}


def parse_parameter_value(text: str) -> float:
    """The number a user typed for a weight or bias; InputError naming the problem if none.

    Accepts "1.5", "-2e-3", a Unicode minus "−1.5" and a decimal comma "1,5".
    """
    shown = text.strip()
    cleaned = shown.replace("−", "-")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    if not cleaned:
        raise InputError("type a number, e.g. 0.5 or -1.2")
    try:
        value = float(cleaned)
    except ValueError:
        raise InputError(f"{shown!r} is not a number (type e.g. 0.5 or -1.2)") from None
    if not math.isfinite(value):
        raise InputError(f"{shown!r} is not a finite number")
    if abs(value) > MAX_ABS_VALUE:
        raise InputError(f"{shown} is too large: keep |value| ≤ {MAX_ABS_VALUE:g}")
    return value


@dataclass(frozen=True)
class Hit:
    """What lies under the pointer: input x_j (kind "input", layer 0), neuron j of layer
    l ≥ 1 ("neuron"), or the edge w^l_jk ("edge"). j and k are 0-based."""

    kind: str
    layer: int
    j: int
    k: int = -1


class ParameterEditor(QFrame):
    """A small inline editor for one parameter: ``w²₁₃ = [ 0.52 ]``; Enter sets, Esc cancels.

    Invalid text shows a message and changes nothing; a valid number emits
    ``value_entered(θ index, value)`` and closes the editor.
    """

    value_entered = Signal(int, float)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.index = -1
        self.name = QLabel(self)
        self.line_edit = QLineEdit(self)
        self.line_edit.setMinimumWidth(90)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.addWidget(self.name)
        row.addWidget(self.line_edit)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 4, 6, 4)
        box.addLayout(row)
        box.addWidget(self.message)
        self.line_edit.returnPressed.connect(self.commit)
        self.hide()

    def open(self, index: int, name: str, value: float, at: QPointF) -> None:
        """Edit θ_index called ``name``, now ``value``, near ``at`` (parent coordinates)."""
        self.index = index
        self.name.setText(f"{name} =")
        self.line_edit.setText(f"{value:.6g}")
        self.line_edit.selectAll()
        self.message.hide()
        self.adjustSize()
        parent = self.parentWidget()
        self.move(min(max(0, int(at.x())), max(0, parent.width() - self.width())),
                  min(max(0, int(at.y())), max(0, parent.height() - self.height())))
        self.show()
        self.raise_()
        self.line_edit.setFocus()

    def commit(self) -> None:
        try:
            value = parse_parameter_value(self.line_edit.text())
        except InputError as error:
            self.message.setText(str(error))
            self.message.show()
            self.adjustSize()
            return
        self.hide()
        self.value_entered.emit(self.index, value)

    def keyPressEvent(self, event):  # Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)


class GraphView(QWidget):
    """The network as a graph of neurons and weighted edges (see the module docstring).

    Signals: ``parameter_edited(i, value)``: the user typed θ_i = value;
    ``parameter_selected(i)``: the user clicked the edge or bias θ_i;
    ``neuron_hovered(l, j)``: the pointer is on neuron j (0-based) of layer l (1-based),
    (-1, -1) when it leaves the neurons (inputs are not neurons and read as (-1, -1)).
    """

    parameter_edited = Signal(int, float)
    parameter_selected = Signal(int)
    neuron_hovered = Signal(int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._snapshot: Snapshot | None = None
        self._waiting = False  # a snapshot came while the view was off screen
        self._stage = StageWatcher(self)
        self._stage.shown.connect(self._on_shown)
        self._architecture: Architecture | None = None
        self._layout: GraphLayout | None = None
        self._dataset: Dataset | None = None
        self._input_range = (0.0, 1.0)
        self._activity: Activity | None = None
        self._scales: Array | None = None  # colour scale s per layer l = 1..L, per frame
        self._ring_levels = self._biased = np.zeros(0)  # per drawn neuron, per frame
        self._scaling = "global"
        self._fixed_range = 1.0
        self._gradients = False
        self._sample: int | None = None
        self._edge_labels = False
        self._scale = 1.0
        self._hovered: Hit | None = None
        self._hovered_neuron = (-1, -1)
        self._tooltip_at = None
        self._user_moved = False
        self._node_px = 10.0
        self._images: tuple[list, tuple[float, float] | None] | None = None
        self._thumbnails: dict[tuple[int, int], Thumbnail] = {}
        self._luts = {"diverging": packed_lut(diverging_map()),
                      "sequential": packed_lut(sequential_map())}
        self._texts: list[pg.TextItem] = []        # every text item, for the rebuild
        self._names: list[tuple[str, pg.TextItem]] = []  # ("input" | "output", item)
        self._headers: list[pg.TextItem] = []
        self._markers: list[pg.TextItem] = []
        self._edge_texts: list[pg.TextItem] = []
        self._bias_texts: list[tuple[int, pg.TextItem]] = []
        self._fills = [QBrush(c) for c in sequential_map().map(
            np.linspace(0.0, 1.0, N_FILLS), mode="qcolor")]
        self._build_toolbar()
        self._build_plot()
        self.editor = ParameterEditor(self)
        self.editor.value_entered.connect(self.parameter_edited)
        self._sync_toolbar()

    # -- construction ---------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        self._quantity_box = QComboBox()
        self._quantity_box.addItems(["w", "∂C/∂w"])
        self._quantity_box.setToolTip("colour the edges by the weights w or by the gradient "
                                      "∂C/∂w of the last step")
        self._scaling_box = QComboBox()
        self._scaling_box.addItems(["global", "per layer", "fixed"])
        self._scaling_box.setToolTip("colour scale: max |w| of the network (global) or of each "
                                     "layer, rounded up; or a fixed range you set")
        self._fixed_box = QDoubleSpinBox()
        self._fixed_box.setRange(1e-3, MAX_ABS_VALUE)
        self._fixed_box.setDecimals(3)
        self._fixed_box.setPrefix("±")
        self._fixed_box.setToolTip("the fixed colour range")
        self._which_box = QComboBox()
        self._which_box.addItems(["mean", "sample"])
        self._which_box.setToolTip("fill the neurons with the activation averaged over the "
                                   "data, or with one sample's")
        self._sample_box = QSpinBox()
        self._sample_box.setToolTip("the sample (row of the training data, from 0)")
        self._labels_box = QCheckBox("values")
        self._labels_box.setToolTip("write every weight and bias on the graph")
        fit = QToolButton()
        fit.setText("fit")
        fit.setToolTip("zoom to show the whole network")
        fit.clicked.connect(self.fit)
        self._info = QLabel()
        self._info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._quantity_box.currentIndexChanged.connect(lambda i: self.set_gradient_mode(i == 1))
        self._scaling_box.currentIndexChanged.connect(lambda i: self.set_scaling(SCALINGS[i]))
        self._fixed_box.valueChanged.connect(lambda v: self.set_scaling("fixed", v))
        self._which_box.currentIndexChanged.connect(
            lambda i: self.set_sample(self._sample_box.value() if i == 1 else None))
        self._sample_box.valueChanged.connect(self.set_sample)
        self._labels_box.toggled.connect(self.set_edge_labels)
        self._toolbar = QHBoxLayout()
        self._toolbar.setContentsMargins(4, 2, 4, 2)
        for w in (QLabel("edges"), self._quantity_box, self._scaling_box, self._fixed_box,
                  QLabel(" neurons"), self._which_box, self._sample_box, self._labels_box, fit):
            self._toolbar.addWidget(w)
        self._toolbar.addWidget(self._info, 1)

    def _build_plot(self) -> None:
        self.plot = pg.GraphicsLayoutWidget()
        self.plot.setAntialiasing(True)
        self.viewbox = self.plot.addViewBox(row=0, col=0, colspan=2, lockAspect=True)
        self.viewbox.setMenuEnabled(False)
        self.edges = EdgeBatchItem(N_LEVELS)
        self.selection = pg.PlotCurveItem(connect="pairs")
        self.thumbnails = ThumbnailBatchItem()  # the neurons' maps, inside the circles
        # Neurons: one scatter for the activation fills, one for the bias rings, so each has
        # few distinct symbols (N_FILLS fills, 2·N_LEVELS-1 rings). Pixel mode draws cached
        # symbol pixmaps, several times faster than shapes in view units; the pixel size
        # follows the zoom so a neuron stays NODE_SIZE view units wide.
        self.nodes = pg.ScatterPlotItem(pxMode=True, symbol="o", size=self._node_px)
        self.rings = pg.ScatterPlotItem(pxMode=True, symbol="o", size=self._node_px, brush=None)
        for z, item in ((-1, self.selection), (0, self.edges), (2, self.nodes), (3, self.rings),
                        (3.5, self.thumbnails)):
            item.setZValue(z)
            self.viewbox.addItem(item)
        self.weight_legend = ColourLegend(diverging_map())
        self.activation_legend = ColourLegend(sequential_map(), "activation a (per layer)",
                                              ("low", "", "high"))
        self.plot.addItem(self.weight_legend, row=1, col=0)
        self.plot.addItem(self.activation_legend, row=1, col=1)
        self.plot.ci.layout.setRowStretchFactor(0, 20)
        self.viewbox.sigRangeChangedManually.connect(self._on_manual_range)
        self.viewbox.sigTransformChanged.connect(self._resize_nodes)
        self.viewbox.sigResized.connect(self._refit)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.plot.viewport().installEventFilter(self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addLayout(self._toolbar)
        box.addWidget(self.plot, 1)
        self._apply_palette()

    def _apply_palette(self) -> None:
        """Background, text and neutral colours from the widget's (light or dark) palette."""
        palette = self.palette()
        self._background = palette.color(QPalette.ColorRole.Base)
        self._foreground = palette.color(QPalette.ColorRole.Text)
        self.plot.setBackground(self._background)
        font = QFont()
        font.setPointSizeF(VALUE_PT * self._scale)
        for legend in (self.weight_legend, self.activation_legend):
            legend.set_style(font, self._foreground, 14 * self._scale)

    # -- the view contract ------------------------------------------------------------------
    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw θ of ``snapshot``; rebuilds the items only when the architecture changed.
        Off screen (a tab behind another) it only keeps the snapshot until it is shown."""
        changed = snapshot.architecture != self._architecture
        self._snapshot = snapshot
        if changed:
            self._images = None  # they were made for another network
            self._rebuild(snapshot.architecture)
        self._waiting = offstage(self)
        if not self._waiting:
            self._refresh()

    def _on_shown(self) -> None:
        """In sight again: draw the snapshot that came while the view was hidden."""
        if self._waiting and not offstage(self):
            self._waiting = False
            self._refresh()

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The data whose inputs fill the neurons and whose names label inputs and outputs."""
        self._dataset = dataset
        if dataset is not None and len(self._inputs()):
            x = self._inputs()
            lo, hi = float(x.min()), float(x.max())
            self._input_range = (lo, hi if hi > lo else lo + 1.0)
        self._sync_toolbar()
        if self._layout is not None:
            self._make_names()
            self._refresh()
            self._refit()

    # -- options ----------------------------------------------------------------------------
    def set_scaling(self, mode: str, fixed_range: float | None = None) -> None:
        """Colour scale "global", "layer" or "fixed" (±``fixed_range``; None keeps the last)."""
        if mode not in SCALINGS:
            raise InputError(f"unknown colour scaling {mode!r} (known: {', '.join(SCALINGS)})")
        if fixed_range is not None:
            if not (math.isfinite(fixed_range) and fixed_range > 0):
                raise InputError(f"the fixed colour range must be a positive number, not {fixed_range}")
            self._fixed_range = float(fixed_range)
        self._scaling = mode
        self._sync_toolbar()
        self._refresh()
        self._refit()  # the headers gain or lose their scale line

    def set_gradient_mode(self, on: bool) -> None:
        """Colour edges (and bias rings) by ∂C/∂θ of the last step instead of θ."""
        self._gradients = bool(on)
        self._sync_toolbar()
        self._refresh()

    def set_sample(self, index: int | None) -> None:
        """Fill the neurons with training sample ``index`` (0-based), or the batch mean (None)."""
        if index is not None and index < 0:
            raise InputError(f"the sample index must be 0 or more, not {index}")
        self._sample = None if index is None else int(index)
        self._sync_toolbar()
        self._refresh()

    def set_edge_labels(self, on: bool) -> None:
        """Label every edge with w^l_jk and every neuron with b^l_j (small networks only)."""
        self._edge_labels = bool(on)
        self._sync_toolbar()
        if self._layout is not None:
            self._make_value_labels()
            self._refresh()

    def set_presentation_scale(self, scale: float) -> None:
        """Scale fonts and line widths together (1 = desk, 1.5-2 = lecture hall)."""
        if not (math.isfinite(scale) and scale > 0):
            raise InputError(f"the presentation scale must be a positive number, not {scale}")
        if float(scale) == self._scale:
            return
        self._scale = float(scale)
        self._apply_palette()
        if self._architecture is not None:
            self._rebuild(self._architecture)
            self._refresh()

    def set_neuron_images(self, images: Sequence | None,
                          levels: tuple[float, float] | None = None) -> None:
        """Thumbnails inside the neurons: ``images[i]`` holds one 2-D array per neuron of
        layer l = i + 1 (or is None); None clears them all.

        An image is a row-major grid of the neuron's activation over the input plane (rows
        along x₂ from bottom to top, columns along x₁), updated in place on the next call.
        Colours: the diverging map, symmetric about 0, when the values (or ``levels``) take
        both signs, else the sequential map over ``levels`` or the images' own range. A layer
        whose neuron count does not match the network is skipped; a new architecture clears
        the images (they were made for another network).
        """
        self._images = None if images is None else (list(images), levels)
        self._draw_images()

    # -- reading back (for the main window and tests) -------------------------------------
    @property
    def graph_layout(self) -> GraphLayout | None:
        return self._layout

    @property
    def scaling(self) -> tuple[str, float]:
        """(mode, fixed range)."""
        return self._scaling, self._fixed_range

    def edge_styles(self) -> tuple[Array, Array]:
        """Per drawn edge (layout order): RGBA colour (n, 4) 0..255 and pen width (px)."""
        pens = [self.edges.pen_for_level(v) for v in self.edges.levels]
        colours = np.array([p.color().getRgb() for p in pens], dtype=int).reshape(-1, 4)
        return colours, np.array([p.widthF() for p in pens])

    def edge_scales(self) -> Array:
        """The colour scale s of every drawn edge (the |value| that gets the full colour)."""
        if self._scales is None:
            return np.zeros(0)
        return self._scales[self._layout.edge_layer - 1]

    def neuron_fills(self) -> list[QColor]:
        """The fill colour of every drawn neuron (layout node order)."""
        return [QBrush(b).color() for b in self.nodes.data["brush"]]

    def neuron_images(self) -> dict[tuple[int, int], Thumbnail]:
        """The thumbnails drawn, by (l, j), layer 1-based, j 0-based."""
        return dict(self._thumbnails)

    def value_labels(self) -> list[str]:
        """The texts of the edge value labels, layout edge order (empty when off)."""
        return [t.toPlainText() for t in self._edge_texts]

    # -- building the items (architecture changes only) -----------------------------------
    def _rebuild(self, architecture: Architecture) -> None:
        self._architecture = architecture
        self._layout = layout = GraphLayout.build(architecture)
        self._activity = None
        self._scales = None
        self._ring_levels = self._biased = np.zeros(0)
        self._hovered = None
        self._clear_images()
        self.editor.hide()
        dense = layout.n_edges > DENSE_EDGES
        dark = self._background.lightnessF() < 0.5
        self.edges.set_style(
            EdgeStyle(min_width=(0.6 if dense else 1.0) * self._scale,
                      max_width=(3.5 if dense else 6.0) * self._scale,
                      min_alpha=(0.1 if dark else 0.25) if dense else (0.15 if dark else 0.35),
                      alpha_power=2.0 if dark else 1.0),
            self._background, blend(self._foreground, self._background, 0.12 if dense else 0.25),
            antialias=not dense)
        self.edges.set_segments(layout.segments)
        self.selection.setData([], [])
        self.nodes.setData(x=layout.node_x, y=layout.node_y, size=self._node_px,
                           brush=QBrush(self._background))
        self.rings.setData(x=layout.node_x, y=layout.node_y, size=self._node_px, brush=None)
        self._style_neurons()
        for item in self._texts:
            self.viewbox.removeItem(item)
        self._texts, self._names, self._edge_texts, self._bias_texts = [], [], [], []
        top = layout.height / 2.0
        self._headers = [self._text("", (x, top), (0.5, 1.0), bold=True)
                         for x in layout.column_x]
        marker_fill = QColor(self._background)
        marker_fill.setAlpha(220)
        self._markers = [self._text(f"⋮ {hidden} more", (x, y), (0.5, 0.5), fill=marker_fill)
                         for x, hidden, y in zip(layout.column_x, layout.hidden, layout.marker_y)
                         if hidden]
        self._make_names()
        self._make_value_labels()
        self._draw_images()
        self.fit()

    def _text(self, text: str, at: tuple[float, float], anchor: tuple[float, float],
              bold: bool = False, size: float = LABEL_PT, fill: QColor | None = None) -> pg.TextItem:
        item = pg.TextItem(text, color=self._foreground, anchor=anchor, fill=fill)
        font = QFont()
        font.setPointSizeF(size * self._scale)
        font.setBold(bold)
        item.textItem.document().setDocumentMargin(1.0)
        item.setFont(font)
        item.setPos(*at)
        item.setZValue(10)
        self.viewbox.addItem(item)
        self._texts.append(item)
        return item

    def _remove_texts(self, items: list[pg.TextItem]) -> None:
        for item in items:
            self.viewbox.removeItem(item)
            self._texts.remove(item)

    def _make_names(self) -> None:
        """Names beside the inputs and the outputs, and the column headers."""
        layout, arch = self._layout, self._architecture
        self._remove_texts([item for _, item in self._names])
        self._names = []
        inputs, outputs = self._io_names()
        gap = NODE_SIZE / 2 + 0.12
        for side, layer, names, dx, anchor in (("input", 0, inputs, -gap, (1.0, 0.5)),
                                               ("output", arch.n_layers, outputs, gap, (0.0, 0.5))):
            sl = layout.node_slices[layer]
            for node in range(sl.start, sl.stop):
                item = self._text(names[layout.node_index[node]],
                                  (layout.node_x[node] + dx, layout.node_y[node]), anchor)
                self._names.append((side, item))
        self._update_headers()

    def _io_names(self) -> tuple[list[str], list[str]]:
        """Labels of the inputs (x₁ and the feature name) and outputs (ŷ and the class or
        target name); a name that only repeats x1 / y1 is left out."""
        ds, arch = self._dataset, self._architecture
        n_in, n_out = arch.n_inputs, arch.n_outputs
        inputs = [f"x{subscript(k + 1)}" for k in range(n_in)]
        outputs = [f"ŷ{subscript(j + 1)}" if n_out > 1 else "ŷ" for j in range(n_out)]
        if ds is None:
            return inputs, outputs
        if len(ds.feature_names) == n_in:
            inputs = [plain if is_plain_name(name, "x", k) else f"{plain} {name}"
                      for k, (plain, name) in enumerate(zip(inputs, ds.feature_names))]
        names = list(ds.target_names)
        low = int(ds.low_label)
        if ds.kind == CLASSIFICATION and n_out == 1 and len(names) == 2 \
                and (names[0], names[1]) != (str(low), "1"):
            outputs = [f"ŷ ({names[1]} = 1, {names[0]} = {low})"]
        elif len(names) == n_out:
            outputs = [plain if is_plain_name(name, "y", j) else f"{plain}: {name}"
                       for j, (plain, name) in enumerate(zip(outputs, names))]
        return inputs, outputs

    def _make_value_labels(self) -> None:
        """Value labels on the edges (70 % of the way to the target) and below the neurons."""
        self._remove_texts(self._edge_texts + [item for _, item in self._bias_texts])
        self._edge_texts, self._bias_texts = [], []
        layout = self._layout
        allowed = layout.n_edges <= EDGE_LABEL_LIMIT
        self._labels_box.setEnabled(allowed)
        self._labels_box.setToolTip("" if allowed else
                                    f"for networks with at most {EDGE_LABEL_LIMIT} edges")
        if not (self._edge_labels and allowed):
            return
        fill = QColor(self._background)
        fill.setAlpha(200)
        for x0, y0, x1, y1 in layout.segments:
            self._edge_texts.append(self._text(
                "", (x0 + 0.7 * (x1 - x0), y0 + 0.7 * (y1 - y0)), (0.5, 0.5), size=VALUE_PT, fill=fill))
        for node, theta in enumerate(layout.node_bias_theta):
            if theta >= 0:
                item = self._text("", (layout.node_x[node], layout.node_y[node] - NODE_SIZE / 2),
                                  (0.5, 0.0), size=VALUE_PT, fill=fill)
                self._bias_texts.append((int(theta), item))

    def fit(self) -> None:
        """Zoom so that every neuron, name and header fits (aspect ratio kept).

        Names are drawn in pixels, so the margins they need are pixels too: with s view units
        per pixel, s = max(W / (width_px - left - right), H / (height_px - top - bottom)).
        Fonts shrink (down to 6 pt) where names or headers would overlap.
        """
        layout = self._layout
        if layout is None:
            return
        self._user_moved = False
        r = NODE_SIZE / 2
        x0, x1 = layout.node_x.min() - r, layout.node_x.max() + r
        y0, y1 = layout.node_y.min(), layout.height / 2  # the headers stand on height / 2
        pad = 6.0

        def size(item: pg.TextItem) -> QRectF:
            return item.textItem.boundingRect() if item.isVisible() else QRectF()

        for _ in range(3):  # again while the fonts have to change
            left = max(size(self._headers[0]).width() / 2,
                       max((size(i).width() + 8 for side, i in self._names if side == "input"),
                           default=0.0))
            right = max(size(self._headers[-1]).width() / 2,
                        max((size(i).width() + 8 for side, i in self._names if side == "output"),
                            default=0.0))
            top = max(size(h).height() for h in self._headers)
            bottom = max((size(i).height() / 2 for _, i in self._names), default=0.0)
            free_w = self.viewbox.width() - left - right - 2 * pad
            free_h = self.viewbox.height() - top - 2 * pad
            if free_w < 20 or free_h - bottom < 20:  # not laid out yet
                self.viewbox.setRange(xRange=(x0 - 2, x1 + 2), yRange=(y0 - 1, y1 + 1), padding=0.05)
                return
            # below the lowest centre: r view units or half a name in pixels, whichever is more
            s = float(max((x1 - x0) / free_w, (y1 - y0 + r) / free_h, (y1 - y0) / (free_h - bottom)))
            column_px = (layout.column_x[1] - layout.column_x[0]) / s
            if not self._fit_fonts(column_px, 1.0 / s):
                break
        self.viewbox.setRange(
            xRange=(x0 - (left + pad) * s, x1 + (right + pad) * s),
            yRange=(y0 - max(r, bottom * s) - pad * s, y1 + (top + pad) * s), padding=0.0)

    def _fit_fonts(self, column_px: float, row_px: float) -> bool:
        """Header and name fonts as large as LABEL_PT allows without overlapping: headers
        fit the columns ``column_px`` apart, names and markers the rows ``row_px`` apart
        (hidden if even 6 pt is too large: the tooltips still name them). True if a font
        or the names' visibility changed."""
        changed = False
        rows = [i for _, i in self._names] + self._markers
        for items, limit, extent in ((self._headers, 0.95 * column_px, QRectF.width),
                                     (rows, 0.95 * row_px, QRectF.height)):
            if not items:
                continue
            largest = max(extent(i.textItem.boundingRect()) for i in items)
            current = items[0].textItem.font().pointSizeF()
            wanted = min(LABEL_PT * self._scale, current * limit / largest)
            visible = bool(wanted >= MIN_PT or items is self._headers)
            wanted = max(MIN_PT, wanted)
            if abs(wanted - current) > 0.25 or visible != items[0].isVisible():
                changed = True
                for item in items:
                    font = item.textItem.font()
                    font.setPointSizeF(wanted)
                    item.setFont(font)
                    item.setVisible(visible)
        return changed

    def _on_manual_range(self, *args) -> None:
        self._user_moved = True

    def _resize_nodes(self, *args) -> None:
        """Keep the neurons NODE_SIZE view units wide in pixel mode (on zoom and resize)."""
        px = self.viewbox.viewPixelSize()[0]
        if px > 0 and math.isfinite(px):
            size = NODE_SIZE / px
            if abs(size - self._node_px) > 0.25:
                self._node_px = size
                for item in (self.nodes, self.rings):
                    item.fragmentAtlas.clear()  # drop the symbols cached at the old size
                    item.setSize(size)
                if self._layout is not None:
                    self._style_neurons()

    def _style_neurons(self) -> None:
        """Outline and bias-ring pens: scaled for the lecture hall, but at most a fraction of
        the neuron's diameter, so small neurons stay filled rather than all ring."""
        def width(px: float) -> float:
            return min(px * self._scale, 0.1 * self._node_px)

        self._ring_pens = level_pens(
            N_LEVELS, EdgeStyle(min_width=width(1.5), max_width=max(width(5.0), 2 * width(1.5)),
                                min_alpha=1.0), self._background)
        self._no_ring = QPen(Qt.PenStyle.NoPen)
        outline = QPen(blend(self._foreground, self._background, 0.45), width(1.2))
        outline.setCosmetic(True)
        self.nodes.setPen(outline)
        if self._snapshot is not None and self._ring_levels.size == self._layout.node_x.size:
            self._update_nodes()

    def _refit(self, *args) -> None:
        """Fit again after a resize or a change of names, unless the user zoomed or panned."""
        if self._layout is not None and not self._user_moved:
            self.fit()

    def changeEvent(self, event):  # Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
            if self._architecture is not None:
                self._rebuild(self._architecture)
                self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.plot.viewport() and event.type() == QEvent.Type.Leave:
            self._set_hovered(None)
        return False

    # -- per frame --------------------------------------------------------------------------
    def _refresh(self) -> None:
        if self._snapshot is None or self._layout is None:
            return
        self._update_edges()
        self._activity = self._forward()
        self._update_nodes()
        self._update_value_labels()
        self._update_headers()
        self._update_info()
        if self._hovered is not None:
            self._show_tooltip(self._hovered)

    def _edge_source(self) -> Array | None:
        """θ, or ∂C/∂θ of the last step in gradient mode (zeros before the first step)."""
        snap = self._snapshot
        if snap is None or self._layout is None:
            return None
        if self._gradients:
            return snap.gradients if snap.gradients is not None else np.zeros_like(snap.params)
        return snap.params

    def _layer_scales(self, values: Array) -> Array:
        """s per layer l = 1..L: nice_ceil(max |w^l|) (per layer), nice_ceil of the max over
        all layers (global), or the fixed range."""
        arch = self._architecture
        if self._scaling == "fixed":
            return np.full(arch.n_layers, self._fixed_range)
        weights, _ = arch.unflatten(values)
        per_layer = np.array([np.max(np.abs(w), initial=0.0, where=np.isfinite(w)) for w in weights])
        if self._scaling == "layer":
            return np.array([nice_ceil(v) for v in per_layer])
        return np.full(arch.n_layers, nice_ceil(per_layer.max()))

    def _update_edges(self) -> None:
        """Edge levels from w^l_jk / s_l, bias-ring levels from b^l_j / s_l, the legend."""
        values, layout = self._edge_source(), self._layout
        self._scales = scales = self._layer_scales(values)
        self.edges.set_levels(signed_levels(values[layout.edge_theta],
                                            scales[layout.edge_layer - 1], N_LEVELS))
        self._biased = layout.node_bias_theta >= 0
        ring = signed_levels(values[np.maximum(layout.node_bias_theta, 0)],
                             scales[np.maximum(layout.node_layer - 1, 0)], N_LEVELS)
        self._ring_levels = np.where(self._biased, ring, 0)
        quantity = "∂C/∂w" if self._gradients else "w"
        if self._scaling == "layer":
            self.weight_legend.set_labels(("−1", "0", "+1"), f"{quantity} / scale of its layer")
        else:
            s = float(scales[0]) if scales[0] > 0 else 1.0
            self.weight_legend.set_labels((f"−{s:g}", "0", f"+{s:g}"), quantity)

    def _inputs(self) -> Array:
        ds = self._dataset
        return ds.x_train if len(ds.x_train) else ds.x_test

    def _forward(self) -> Activity | None:
        """a^l and z^l for the display: one forward pass over the chosen rows."""
        ds, arch = self._dataset, self._architecture
        if ds is None or ds.n_features != arch.n_inputs or len(self._inputs()) == 0:
            return None
        x = self._inputs()
        # evenly spaced rows, at most MEAN_SAMPLES and FORWARD_BUDGET multiply-adds in all
        n = int(min(len(x), MEAN_SAMPLES, max(MIN_SAMPLES, FORWARD_BUDGET // arch.n_weights)))
        mean_rows = np.unique(np.linspace(0, len(x) - 1, n).astype(int))
        sample = None if self._sample is None else min(self._sample, len(x) - 1)
        rows = mean_rows if sample is None else np.append(mean_rows, sample)
        with np.errstate(all="ignore"):  # a diverged network overflows: show it, no warning
            trace = self._snapshot.network().forward(x[rows])

        def shown(v: Array) -> Array:
            return v[-1] if sample is not None else v.mean(axis=0)

        ranges = [self._input_range]
        for name, values in zip(arch.activations, trace.a):
            finite = values[np.isfinite(values)]
            if name in _BOUNDED or finite.size == 0:
                ranges.append(_BOUNDED.get(name, (0.0, 1.0)))
            else:
                lo, hi = float(finite.min()), float(finite.max())
                ranges.append((lo, hi if hi > lo else lo + 1.0))
        return Activity([shown(trace.x)] + [shown(a) for a in trace.a],
                         [None] + [shown(z) for z in trace.z], ranges, sample, len(mean_rows))

    def _update_nodes(self) -> None:
        layout, act = self._layout, self._activity
        if act is None:
            brushes = [QBrush(self._background)] * layout.node_x.size
        else:
            fill = np.empty(layout.node_x.size)
            for l, sl in enumerate(layout.node_slices):
                lo, hi = act.ranges[l]
                fill[sl] = (act.a[l][layout.node_index[sl]] - lo) / (hi - lo)
            fill = np.nan_to_num(fill, nan=0.0, posinf=1.0, neginf=0.0)
            idx = np.rint(np.clip(fill, 0.0, 1.0) * (N_FILLS - 1)).astype(int)
            brushes = [self._fills[i] for i in idx]
        pens = [self._ring_pens[v + N_LEVELS - 1] if b else self._no_ring
                for v, b in zip(self._ring_levels, self._biased)]
        self.nodes.setBrush(brushes)
        self.rings.setPen(pens)

    def _update_value_labels(self) -> None:
        params = self._snapshot.params
        for item, theta in zip(self._edge_texts, self._layout.edge_theta):
            self._set_text(item, f"{params[theta]:.2f}")
        for theta, item in self._bias_texts:
            self._set_text(item, f"b={params[theta]:.2f}")

    @staticmethod
    def _set_text(item: pg.TextItem, text: str) -> None:
        if item.toPlainText() != text:
            item.setText(text)

    def _update_headers(self) -> None:
        arch, scales = self._architecture, self._scales
        for l, header in enumerate(self._headers):
            if l == 0:
                text = f"inputs ({arch.sizes[0]})"
            else:
                kind = "output" if l == arch.n_layers else f"layer {l}"
                text = f"{kind} ({arch.sizes[l]})\n{arch.activations[l - 1]}"
                if self._scaling == "layer" and scales is not None:
                    q = "∂C/∂w" if self._gradients else "w"
                    text += f"\n{q} scale ±{float(scales[l - 1]):g}"
            self._set_text(header, text)

    def _update_info(self) -> None:
        ds, arch, act = self._dataset, self._architecture, self._activity
        if ds is None:
            text = "no data set: neurons unfilled"
        elif ds.n_features != arch.n_inputs:
            text = f"the data has {ds.n_features} inputs, the network {arch.n_inputs}: neurons unfilled"
        elif act is None:
            text = "the data set is empty"
        elif act.sample is None:
            total = len(self._inputs())
            text = f"mean over {act.n_samples} samples" + ("" if act.n_samples == total else f" of {total}")
        else:
            text = self._sample_text(act.sample)
        if self._gradients and self._snapshot.gradients is None:
            text += "; no gradient before the first step"
        if self._info.text() != text:
            self._info.setText(text)

    def _sample_text(self, sample: int) -> str:
        ds = self._dataset
        x = self._inputs()[sample]
        xs = ", ".join(fmt(v) for v in x[:4]) + (", …" if x.size > 4 else "")
        y = (ds.y_train if len(ds.x_train) else ds.y_test)[sample]
        if ds.kind == CLASSIFICATION:
            target = ds.target_names[int(y)]
        else:
            target = ", ".join(fmt(v) for v in np.atleast_1d(y)[:3])
        return f"sample {sample}: x = ({xs}), y = {target}"

    def _sync_toolbar(self) -> None:
        """Show the current options in the toolbar without echoing them back."""
        boxes = (self._quantity_box, self._scaling_box, self._fixed_box, self._which_box,
                 self._sample_box, self._labels_box)
        for box in boxes:
            box.blockSignals(True)
        self._quantity_box.setCurrentIndex(1 if self._gradients else 0)
        self._scaling_box.setCurrentIndex(SCALINGS.index(self._scaling))
        self._fixed_box.setValue(self._fixed_range)
        self._fixed_box.setEnabled(self._scaling == "fixed")
        self._which_box.setCurrentIndex(0 if self._sample is None else 1)
        n = len(self._inputs()) if self._dataset is not None else 0
        self._sample_box.setRange(0, max(0, n - 1))
        if self._sample is not None:
            self._sample_box.setValue(self._sample)
        self._sample_box.setEnabled(self._sample is not None)
        self._labels_box.setChecked(self._edge_labels)
        for box in boxes:
            box.blockSignals(False)

    # -- neuron thumbnails ------------------------------------------------------------------
    def _clear_images(self) -> None:
        self._thumbnails = {}
        self.thumbnails.clear()

    def _draw_images(self) -> None:
        """Colour the images with a NumPy lookup into a packed colour table and hand them
        to the one thumbnail item, each in the square inside its neuron (no graphics item
        and no Qt colour table per image: a 2-16-16-1 network has 32 of them)."""
        layout, arch = self._layout, self._architecture
        if self._images is None or layout is None:
            self._clear_images()
            return
        images, levels = self._images
        wanted: dict[tuple[int, int], tuple[Array, int]] = {}
        for i, layer_images in enumerate(images[:arch.n_layers]):
            l = i + 1
            if layer_images is None or len(layer_images) != arch.sizes[l]:
                continue
            sl = layout.node_slices[l]
            for node in range(sl.start, sl.stop):
                j = int(layout.node_index[node])
                wanted[(l, j)] = (np.asarray(layer_images[j], dtype=float), node)
        if not wanted:
            self._clear_images()
            return
        if levels is None:
            values = np.concatenate([img[np.isfinite(img)] for img, _ in wanted.values()])
            lo, hi = (float(values.min()), float(values.max())) if values.size else (0.0, 1.0)
        else:
            lo, hi = (float(v) for v in levels)
        if lo < 0 < hi:
            m = max(-lo, hi)
            lo, hi, lut = -m, m, self._luts["diverging"]
        else:
            hi, lut = (hi if hi > lo else lo + 1.0), self._luts["sequential"]
        side = NODE_SIZE / math.sqrt(2.0)  # the square inscribed in the neuron's circle
        self._thumbnails = {
            key: Thumbnail(img, (lo, hi), QRectF(layout.node_x[node] - side / 2,
                                                  layout.node_y[node] - side / 2, side, side),
                           lut[colour_indices(img, (lo, hi), lut.size)])
            for key, (img, node) in wanted.items()
        }
        self.thumbnails.set_thumbnails([t.rect for t in self._thumbnails.values()],
                                       [t.pixels for t in self._thumbnails.values()])

    # -- pointer ----------------------------------------------------------------------------
    def item_at(self, x: float, y: float) -> Hit | None:
        """The input, neuron or edge at view coordinates (x, y); neurons win over edges."""
        layout = self._layout
        if layout is None:
            return None
        px, py = self.viewbox.viewPixelSize()
        pixel = max(px, py) if px > 0 and py > 0 else 0.01
        node = layout.nearest_node(x, y, max(NODE_SIZE / 2, 6 * pixel))
        if node is not None:
            l, j = int(layout.node_layer[node]), int(layout.node_index[node])
            return Hit("input", 0, j) if l == 0 else Hit("neuron", l, j)
        edge = layout.nearest_edge(x, y, 5 * pixel)
        if edge is not None:
            return Hit("edge", int(layout.edge_layer[edge]), int(layout.edge_j[edge]),
                       int(layout.edge_k[edge]))
        return None

    def describe(self, hit: Hit) -> str:
        """Tooltip text for ``hit`` in the lectures' notation, with the current numbers."""
        if self._snapshot is None:
            return ""
        if hit.kind == "edge":
            return describe_edge(self._snapshot, hit.layer, hit.j, hit.k)
        if hit.kind == "input":
            ds = self._dataset
            names = ds.feature_names if ds is not None else ()
            return describe_input(self._architecture, self._activity, names, hit.j)
        return describe_neuron(self._snapshot, self._activity, hit.layer, hit.j)

    def _show_tooltip(self, hit: Hit | None, scene_pos: QPointF | None = None) -> None:
        if scene_pos is not None:
            self._tooltip_at = self.plot.viewport().mapToGlobal(self.plot.mapFromScene(scene_pos))
        if hit is None:
            QToolTip.hideText()
        elif self._tooltip_at is not None and self.isVisible():
            QToolTip.showText(self._tooltip_at, self.describe(hit), self.plot)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        hit = None
        if self.viewbox.sceneBoundingRect().contains(scene_pos):
            p = self.viewbox.mapSceneToView(scene_pos)
            hit = self.item_at(p.x(), p.y())
        self._set_hovered(hit, scene_pos)

    def _set_hovered(self, hit: Hit | None, scene_pos: QPointF | None = None) -> None:
        if hit != self._hovered or scene_pos is not None:
            self._hovered = hit
            self._show_tooltip(hit, scene_pos)
        neuron = (hit.layer, hit.j) if hit is not None and hit.kind == "neuron" else (-1, -1)
        if neuron != self._hovered_neuron:
            self._hovered_neuron = neuron
            self.neuron_hovered.emit(*neuron)

    def _on_mouse_clicked(self, event) -> None:
        scene_pos = event.scenePos()
        if event.button() != Qt.MouseButton.LeftButton \
                or not self.viewbox.sceneBoundingRect().contains(scene_pos):
            return
        p = self.viewbox.mapSceneToView(scene_pos)
        hit = self.item_at(p.x(), p.y())
        index = self.parameter_index(hit) if hit is not None else None
        if index is None:
            self.editor.hide()
            return
        event.accept()
        at = self.mapFromGlobal(self.plot.viewport().mapToGlobal(self.plot.mapFromScene(scene_pos)))
        self.edit_parameter(index, QPointF(at))

    def parameter_index(self, hit: Hit) -> int | None:
        """θ index of the edge's w^l_jk or the neuron's b^l_j; None for an input or no bias."""
        arch = self._architecture
        if hit.kind == "edge":
            return arch.weight_index(hit.layer, hit.j, hit.k)
        if hit.kind == "neuron" and arch.bias[hit.layer - 1]:
            return arch.bias_index(hit.layer, hit.j)
        return None

    def edit_parameter(self, index: int, at: QPointF | None = None) -> None:
        """Select θ_index (emits ``parameter_selected``) and open the editor on it."""
        snap = self._snapshot
        if snap is None or not 0 <= index < snap.architecture.n_parameters:
            raise InputError(f"there is no parameter {index} to edit")
        self._highlight(index)
        self.parameter_selected.emit(index)
        if at is None:
            at = QPointF(self.width() / 3, self.height() / 3)
        self.editor.open(index, self._parameter_label(index), float(snap.params[index]),
                         at + QPointF(12, 12))

    def _parameter_label(self, index: int) -> str:
        """w^l_jk or b^l_j of θ_index in the lectures' notation."""
        weights, biases = self._architecture.unflatten(np.arange(self._architecture.n_parameters))
        for l, (w, b) in enumerate(zip(weights, biases), start=1):
            if w[0, 0] <= index <= w[-1, -1]:
                j, k = divmod(index - int(w[0, 0]), w.shape[1])
                return weight_label(l, j, k)
            if b is not None and b[0] <= index <= b[-1]:
                return neuron_label("b", l, index - int(b[0]))
        raise IndexError(index)

    def _highlight(self, index: int) -> None:
        """Underlay the selected edge with a dark band, if it is drawn."""
        layout = self._layout
        hits = np.flatnonzero(layout.edge_theta == index)
        if hits.size:
            x0, y0, x1, y1 = layout.segments[hits[0]]
            pen = QPen(blend(self._foreground, self._background, 0.5), 12 * self._scale)
            pen.setCosmetic(True)
            self.selection.setData([x0, x1], [y0, y1], pen=pen)
        else:
            self.selection.setData([], [])
