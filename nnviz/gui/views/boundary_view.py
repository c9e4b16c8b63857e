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

The look: the plot shows exactly the plane the map covers, to scale (a square plane is a
square, centred, with the axes next to it), named by the data's feature names; a colour key
below it says what the colours mean (the classes at the two ends of the output's range,
the decision level between them). Fonts, markers and lines follow the presentation scale
(:meth:`BoundaryView.apply_theme`). While the view is hidden behind another tab only the
graph's thumbnails are computed; the large map waits until the view is shown.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTransform
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nnviz.core.data import CLASSIFICATION, Dataset, one_hot
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
    plane_maps,
)
from nnviz.core.network import Architecture, ForwardTrace, Network
from nnviz.core.snapshot import Snapshot
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.colors import BLUE, ORANGE, class_colour, diverging_map, sequential_map
from nnviz.gui.views.background import DEFAULT_BACKGROUND_WORK, LatestResultRunner
from nnviz.gui.views.graph_items import neuron_label
from nnviz.gui.kit.aspect_fit import AspectFit
from nnviz.gui.kit.axes import QWIDGETSIZE_MAX, quiet_plot, set_axis_label, style_plot, widest_tick
from nnviz.gui.kit.colour_key import ColourKey
from nnviz.gui.kit.flow_layout import FlowLayout, settle_layout
from nnviz.gui.kit.screen_image import ScreenImageItem
from nnviz.gui.kit.stage import StageWatcher, offstage

Array = np.ndarray

__all__ = ["BoundaryView"]

REGION_LIGHTEN = 0.35  # share of white mixed into region colours, so the points stand out
POINT_SIZE = 13  # marker diameter in pixels at presentation scale 1
CONTOUR_COLOUR = (25, 25, 25)
TEST_EDGE = (25, 25, 25)
MAX_ASPECT = 3.0  # planes up to 3:1 are drawn to scale; longer ones fill the plot
# The range of the bounded activations, for colouring their maps around the middle.
ACTIVATION_RANGE = {"sigmoid": (0.0, 1.0), "step": (0.0, 1.0), "tanh": (-1.0, 1.0), "sign": (-1.0, 1.0)}


def lightened(rgb: Array, amount: float | Array) -> Array:
    """Colours (..., 3) mixed with white: c + amount·(255 - c), as uint8."""
    rgb = np.asarray(rgb, dtype=float)
    return np.clip(np.rint(rgb + np.asarray(amount)[..., None] * (255.0 - rgb)), 0, 255).astype(np.uint8)


@lru_cache(maxsize=4)
def _lut(kind: str, amount: float) -> Array:
    """The 256-colour lookup table of the "diverging" or "sequential" map, lightened."""
    cmap = diverging_map() if kind == "diverging" else sequential_map()
    lut = lightened(cmap.getLookupTable(0.0, 1.0, 256, alpha=False), amount)
    lut.flags.writeable = False
    return lut


def _html_neuron(layer: int, j: int | None = None) -> str:
    sub = f"<sub>{j + 1}</sub>" if j is not None else ""
    return f"<i>a</i><sup>{layer}</sup>{sub}"


def _class_name(name: str) -> str:
    """A class as the key names it: "class 0" for a bare number, else its own name."""
    return f"class {name}" if name.lstrip("-+").isdigit() else name


class _PlaneResult:
    """What one job computed over the plane: every layer's maps (None while the view is
    hidden) and the thumbnails for the graph (``for_graph``: they were asked for)."""

    def __init__(self, maps: PlaneMaps | None, thumbnails: list[list[Array]] | None, for_graph: bool):
        self.maps = maps
        self.thumbnails = thumbnails
        self.for_graph = for_graph


def _compute_plane(
    architecture: Architecture, params: Array, plane: InputPlane | None,
    thumbnails: InputPlane | None, for_graph: bool,
) -> _PlaneResult:
    net = Network(architecture, params)
    small = plane_maps(net, thumbnails).hidden_images() if thumbnails is not None else None
    return _PlaneResult(plane_maps(net, plane) if plane is not None else None, small, for_graph)


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

        self._theme = current_theme()
        self._dataset: Dataset | None = None
        self._snapshot: Snapshot | None = None
        self._architecture: Architecture | None = None
        self._neuron: tuple[int, int] | None = None
        self._plane: InputPlane | None = None
        self._thumbnail_plane: InputPlane | None = None
        self._line: Array | None = None
        self._slice = False
        self._result: _PlaneResult | ForwardTrace | None = None
        self._requested: Array | None = None
        self._requested_full = False  # the last request included the large map
        self._levels = (0.0, 0.5)  # (target of class 0, decision level), one output neuron
        self._title = ""
        self._left_sample = "-0.00"
        self._key_levels: tuple[float, float] | None = None  # of an unbounded neuron's key

        self._build_widgets()
        self._build_items()
        self.apply_theme(self._theme)
        self._stage = StageWatcher(self)
        self._stage.shown.connect(self._request)  # the large map waited while hidden
        self._configure()

    # -- construction -------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.plot_widget = pg.PlotWidget()
        self.plot = quiet_plot(self.plot_widget)
        self.aspect = AspectFit(self.plot)
        self.aspect.height_wanted.connect(self._cap_plot_height)

        self.message_label = QLabel()
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
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

        self.colour_key = ColourKey()
        self.marker_label = QLabel()
        self.marker_label.setTextFormat(Qt.TextFormat.RichText)
        self.discretize_box = QCheckBox("Discretize")
        self.discretize_box.setToolTip("Show only the predicted class: output above or below the decision level")
        self.discretize_box.toggled.connect(self._render)
        self.test_box = QCheckBox("Test data")
        self.test_box.setToolTip("Show the test points (squares with a dark rim)")
        self.test_box.setChecked(True)
        self.test_box.toggled.connect(self._show_test_points)
        self.x_feature_box = QComboBox()
        self.y_feature_box = QComboBox()
        for box, axis in ((self.x_feature_box, "horizontal"), (self.y_feature_box, "vertical")):
            box.setToolTip(f"the input on the {axis} axis")
            box.activated.connect(self._configure)
        self.slice_label = QLabel("Slice:")
        self.end_slice_button = QPushButton("All inputs")
        self.end_slice_button.setToolTip("Back to the message about what this view can draw")
        self.end_slice_button.clicked.connect(lambda: self.set_slice(False))

        controls = FlowLayout()
        for w in (self.colour_key, self.marker_label, self.discretize_box, self.test_box,
                  self.slice_label, self.x_feature_box, self.y_feature_box, self.end_slice_button):
            controls.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addStretch(1)  # spare height above and below: title and key stay by the plot
        layout.addWidget(self.title_label)
        layout.addWidget(self.stack, 100)
        layout.addLayout(controls)
        layout.addStretch(1)

    def _cap_plot_height(self, height: int | None) -> None:
        """The plot is as tall as its shape needs at its width (the message page: any)."""
        limit = height if height is not None and self.stack.currentIndex() == 0 else QWIDGETSIZE_MAX
        if self.stack.maximumHeight() != limit:
            self.stack.setMaximumHeight(max(limit, self.stack.minimumHeight()))

    def _build_items(self) -> None:
        self.image = ScreenImageItem(axisOrder="col-major")
        self.image.setZValue(-10)
        self.contour = pg.PlotCurveItem(connect="pairs")
        self.contour.setZValue(5)
        self.level_line = pg.InfiniteLine(angle=0)
        self.train_points = pg.ScatterPlotItem(symbol="o", brush=pg.mkBrush(150, 150, 150))
        self.test_points = pg.ScatterPlotItem(symbol="s", brush=pg.mkBrush(150, 150, 150))
        self.train_points.setZValue(10)
        self.test_points.setZValue(11)
        self.curves: list[pg.PlotCurveItem] = []
        for item in (self.image, self.contour, self.level_line, self.train_points, self.test_points):
            self.plot.addItem(item)

    # -- the look -------------------------------------------------------------------------
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
        size = POINT_SIZE * theme.scale
        self.train_points.setSize(size)
        self.train_points.setPen(pg.mkPen("w", width=theme.width(1.5)))
        self.test_points.setSize(size)
        self.test_points.setPen(pg.mkPen(TEST_EDGE, width=theme.width(2.0)))
        self.contour.setPen(pg.mkPen(CONTOUR_COLOUR, width=theme.width(3.0)))
        self.level_line.setPen(pg.mkPen(theme.plot_foreground, width=theme.width(1.5),
                                        style=Qt.PenStyle.DashLine))
        self._style_curves()
        if self._dataset is not None:
            self._set_markers_legend()

    def _style_curves(self) -> None:
        """One curve per output neuron: the class colour for several, else the text colour."""
        classification = self._dataset is not None and self._dataset.kind == CLASSIFICATION
        for k, curve in enumerate(self.curves):
            colour = class_colour(k) if classification and len(self.curves) > 1 else self._theme.plot_foreground
            curve.setPen(pg.mkPen(colour, width=self._theme.width(3.5)))

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
        """Block until the latest snapshot is computed, drawn and laid out (for `nnviz render`
        and tests: a large grid is computed off the GUI thread); False if ``msecs`` ran out."""
        done = self.runner.flush(msecs)
        settle_layout()
        return done

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

    @property
    def title(self) -> str:
        """The title above the plot (rich text)."""
        return self._title

    # -- layout for the data and the architecture -----------------------------------------
    def _configure(self) -> None:
        """Rebuild everything that depends on the data, the architecture and the slice."""
        self.runner.invalidate()
        self._result = None
        self._requested = None
        self._requested_full = False
        self._plane = self._line = self._thumbnail_plane = None
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
        self.title_label.show()
        self.colour_key.show()
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
            if n_features == 2:
                self._thumbnail_plane = InputPlane.around(inputs, THUMBNAIL_RESOLUTION)
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
        self.stack.setMaximumHeight(QWIDGETSIZE_MAX)
        self.title_label.hide()
        self.colour_key.hide()
        self.marker_label.hide()
        self.test_box.hide()
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
        """Axis names, the exact range of the plane (or the line) and the plot's shape."""
        data = self._dataset
        classification = data.kind == CLASSIFICATION
        n_out = self._architecture.n_outputs if self._network_fits() else 1
        self.discretize_box.setEnabled(classification)
        self.discretize_box.setVisible(classification)
        for curve in self.curves:
            self.plot.removeItem(curve)
        self.curves = []
        if self._plane is not None:
            p, q = self._plane.features
            (x0, x1), (y0, y1) = self._plane.x_range, self._plane.y_range
            self._name_axes(data.feature_names[p], data.feature_names[q], y0, y1)
            ratio = (x1 - x0) / (y1 - y0)
            self.aspect.set_ratio(ratio if 1 / MAX_ASPECT <= ratio <= MAX_ASPECT else None)
            self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
            self.image.setTransform(_pixel_transform(self._plane))
            self.image.setVisible(False)
            self.contour.setData([], [])
            self.level_line.setVisible(False)
            return
        self.aspect.set_ratio(None)
        self.image.setVisible(False)
        self.contour.setData([], [])
        for _ in range(n_out):
            curve = pg.PlotCurveItem()
            curve.setZValue(5)
            self.plot.addItem(curve)
            self.curves.append(curve)
        self._style_curves()
        x0, x1 = self._line[0, 0], self._line[-1, 0]
        if classification:
            low, level = self._low_level()
            self.level_line.setPos(level)
            self.level_line.setVisible(n_out == 1)
            pad = 0.15 * (1.0 - low)
            y0, y1 = low - pad, 1.0 + pad
        else:
            self.level_line.setVisible(False)
            lo, hi = self._target_range()  # one target value: a range of 2 around it
            pad = 0.15 * (hi - lo)
            y0, y1 = lo - pad, hi + pad
        self._name_axes(data.feature_names[0], "output" if classification else data.target_names[0], y0, y1)
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def _name_axes(self, bottom: str, left: str, y0: float, y1: float) -> None:
        sample = widest_tick(y0, y1)
        if sample != self._left_sample:
            self._left_sample = sample
            style_plot(self.plot, self._theme, sample)
        set_axis_label(self.plot, "bottom", bottom, self._theme, sample)
        set_axis_label(self.plot, "left", left, self._theme, sample)

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
        has_test = len(data.x_test) > 0
        self.test_box.setVisible(has_test)
        self._show_test_points(self.test_box.isChecked())
        self._set_markers_legend()

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

    def _set_markers_legend(self) -> None:
        """"● training ■ test" when there is test data (the shapes are the only difference)."""
        data = self._dataset
        if not len(data.x_test) or self.stack.currentIndex() != 0:
            self.marker_label.hide()
            return
        big = f"font-size:{self._theme.point_size * 1.3:.3g}pt"
        self.marker_label.setText(f'<span style="{big}">●</span> training &nbsp;'
                                  f'<span style="{big}">■</span> test')
        self.marker_label.show()

    def _set_key(self, values: Array | None = None) -> None:
        """What the colours mean, for what is drawn now (``values``: an unbounded neuron's map)."""
        data, arch = self._dataset, self._architecture
        key = self.colour_key
        ink = tuple(pg.mkColor(self._theme.plot_foreground).getRgb()[:3])
        classes = [(_class_name(n), class_colour(c)) for c, n in enumerate(data.target_names)]
        if self._neuron is not None and arch is not None and self._plane is not None:
            layer, j = self._neuron
            name = neuron_label("a", layer, j)
            bounds = ACTIVATION_RANGE.get(arch.activations[layer - 1])
            if bounds is not None:
                lo, hi = bounds
                self._key_levels = None
                key.set_gradient(_lut("diverging", REGION_LIGHTEN),
                                 [(0.0, f"{lo:g}"), (0.5, f"{(lo + hi) / 2:g}"), (1.0, f"{hi:g}")],
                                 (name, ink))
            elif values is not None:
                lo, hi = _spread(values)
                if self._key_levels != (lo, hi):
                    self._key_levels = (lo, hi)
                    key.set_gradient(_lut("sequential", 0.0), [(0.0, f"{lo:.2g}"), (1.0, f"{hi:.2g}")],
                                     (name, ink))
            return
        if data.kind != CLASSIFICATION:
            lo, hi = self._target_range()
            key.set_gradient(_lut("sequential", 0.0), [(0.0, f"{lo:.3g}"), (1.0, f"{hi:.3g}")],
                             (data.target_names[0], ink))
        elif self._plane is not None and (arch is None or arch.n_outputs == 1) and len(classes) == 2:
            low, level = self._low_level()
            key.set_gradient(_lut("diverging", REGION_LIGHTEN),
                             [(0.0, f"{low:g}"), (0.5, f"{level:g}"), (1.0, "1")],
                             (classes[0][0], ORANGE), (classes[1][0], BLUE))
        else:
            key.set_swatches(classes)

    def _show_test_points(self, on: bool) -> None:
        self.test_points.setVisible(on and self._dataset is not None and len(self._dataset.x_test) > 0)

    # -- computing ----------------------------------------------------------------------
    def _request(self) -> None:
        """Submit one forward pass over the grid for the latest snapshot, unless θ is unchanged.

        While the view is hidden only the thumbnails for the graph are computed."""
        snap = self._snapshot
        if snap is None or not self._network_fits() or (self._plane is None and self._line is None):
            return
        full = not offstage(self)
        same = self._requested is not None and np.array_equal(self._requested, snap.params)
        if same and (self._requested_full or not full):
            return
        thumbs = self._thumbnail_plane
        if not full and thumbs is None:
            return  # hidden, and the graph needs nothing: wait for the showEvent
        arch, params = snap.architecture, snap.params
        self._requested, self._requested_full = params, full
        if self._plane is not None:
            plane = self._plane if full else None
            for_graph = not same or self._dataset.n_features != 2
            thumbs = thumbs if for_graph else None
            n_points = ((plane.shape[0] * plane.shape[1] if plane is not None else 0)
                        + (THUMBNAIL_RESOLUTION ** 2 if thumbs is not None else 0))
            self.runner.submit(lambda: _compute_plane(arch, params, plane, thumbs, for_graph),
                               n_points * arch.n_weights)
        else:
            x = self._line
            self.runner.submit(lambda: _compute_line(arch, params, x), len(x) * arch.n_weights)

    def _on_result(self, result: _PlaneResult | ForwardTrace) -> None:
        if isinstance(result, _PlaneResult):
            if result.maps is not None:
                self._result = result
                self._render()
            if result.for_graph:
                self.neuron_images_ready.emit(result.thumbnails)
            return
        self._result = result
        self._render()

    def _on_failed(self, text: str) -> None:
        self._set_title(f"Could not compute the map: {text}")

    # -- drawing ------------------------------------------------------------------------
    def _render(self) -> None:
        if self._dataset is None or self.stack.currentIndex() != 0:
            return
        result = self._result
        if isinstance(result, _PlaneResult) and self._plane is not None:
            self._render_plane(result.maps)
        else:
            if isinstance(result, ForwardTrace) and self._line is not None:
                self._render_line(result)
            else:
                self.image.setVisible(False)
                self.contour.setData([], [])
                for curve in self.curves:
                    curve.setData([], [])
            self._set_key()
        self._set_title(self._describe())

    def _render_plane(self, maps: PlaneMaps) -> None:
        plane = maps.plane
        data = self._dataset
        values = None
        if self._neuron is not None:
            layer, j = self._neuron
            values = maps.neuron(layer, j)
            name = self._architecture.activations[layer - 1]
            bounds = ACTIVATION_RANGE.get(name)
            if bounds is not None:
                self.image.setImage(values, autoLevels=False, levels=bounds,
                                    lut=_lut("diverging", REGION_LIGHTEN))
            else:
                self.image.setImage(values, autoLevels=False, levels=_spread(values),
                                    lut=_lut("sequential", 0.0))
            segments = contour_segments(maps.z[layer - 1][:, :, j], 0.0)
        elif data.kind != CLASSIFICATION:
            self.image.setImage(maps.output[:, :, 0], autoLevels=False, levels=self._target_range(),
                                lut=_lut("sequential", 0.0))
            segments = np.empty((0, 2, 2))
        elif maps.output.shape[2] == 1:
            output = maps.output[:, :, 0]
            low, level = self._low_level()
            if self.discretize_box.isChecked():
                output = np.where(output > level, 1.0, low)
            self.image.setImage(output, autoLevels=False, levels=(low, 1.0),
                                lut=_lut("diverging", REGION_LIGHTEN))
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
        self._set_key(values)

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

    def _describe(self) -> str:
        """The title for what is drawn now."""
        data = self._dataset
        arch = self._architecture
        where = "over the input plane" if self._plane is not None else "over the input"
        if self._plane is not None and data.n_features > 2:
            where = "over a slice (other inputs at their mean)"
        if arch is None:
            return "The data (no network yet)"
        if not self._network_fits():
            return f"The data: waiting for a network with {data.n_features} inputs"
        if self._neuron is not None:
            return f"{_html_neuron(*self._neuron)} {where}"
        if data.kind == CLASSIFICATION and arch.n_outputs == 1:
            _, level = self._low_level()
            return f"Output {_html_neuron(arch.n_layers)} {where} · decision level {level:g}"
        if data.kind == CLASSIFICATION:
            return f"Predicted class (largest {_html_neuron(arch.n_layers)}<sub>c</sub>) {where}"
        name = data.target_names[0]
        return f"Predicted {name}, {_html_neuron(arch.n_layers, 0)} {where}"

    def _set_title(self, title: str) -> None:
        if title != self._title:
            self._title = title
            self.title_label.setText(title)


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
