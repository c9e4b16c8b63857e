"""The network graph view: neurons in columns, edges coloured by w^l_jk, live as it learns.

Column l holds layer l (l = 0 is the input x = a^0). The edge from neuron k of layer l-1 to
neuron j of layer l is w^l_jk, coloured by its sign and its size on a colour scale (edges.py),
or by ∂C/∂w^l_jk of the last step in gradient mode. A neuron is filled with its activation
a^l_j (sequential map) for one chosen sample or averaged over the data (activity.py); its
ring shows b^l_j on the scale of the layer's weights (neurons.py). Hovering shows names and
values in the lectures' notation (describe.py) and sends ``Hover((l, j))``; clicking an edge
or a bias (pointer.py) sends ``Select(parameter=i)`` and opens an editor whose valid value
leaves as ``SetParameter(i, value)``. The status line (status.py) counts samples from 1. The session's selected parameter gets a band under its edge.

While the step-through is open (:meth:`GraphView.follow_walk`) the graph shows the walk's
frozen snapshot and sample and follows its cursor (walk_progress.py says what is computed so
far, walk_items.py draws it): not yet computed neurons stay blank and edges not yet reached
neutral; ∂ℓ/∂w colours the edges in the gradient phase, θ' during the update. The walk's
keys (kit/walk_keys.py) work while the graph has the focus.

Image inputs (Dataset.image_shape, e.g. MNIST's 28×28 = 784) are drawn as one picture of
the sample's x (or the mean x) instead of N_0 circles, with one line per neuron of layer 1
for w^1_j · x, w^1_j (or what the edges show of it) over the picture while that neuron is
hovered, selected or walked, the walk's pixel x_k marked, and the predicted output ringed
(input_image.py). Samples are numbered as Dataset.sample numbers
them: training rows, then test rows.
"""

from __future__ import annotations

import math
from typing import Any, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.network import Architecture
from nnviz.core.notation import UNICODE
from nnviz.core.snapshot import Snapshot
from nnviz.gui.colors import backward_colour, blend, diverging_map, sequential_map
from nnviz.gui.kit.edge_batch import EdgeBatchItem, signed_levels
from nnviz.gui.kit.stage import StageWatcher, offstage
from nnviz.gui.kit.thumbnail_batch import ThumbnailBatchItem, packed_lut
from nnviz.gui.kit.walk_keys import install_walk_keys
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.views.base import View
from nnviz.gui.views.graph.activity import Activity, data_rows, forward_activity, value_range
from nnviz.gui.views.graph.describe import describe, header_texts, io_names, parameter_symbol
from nnviz.gui.views.graph.edges import SCALINGS, layer_scales, legend_labels, style_edges
from nnviz.gui.views.graph.editor import ParameterEditor
from nnviz.gui.views.graph.input_image import InputImage, first_weights, predicted_output
from nnviz.gui.views.graph.layout import GraphLayout, Hit
from nnviz.gui.views.graph.legends import GraphLegends
from nnviz.gui.views.graph.neurons import NeuronItems
from nnviz.gui.views.graph.pointer import GraphPointer
from nnviz.gui.views.graph.status import status_line
from nnviz.gui.views.graph.texts import GraphTexts
from nnviz.gui.views.graph.thumbnails import Thumbnail, neuron_thumbnails
from nnviz.gui.views.graph.toolbar import GraphToolbar
from nnviz.gui.views.graph.walk_items import WalkItems
from nnviz.gui.views.graph.walk_progress import edge_values, unknown_nodes, walk_progress
from nnviz.session.commands import Select, SetParameter
from nnviz.session.state import Selection
from nnviz.session.walk import WalkState

Array = np.ndarray

N_LEVELS = 8              # signed colour/width levels per sign, for edges and bias rings
NODE_SIZE = 0.6           # neuron diameter in view units at scale 1 (rows are 1 unit apart)
MAX_NODE_SIZE = 0.8       # the diameter it grows to with the presentation scale
EDGE_LABEL_LIMIT = 60     # value labels only for networks with at most this many edges


class GraphView(View):
    """The network as a graph of neurons and weighted edges (see the module docstring)."""

    key = "graph"
    title = "Network"

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
        self._activity_of: tuple = ()  # (snapshot, dataset, sample) the activity is of
        self._walk: WalkState | None = None
        self._scales: Array | None = None  # colour scale s per layer l = 1..L, per frame
        self._scaling = "global"
        self._fixed_range = 1.0
        self._gradients = False
        self._sample: int | None = None
        self._selected_sample: int | None = None  # the session's, as last followed
        self._pointed: tuple[int, int] | None = None  # the session's hovered or selected neuron
        self._edge_labels = False
        self._theme = current_theme()
        self._background, self._foreground = QColor(), QColor()
        self._selected: int | None = None  # the session's selected parameter
        self._user_moved = False
        self._message = ""
        self._predicted: int | None = None
        self._overlay: tuple[Array, str] | None = None  # (what the edges show, its prefix)
        self._images: tuple[list, tuple[float, float] | None] | None = None
        self._thumbnails: dict[tuple[int, int], Thumbnail] = {}
        self._luts = {"diverging": packed_lut(diverging_map()),
                      "sequential": packed_lut(sequential_map())}
        self.toolbar = GraphToolbar(self)
        self.toolbar.gradient_mode_chosen.connect(self.set_gradient_mode)
        self.toolbar.scaling_chosen.connect(self.set_scaling)
        self.toolbar.sample_chosen.connect(self.set_sample)
        self.toolbar.edge_labels_chosen.connect(self.set_edge_labels)
        self.toolbar.fit_clicked.connect(self.fit)
        self._build_plot()
        self.texts = GraphTexts(self.viewbox, NODE_SIZE)
        self.walk_items = WalkItems(self.viewbox, NODE_SIZE, EDGE_LABEL_LIMIT)
        self.walk_keys = install_walk_keys(self, self.issue, lambda: self._walk is not None)
        self.editor = ParameterEditor(self)
        self.pointer = GraphPointer(self, NODE_SIZE)
        self.editor.value_entered.connect(lambda i, v: self.issue(SetParameter(i, v)))
        self._style(self._theme)
        self._sync_toolbar()

    def _build_plot(self) -> None:
        self.plot = pg.GraphicsLayoutWidget()
        self.plot.setAntialiasing(True)
        self.viewbox = self.plot.addViewBox(row=0, col=0, lockAspect=True,
                                            enableMenu=False)
        self.edges = EdgeBatchItem(N_LEVELS)
        self.selection = pg.PlotCurveItem(connect="pairs")
        self.thumbnails = ThumbnailBatchItem()  # the neurons' maps, inside the circles
        self.neurons = NeuronItems(NODE_SIZE, N_LEVELS)
        for z, item in ((-1, self.selection), (0, self.edges), (2, self.neurons.nodes),
                        (3, self.neurons.rings), (3.5, self.thumbnails)):
            item.setZValue(z)
            self.viewbox.addItem(item)
        self.input_image = InputImage(self.viewbox, N_LEVELS)
        self.legends = GraphLegends(self.plot.ci)
        self.weight_legend, self.activation_legend = self.legends.weight, self.legends.activation
        self.plot.ci.layout.setRowStretchFactor(0, 20)
        self.viewbox.sigRangeChangedManually.connect(self._on_manual_range)
        self.viewbox.sigTransformChanged.connect(self._resize_nodes)
        self.viewbox.sigResized.connect(self._on_resized)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.toolbar)
        box.addWidget(self.plot, 1)

    def _style(self, theme: Theme) -> None:
        """Background, text colour and sizes of the plot, the legends and the texts."""
        self._theme = theme
        self._background, self._foreground = QColor(theme.plot_background), QColor(theme.text)
        self.plot.setBackground(self._background)
        self.legends.set_style(self._foreground, self._background, theme.scale)
        self._arrange_legends()
        node_size = min(NODE_SIZE * theme.scale, MAX_NODE_SIZE)  # the graph grows with the hall
        for part in (self.texts, self.walk_items, self.neurons, self.pointer):
            part.node_size = node_size
        self.texts.set_style(self._foreground, self._background, theme.scale)
        self.neurons.set_style(self._foreground, self._background, theme.width(1.0))
        self.input_image.set_style(theme, self._foreground, self._background)
        self.walk_items.set_style(self._foreground, self._background, backward_colour(theme.dark),
                                  theme.scale)

    # -- the view contract ------------------------------------------------------------------
    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw θ of ``snapshot``; rebuilds the items only when the architecture changed.
        Off screen (a tab behind another) it only keeps the snapshot until it is shown;
        while a walk is open it keeps it for when the walk closes."""
        self._snapshot = snapshot
        if self._walk is None:
            self._draw(snapshot)

    def follow_walk(self, walk: WalkState | None) -> None:
        """Show the walk's snapshot and sample at its cursor; None: the live snapshot again.
        Opening and closing it fits the graph again (room for the a and δ labels)."""
        opened_or_closed = (walk is None) != (self._walk is None)
        self._walk = walk
        if opened_or_closed:
            self._refit()
        shown = self._shown_snapshot()
        if shown is not None:
            self._draw(shown)
        elif walk is None:
            self.walk_items.hide()

    def _draw(self, snapshot: Snapshot) -> None:
        """Draw ``snapshot`` now, or when the view is shown again."""
        if snapshot.architecture != self._architecture:
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
        """The data whose inputs fill the neurons and whose names label inputs and outputs
        (image inputs: the picture instead of the input neurons)."""
        self._dataset = dataset
        if dataset is not None and len(data_rows(dataset)[0]):
            self._input_range = value_range(data_rows(dataset)[0])
        self._sync_toolbar()
        if self._layout is not None and self._layout.image_shape != self._image_shape():
            self._rebuild(self._architecture)
            self._refresh()
        elif self._layout is not None:
            self._make_names()
            self._refresh()
            self._refit()

    def apply_theme(self, theme: Theme) -> None:
        """Colours from the theme; fonts, line widths and neurons' rings scale together
        (lines thicker still in high contrast: Theme.width)."""
        if not (math.isfinite(theme.scale) and theme.scale > 0):
            raise InputError(translate("GraphView", "the presentation scale must be a positive number, not {scale}").format(
                scale=theme.scale))
        if theme == self._theme:
            return
        self._style(theme)
        if self._architecture is not None:
            self._rebuild(self._architecture)
            self._refresh()

    def follow_selection(self, selection: Selection) -> None:
        """Underlay the selected parameter's edge (if it is drawn); a newly selected sample
        fills the neurons (none: the mean again); with image inputs the hovered (else the
        selected) neuron j of layer 1 lays w^1_j over the picture."""
        if selection.parameter != self._selected:
            self._selected = selection.parameter
            self._highlight(self._selected)
        if selection.sample != self._selected_sample:
            self._selected_sample = selection.sample
            self.set_sample(selection.sample)
        pointed = selection.hovered or selection.neuron
        if pointed != self._pointed:
            self._pointed = pointed
            if self._walk is None:
                self._show_weights()

    def follow_neuron_maps(self, maps: Any) -> None:
        """The per-neuron maps the boundary view published: thumbnails in the neurons."""
        self.set_neuron_images(maps)

    @property
    def message(self) -> str:
        """What the graph cannot show: unfilled neurons (no or unfitting data), no gradient yet."""
        return self._message

    # -- options ----------------------------------------------------------------------------
    def set_scaling(self, mode: str, fixed_range: float | None = None) -> None:
        """Colour scale "global", "layer" or "fixed" (±``fixed_range``; None keeps the last)."""
        if mode not in SCALINGS:
            raise InputError(translate("GraphView", "unknown colour scaling {mode} (known: {known})").format(
                mode=repr(mode), known=', '.join(SCALINGS)))
        if fixed_range is not None:
            if not (math.isfinite(fixed_range) and fixed_range > 0):
                raise InputError(translate("GraphView", "the fixed colour range must be a positive number, not {value}").format(
                    value=fixed_range))
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
        """Fill the neurons with sample ``index`` (0-based: training rows, then test rows, as
        Dataset.sample numbers them), or the mean over the training rows (None)."""
        if index is not None and index < 0:
            raise InputError(translate("GraphView", "the sample index must be 0 or more, not {index}").format(index=index))
        self._sample = None if index is None else int(index)
        self._sync_toolbar()
        self._refresh()

    def set_edge_labels(self, on: bool) -> None:
        """Label every edge with w^l_jk and every neuron with b^l_j, or their gradients in
        gradient mode (small networks only)."""
        self._edge_labels = bool(on)
        self._sync_toolbar()
        if self._layout is not None:
            self._make_value_labels()
            self._refresh()
            self._refit()  # room for the bias labels under the lowest row

    def set_neuron_images(self, images: Sequence | None,
                          levels: tuple[float, float] | None = None) -> None:
        """Thumbnails inside the neurons: ``images[i]`` holds one 2-D array per neuron of
        layer l = i + 1 (or is None); None clears them all (thumbnails.py says how they are
        coloured). A new architecture clears them (they were made for another network)."""
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

    @property
    def gradient_mode(self) -> bool:
        return self._gradients

    @property
    def sample(self) -> int | None:
        """The sample that fills the neurons, None for the mean."""
        return self._sample

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
        return self.neurons.fills()

    def neuron_images(self) -> dict[tuple[int, int], Thumbnail]:
        """The thumbnails drawn, by (l, j), layer 1-based, j 0-based."""
        return dict(self._thumbnails)

    def input_picture(self) -> Array | None:
        """The input picture drawn (rows × cols, row 0 at the top); None without image inputs
        or data."""
        return self.input_image.shown if self._layout is not None and \
            self._layout.block is not None else None

    def predicted_output(self) -> int | None:
        """The ringed output neuron j (0-based, the largest a^L_j of the one sample shown), or
        None (the mean, no data, or outputs that are not classes)."""
        return self._predicted

    def value_labels(self) -> list[str]:
        """The texts of the edge value labels, layout edge order (empty when off)."""
        return [t.toPlainText() for t in self.texts.edge_labels]

    # -- building the items (architecture changes only) -----------------------------------
    def _rebuild(self, architecture: Architecture) -> None:
        self._architecture = architecture
        self._layout = layout = GraphLayout.build(architecture,
                                                  image_shape=self._image_shape(architecture))
        self._activity = None
        self._scales = None
        self.pointer.forget()
        self._thumbnails = {}
        self.thumbnails.clear()
        self.editor.hide()
        self.walk_items.place(layout)
        style_edges(self.edges, layout.n_edges, self._theme.dark, self._theme.width(1.0),
                    self._foreground, self._background)
        self.edges.set_segments(layout.segments)
        style_edges(self.input_image.fan, 0, self._theme.dark, self._theme.width(1.0),
                    self._foreground, self._background)
        self.input_image.place(layout)
        self._highlight(self._selected)
        self.neurons.place(layout)
        self.texts.rebuild(layout)
        self._make_names()
        self._make_value_labels()
        self._draw_images()
        self._arrange_legends()
        self.fit()

    def _make_names(self) -> None:
        """Names beside the inputs and the outputs, and the column headers."""
        self.texts.make_names(self._layout, *io_names(self._architecture, self._dataset))
        self._update_headers()

    def _make_value_labels(self) -> None:
        allowed = self._layout.n_edges <= EDGE_LABEL_LIMIT
        self.toolbar.allow_labels(allowed, EDGE_LABEL_LIMIT)
        self.texts.make_value_labels(self._layout, self._edge_labels and allowed)

    def fit(self) -> None:
        """Zoom so that every neuron, name and header fits (aspect ratio kept), and while a
        walk is open its a and δ labels above and below the neurons (else the bias labels
        under the lowest)."""
        if self._layout is not None:
            self._user_moved = False
            self.texts.fit(self._layout, self.texts.value_label_px() if self._walk is None
                           else self.walk_items.label_px())
            self._resize_nodes()

    def _on_manual_range(self, *args) -> None:
        self._user_moved = True

    def _resize_nodes(self, *args) -> None:
        """Neurons, walk marks and value labels follow the zoom."""
        self.neurons.resize(self.viewbox.viewPixelSize()[0])
        self.walk_items.resize(self.neurons.node_px)
        self.input_image.resize(self.neurons.node_px, 1.0 / max(self.viewbox.viewPixelSize()[0], 1e-12))
        if self._layout is not None:
            self.texts.place_value_labels(self._layout)

    def _refit(self, *args) -> None:
        """Fit again after a resize or a change of names, unless the user zoomed or panned."""
        if self._layout is not None and not self._user_moved:
            self.fit()

    def _on_resized(self, *args) -> None:
        self._arrange_legends()
        self._refit()

    def _arrange_legends(self) -> None:
        """The legends where they leave the graph the most room (legends.py)."""
        self.legends.place(self.plot.width(), self.plot.height(), self._layout)

    # -- per frame --------------------------------------------------------------------------
    def _shown_snapshot(self) -> Snapshot | None:
        """The walk's frozen snapshot while a walk is open, else the latest one."""
        return self._snapshot if self._walk is None else self._walk.snapshot

    def _refresh(self) -> None:
        snap = self._shown_snapshot()
        if snap is None or self._layout is None:
            return
        walk = self._walk
        progress = None if walk is None else walk_progress(walk)
        if progress is None:
            values, gradients = self._edge_source(snap), self._gradients
            scale_source = values
        else:
            values, scale_source, gradients = edge_values(progress, snap.params, walk.update)
        self._update_edges(values, scale_source, gradients)
        self._activity = self._forward(snap, self._sample if walk is None else walk.sample)
        blank = None if progress is None else unknown_nodes(progress, self._layout)
        self.neurons.show(self._layout, self._activity, values, self._scales, blank)
        quantity = UNICODE.d("", "C" if walk is None else None) if gradients else ""
        self._show_input_image(snap, values, quantity, blank, progress)
        if progress is None:  # a walk's own labels stand on its edges
            self.texts.show_values(values, self._layout.edge_theta, gradients)
        else:
            self.texts.show_values(snap.params, self._layout.edge_theta, False)
        self.texts.place_value_labels(self._layout)
        self._update_headers(gradients)
        self._update_info()
        if progress is None:
            self.walk_items.hide()
        else:
            self.walk_items.show_walk(walk, progress, self._activity.a)
        if self.pointer.hovered is not None:
            self.pointer.show_tooltip(self.pointer.hovered)

    def _edge_source(self, snap: Snapshot) -> Array:
        """θ, or ∂C/∂θ of the last step in gradient mode (zeros before the first step)."""
        if self._gradients:
            return snap.gradients if snap.gradients is not None else np.zeros_like(snap.params)
        return snap.params

    def _update_edges(self, values: Array, scale_source: Array, gradients: bool) -> None:
        """Edge levels from w^l_jk / s_l (``values``: θ, ∂C/∂θ or the walk's; s_l from
        ``scale_source``), the legend."""
        layout = self._layout
        self._scales = scales = layer_scales(self._architecture, scale_source, self._scaling,
                                             self._fixed_range)
        self.edges.set_levels(signed_levels(values[layout.edge_theta],
                                            scales[layout.edge_layer - 1], N_LEVELS))
        self.weight_legend.set_labels(*legend_labels(scales, self._scaling, gradients))
        self._arrange_legends()

    def _forward(self, snap: Snapshot, sample: int | None) -> Activity | None:
        """a^l and z^l for the display, None when the data cannot fill this network; the
        last one again while snapshot, data and sample stay (a walk moving)."""
        ds = self._dataset
        if ds is None or ds.n_features != self._architecture.n_inputs or not len(data_rows(ds)[0]):
            return None
        key = (snap, ds, sample, self._input_range)
        if self._activity is None or len(key) != len(self._activity_of) or \
                any(a is not b for a, b in zip(key, self._activity_of)):
            self._activity_of = key
            if sample is not None:
                sample = min(sample, ds.n_samples - 1)
            self._activity = forward_activity(snap, data_rows(ds)[0], self._input_range, sample,
                                              None if sample is None else ds.sample(sample)[0])
        return self._activity

    def _image_shape(self, architecture: Architecture | None = None) -> tuple[int, int] | None:
        """(rows, cols) when the data's inputs are images that fit the network, else None."""
        ds, arch = self._dataset, architecture or self._architecture
        if ds is None or ds.image_shape is None or arch is None or ds.n_features != arch.n_inputs:
            return None
        return tuple(ds.image_shape)

    def _show_input_image(self, snap: Snapshot, values: Array, quantity: str,
                          blank: Array | None, progress) -> None:
        """Image inputs: the picture of x, the fan into layer 1 (lines of z^1_j not computed
        yet, ``blank``, neutral), the walk's pixel and the pointed (or walked) neuron's row of
        ``values`` (what the edges show, ``quantity`` its prefix: "", "∂C/∂", "∂ℓ/∂") on it;
        and the ring round the predicted output."""
        layout, act = self._layout, self._activity
        self._overlay = (values, quantity)
        if layout.block is not None:
            known = None if blank is None else ~blank[layout.node_slices[1]]
            self.input_image.show(None if act is None else act.a[0], act.ranges[0] if act else
                                  self._input_range, first_weights(self._architecture, snap.params),
                                  known)
            focus = None if progress is None else progress.focus_edge
            self.input_image.show_pixel(focus[2] if focus is not None and focus[0] == 1 else None)
            self._show_weights(None if progress is None else progress.active)
        self._predicted = predicted_output(act, self._dataset, self._architecture,
                                           None if blank is None else blank[layout.node_slices[-1]])
        node = None if self._predicted is None else layout.node_at(len(layout.node_slices) - 1,
                                                                   self._predicted)
        self.input_image.show_predicted(None if node is None else
                                        (layout.node_x[node], layout.node_y[node]))

    def _show_weights(self, walked: tuple[int, int] | None = None) -> None:
        """Row j of W^1 (or of what the edges show) over the picture: j the step-through's
        active neuron (``walked``) while a walk is open, else the session's hovered or
        selected one (none for another layer)."""
        if self._layout is None or self._layout.block is None or self._overlay is None:
            return
        neuron = self._pointed if self._walk is None else walked
        j = neuron[1] if neuron is not None and neuron[0] == 1 else None
        values, quantity = self._overlay
        self.input_image.show_weights(j, first_weights(self._architecture, values), quantity)

    def _update_headers(self, gradients: bool | None = None) -> None:
        """Column headers; ``gradients``: they name ∂C/∂w (None: as the gradient mode says)."""
        gradients = self._gradients if gradients is None else gradients
        scales = self._scales if self._scaling == "layer" else None
        self.texts.show_headers(header_texts(self._architecture, scales, gradients,
                                             self._layout.image_shape))

    def _update_info(self) -> None:
        """The status line; what it says the graph cannot show is also :attr:`message`."""
        text, self._message = status_line(
            self._dataset, self._architecture, self._activity, self._walk, self._gradients,
            self._snapshot is not None and self._snapshot.gradients is not None)
        self.toolbar.set_info(text)

    def _sync_toolbar(self) -> None:
        n_rows = self._dataset.n_samples if self._dataset is not None else 0
        self.toolbar.show_options(self._gradients, self._scaling, self._fixed_range,
                                  self._sample, n_rows, self._edge_labels)

    def _draw_images(self) -> None:
        """The published maps as thumbnails in the drawn neurons, all in one item."""
        if self._images is None or self._layout is None:
            self._thumbnails = {}
        else:
            self._thumbnails = neuron_thumbnails(*self._images, self._layout,
                                                  self.neurons.node_size, self._luts)
        self.thumbnails.set_thumbnails([t.rect for t in self._thumbnails.values()],
                                       [t.pixels for t in self._thumbnails.values()])

    # -- the pointer's questions (pointer.py asks them) -------------------------------------
    def describe(self, hit: Hit) -> str:
        """Tooltip text for ``hit`` in the lectures' notation, with the current numbers."""
        snap = self._shown_snapshot()
        if snap is None:
            return ""
        names = self._dataset.feature_names if self._dataset is not None else ()
        text = describe(hit, snap, self._activity, names)
        if hit.kind == "input" and self._layout.block is not None:
            text += translate("GraphView", "\nhover a neuron of layer 1 to see its weights w¹ⱼ on the picture")
        return text

    def parameter_index(self, hit: Hit) -> int | None:
        """θ index of the edge's w^l_jk or the neuron's b^l_j; None for an input or no bias."""
        arch = self._architecture
        if hit.kind == "edge":
            return arch.weight_index(hit.layer, hit.j, hit.k)
        if hit.kind == "neuron" and arch.bias[hit.layer - 1]:
            return arch.bias_index(hit.layer, hit.j)
        return None

    def edit_parameter(self, index: int, at: QPointF | None = None) -> None:
        """Select θ_index (sends ``Select(parameter=index)``) and open the editor on it."""
        snap = self._snapshot
        if snap is None or not 0 <= index < snap.architecture.n_parameters:
            raise InputError(translate("GraphView", "there is no parameter {index} to edit").format(index=index))
        self._highlight(index)
        self.issue(Select(parameter=index))
        if at is None:
            at = QPointF(self.width() / 3, self.height() / 3)
        self.editor.open(index, parameter_symbol(self._architecture, index),
                         float(snap.params[index]), at + QPointF(12, 12))

    def _highlight(self, index: int | None) -> None:
        """Underlay the edge of θ_index with a dark band, if it is drawn (None: no band)."""
        layout = self._layout
        hits = np.flatnonzero(layout.edge_theta == index) if layout is not None and index is not None \
            else np.zeros(0, dtype=int)
        if hits.size:
            x0, y0, x1, y1 = layout.segments[hits[0]]
            pen = QPen(blend(self._foreground, self._background, 0.5), self._theme.width(12))
            pen.setCosmetic(True)
            self.selection.setData([x0, x1], [y0, y1], pen=pen)
        else:
            self.selection.setData([], [])
