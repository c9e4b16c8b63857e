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
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, QTimer, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QSpinBox, QSplitter, QVBoxLayout, QWidget,
)

from nnviz.core import landscape
from nnviz.core.dataset import Dataset
from nnviz.core.errors import InputError
from nnviz.core.network import Architecture, Network
from nnviz.core.optimizers import OPTIMIZERS, make_optimizer
from nnviz.core.snapshot import Snapshot
from nnviz.core.surfaces import SURFACES, get_surface
from nnviz.core.training import class_zero_target
from nnviz.gui.colors import QUALITATIVE
from nnviz.gui.views.landscape_view import (
    SHADOW_COLOUR, HeatmapLayer, SurfaceComputer, prepare_heatmap, pretty_parameter_name,
    set_legend_text_size,
)

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
        self._scale = 1.0
        self.computer = SurfaceComputer(self)
        self.computer.finished.connect(self._on_result)
        self.computer.failed.connect(self._on_failed)
        self.computer.busy_changed.connect(self._on_busy)
        self._timer = QTimer(self)
        self._timer.setInterval(PLAY_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._build()
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
        self._x_box, self._y_box = QComboBox(), QComboBox()
        self._steps_box = QSpinBox()
        self._steps_box.setRange(1, 5000)
        self._steps_box.setPrefix("steps ")
        self._shared_box = QCheckBox("same η for all")
        self._shared_lr_box = self._lr_spin()
        self._play_button = QPushButton("▶ Play")
        self._step_button = QPushButton("Step")
        self._reset_button = QPushButton("Reset")
        self._log_box = QCheckBox("log loss")
        self._progress = QProgressBar()
        self._progress.setRange(0, 0)
        self._progress.setMaximumWidth(100)
        self._status = QLabel()
        self._status.setWordWrap(True)

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

        top = QHBoxLayout()
        top.setContentsMargins(4, 2, 4, 2)
        for w in (QLabel("Surface:"), self._surface_box, self._x_box, self._y_box, self._steps_box,
                  self._shared_box, self._shared_lr_box, self._play_button, self._step_button,
                  self._reset_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self._progress)

        # the race: map with paths
        self.plot_widget = pg.PlotWidget()
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getViewBox().setAspectLocked(True)
        self.heatmap_layer = HeatmapLayer(self.plot, "f")
        self.heatmap_layer.image.setOpacity(0.75)
        self.minima = pg.ScatterPlotItem(symbol="x", size=12, pen=pg.mkPen(255, 255, 255, width=2),
                                         brush=pg.mkBrush(255, 255, 255))
        self.start_marker = pg.ScatterPlotItem(symbol="o", size=15, pen=pg.mkPen(255, 255, 255, width=2.5),
                                               brush=pg.mkBrush(0, 0, 0, 120))
        self.minima.setZValue(1)
        self.start_marker.setZValue(20)
        self.plot.addItem(self.minima)
        self.plot.addItem(self.start_marker)
        self.legend = pg.LegendItem(offset=(-8, -8), labelTextSize="10pt", brush=pg.mkBrush(0, 0, 0, 140),
                                    labelTextColor=(255, 255, 255), verSpacing=-4)
        self.legend.setParentItem(self.plot.getViewBox())
        self.path_items: dict[str, pg.PlotCurveItem] = {}
        self.shadow_items: dict[str, pg.PlotCurveItem] = {}
        self.head_items: dict[str, pg.ScatterPlotItem] = {}
        self.loss_items: dict[str, pg.PlotDataItem] = {}
        for k, name in enumerate(OPTIMIZERS):
            colour = QColor(*OPTIMIZER_COLOURS[name])
            shadow = pg.PlotCurveItem(pen=pg.mkPen(SHADOW_COLOUR, width=5))
            path = pg.PlotCurveItem(pen=pg.mkPen(colour, width=2.5), name=OPTIMIZER_TITLES[name])
            head = pg.ScatterPlotItem(symbol="o", size=12, pen=pg.mkPen(255, 255, 255, width=1.5),
                                      brush=pg.mkBrush(colour))
            for z, item in ((2 + k * 0.1, shadow), (3 + k * 0.1, path), (10 + k * 0.1, head)):
                item.setZValue(z)
                self.plot.addItem(item)
            self.shadow_items[name], self.path_items[name], self.head_items[name] = shadow, path, head
        self.plot_widget.scene().sigMouseClicked.connect(self._on_clicked)

        # the optimizers: enable, colour, η
        side = QWidget()
        grid = QGridLayout(side)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.addWidget(QLabel("optimizer"), 0, 0, 1, 2)
        grid.addWidget(QLabel("η"), 0, 2)
        self._enable_boxes: dict[str, QCheckBox] = {}
        self._lr_boxes: dict[str, QDoubleSpinBox] = {}
        for row, name in enumerate(OPTIMIZERS, start=1):
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet("background: rgb(%d, %d, %d); border: 1px solid #444;"
                                 % OPTIMIZER_COLOURS[name])
            box = QCheckBox(OPTIMIZER_TITLES[name])
            lr = self._lr_spin()
            box.toggled.connect(lambda on, n=name: self.set_enabled(n, on))
            lr.editingFinished.connect(lambda n=name, w=lr: self.set_learning_rate(n, w.value()))
            grid.addWidget(swatch, row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(lr, row, 2)
            self._enable_boxes[name], self._lr_boxes[name] = box, lr
        grid.addWidget(self._log_box, len(OPTIMIZERS) + 1, 1, 1, 2)
        grid.setRowStretch(len(OPTIMIZERS) + 2, 1)

        # loss against step
        self.loss_widget = pg.PlotWidget()
        self.loss_plot = self.loss_widget.getPlotItem()
        self.loss_plot.setMenuEnabled(False)
        self.loss_plot.hideButtons()
        self.loss_plot.setLabel("bottom", "step t")
        self.loss_plot.setLabel("left", "f(p_t)")
        self.loss_plot.showGrid(x=True, y=True, alpha=0.2)
        self.loss_plot.getAxis("left").setWidth(64)
        for name in OPTIMIZERS:
            item = pg.PlotDataItem(pen=pg.mkPen(QColor(*OPTIMIZER_COLOURS[name]), width=2))
            self.loss_plot.addItem(item)
            self.loss_items[name] = item
        self.step_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(128, 128, 128, width=1))
        self.loss_plot.addItem(self.step_line)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(side)
        right.addWidget(self.loss_widget)
        right.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.plot_widget)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(top)
        box.addWidget(split, 1)
        box.addWidget(self._status)
        self._status.setContentsMargins(6, 0, 6, 2)
        self._apply_palette()

    @staticmethod
    def _lr_spin() -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setDecimals(5)
        box.setRange(1e-5, 100.0)
        box.setSingleStep(0.001)
        box.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        box.setToolTip("learning rate η")
        return box

    def _apply_palette(self) -> None:
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        foreground = palette.color(QPalette.ColorRole.Text)
        for widget, plot in ((self.plot_widget, self.plot), (self.loss_widget, self.loss_plot)):
            widget.setBackground(background)
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(foreground)
                axis.setTextPen(foreground)
                axis.enableAutoSIPrefix(False)
        self.heatmap_layer.set_foreground(foreground)

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
        self._draw()

    def set_presentation_scale(self, scale: float) -> None:
        """Scale line widths and markers together (1 = desk, 1.5-2 = lecture hall)."""
        if not (math.isfinite(scale) and scale > 0):
            raise InputError(f"presentation scale must be a positive number, not {scale}")
        self._scale = s = float(scale)
        for name in OPTIMIZERS:
            colour = QColor(*OPTIMIZER_COLOURS[name])
            self.path_items[name].setPen(pg.mkPen(colour, width=2.5 * s))
            self.shadow_items[name].setPen(pg.mkPen(SHADOW_COLOUR, width=5 * s))
            self.head_items[name].setSize(12 * s)
            self.loss_items[name].setPen(pg.mkPen(colour, width=2 * s))
        self.start_marker.setSize(15 * s)
        self.minima.setSize(12 * s)
        set_legend_text_size(self.legend, 10 * s)

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
        return self.computer.wait(msecs)

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
            self.plot.setLabel("bottom", result.labels[0])
            self.plot.setLabel("left", result.labels[1])
            self.loss_plot.setLabel("left", f"{result.heatmap.label}(p_t)")
            self.plot.getViewBox().setRange(rect=result.heatmap.rect, padding=0.0)
            if result.minima:
                mx, my = zip(*result.minima)
                self.minima.setData(list(mx), list(my))
            else:
                self.minima.setData([], [])
        self.start_marker.setData([result.start[0]], [result.start[1]])
        self._rebuild_legend()
        self._draw()
        self._update_status()

    def _surface_log(self) -> bool:
        return self._surface != NETWORK and get_surface(self._surface).log_scale

    def _on_failed(self, message: str) -> None:
        self._message = message
        self._update_status()

    def _on_busy(self, busy: bool) -> None:
        self._progress.setVisible(busy)

    # -- drawing ----------------------------------------------------------------------------------
    def _rebuild_legend(self) -> None:
        """One entry per racing optimizer: name, η, and whether it diverged."""
        self.legend.clear()
        if self._result is None:
            return
        for name, path in self._result.paths.items():
            lr = self._shared_lr if self._shared else self._lrs[name]
            text = f"{OPTIMIZER_TITLES[name]}  η = {lr:g}"
            if path.diverged:
                text += f"  (diverged at step {len(path.points)})"
            self.legend.addItem(self.path_items[name], text)

    def legend_entries(self) -> list[str]:
        """The legend's texts, in order."""
        return [label.text for _, label in self.legend.items]

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
