"""The hidden feature space: the data and the input grid as a hidden layer sees them.

Hidden layer l maps every input x to h = a^l(x). This view draws, live while training,
the training and test points and the lines of the input grid (x1 = const and x2 = const)
carried through the network up to layer l, in two coordinates of h: two chosen neurons
u = (a^l_j, a^l_k), or the first two principal components of a^l on the training data.
The grid lines show how the layer bends and folds the input plane. For the last hidden
layer with two neurons the output neuron sees z^L = w^L_1 a^l_1 + w^L_2 a^l_2 + b^L, so its
decision level is a straight line here (drawn dashed): XOR, which no straight line
separates in the input plane, becomes linearly separable after the hidden layer.

The plot is drawn to scale (one unit is as long across as up) and hugs the points and
the grid lines: the range is refitted only when they leave it or shrink to under half of it,
so the axes stay calm while training. While the view is hidden behind another tab nothing
is computed; the latest snapshot is drawn when it is shown again.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nnviz.core.data import CLASSIFICATION, Dataset
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
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.colors import class_colour, sequential_map
from nnviz.gui.views.background import DEFAULT_BACKGROUND_WORK, LatestResultRunner
from nnviz.gui.views.graph_items import neuron_label
from nnviz.gui.kit.aspect_fit import AspectFit
from nnviz.gui.kit.axes import QWIDGETSIZE_MAX, quiet_plot, set_axis_label, style_plot, widest_tick
from nnviz.gui.kit.flow_layout import FlowLayout, settle_layout
from nnviz.gui.kit.stage import StageWatcher, offstage

Array = np.ndarray

PCA = "pca"
NEURONS = "neurons"
POINT_SIZE = 13  # marker diameter in pixels at presentation scale 1
GRID_COLOUR = (150, 150, 150)
EDGE_COLOUR = (90, 90, 90)
DARK_EDGE_COLOUR = (175, 175, 180)  # the grid's edge on the dark palette
TEST_EDGE = (25, 25, 25)
PAD = 0.08  # share of the points' span added around them
MAX_ASPECT = 2.0  # the plot is at most twice as wide as tall (or tall as wide)
# Activations whose values stay in a fixed range: the plot keeps that range in neuron mode.
ACTIVATION_RANGE = {"sigmoid": (0.0, 1.0), "step": (0.0, 1.0), "tanh": (-1.0, 1.0), "sign": (-1.0, 1.0)}


def _html_neuron(layer: int, j: int) -> str:
    return f"<i>a</i><sup>{layer}</sup><sub>{j + 1}</sub>"




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
        self._theme = current_theme()
        self._left_sample = "-0.00"

        self._build_widgets()
        self._build_items()
        self.apply_theme(self._theme)
        self._stage = StageWatcher(self)
        self._stage.shown.connect(self._request)  # snapshots that came while hidden
        self._configure()

    # -- construction -------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.layer_box = QComboBox()
        self.layer_box.setToolTip("the hidden layer whose activations a^l are the coordinates")
        self.axes_box = QComboBox()
        self.axes_box.addItem("PCA", PCA)
        self.axes_box.addItem("two neurons", NEURONS)
        self.axes_box.setToolTip("the axes: the first two principal components of a^l on the "
                                 "training data, or two chosen neurons")
        self.x_neuron_box = QComboBox()
        self.y_neuron_box = QComboBox()
        self.x_neuron_box.setToolTip("the neuron on the horizontal axis")
        self.y_neuron_box.setToolTip("the neuron on the vertical axis")
        self.layer_box.activated.connect(self._on_layer_chosen)
        for box in (self.layer_box, self.axes_box, self.x_neuron_box, self.y_neuron_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for box in (self.axes_box, self.x_neuron_box, self.y_neuron_box):
            box.activated.connect(self._on_axes_chosen)
        controls = FlowLayout()
        for w in (self.layer_box, self.axes_box, self.x_neuron_box, self.y_neuron_box):
            controls.addWidget(w)

        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.plot_widget = pg.PlotWidget()
        self.plot = quiet_plot(self.plot_widget)
        self.aspect = AspectFit(self.plot)
        self.aspect.height_wanted.connect(self._cap_plot_height)

        self.message_label = QLabel()
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot_widget)
        self.stack.addWidget(self.message_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addStretch(1)  # spare height above and below: title and controls stay by the plot
        layout.addWidget(self.title_label)
        layout.addWidget(self.stack, 100)
        layout.addLayout(controls)
        layout.addStretch(1)

    def _cap_plot_height(self, height: int | None) -> None:
        """The plot is as tall as its shape needs at its width (the message page: any)."""
        limit = height if height is not None and self.stack.currentIndex() == 0 else QWIDGETSIZE_MAX
        if self.stack.maximumHeight() != limit:
            self.stack.setMaximumHeight(limit)

    def _build_items(self) -> None:
        self.grid_lines = pg.PlotCurveItem(connect="finite", skipFiniteCheck=True)
        self.grid_edge = pg.PlotCurveItem(connect="finite", skipFiniteCheck=True)
        self.decision_line = pg.InfiniteLine(label="output", labelOpts={"position": 0.12})
        self.train_points = pg.ScatterPlotItem(symbol="o", brush=pg.mkBrush(150, 150, 150))
        self.test_points = pg.ScatterPlotItem(symbol="s", brush=pg.mkBrush(150, 150, 150))
        for z, item in enumerate((self.grid_lines, self.grid_edge, self.decision_line,
                                  self.train_points, self.test_points)):
            item.setZValue(z)
            self.plot.addItem(item)
        self.decision_line.setVisible(False)

    def apply_theme(self, theme: Theme) -> None:
        """Palette and presentation scale s: fonts, markers and lines s times larger."""
        self._theme = theme
        self.plot_widget.setBackground(theme.plot_background)
        style_plot(self.plot, theme, self._left_sample)
        title_font = QFont()
        title_font.setPointSizeF(theme.point_size * 1.1)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        message_font = QFont()
        message_font.setPointSizeF(theme.point_size * 1.3)
        self.message_label.setFont(message_font)
        edge = DARK_EDGE_COLOUR if theme.dark else EDGE_COLOUR
        self.grid_lines.setPen(pg.mkPen(GRID_COLOUR, width=theme.width(1.2)))
        self.grid_edge.setPen(pg.mkPen(edge, width=theme.width(2.5)))
        # The decision line is drawn on the plot background: in the theme's foreground colour.
        ink = pg.mkColor(theme.plot_foreground)
        paper = pg.mkColor(theme.plot_background)
        paper.setAlpha(210)
        self.decision_line.setPen(pg.mkPen(ink, width=theme.width(3.0), style=Qt.PenStyle.DashLine))
        self.decision_line.label.setColor(ink)
        self.decision_line.label.fill = pg.mkBrush(paper)
        self.decision_line.label.setFont(theme.tick_font())
        size = POINT_SIZE * theme.scale
        self.train_points.setSize(size)
        self.train_points.setPen(pg.mkPen("w", width=theme.width(1.5)))
        self.test_points.setSize(size)
        self.test_points.setPen(pg.mkPen(TEST_EDGE, width=theme.width(2.0)))

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
        """Block until the latest snapshot is computed, drawn and laid out (for `nnviz render`
        and tests: a large grid is computed off the GUI thread); False if ``msecs`` ran out."""
        done = self.runner.flush(msecs)
        settle_layout()
        return done

    @property
    def title(self) -> str:
        """The title above the plot (rich text)."""
        return self.title_label.text()

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
            self.layer_box.addItem(f"hidden layer {l} ({n})", l)
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
            box.addItems([neuron_label("a", layer, j) for j in range(n)])
            box.setCurrentIndex(min(default, n - 1))
        self.axes_box.setCurrentIndex(self.axes_box.findData(NEURONS if n <= 2 else PCA))
        self._enable_neuron_boxes()

    def _enable_neuron_boxes(self) -> None:
        """The neuron lists show only when the axes are two neurons."""
        on = self.axes_box.currentData() == NEURONS
        self.x_neuron_box.setVisible(on)
        self.y_neuron_box.setVisible(on)

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
        self.title_label.show()
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
        self.stack.setMaximumHeight(QWIDGETSIZE_MAX)
        self.title_label.hide()

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
        if snap is None or self.stack.currentIndex() != 0 or self.layer is None or offstage(self):
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
        self.title_label.setText(f"Could not compute the feature space: {text}")

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
        """Axis names, title and ranges, set only when the choice changes (PCA shares: when
        their rounded percentages change)."""
        layer, proj = space.layer, space.projection
        if proj.neurons is not None:
            key = (layer, proj.neurons)
            if key == self._axis_key:
                return
            self._axis_key = key
            j, k = proj.neurons
            self.title_label.setText(f"The data and the input grid in hidden layer {layer}")
            bounds = ACTIVATION_RANGE.get(self._architecture.activations[layer - 1])
            self._follows_data = bounds is None
            if bounds is not None:
                lo, hi = bounds
                pad = PAD * (hi - lo)
                y_range = (lo - pad, hi + pad) if k >= 0 else (-0.5, 0.5)
                self._left_sample = widest_tick(*y_range)
                self._name_axes(_html_neuron(layer, j), _html_neuron(layer, k) if k >= 0 else "")
                self._show_range((lo - pad, hi + pad), y_range)
            else:
                self._name_axes(_html_neuron(layer, j), _html_neuron(layer, k) if k >= 0 else "")
            return
        share = [round(100 * s) for s in proj.explained]
        key = (layer, "pca", *share)
        if key == self._axis_key:
            return
        if self._axis_key is None or self._axis_key[:2] != key[:2]:
            self._follows_data = True
            self.title_label.setText(f"The data and the input grid in hidden layer {layer} "
                                     "(principal components)")
        self._axis_key = key
        a = f"<i>a</i><sup>{layer}</sup>"
        self._name_axes(f"PC1 of {a} ({share[0]} % of variance)", f"PC2 of {a} ({share[1]} % of variance)")

    def _name_axes(self, bottom: str, left: str) -> None:
        set_axis_label(self.plot, "bottom", bottom, self._theme, self._left_sample)
        set_axis_label(self.plot, "left", left, self._theme, self._left_sample)

    def _show_range(self, x_range: tuple[float, float], y_range: tuple[float, float]) -> None:
        """Show exactly this range, to scale: the plot takes its shape (at most MAX_ASPECT)."""
        sample = widest_tick(*y_range)
        if sample != self._left_sample:
            self._left_sample = sample
            style_plot(self.plot, self._theme, sample)
        self.aspect.set_ratio((x_range[1] - x_range[0]) / (y_range[1] - y_range[0]))
        self.plot.setRange(xRange=x_range, yRange=y_range, padding=0)

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
        self._show_range(*_framed_range(lo, hi))


def _framed_range(lo: Array, hi: Array) -> tuple[tuple[float, float], tuple[float, float]]:
    """x and y ranges around the box [lo, hi] with a margin of PAD, widened along the
    shorter side until the box is at most MAX_ASPECT times as long as it is wide."""
    span = np.maximum(hi - lo, 1e-3) * (1 + 2 * PAD)
    centre = (lo + hi) / 2
    width, height = span
    width = max(width, height / MAX_ASPECT)
    height = max(height, width / MAX_ASPECT)
    return ((centre[0] - width / 2, centre[0] + width / 2),
            (centre[1] - height / 2, centre[1] + height / 2))
