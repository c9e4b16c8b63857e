"""The decision boundary view: what the network outputs over its input space.

Two inputs (x1, x2): the output a^L over the input plane as a heatmap (one ImageItem, updated
in place), the training and test points on top and the decision level as a contour line:

    one output neuron, two classes   diverging orange .. blue over [low, 1], centred on the
                                     decision level (low + 1) / 2: 0.5 for 0/1 targets, 0 for
                                     ±1 targets or a tanh output; "discretize" shows only the
                                     predicted class
    K output neurons                 the colour of the winning class argmax_c a^L_c, paler
                                     where the win is narrow; lines where two classes tie
    regression                       the predicted value on the sequential map, over the
                                     range of the targets

One input: the data points and the network's curve a^L(x). More inputs: a message saying
what cannot be drawn, with the offer of a slice through two chosen inputs, the others held
at their mean.

Per-neuron maps: every hidden a^l_j over the same plane comes out of the same forward pass
(nnviz.core.input_space). :meth:`BoundaryView.show_neuron_map` shows one large (with its
z^l_j = 0 line), :meth:`BoundaryView.show_output` goes back, and ``neuron_images_ready``
carries small maps for the thumbnails beside the neurons of the graph view.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTransform
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nnviz.core.dataset import CLASSIFICATION, Dataset, one_hot
from nnviz.core.input_space import (
    DEFAULT_RESOLUTION,
    THUMBNAIL_RESOLUTION,
    InputPlane,
    PlaneMaps,
    class_margins,
    class_zero_level,
    contour_segments,
    dataset_inputs,
    input_line,
    neuron_images,
    plane_maps,
)
from nnviz.core.network import Architecture, ForwardTrace, Network
from nnviz.core.snapshot import Snapshot
from nnviz.gui.colors import class_colour, diverging_map, sequential_map
from nnviz.gui.views.background import DEFAULT_BACKGROUND_WORK, LatestResultRunner

Array = np.ndarray

__all__ = ["BoundaryView", "neuron_images"]

REGION_LIGHTEN = 0.35  # share of white mixed into region colours, so the points stand out
POINT_SIZE = 13
CONTOUR_COLOUR = (25, 25, 25)
TEST_EDGE = (25, 25, 25)
# The range of the bounded activations, for colouring their maps around the middle.
ACTIVATION_RANGE = {"sigmoid": (0.0, 1.0), "step": (0.0, 1.0), "tanh": (-1.0, 1.0), "sign": (-1.0, 1.0)}


def lightened(rgb: Array, amount: float | Array) -> Array:
    """Colours (..., 3) mixed with white: c + amount·(255 - c), as uint8."""
    rgb = np.asarray(rgb, dtype=float)
    return np.clip(np.rint(rgb + np.asarray(amount)[..., None] * (255.0 - rgb)), 0, 255).astype(np.uint8)


def _lut(cmap: pg.ColorMap, amount: float) -> Array:
    return lightened(cmap.getLookupTable(0.0, 1.0, 256, alpha=False), amount)


def _html_neuron(layer: int, j: int | None = None) -> str:
    sub = f"<sub>{j + 1}</sub>" if j is not None else ""
    return f"<i>a</i><sup>{layer}</sup>{sub}"


class _PlaneResult:
    """What one job computed over the plane: every layer's maps, and the thumbnails."""

    def __init__(self, maps: PlaneMaps, thumbnails: list[list[Array]] | None):
        self.maps = maps
        self.thumbnails = thumbnails


def _compute_plane(
    architecture: Architecture, params: Array, plane: InputPlane, thumbnails: InputPlane | None
) -> _PlaneResult:
    net = Network(architecture, params)
    small = plane_maps(net, thumbnails).hidden_images() if thumbnails is not None else None
    return _PlaneResult(plane_maps(net, plane), small)


def _compute_line(architecture: Architecture, params: Array, x: Array) -> ForwardTrace:
    return Network(architecture, params).forward(x)


class BoundaryView(QWidget):
    """The network's output (or one hidden neuron) over its input space, with the data on top."""

    # Per hidden layer, one row-major (32, 32) map per neuron (or None): for
    # GraphView.set_neuron_images, computed with the output map.
    neuron_images_ready = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        resolution: int = DEFAULT_RESOLUTION,
        background_work: float = DEFAULT_BACKGROUND_WORK,
    ):
        super().__init__(parent)
        self.resolution = resolution
        self.runner = LatestResultRunner(self, background_work)
        self.runner.result_ready.connect(self._on_result)
        self.runner.failed.connect(self._on_failed)

        self._dataset: Dataset | None = None
        self._snapshot: Snapshot | None = None
        self._architecture: Architecture | None = None
        self._neuron: tuple[int, int] | None = None
        self._plane: InputPlane | None = None
        self._line: Array | None = None
        self._slice = False
        self._result: _PlaneResult | ForwardTrace | None = None
        self._requested: Array | None = None
        self._levels = (0.0, 0.5)  # (target of class 0, decision level), one output neuron
        self._title = ""

        self._build_widgets()
        self._build_items()
        self._configure()

    # -- construction -------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.plot_widget = pg.PlotWidget()
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
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
        self.slice_button = QPushButton("Show a slice: two inputs, the others at their mean")
        self.slice_button.clicked.connect(lambda: self.set_slice(True))
        message_page = QWidget()
        box = QVBoxLayout(message_page)
        box.addStretch(1)
        box.addWidget(self.message_label)
        box.addWidget(self.slice_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot_widget)
        self.stack.addWidget(message_page)

        self.legend_label = QLabel()
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.discretize_box = QCheckBox("Discretize output")
        self.discretize_box.setToolTip("Show only the predicted class: output above or below the decision level")
        self.discretize_box.toggled.connect(self._render)
        self.test_box = QCheckBox("Show test data")
        self.test_box.setChecked(True)
        self.test_box.toggled.connect(self._show_test_points)
        self.x_feature_box = QComboBox()
        self.y_feature_box = QComboBox()
        self.x_feature_box.activated.connect(self._configure)
        self.y_feature_box.activated.connect(self._configure)
        self.slice_label = QLabel("Slice:")
        self.end_slice_button = QPushButton("All inputs")
        self.end_slice_button.setToolTip("Back to the message about what this view can draw")
        self.end_slice_button.clicked.connect(lambda: self.set_slice(False))

        self.legend_label.setWordWrap(True)
        self.legend_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        controls = QHBoxLayout()
        controls.addWidget(self.legend_label, 1)
        for w in (self.slice_label, self.x_feature_box, self.y_feature_box, self.end_slice_button,
                  self.discretize_box, self.test_box):
            controls.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.stack, 1)
        layout.addLayout(controls)

    def _build_items(self) -> None:
        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setZValue(-10)
        self.contour = pg.PlotDataItem(pen=pg.mkPen(CONTOUR_COLOUR, width=3), connect="pairs")
        self.contour.setZValue(5)
        self.level_line = pg.InfiniteLine(
            angle=0, pen=pg.mkPen(CONTOUR_COLOUR, width=1.5, style=Qt.PenStyle.DashLine)
        )
        self.train_points = pg.ScatterPlotItem(
            size=POINT_SIZE, symbol="o", pen=pg.mkPen("w", width=1.5), brush=pg.mkBrush(150, 150, 150)
        )
        self.test_points = pg.ScatterPlotItem(
            size=POINT_SIZE, symbol="s", pen=pg.mkPen(TEST_EDGE, width=2), brush=pg.mkBrush(150, 150, 150)
        )
        self.train_points.setZValue(10)
        self.test_points.setZValue(11)
        self.curves: list[pg.PlotDataItem] = []
        for item in (self.image, self.contour, self.level_line, self.train_points, self.test_points):
            self.plot.addItem(item)

    # -- the view contract --------------------------------------------------------------
    def set_dataset(self, dataset: Dataset) -> None:
        """New data: new plane, new points; the next snapshot fills the map."""
        self._dataset = dataset
        self._slice = False
        names = list(dataset.feature_names)
        for box, index in ((self.x_feature_box, 0), (self.y_feature_box, 1)):
            box.clear()
            box.addItems(names)
            box.setCurrentIndex(min(index, len(names) - 1))
        self._configure()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw the network of ``snapshot`` (skipped when its θ is unchanged)."""
        self._snapshot = snapshot
        if snapshot.architecture != self._architecture:
            self._architecture = snapshot.architecture
            self._configure()
        else:
            self._request()

    def flush(self, msecs: int = 10_000) -> bool:
        """Block until the latest snapshot is computed and drawn (for `nnviz render` and tests:
        a large grid is computed off the GUI thread); False if ``msecs`` ran out first."""
        return self.runner.flush(msecs)

    # -- per-neuron maps ----------------------------------------------------------------
    def show_neuron_map(self, layer: int, j: int) -> None:
        """Show a^layer_j (layer 1-based, j 0-based) over the input space instead of the output."""
        if self._architecture is None or not self._neuron_exists(self._architecture, layer, j):
            self.show_output()
            return
        self._neuron = (layer, j)
        self._render()

    def show_output(self) -> None:
        """Back to the network's output."""
        self._neuron = None
        self._render()

    def on_neuron_hovered(self, layer: int, j: int) -> None:
        """Slot for the graph view's ``neuron_hovered``: (-1, -1) means the pointer left."""
        if layer < 0:
            self.show_output()
        else:
            self.show_neuron_map(layer, j)

    # -- options ------------------------------------------------------------------------
    def set_discretize(self, on: bool) -> None:
        self.discretize_box.setChecked(on)

    def set_slice(self, on: bool) -> None:
        """For three or more inputs: draw the slice through the two chosen inputs (or not)."""
        self._slice = on
        self._configure()

    @property
    def plane(self) -> InputPlane | None:
        """The input plane the heatmap samples (None unless a 2-D map is drawn)."""
        return self._plane

    @property
    def line_inputs(self) -> Array | None:
        """The inputs the one-input curve samples, shape (n, 1) (None otherwise)."""
        return self._line

    @property
    def message(self) -> str:
        """The text of the message page ('' while the plot shows)."""
        return self.message_label.text() if self.stack.currentIndex() == 1 else ""

    # -- layout for the data and the architecture -----------------------------------------
    def _configure(self) -> None:
        """Rebuild everything that depends on the data, the architecture and the slice."""
        self.runner.invalidate()
        self._result = None
        self._requested = None
        self._plane = self._line = None
        if self._neuron is not None and (
            self._architecture is None or not self._neuron_exists(self._architecture, *self._neuron)
        ):
            self._neuron = None
        data = self._dataset
        n_features = data.n_features if data is not None else 0
        many = n_features >= 3
        for w in (self.slice_label, self.x_feature_box, self.y_feature_box, self.end_slice_button):
            w.setVisible(many and self._slice)
        if data is None:
            self._show_message("No data yet.", offer_slice=False)
            return
        if many and not self._slice:
            self._show_message(
                f"“{data.name}” has {n_features} inputs. This view draws the network over one "
                "or two inputs only (a curve, or a map of the plane).",
                offer_slice=True,
            )
            return
        self.stack.setCurrentIndex(0)
        if self._architecture is not None:
            self._levels = class_zero_level(Network(self._architecture), data)
        else:
            self._levels = (data.low_label, (data.low_label + 1.0) / 2.0)
        inputs = dataset_inputs(data)
        if n_features == 1:
            self._line = input_line(inputs)
        else:
            features = (0, 1)
            if many:
                features = (self.x_feature_box.currentIndex(), self.y_feature_box.currentIndex())
                if features[0] == features[1]:
                    features = (features[0], (features[0] + 1) % n_features)
            self._plane = InputPlane.around(inputs, self.resolution, features=features)
        self._set_up_plot()
        self._set_points()
        self._render()
        self._request()

    @staticmethod
    def _neuron_exists(arch: Architecture, layer: int, j: int) -> bool:
        return 1 <= layer < arch.n_layers and 0 <= j < arch.sizes[layer]

    def _show_message(self, text: str, offer_slice: bool) -> None:
        self.message_label.setText(text)
        self.slice_button.setVisible(offer_slice)
        self.stack.setCurrentIndex(1)
        self.legend_label.setText("")
        self.discretize_box.setEnabled(False)

    def _network_fits(self) -> bool:
        return (
            self._dataset is not None
            and self._architecture is not None
            and self._architecture.n_inputs == self._dataset.n_features
        )

    def _low_level(self) -> tuple[float, float]:
        """(target of class 0, decision level) for a single output neuron."""
        return self._levels

    def _set_up_plot(self) -> None:
        data = self._dataset
        classification = data.kind == CLASSIFICATION
        n_out = self._architecture.n_outputs if self._network_fits() else 1
        self.discretize_box.setEnabled(classification)
        label_style = {"font-size": "14pt"}
        for curve in self.curves:
            self.plot.removeItem(curve)
        self.curves = []
        if self._plane is not None:
            p, q = self._plane.features
            self.plot.setLabel("bottom", data.feature_names[p], **label_style)
            self.plot.setLabel("left", data.feature_names[q], **label_style)
            (x0, x1), (y0, y1) = self._plane.x_range, self._plane.y_range
            ratio = (x1 - x0) / (y1 - y0)
            self.plot.setAspectLocked(1 / 3 <= ratio <= 3)
            self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
            self.image.setTransform(_pixel_transform(self._plane))
            self.image.setVisible(False)
            self.contour.setData([], [])
            self.level_line.setVisible(False)
            return
        self.plot.setAspectLocked(False)
        self.image.setVisible(False)
        self.contour.setData([], [])
        self.plot.setLabel("bottom", data.feature_names[0], **label_style)
        self.plot.setLabel("left", "output" if classification else data.target_names[0], **label_style)
        for k in range(n_out):
            if classification and n_out > 1:
                colour = class_colour(k)
            else:
                colour = CONTOUR_COLOUR
            curve = pg.PlotDataItem(pen=pg.mkPen(colour, width=3.5))
            curve.setZValue(5)
            self.plot.addItem(curve)
            self.curves.append(curve)
        x0, x1 = self._line[0, 0], self._line[-1, 0]
        if classification:
            low, level = self._low_level()
            self.level_line.setPos(level)
            self.level_line.setVisible(n_out == 1)
            pad = 0.15 * (1.0 - low)
            self.plot.setRange(xRange=(x0, x1), yRange=(low - pad, 1.0 + pad), padding=0)
        else:
            self.level_line.setVisible(False)
            y = np.concatenate([data.y_train[:, 0], data.y_test[:, 0]])
            lo, hi = (float(y.min()), float(y.max())) if y.size else (-1.0, 1.0)
            pad = 0.15 * max(hi - lo, 1e-9)
            self.plot.setRange(xRange=(x0, x1), yRange=(lo - pad, hi + pad), padding=0)

    def _set_points(self) -> None:
        """Data points: filled circles with a white rim for training, dark-rimmed squares for test."""
        data = self._dataset
        classification = data.kind == CLASSIFICATION
        for item, x, y in ((self.train_points, data.x_train, data.y_train),
                           (self.test_points, data.x_test, data.y_test)):
            if classification:
                classes = np.asarray(y, dtype=int)
                brushes = [pg.mkBrush(*class_colour(c)) for c in classes]
            else:
                unit = self._target_unit(np.asarray(y)[:, 0])
                colours = sequential_map().map(unit, mode="byte")
                brushes = [pg.mkBrush(*c[:3]) for c in colours]
            if self._plane is not None:
                p, q = self._plane.features
                px, py = x[:, p], x[:, q]
            else:
                px = x[:, 0]
                py = self._point_heights(y)
            item.setData(px, py, brush=brushes)
        self._show_test_points(self.test_box.isChecked())
        self._set_legend()

    def _point_heights(self, y: Array) -> Array:
        """Where the points sit in the one-input plot: the class's target, or the value."""
        data = self._dataset
        if data.kind != CLASSIFICATION:
            return np.asarray(y, dtype=float)[:, 0]
        low, _ = self._low_level()
        if data.n_targets == 1:
            return np.where(np.asarray(y) == 1, 1.0, low)
        return np.full(len(y), low)

    def _target_unit(self, values: Array) -> Array:
        lo, hi = self._target_range()
        return np.clip((values - lo) / (hi - lo), 0.0, 1.0)

    def _target_range(self) -> tuple[float, float]:
        data = self._dataset
        y = np.concatenate([data.y_train[:, 0], data.y_test[:, 0]])
        if y.size == 0:
            return 0.0, 1.0
        lo, hi = float(y.min()), float(y.max())
        return (lo, hi) if hi > lo else (lo - 1.0, hi + 1.0)

    def _set_legend(self) -> None:
        data = self._dataset
        parts = []
        if data.kind == CLASSIFICATION:
            for c, name in enumerate(data.target_names):
                r, g, b = class_colour(c)
                parts.append(f'<span style="color:rgb({r},{g},{b}); font-size:16pt">●</span> {name}')
        parts.append('<span style="font-size:16pt">●</span> training')
        if len(data.x_test):
            parts.append('<span style="font-size:15pt">■</span> test (dark rim)')
        self.legend_label.setText("&nbsp;&nbsp;&nbsp;".join(parts))

    def _show_test_points(self, on: bool) -> None:
        self.test_points.setVisible(on)

    # -- computing ----------------------------------------------------------------------
    def _request(self) -> None:
        """Submit one forward pass over the grid for the latest snapshot, unless θ is unchanged."""
        snap = self._snapshot
        if snap is None or not self._network_fits() or (self._plane is None and self._line is None):
            return
        if self._requested is not None and np.array_equal(self._requested, snap.params):
            return
        self._requested = snap.params
        arch, params = snap.architecture, snap.params
        if self._plane is not None:
            plane = self._plane
            thumbs = None
            if self._dataset.n_features == 2:
                thumbs = InputPlane.around(dataset_inputs(self._dataset), THUMBNAIL_RESOLUTION)
            n_points = plane.shape[0] * plane.shape[1]
            self.runner.submit(lambda: _compute_plane(arch, params, plane, thumbs),
                               n_points * arch.n_weights)
        else:
            x = self._line
            self.runner.submit(lambda: _compute_line(arch, params, x), len(x) * arch.n_weights)

    def _on_result(self, result: _PlaneResult | ForwardTrace) -> None:
        self._result = result
        self._render()
        if isinstance(result, _PlaneResult):
            self.neuron_images_ready.emit(result.thumbnails)

    def _on_failed(self, text: str) -> None:
        self._title = f"Could not compute the map: {text}"
        self.plot.setTitle(self._title, size="12pt")

    # -- drawing ------------------------------------------------------------------------
    def _render(self) -> None:
        if self._dataset is None or self.stack.currentIndex() != 0:
            return
        result = self._result
        if isinstance(result, _PlaneResult) and self._plane is not None:
            self._render_plane(result.maps)
        elif isinstance(result, ForwardTrace) and self._line is not None:
            self._render_line(result)
        else:
            self.image.setVisible(False)
            self.contour.setData([], [])
            for curve in self.curves:
                curve.setData([], [])
        self._set_title()

    def _render_plane(self, maps: PlaneMaps) -> None:
        plane = maps.plane
        data = self._dataset
        if self._neuron is not None:
            layer, j = self._neuron
            values = maps.neuron(layer, j)
            name = self._architecture.activations[layer - 1]
            bounds = ACTIVATION_RANGE.get(name)
            if bounds is not None:
                self.image.setImage(values, autoLevels=False, levels=bounds,
                                    lut=_lut(diverging_map(), REGION_LIGHTEN))
            else:
                self.image.setImage(values, autoLevels=False, levels=_spread(values),
                                    lut=_lut(sequential_map(), 0.0))
            segments = contour_segments(maps.z[layer - 1][:, :, j], 0.0)
        elif data.kind != CLASSIFICATION:
            values = maps.output[:, :, 0]
            self.image.setImage(values, autoLevels=False, levels=self._target_range(),
                                lut=_lut(sequential_map(), 0.0))
            segments = np.empty((0, 2, 2))
        elif maps.output.shape[2] == 1:
            values = maps.output[:, :, 0]
            low, level = self._low_level()
            if self.discretize_box.isChecked():
                values = np.where(values > level, 1.0, low)
            self.image.setImage(values, autoLevels=False, levels=(low, 1.0),
                                lut=_lut(diverging_map(), REGION_LIGHTEN))
            segments = contour_segments(maps.output[:, :, 0], level)
        else:
            margins = class_margins(maps.output)
            winner = np.argmax(maps.output, axis=2)
            colours = np.array([class_colour(c) for c in range(maps.output.shape[2])], dtype=float)
            if self.discretize_box.isChecked():
                amount = np.full(winner.shape, 0.45)
            else:  # a narrow win (margin near 0) is pale, a clear one (margin >= 0.5) strong
                amount = 0.85 - 0.55 * np.clip(np.max(margins, axis=2) / 0.5, 0.0, 1.0)
            rgb = lightened(colours[winner], amount)
            self.image.setImage(rgb, autoLevels=False, levels=None, lut=None)
            segments = np.concatenate(
                [contour_segments(margins[:, :, c], 0.0) for c in range(margins.shape[2])]
            )
        self.image.setVisible(True)
        xy = plane.index_to_input(segments)
        self.contour.setData(xy[..., 0].ravel(), xy[..., 1].ravel(), connect="pairs")

    def _render_line(self, trace: ForwardTrace) -> None:
        x = trace.x[:, 0]
        data = self._dataset
        if self._neuron is not None:
            layer, j = self._neuron
            ys = [trace.a[layer - 1][:, j]]
        else:
            out = trace.output
            if data.kind == CLASSIFICATION and self.discretize_box.isChecked():
                low, level = self._low_level()
                if out.shape[1] == 1:
                    out = np.where(out > level, 1.0, low)
                else:
                    out = one_hot(np.argmax(out, axis=1), out.shape[1])
            ys = [out[:, k] for k in range(out.shape[1])]
        for k, curve in enumerate(self.curves):
            if k < len(ys):
                curve.setData(x, ys[k])
            else:
                curve.setData([], [])
        self.level_line.setVisible(
            self._neuron is None and data.kind == CLASSIFICATION and len(self.curves) == 1
        )

    def _set_title(self) -> None:
        data = self._dataset
        arch = self._architecture
        where = "over the input plane" if self._plane is not None else "over the input"
        if self._plane is not None and data.n_features > 2:
            where = "over a slice (other inputs at their mean)"
        if arch is None:
            title = "The data (no network yet)"
        elif not self._network_fits():
            title = f"The data: waiting for a network with {data.n_features} inputs"
        elif self._neuron is not None:
            title = f"{_html_neuron(*self._neuron)} {where}"
        elif data.kind == CLASSIFICATION and arch.n_outputs == 1:
            _, level = self._low_level()
            title = f"Output {_html_neuron(arch.n_layers)} {where} · decision level {level:g}"
        elif data.kind == CLASSIFICATION:
            title = f"Predicted class (largest {_html_neuron(arch.n_layers)}<sub>c</sub>) {where}"
        else:
            name = data.target_names[0]
            title = f"Predicted {name}, {_html_neuron(arch.n_layers, 0)} {where}"
        if title != self._title:
            self._title = title
            self.plot.setTitle(title, size="14pt")


def _pixel_transform(plane: InputPlane) -> QTransform:
    """Image pixel (i, j), the unit square at (i, j), onto grid cell (i, j) of ``plane``."""
    x0, y0, width, height = plane.rect
    transform = QTransform()
    transform.translate(x0, y0)
    transform.scale(width / plane.shape[0], height / plane.shape[1])
    return transform


def _spread(values: Array) -> tuple[float, float]:
    lo, hi = float(np.min(values)), float(np.max(values))
    return (lo, hi) if hi > lo else (lo - 0.5, hi + 0.5)
