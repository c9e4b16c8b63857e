"""The hidden feature space: the data and the input grid as a hidden layer sees them.

Hidden layer l maps every input x to h = a^l(x). This view draws, live while training,
the training and test points and the lines of the input grid (x1 = const and x2 = const)
carried through the network up to layer l, in two coordinates of h: two chosen neurons
u = (a^l_j, a^l_k), or the first two principal components of a^l on the training data.
The grid lines show how the layer bends and folds the input plane. For the last hidden
layer with two neurons the output neuron sees z^L = w^L_1 a^l_1 + w^L_2 a^l_2 + b^L, so its
decision level is a straight line here (drawn dashed): XOR, which no straight line
separates in the input plane, becomes linearly separable after the hidden layer.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nnviz.core.dataset import CLASSIFICATION, Dataset
from nnviz.core.input_space import (
    FeatureSpace,
    InputPlane,
    Projection,
    class_zero_level,
    dataset_inputs,
    feature_space,
    input_line,
)
from nnviz.core.network import Architecture, Network
from nnviz.core.snapshot import Snapshot
from nnviz.gui.colors import class_colour, sequential_map
from nnviz.gui.views.background import DEFAULT_BACKGROUND_WORK, LatestResultRunner

Array = np.ndarray

PCA = "pca"
NEURONS = "neurons"
POINT_SIZE = 13
GRID_COLOUR = (150, 150, 150)
EDGE_COLOUR = (90, 90, 90)
TEST_EDGE = (25, 25, 25)
# Activations whose values stay in a fixed range: the plot keeps that range in neuron mode.
ACTIVATION_RANGE = {"sigmoid": (0.0, 1.0), "step": (0.0, 1.0), "tanh": (-1.0, 1.0), "sign": (-1.0, 1.0)}


def _html_neuron(layer: int, j: int) -> str:
    return f"<i>a</i><sup>{layer}</sup><sub>{j + 1}</sub>"


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def _plain_neuron(layer: int, j: int) -> str:
    """a^l_j in Unicode, for combo boxes: a¹₂."""
    return f"a{str(layer).translate(_SUPERSCRIPT)}{str(j + 1).translate(_SUBSCRIPT)}"


def _polylines(lines: Array) -> tuple[Array, Array]:
    """(n_lines, samples, 2) polylines as x, y arrays with a NaN between lines (connect='finite')."""
    gap = np.full((lines.shape[0], 1, 2), np.nan)
    flat = np.concatenate([lines, gap], axis=1).reshape(-1, 2)
    return flat[:, 0], flat[:, 1]


class FeatureSpaceView(QWidget):
    """Data points and input grid lines mapped into two coordinates of a hidden layer."""

    def __init__(self, parent: QWidget | None = None, *, background_work: float = DEFAULT_BACKGROUND_WORK):
        super().__init__(parent)
        self.runner = LatestResultRunner(self, background_work)
        self.runner.result_ready.connect(self._on_result)
        self.runner.failed.connect(self._on_failed)

        self._dataset: Dataset | None = None
        self._snapshot: Snapshot | None = None
        self._architecture: Architecture | None = None
        self._lines: Array | None = None  # input grid polylines (n_lines, samples, N_0)
        self._level: float | None = None
        self._requested: Array | None = None
        self._projection: Projection | None = None  # the last one drawn (keeps PCA signs)
        self._result: FeatureSpace | None = None
        self._axis_key: tuple | None = None
        self._chosen_layer: int | None = None  # a layer the user picked, kept across rebuilds
        self._framed = False  # the range was fitted to the points since the last restart
        self._follows_data = True  # the range follows the points (else: a fixed activation range)

        self._build_widgets()
        self._build_items()
        self._configure()

    # -- construction -------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.layer_box = QComboBox()
        self.axes_box = QComboBox()
        self.axes_box.addItem("first two principal components", PCA)
        self.axes_box.addItem("two neurons", NEURONS)
        self.x_neuron_box = QComboBox()
        self.y_neuron_box = QComboBox()
        self.layer_box.activated.connect(self._on_layer_chosen)
        for box in (self.axes_box, self.x_neuron_box, self.y_neuron_box):
            box.activated.connect(self._on_axes_chosen)
        controls = QHBoxLayout()
        for w in (QLabel("Layer"), self.layer_box, QLabel("axes"), self.axes_box,
                  self.x_neuron_box, self.y_neuron_box):
            controls.addWidget(w)
        controls.addStretch(1)

        self.plot_widget = pg.PlotWidget()
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setAspectLocked(True)
        tick_font = QFont()
        tick_font.setPointSize(12)
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setTickFont(tick_font)
            self.plot.getAxis(side).enableAutoSIPrefix(False)

        self.message_label = QLabel()
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        font = self.message_label.font()
        font.setPointSize(15)
        self.message_label.setFont(font)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot_widget)
        self.stack.addWidget(self.message_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(controls)
        layout.addWidget(self.stack, 1)

    def _build_items(self) -> None:
        self.grid_lines = pg.PlotDataItem(pen=pg.mkPen(GRID_COLOUR, width=1.2), connect="finite")
        self.grid_edge = pg.PlotDataItem(pen=pg.mkPen(EDGE_COLOUR, width=2.5), connect="finite")
        # The decision line is drawn on the plot background: in the theme's foreground colour.
        ink = pg.mkColor(pg.getConfigOption("foreground"))
        paper = pg.mkColor(pg.getConfigOption("background"))
        paper.setAlpha(210)
        self.decision_line = pg.InfiniteLine(
            pen=pg.mkPen(ink, width=3, style=Qt.PenStyle.DashLine),
            label="output",
            labelOpts={"position": 0.12, "color": ink, "fill": paper},
        )
        label_font = QFont()
        label_font.setPointSize(12)
        self.decision_line.label.setFont(label_font)
        self.train_points = pg.ScatterPlotItem(
            size=POINT_SIZE, symbol="o", pen=pg.mkPen("w", width=1.5), brush=pg.mkBrush(150, 150, 150)
        )
        self.test_points = pg.ScatterPlotItem(
            size=POINT_SIZE, symbol="s", pen=pg.mkPen(TEST_EDGE, width=2), brush=pg.mkBrush(150, 150, 150)
        )
        for z, item in enumerate((self.grid_lines, self.grid_edge, self.decision_line,
                                  self.train_points, self.test_points)):
            item.setZValue(z)
            self.plot.addItem(item)
        self.decision_line.setVisible(False)

    # -- the view contract --------------------------------------------------------------
    def set_dataset(self, dataset: Dataset) -> None:
        """New data: new points and input grid lines; the next snapshot maps them."""
        self._dataset = dataset
        self._set_point_colours()
        self._configure()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Map the data through the network of ``snapshot`` (skipped when its θ is unchanged)."""
        self._snapshot = snapshot
        if snapshot.architecture != self._architecture:
            self._architecture = snapshot.architecture
            self._fill_layer_box()
            self._configure()
        else:
            self._request()

    def flush(self, msecs: int = 10_000) -> bool:
        """Block until the latest snapshot is computed and drawn (for `nnviz render` and tests:
        a large grid is computed off the GUI thread); False if ``msecs`` ran out first."""
        return self.runner.flush(msecs)

    # -- choices --------------------------------------------------------------------------
    def choose(self, layer: int, neurons: tuple[int, int] | None = None) -> None:
        """Show hidden layer ``layer`` (1-based) in neurons (j, k) (0-based), or in its first
        two principal components when ``neurons`` is None."""
        index = self.layer_box.findData(layer)
        if index < 0:
            raise ValueError(f"layer {layer} is not a hidden layer of this network")
        self.layer_box.setCurrentIndex(index)
        self._chosen_layer = layer
        self._fill_neuron_boxes()
        if neurons is None:
            self.axes_box.setCurrentIndex(self.axes_box.findData(PCA))
        else:
            self.axes_box.setCurrentIndex(self.axes_box.findData(NEURONS))
            self.x_neuron_box.setCurrentIndex(neurons[0])
            self.y_neuron_box.setCurrentIndex(neurons[1])
        self._on_axes_chosen()

    @property
    def layer(self) -> int | None:
        return self.layer_box.currentData()

    @property
    def neurons(self) -> tuple[int, int] | None:
        """The chosen (j, k), 0-based, or None for principal components."""
        if self.axes_box.currentData() != NEURONS:
            return None
        return self.x_neuron_box.currentIndex(), self.y_neuron_box.currentIndex()

    @property
    def result(self) -> FeatureSpace | None:
        """The coordinates drawn last."""
        return self._result

    @property
    def message(self) -> str:
        return self.message_label.text() if self.stack.currentIndex() == 1 else ""

    def _fill_layer_box(self) -> None:
        """The hidden layers of a new architecture: the layer the user chose stays if it still
        exists, else the last hidden layer (the one that feeds the output) is shown."""
        arch = self._architecture
        self.layer_box.clear()
        for l, n in enumerate(arch.sizes[1:-1], start=1):
            self.layer_box.addItem(f"hidden {l} ({n} neuron{'s' if n != 1 else ''})", l)
        if self.layer_box.count():
            chosen = self._chosen_layer
            keep = chosen if chosen is not None and chosen < arch.n_layers else arch.n_layers - 1
            self.layer_box.setCurrentIndex(self.layer_box.findData(keep))
        self._fill_neuron_boxes()

    def _fill_neuron_boxes(self) -> None:
        layer = self.layer
        n = self._architecture.sizes[layer] if layer is not None else 0
        for box, default in ((self.x_neuron_box, 0), (self.y_neuron_box, 1)):
            box.clear()
            box.addItems([_plain_neuron(layer, j) for j in range(n)])
            box.setCurrentIndex(min(default, n - 1))
        self.axes_box.setCurrentIndex(self.axes_box.findData(NEURONS if n <= 2 else PCA))
        self._enable_neuron_boxes()

    def _enable_neuron_boxes(self) -> None:
        on = self.axes_box.currentData() == NEURONS
        self.x_neuron_box.setEnabled(on)
        self.y_neuron_box.setEnabled(on)

    def _on_layer_chosen(self) -> None:
        self._chosen_layer = self.layer
        self._fill_neuron_boxes()
        self._on_axes_chosen()

    def _on_axes_chosen(self) -> None:
        self._enable_neuron_boxes()
        self._projection = None
        self._restart()

    # -- layout ---------------------------------------------------------------------------
    def _configure(self) -> None:
        """Data or architecture changed: new input grid lines, decision level and messages."""
        self._lines = None
        self._level = None
        data, arch = self._dataset, self._architecture
        if data is None:
            self._show_message("No data yet.")
            return
        if arch is None:
            self._show_message("No network yet.")
            return
        if arch.n_inputs != data.n_features:
            self._show_message(f"Waiting for a network with {data.n_features} inputs.")
            return
        if arch.n_layers < 2:
            self._show_message(
                "This network has no hidden layer: its output neuron draws a straight line in "
                "the input space itself (see the decision boundary). Add a hidden layer to see "
                "the data in its feature space."
            )
            return
        self.stack.setCurrentIndex(0)
        inputs = dataset_inputs(data)
        if data.n_features == 2:
            self._lines = InputPlane.around(inputs, 2).grid_lines()
        elif data.n_features == 1:
            self._lines = input_line(inputs)[None, :, :]
        if data.kind == CLASSIFICATION and arch.n_outputs == 1:
            self._level = class_zero_level(Network(arch), data)[1]
        self._show_grid_lines()
        self._restart()

    def _show_message(self, text: str) -> None:
        self.runner.invalidate()
        self._result = None
        self.message_label.setText(text)
        self.stack.setCurrentIndex(1)

    def _restart(self) -> None:
        """Forget what is drawn and computed; compute again for the latest snapshot."""
        self.runner.invalidate()
        self._requested = None
        self._result = None
        self._axis_key = None
        self._framed = False
        self._clear_items()
        self._request()

    def _clear_items(self) -> None:
        for item in (self.grid_lines, self.grid_edge, self.train_points, self.test_points):
            item.setData([], [])
        self.decision_line.setVisible(False)

    def _set_point_colours(self) -> None:
        data = self._dataset
        self._brushes = []
        for y in (data.y_train, data.y_test):
            if data.kind == CLASSIFICATION:
                self._brushes.append([pg.mkBrush(*class_colour(int(c))) for c in y])
            else:
                values = np.asarray(y, dtype=float)[:, 0]
                all_y = np.concatenate([data.y_train[:, 0], data.y_test[:, 0]])
                lo, hi = (float(all_y.min()), float(all_y.max())) if all_y.size else (0.0, 0.0)
                unit = np.clip((values - lo) / (hi - lo), 0, 1) if hi > lo else np.full(values.size, 0.5)
                colours = sequential_map().map(unit, mode="byte")
                self._brushes.append([pg.mkBrush(*c[:3]) for c in colours])

    def _show_grid_lines(self) -> None:
        self.grid_lines.setVisible(self._lines is not None)
        self.grid_edge.setVisible(self._lines is not None)

    # -- computing ------------------------------------------------------------------------
    def _request(self) -> None:
        snap = self._snapshot
        if snap is None or self.stack.currentIndex() != 0 or self.layer is None:
            return
        if self._requested is not None and np.array_equal(self._requested, snap.params):
            return
        self._requested = snap.params
        data = self._dataset
        arch, params, layer, neurons = snap.architecture, snap.params, self.layer, self.neurons
        lines, level, reference = self._lines, self._level, self._projection
        n_points = len(data.x_train) + len(data.x_test) + (lines.shape[0] * lines.shape[1] if lines is not None else 0)
        work = n_points * sum(a * b for a, b in zip(arch.sizes[1:layer + 1], arch.sizes[:layer]))

        def job() -> FeatureSpace:
            return feature_space(Network(arch, params), layer, data.x_train, data.x_test,
                                 lines, neurons, level, reference)

        self.runner.submit(job, work)

    def _on_failed(self, text: str) -> None:
        self.plot.setTitle(f"Could not compute the feature space: {text}", size="12pt")

    # -- drawing --------------------------------------------------------------------------
    def _on_result(self, space: FeatureSpace) -> None:
        self._result = space
        self._projection = space.projection
        self.train_points.setData(space.train[:, 0], space.train[:, 1], brush=self._brushes[0])
        self.test_points.setData(space.test[:, 0], space.test[:, 1], brush=self._brushes[1])
        if space.lines is not None:
            self.grid_lines.setData(*_polylines(space.lines))
            n = space.lines.shape[0]
            edges = space.lines[[0, n // 2 - 1, n // 2, n - 1]] if n >= 4 else space.lines
            self.grid_edge.setData(*_polylines(edges))
        self._draw_decision_line(space.decision)
        self._set_axes(space)
        if self._follows_data:
            self._follow(space)

    def _draw_decision_line(self, decision: tuple[float, float, float] | None) -> None:
        """α u + β v + γ = 0: through the point -γ(α, β)/(α² + β²), direction (β, -α)."""
        if decision is None:
            self.decision_line.setVisible(False)
            return
        alpha, beta, gamma = decision
        norm2 = alpha * alpha + beta * beta
        self.decision_line.setPos((-gamma * alpha / norm2, -gamma * beta / norm2))
        self.decision_line.setAngle(float(np.degrees(np.arctan2(-alpha, beta))))
        self.decision_line.setVisible(True)
        text = f"output = {self._level:g}"
        if self.decision_line.label.format != text:
            self.decision_line.label.setFormat(text)

    def _set_axes(self, space: FeatureSpace) -> None:
        """Axis labels and ranges, set only when the choice changes (PCA shares: every frame)."""
        layer, proj = space.layer, space.projection
        label_style = {"font-size": "14pt"}
        if proj.neurons is not None:
            key = (layer, proj.neurons)
            if key == self._axis_key:
                return
            self._axis_key = key
            j, k = proj.neurons
            self.plot.setLabel("bottom", _html_neuron(layer, j), **label_style)
            self.plot.setLabel("left", _html_neuron(layer, k) if k >= 0 else "", **label_style)
            self.plot.setTitle(f"The data and the input grid in hidden layer {layer}", size="14pt")
            bounds = ACTIVATION_RANGE.get(self._architecture.activations[layer - 1])
            self._follows_data = bounds is None
            if bounds is not None:
                lo, hi = bounds
                pad = 0.08 * (hi - lo)
                self.plot.setRange(xRange=(lo - pad, hi + pad),
                                   yRange=(lo - pad, hi + pad) if k >= 0 else (-0.5, 0.5), padding=0)
            return
        share = [round(100 * s) for s in proj.explained]
        key = (layer, "pca", *share)
        if key == self._axis_key:
            return
        if self._axis_key is None or self._axis_key[:2] != key[:2]:
            self._follows_data = True
            self.plot.setTitle(f"The data and the input grid in hidden layer {layer} "
                               "(principal components)", size="14pt")
        self._axis_key = key
        a = f"<i>a</i><sup>{layer}</sup>"
        self.plot.setLabel("bottom", f"PC1 of {a} ({share[0]} % of variance)", **label_style)
        self.plot.setLabel("left", f"PC2 of {a} ({share[1]} % of variance)", **label_style)

    def _follow(self, space: FeatureSpace) -> None:
        """Fit the range to the points, again only when they leave it or fill under half of
        it: a calm picture while training (and no new axis ticks every frame)."""
        parts = [space.train, space.test] + ([space.lines.reshape(-1, 2)] if space.lines is not None else [])
        points = np.vstack(parts)
        points = points[np.all(np.isfinite(points), axis=1)]
        if not len(points):
            return
        lo, hi = points.min(axis=0), points.max(axis=0)
        (x0, x1), (y0, y1) = self.plot.viewRange()
        inside = lo[0] >= x0 and lo[1] >= y0 and hi[0] <= x1 and hi[1] <= y1
        fills = (hi[0] - lo[0]) >= 0.5 * (x1 - x0) or (hi[1] - lo[1]) >= 0.5 * (y1 - y0)
        if self._framed and inside and fills:
            return
        self._framed = True
        span = np.maximum(hi - lo, 1e-3)
        self.plot.setRange(xRange=(lo[0], lo[0] + span[0]), yRange=(lo[1], lo[1] + span[1]), padding=0.08)
