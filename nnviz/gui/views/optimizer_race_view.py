"""The optimizer race: several optimizers on one surface, from one start, side by side.

On a classic test surface (bowl, long narrow valley, saddle, Rosenbrock, several minima,
from :mod:`nnviz.core.surfaces`) or on the network's own cost over two of its parameters
(the other parameters fixed at the latest snapshot's values), every chosen optimizer
(SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam, from :mod:`nnviz.core.optimizers`) runs
N steps from the same start p_0:

    p_{t+1} = optimizer step from p_t with g = ∇f(p_t)

Each path has its own colour (the colour-blind-safe palette) and a legend entry; a small
plot shows f(p_t) against t for all of them. Play reveals the race step by step, Step adds
one step, Reset goes back to the start; clicking the map moves the start. The learning
rate η is set per optimizer, or shared by all. Paths and the surface are computed off the
GUI thread when a setting changes, never per frame.

The look: the map is drawn to scale and fills its plot exactly; the table of optimizers is
the paths' legend (colour, name, η, and how each race ended). In a wide view the map sits
left of the table and the loss plot, in a tall one above them. The loss plot's range is
fixed per race, and the map with its iso-lines is cached as a picture, so playing a race
repaints only the paths. Fonts, markers and lines follow the presentation scale.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, QTimer, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QFrame, QGridLayout, QLabel, QProgressBar, QScrollArea,
    QSpinBox, QSplitter, QToolButton, QVBoxLayout, QWidget,
)

from nnviz.core import landscape
from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.network import Architecture, Network
from nnviz.core.optimizers import OPTIMIZERS, make_optimizer
from nnviz.core.snapshot import Snapshot
from nnviz.core.surfaces import SURFACES, get_surface
from nnviz.core.training import class_zero_target
from nnviz.gui.theme import Theme, current_theme, with_scale
from nnviz.gui.colors import QUALITATIVE
from nnviz.gui.views.landscape_view import (
    SHADOW_COLOUR, HeatmapLayer, SurfaceComputer, prepare_heatmap, pretty_parameter_name,
)
from nnviz.gui.kit.aspect_fit import AspectFit
from nnviz.gui.kit.axes import QWIDGETSIZE_MAX, quiet_plot, set_axis_label, style_plot, widest_tick
from nnviz.gui.kit.elided_label import ElidedLabel
from nnviz.gui.kit.flow_layout import FlowLayout, settle_layout

Array = np.ndarray

NETWORK = "network"
OPTIMIZER_TITLES = {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov",
                    "adagrad": "AdaGrad", "rmsprop": "RMSProp", "adam": "Adam"}
# One colour per optimizer from the colour-blind-safe palette (Okabe-Ito).
OPTIMIZER_COLOURS = {"sgd": QUALITATIVE[0], "momentum": QUALITATIVE[1], "nesterov": QUALITATIVE[2],
                     "adagrad": QUALITATIVE[3], "rmsprop": QUALITATIVE[5], "adam": QUALITATIVE[4]}
SURFACE_GRID = 201
NETWORK_GRID = 81
NETWORK_HALF_WIDTH = 4.0
# Learning rates that move a small sigmoid network visibly within the default 200 steps.
NETWORK_LEARNING_RATES = {"sgd": 2.0, "momentum": 0.5, "nesterov": 0.5, "adagrad": 0.5,
                          "rmsprop": 0.05, "adam": 0.05}
NETWORK_STEPS = 200
PLAY_INTERVAL_MS = 33
PLAY_SECONDS = 5.0        # a race takes about this long at normal speed
LOG_FLOOR = 1e-16         # losses shown on a log axis are at least this


@dataclass(frozen=True, eq=False)
class RaceResult:
    """One computed race: the surface (unless reused) and every optimizer's path."""

    key: tuple
    heatmap: object | None
    paths: dict[str, landscape.OptimizerPath]
    start: tuple[float, float]
    labels: tuple[str, str]
    minima: tuple[tuple[float, float], ...]


class _NetworkObjective:
    """What the race needs of the network's cost on the plane of θ_i, θ_j through θ0."""

    def __init__(self, architecture: Architecture, theta: Array, i: int, j: int, x: Array, y: Array):
        self.slice = landscape.parameter_slice(architecture, theta, i, j)
        self.objective = landscape.SliceObjective(architecture, self.slice, x, y)


class OptimizerRaceView(QWidget):
    """SGD, Momentum, Nesterov, AdaGrad, RMSProp and Adam racing over one surface."""

    race_finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._surface = "valley"
        self._steps = get_surface(self._surface).steps
        self._shared = False
        self._shared_lr = 0.05
        self._lrs = {name: make_optimizer(name).lr for name in OPTIMIZERS}
        self._enabled = {name: True for name in OPTIMIZERS}
        self._start: tuple[float, float] | None = None
        self._shown = 0
        self._result: RaceResult | None = None
        self._log_loss = False
        self._snapshot: Snapshot | None = None
        self._dataset: Dataset | None = None
        self._indices = (0, 1)
        self._network_theta: Array | None = None
        self._message = ""
        self._theme = current_theme()
        self._left_samples = ["-0.00", "0.000"]  # widest tick label: map, loss plot
        self._legend_texts: list[str] = []
        self.computer = SurfaceComputer(self)
        self.computer.finished.connect(self._on_result)
        self.computer.failed.connect(self._on_failed)
        self.computer.busy_changed.connect(self._on_busy)
        self._timer = QTimer(self)
        self._timer.setInterval(PLAY_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._build()
        self.apply_theme(self._theme)
        self._load_surface_defaults()
        self._sync_controls()
        self.recompute(surface_changed=True)

    # -- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        self._surface_box = QComboBox()
        for s in SURFACES.values():
            self._surface_box.addItem(s.title, s.name)
        self._surface_box.addItem("the network: C over two parameters", NETWORK)
        self._surface_box.setToolTip("the function the optimizers minimise")
        self._surface_box.setMinimumContentsLength(14)
        self._surface_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._x_box, self._y_box = QComboBox(), QComboBox()
        for box, axis in ((self._x_box, "horizontal"), (self._y_box, "vertical")):
            box.setToolTip(f"the network's parameter on the {axis} axis")
        self._steps_box = QSpinBox()
        self._steps_box.setRange(1, 5000)
        self._steps_box.setPrefix("steps ")
        self._steps_box.setToolTip("how many steps every optimizer takes")
        self._shared_box = QCheckBox("same η for all")
        self._shared_lr_box = self._lr_spin()
        self._play_button = QToolButton()
        self._play_button.setText("▶ Play")
        self._step_button = QToolButton()
        self._step_button.setText("Step")
        self._reset_button = QToolButton()
        self._reset_button.setText("Reset")
        self._play_button.setToolTip("show the race step by step")
        self._step_button.setToolTip("one more step of every optimizer")
        self._reset_button.setToolTip("back to the start p₀")
        self._log_box = QCheckBox("log loss")
        self._log_box.setToolTip("the loss plot on a logarithmic axis")
        self._progress = QProgressBar()
        self._progress.setRange(0, 0)
        self._progress.setMaximumWidth(80)
        self._status = ElidedLabel(lines=2)

        self._surface_box.currentIndexChanged.connect(
            lambda i: self.set_surface(self._surface_box.itemData(i)))
        self._x_box.currentIndexChanged.connect(lambda i: self._on_parameter_box(0, i))
        self._y_box.currentIndexChanged.connect(lambda i: self._on_parameter_box(1, i))
        self._steps_box.editingFinished.connect(lambda: self.set_steps(self._steps_box.value()))
        self._shared_box.toggled.connect(lambda on: self.set_shared_learning_rate(
            self._shared_lr_box.value() if on else None))
        self._shared_lr_box.editingFinished.connect(
            lambda: self._shared and self.set_shared_learning_rate(self._shared_lr_box.value()))
        self._play_button.clicked.connect(self.toggle_play)
        self._step_button.clicked.connect(self.step)
        self._reset_button.clicked.connect(self.reset)
        self._log_box.toggled.connect(self.set_log_loss)

        top = FlowLayout()
        for w in (self._surface_box, self._x_box, self._y_box, self._steps_box, self._play_button,
                  self._step_button, self._reset_button, self._progress):
            top.addWidget(w)

        # the race: map with paths
        self.plot_widget = pg.PlotWidget()
        self.plot = quiet_plot(self.plot_widget)
        self.aspect = AspectFit(self.plot)
        self.aspect.height_wanted.connect(self._cap_map_height)
        self.heatmap_layer = HeatmapLayer(self.plot, "f")
        self.heatmap_layer.image.setOpacity(0.75)
        self.minima = pg.ScatterPlotItem(symbol="x", brush=pg.mkBrush(255, 255, 255))
        self.start_marker = pg.ScatterPlotItem(symbol="o", brush=pg.mkBrush(0, 0, 0, 120))
        self.minima.setZValue(1)
        self.start_marker.setZValue(20)
        self.plot.addItem(self.minima)
        self.plot.addItem(self.start_marker)
        self.path_items: dict[str, pg.PlotCurveItem] = {}
        self.shadow_items: dict[str, pg.PlotCurveItem] = {}
        self.head_items: dict[str, pg.ScatterPlotItem] = {}
        self.loss_items: dict[str, pg.PlotDataItem] = {}
        for k, name in enumerate(OPTIMIZERS):
            shadow = pg.PlotCurveItem(skipFiniteCheck=True)
            path = pg.PlotCurveItem(skipFiniteCheck=True, name=OPTIMIZER_TITLES[name])
            head = pg.ScatterPlotItem(symbol="o", brush=pg.mkBrush(QColor(*OPTIMIZER_COLOURS[name])))
            for z, item in ((2 + k * 0.1, shadow), (3 + k * 0.1, path), (10 + k * 0.1, head)):
                item.setZValue(z)
                self.plot.addItem(item)
            self.shadow_items[name], self.path_items[name], self.head_items[name] = shadow, path, head
        self.plot_widget.scene().sigMouseClicked.connect(self._on_clicked)

        # the optimizers: the legend of the paths, with their η and how each race ended
        table = QWidget()
        grid = QGridLayout(table)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.setVerticalSpacing(1)
        self._table_headers = [QLabel("optimizer"), QLabel("η"), QLabel("final f")]
        for column, header in zip((0, 2, 3), self._table_headers):
            grid.addWidget(header, 0, column, 1, 2 if column == 0 else 1)
        self._swatches: dict[str, QLabel] = {}
        self._enable_boxes: dict[str, QCheckBox] = {}
        self._lr_boxes: dict[str, QDoubleSpinBox] = {}
        self._outcome_labels: dict[str, QLabel] = {}
        for row, name in enumerate(OPTIMIZERS, start=1):
            swatch = QLabel()
            box = QCheckBox(OPTIMIZER_TITLES[name])
            lr = self._lr_spin()
            outcome = QLabel()
            box.toggled.connect(lambda on, n=name: self.set_enabled(n, on))
            lr.editingFinished.connect(lambda n=name, w=lr: self.set_learning_rate(n, w.value()))
            grid.addWidget(swatch, row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(lr, row, 2)
            grid.addWidget(outcome, row, 3)
            self._swatches[name], self._enable_boxes[name] = swatch, box
            self._lr_boxes[name], self._outcome_labels[name] = lr, outcome
        last = len(OPTIMIZERS) + 1
        grid.addWidget(self._shared_box, last, 0, 1, 2)
        grid.addWidget(self._shared_lr_box, last, 2)
        grid.addWidget(self._log_box, last, 3)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(last + 1, 1)
        self._table = QScrollArea()
        self._table.setWidget(table)
        self._table.setWidgetResizable(True)
        self._table.setFrameShape(QFrame.Shape.NoFrame)

        # loss against step
        self.loss_widget = pg.PlotWidget()
        self.loss_plot = quiet_plot(self.loss_widget)
        self.loss_plot.showGrid(x=True, y=True, alpha=0.2)
        for name in OPTIMIZERS:
            item = pg.PlotDataItem(skipFiniteCheck=True)
            self.loss_plot.addItem(item)
            self.loss_items[name] = item
        self.step_line = pg.InfiniteLine(angle=90, movable=False)
        self.loss_plot.addItem(self.step_line)
        self._loss_range: tuple | None = None

        self._side = QSplitter()
        self._side.addWidget(self._table)
        self._side.addWidget(self.loss_widget)
        self._side.setChildrenCollapsible(False)
        self._side.setStretchFactor(1, 1)
        self._body = QSplitter()
        self._body.addWidget(self.plot_widget)
        self._body.addWidget(self._side)
        self._body.setChildrenCollapsible(False)
        self._wide = False  # the map left of the table (else above it)
        self._arrangement: tuple[bool, bool] | None = None

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(top)
        box.addWidget(self._body, 1)
        box.addWidget(self._status)
        self._status.setContentsMargins(6, 0, 6, 2)

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Wide: the map left, the table over the loss plot right. Tall: the map on top, then
        the table beside the loss plot (or over it, when the view is narrow)."""
        wide = self.width() > 1.3 * self.height()
        beside = not wide and self.width() >= 2 * self._table.widget().sizeHint().width()
        if (wide, beside) == self._arrangement:
            return
        self._arrangement = (wide, beside)
        self._wide = wide
        horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        self._body.setOrientation(horizontal if wide else vertical)
        self._side.setOrientation(horizontal if beside else vertical)
        total = self.width() if wide else self.height()
        self._body.setSizes([int(0.6 * total), int(0.4 * total)])
        hint = self._table.widget().sizeHint()
        self._side.setSizes([hint.width() if beside else hint.height(), QWIDGETSIZE_MAX])
        self._cap_map_height()

    def _cap_map_height(self, height: int | None = None) -> None:
        """Tall: the map is as tall as its shape needs, the table and loss plot get the rest."""
        if height is None:
            height = self.aspect.wanted_height
        limit = height if height is not None and not self._wide else QWIDGETSIZE_MAX
        if self.plot_widget.maximumHeight() != limit:
            self.plot_widget.setMaximumHeight(limit)

    @staticmethod
    def _lr_spin() -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setDecimals(4)
        box.setRange(1e-4, 100.0)
        box.setSingleStep(0.001)
        box.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        box.setToolTip("learning rate η")
        return box

    def apply_theme(self, theme: Theme) -> None:
        """Palette and presentation scale s: fonts, markers and lines s times larger."""
        self._theme = theme
        scale = theme.scale
        for widget, plot in ((self.plot_widget, self.plot), (self.loss_widget, self.loss_plot)):
            widget.setBackground(theme.plot_background)
            style_plot(plot, theme, self._left_samples[plot is self.loss_plot])
        self.heatmap_layer.apply_theme(theme)
        theme_font = QFont()
        theme_font.setPointSizeF(theme.point_size)
        for name in OPTIMIZERS:
            colour = QColor(*OPTIMIZER_COLOURS[name])
            self.path_items[name].setPen(pg.mkPen(colour, width=theme.width(2.5)))
            self.shadow_items[name].setPen(pg.mkPen(SHADOW_COLOUR, width=theme.width(5.0)))
            self.head_items[name].setSize(12 * scale)
            self.head_items[name].setPen(pg.mkPen(255, 255, 255, width=theme.width(1.5)))
            self.loss_items[name].setPen(pg.mkPen(colour, width=theme.width(2.0)))
            side = round(0.9 * QFontMetricsF(theme_font).height())
            self._swatches[name].setFixedSize(side, side)
            self._swatches[name].setStyleSheet(
                "background: rgb(%d, %d, %d); border: 1px solid %s;"
                % (*OPTIMIZER_COLOURS[name], theme.muted))
        self.start_marker.setSize(15 * scale)
        self.start_marker.setPen(pg.mkPen(255, 255, 255, width=theme.width(2.5)))
        self.minima.setSize(12 * scale)
        self.minima.setPen(pg.mkPen(255, 255, 255, width=theme.width(2.0)))
        self.step_line.setPen(pg.mkPen(theme.muted, width=theme.width(1.0)))
        bold = QFont(theme_font)
        bold.setBold(True)
        for header in self._table_headers:
            header.setFont(bold)
        small = QFont()
        small.setPointSizeF(theme.point_size * 0.9)
        self._status.setFont(small)
        self._status.set_colour(theme.muted)

    # -- the view contract ----------------------------------------------------------------------
    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Keep the latest θ: the network surface is centred on it when it is (re)chosen."""
        new_architecture = self._snapshot is None or snapshot.architecture != self._snapshot.architecture
        self._snapshot = snapshot
        if new_architecture:
            self._fill_parameter_boxes(snapshot.architecture)
            if self._surface == NETWORK:
                self.use_current_parameters()

    def set_dataset(self, dataset: Dataset | None) -> None:
        self._dataset = dataset
        if self._surface == NETWORK:
            self.recompute(surface_changed=True)

    # -- settings ------------------------------------------------------------------------------
    def set_surface(self, name: str) -> None:
        """A test surface by name (see nnviz.core.surfaces), or "network"."""
        if name != NETWORK:
            get_surface(name)  # InputError for an unknown name
        if name == self._surface:
            return
        self._surface = name
        self._start = None
        self._load_surface_defaults()
        if name == NETWORK and self._snapshot is not None:
            self._network_theta = np.array(self._snapshot.params)
        self._sync_controls()
        self.recompute(surface_changed=True)

    def use_current_parameters(self) -> None:
        """Centre the network surface on the latest snapshot's θ and recompute."""
        if self._snapshot is None:
            return
        self._network_theta = np.array(self._snapshot.params)
        self._start = None
        if self._surface == NETWORK:
            self.recompute(surface_changed=True)

    def select_parameter(self, index: int) -> None:
        """The network surface's vertical axis becomes θ_index, the horizontal one the previous
        vertical one (as clicking edges of the graph view chooses them)."""
        if self._snapshot is None or not 0 <= index < self._snapshot.architecture.n_parameters:
            return
        if index in self._indices:
            return
        self.set_parameters(self._indices[1], index)

    def set_parameters(self, i: int, j: int) -> None:
        """The two parameters of the network surface."""
        n = self._snapshot.architecture.n_parameters if self._snapshot else 0
        if not (0 <= i < n and 0 <= j < n) or i == j:
            raise InputError(f"choose two different parameters in 0..{n - 1}, not ({i}, {j})")
        self._indices = (int(i), int(j))
        self._start = None
        self._sync_controls()
        if self._surface == NETWORK:
            self.recompute(surface_changed=True)

    def set_steps(self, steps: int) -> None:
        if not 1 <= steps <= 100_000:
            raise InputError(f"steps must lie in 1..100000, not {steps}")
        if steps != self._steps:
            self._steps = int(steps)
            self._sync_controls()
            self.recompute()

    def set_learning_rate(self, name: str, lr: float) -> None:
        """η of one optimizer (used unless a shared η is set)."""
        make_optimizer(name, lr=lr)  # InputError for a bad name or value
        if self._lrs[name] != lr:
            self._lrs[name] = float(lr)
            self._sync_controls()
            if not self._shared:
                self.recompute()

    def set_shared_learning_rate(self, lr: float | None) -> None:
        """One η for every optimizer (None: each its own)."""
        if lr is not None:
            make_optimizer("sgd", lr=lr)
        self._shared = lr is not None
        if lr is not None:
            self._shared_lr = float(lr)
        self._sync_controls()
        self.recompute()

    def set_enabled(self, name: str, on: bool) -> None:
        """Whether optimizer ``name`` races."""
        if name not in self._enabled:
            raise InputError(f"unknown optimizer {name!r} (known: {', '.join(OPTIMIZERS)})")
        if self._enabled[name] != bool(on):
            self._enabled[name] = bool(on)
            self._sync_controls()
            self.recompute()

    def set_start(self, x: float, y: float) -> None:
        """Move the common start p_0 and run the race again from step 0."""
        if not (math.isfinite(x) and math.isfinite(y)):
            raise InputError(f"the start must be two finite numbers, not ({x}, {y})")
        self._start = (float(x), float(y))
        self._shown = 0
        self.recompute()

    def set_log_loss(self, on: bool) -> None:
        self._log_loss = bool(on)
        self._sync_controls()
        self.loss_plot.setLogMode(y=self._log_loss)
        self._fit_loss_range()
        self._draw()

    def set_presentation_scale(self, scale: float) -> None:
        """Scale fonts, line widths and markers together (1 = desk, 1.5-2 = lecture hall)."""
        if not (math.isfinite(scale) and scale > 0):
            raise InputError(f"presentation scale must be a positive number, not {scale}")
        self.apply_theme(with_scale(self._theme, scale))

    # -- the race ---------------------------------------------------------------------------------
    def toggle_play(self) -> None:
        if self._timer.isActive():
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        if self._result is not None and self._shown >= self._longest():
            self._shown = 0
        self._timer.start()
        self._play_button.setText("❚❚ Pause")

    def pause(self) -> None:
        self._timer.stop()
        self._play_button.setText("▶ Play")

    def step(self) -> None:
        """One more step of every optimizer."""
        self.pause()
        self._shown = min(self._shown + 1, self._longest())
        self._draw()

    def reset(self) -> None:
        """Back to the start, p_0."""
        self.pause()
        self._shown = 0
        self._draw()

    @property
    def shown_step(self) -> int:
        return self._shown

    @property
    def result(self) -> RaceResult | None:
        return self._result

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until no race is computed and the view is laid out (tests, `nnviz render`);
        the result arrives with the next events."""
        done = self.computer.wait(msecs)
        settle_layout()
        return done

    def _longest(self) -> int:
        if self._result is None or not self._result.paths:
            return 0
        return max(len(p.points) - 1 for p in self._result.paths.values())

    def _tick(self) -> None:
        per_tick = max(1, round(self._steps * PLAY_INTERVAL_MS / (PLAY_SECONDS * 1000)))
        self._shown = min(self._shown + per_tick, self._longest())
        self._draw()
        if self._shown >= self._longest():
            self.pause()
            self.race_finished.emit()

    # -- computing ----------------------------------------------------------------------------------
    def _load_surface_defaults(self) -> None:
        if self._surface == NETWORK:
            self._lrs = {name: NETWORK_LEARNING_RATES.get(name, make_optimizer(name).lr)
                         for name in OPTIMIZERS}
            self._steps = NETWORK_STEPS
            self._log_loss = False
        else:
            s = get_surface(self._surface)
            self._lrs = {name: s.learning_rates.get(name, make_optimizer(name).lr) for name in OPTIMIZERS}
            self._steps = s.steps
            self._log_loss = s.log_scale and s.minimum >= 0
        self.loss_plot.setLogMode(y=self._log_loss)

    def _data(self) -> tuple[Array, Array]:
        if self._snapshot is None:
            raise InputError("the network surface needs a network: start training first")
        if self._dataset is None:
            raise InputError("the network surface needs the training data")
        arch = self._snapshot.architecture
        if arch.n_parameters < 2:
            raise InputError("a one-parameter network has no plane to race on")
        low = class_zero_target(Network(arch), self._dataset)
        y = self._dataset.encode(self._dataset.y_train, arch.n_outputs, low)
        return np.asarray(self._dataset.x_train, float), np.asarray(y, float)

    def recompute(self, surface_changed: bool = False) -> None:
        """Run the race again (and compute the surface if it changed), off the GUI thread."""
        key = self._surface_key()
        reuse = None if surface_changed or self._result is None or self._result.key != key \
            else self._result.heatmap
        lrs = {name: (self._shared_lr if self._shared else self._lrs[name])
               for name in OPTIMIZERS if self._enabled[name]}
        steps, start = self._steps, self._start
        try:
            job = self._network_job(key, reuse, lrs, steps, start) if self._surface == NETWORK \
                else self._surface_job(key, reuse, lrs, steps, start)
        except InputError as error:
            self._message = str(error)
            self._result = None
            self.heatmap_layer.set_heatmap(None)
            self._draw()
            self._update_status()
            return
        self._message = ""
        self.computer.submit(job)
        self._update_status()

    def _surface_key(self) -> tuple:
        if self._surface != NETWORK:
            return (self._surface,)
        theta = self._network_theta
        return (NETWORK, self._indices, None if theta is None else theta.tobytes(),
                id(self._dataset))

    @staticmethod
    def _race(objective, lrs, steps, start) -> dict[str, landscape.OptimizerPath]:
        return {name: landscape.optimizer_path(objective, make_optimizer(name, lr=lr), start, steps)
                for name, lr in lrs.items()}

    def _surface_job(self, key, reuse, lrs, steps, start):
        s = get_surface(self._surface)
        start = s.start if start is None else start

        def job(progress) -> RaceResult:
            heatmap = reuse
            if heatmap is None:
                u = np.linspace(*s.x_range, SURFACE_GRID)
                v = np.linspace(*s.y_range, SURFACE_GRID)
                uu, vv = np.meshgrid(u, v)
                with np.errstate(over="ignore", invalid="ignore"):
                    heatmap = prepare_heatmap(u, v, s.f(uu, vv), "f")
            paths = self._race(s, lrs, steps, start)
            return RaceResult(key, heatmap, paths, start, ("x", "y"), s.minima)

        return job

    def _network_job(self, key, reuse, lrs, steps, start):
        x, y = self._data()
        arch = self._snapshot.architecture
        theta = self._network_theta if self._network_theta is not None else np.array(self._snapshot.params)
        i, j = self._indices
        names = tuple(pretty_parameter_name(arch.parameter_name(k)) for k in (i, j))

        def job(progress) -> RaceResult:
            net = _NetworkObjective(arch, theta, i, j, x, y)
            p0 = net.slice.centre if start is None else start
            heatmap = reuse
            if heatmap is None:
                cu, cv = net.slice.centre
                u = np.linspace(cu - NETWORK_HALF_WIDTH, cu + NETWORK_HALF_WIDTH, NETWORK_GRID)
                v = np.linspace(cv - NETWORK_HALF_WIDTH, cv + NETWORK_HALF_WIDTH, NETWORK_GRID)
                values = landscape.surface(arch, net.slice, u, v, x, y, progress=progress)
                heatmap = prepare_heatmap(u, v, values, "C")
            paths = self._race(net.objective, lrs, steps, p0)
            return RaceResult(key, heatmap, paths, tuple(p0), names, ())

        return job

    def _on_result(self, result: RaceResult) -> None:
        surface_new = self._result is None or self._result.heatmap is not result.heatmap
        self._result = result
        self._shown = min(self._shown, self._longest())
        if surface_new:
            self.heatmap_layer.set_heatmap(result.heatmap, log=self._surface_log())
            rect = result.heatmap.rect
            self._left_samples[0] = widest_tick(rect.top(), rect.bottom())
            style_plot(self.plot, self._theme, self._left_samples[0])
            set_axis_label(self.plot, "bottom", result.labels[0], self._theme, self._left_samples[0])
            set_axis_label(self.plot, "left", result.labels[1], self._theme, self._left_samples[0])
            self.aspect.set_ratio(rect.width() / rect.height())
            self.plot.getViewBox().setRange(rect=rect, padding=0.0)
            if result.minima:
                mx, my = zip(*result.minima)
                self.minima.setData(list(mx), list(my))
            else:
                self.minima.setData([], [])
        set_axis_label(self.loss_plot, "bottom", "step t", self._theme, self._left_samples[1])
        set_axis_label(self.loss_plot, "left", f"{result.heatmap.label}(p<sub>t</sub>)", self._theme,
                       self._left_samples[1])
        self.start_marker.setData([result.start[0]], [result.start[1]])
        self._rebuild_legend()
        self._fit_loss_range()
        self._draw()
        self._update_status()

    def _fit_loss_range(self) -> None:
        """The loss plot's range for the whole race (set once per race, not per step)."""
        paths = self._result.paths if self._result is not None else {}
        losses = [p.losses[np.isfinite(p.losses)] for p in paths.values()]
        values = np.concatenate(losses) if losses else np.empty(0)
        if self._log_loss:
            values = np.log10(np.maximum(values[values > -np.inf], LOG_FLOOR))
        lo, hi = (float(values.min()), float(values.max())) if values.size else (0.0, 1.0)
        if hi <= lo:
            lo, hi = lo - 0.5, hi + 0.5
        wanted = (0.0, float(max(self._longest(), 1)), lo, hi)
        if wanted == self._loss_range:
            return
        self._loss_range = wanted
        sample = widest_tick(10 ** lo, 10 ** hi) if self._log_loss else widest_tick(lo, hi)
        if sample != self._left_samples[1]:
            self._left_samples[1] = sample
            style_plot(self.loss_plot, self._theme, sample)
        self.loss_plot.setRange(xRange=wanted[:2], yRange=wanted[2:], padding=0.03)

    def _surface_log(self) -> bool:
        return self._surface != NETWORK and get_surface(self._surface).log_scale

    def _on_failed(self, message: str) -> None:
        self._message = message
        self._update_status()

    def _on_busy(self, busy: bool) -> None:
        self._progress.setVisible(busy)

    # -- drawing ----------------------------------------------------------------------------------
    def _rebuild_legend(self) -> None:
        """The table says how each racing optimizer ended: f at the last step, or where it
        diverged; ``legend_entries`` has one line per racing optimizer."""
        self._legend_texts = []
        paths = self._result.paths if self._result is not None else {}
        for name in OPTIMIZERS:
            path = paths.get(name)
            label = self._outcome_labels[name]
            if path is None:
                label.setText("")
                label.setToolTip("")
                continue
            lr = self._shared_lr if self._shared else self._lrs[name]
            text = f"{OPTIMIZER_TITLES[name]}  η = {lr:g}"
            if path.diverged:
                text += f"  (diverged at step {len(path.points)})"
                label.setText(f"diverged at step {len(path.points)}")
            else:
                label.setText(f"{path.losses[-1]:.3g}")
            label.setToolTip(text)
            self._legend_texts.append(text)

    def legend_entries(self) -> list[str]:
        """One text per racing optimizer, in order: its name, η, and whether it diverged."""
        return list(self._legend_texts)

    def _draw(self) -> None:
        paths = self._result.paths if self._result is not None else {}
        k = self._shown
        for name in OPTIMIZERS:
            path = paths.get(name)
            items = (self.path_items[name], self.shadow_items[name], self.head_items[name],
                     self.loss_items[name])
            if path is None:
                for item in items:
                    item.setData([], [])
                continue
            pts = path.points[:k + 1]
            self.shadow_items[name].setData(pts[:, 0], pts[:, 1])
            self.path_items[name].setData(pts[:, 0], pts[:, 1])
            self.head_items[name].setData([pts[-1, 0]], [pts[-1, 1]])
            losses = path.losses[:k + 1]
            if self._log_loss:
                losses = np.maximum(losses, LOG_FLOOR)
            self.loss_items[name].setData(np.arange(losses.size), losses)
        self.step_line.setValue(k)
        self._update_status()

    # -- controls and words ------------------------------------------------------------------------
    def _fill_parameter_boxes(self, architecture: Architecture) -> None:
        names = [pretty_parameter_name(architecture.parameter_name(i))
                 for i in range(architecture.n_parameters)]
        if max(self._indices) >= architecture.n_parameters:
            self._indices = (0, 1) if architecture.n_parameters > 1 else (0, 0)
        for box in (self._x_box, self._y_box):
            with QSignalBlocker(box):
                box.clear()
                box.addItems(names)
        self._sync_controls()

    def _on_parameter_box(self, axis: int, index: int) -> None:
        if index < 0:
            return
        i, j = self._indices
        if axis == 0:
            self.set_parameters(index, j if j != index else i)
        else:
            self.set_parameters(i if i != index else j, index)

    def _sync_controls(self) -> None:
        widgets = [self._surface_box, self._x_box, self._y_box, self._steps_box, self._shared_box,
                   self._shared_lr_box, self._log_box, *self._enable_boxes.values(),
                   *self._lr_boxes.values()]
        blockers = [QSignalBlocker(w) for w in widgets]
        self._surface_box.setCurrentIndex(self._surface_box.findData(self._surface))
        network = self._surface == NETWORK
        for box, k in ((self._x_box, 0), (self._y_box, 1)):
            box.setVisible(network)
            if box.count() > self._indices[k]:
                box.setCurrentIndex(self._indices[k])
        self._steps_box.setValue(self._steps)
        self._shared_box.setChecked(self._shared)
        self._shared_lr_box.setValue(self._shared_lr)
        self._shared_lr_box.setEnabled(self._shared)
        for name in OPTIMIZERS:
            self._enable_boxes[name].setChecked(self._enabled[name])
            self._lr_boxes[name].setValue(self._lrs[name])
            self._lr_boxes[name].setEnabled(not self._shared and self._enabled[name])
        minimum = 0.0 if network else get_surface(self._surface).minimum
        self._log_box.setEnabled(minimum >= 0)
        self._log_box.setChecked(self._log_loss)
        del blockers

    def _update_status(self) -> None:
        if self._message:
            self._status.setText(self._message)
            return
        if self._surface == NETWORK:
            what = "C over two parameters of the network (the others as when chosen)"
        else:
            s = get_surface(self._surface)
            what = f"{s.title}: {s.formula}"
            if s.minima:
                what += "  (× = minimum)"
        self._status.setText(f"{what}.  Step {self._shown} of {self._longest()}.  "
                             "Click the map to start the race from another point.")

    def _on_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double() or self._result is None:
            return
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        p = vb.mapSceneToView(event.scenePos())
        self.set_start(p.x(), p.y())
        event.accept()
