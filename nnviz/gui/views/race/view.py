"""The optimizer race view: the map with every optimizer's path, the table of optimizers
beside it, the loss plot; Play, Step, Reset reveal the race (see the package docstring).
It also races learning rates or batch sizes on the current problem (comparison.py): then the
map gives way to the racers' legend, their loss curves and, for a one-parameter network, the
curve C(w) with each racer's path."""

from __future__ import annotations

from functools import partial

import numpy as np
from PySide6.QtCore import QSignalBlocker, QTimer, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QLineEdit, QProgressBar, QSpinBox, QSplitter, QStackedWidget,
                               QToolButton, QVBoxLayout, QWidget)

from nnviz.core import notation
from nnviz.core.config import Config
from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.snapshot import Snapshot
from nnviz.core.surfaces import SURFACES, get_surface
from nnviz.core.training import training_targets
from nnviz.gui.jobs import JobRunner
from nnviz.gui.kit.aspect_fit import AspectFit
from nnviz.gui.kit.axes import QWIDGETSIZE_MAX, quiet_plot_widget, set_axis_label, style_plot, widest_tick
from nnviz.gui.kit.elided_label import ElidedLabel
from nnviz.gui.kit.flow_layout import FlowLayout
from nnviz.gui.kit.heatmap_layer import HeatmapLayer
from nnviz.gui.kit.map_click import clicked_point
from nnviz.gui.kit.parameter_pair import ParameterPair, with_picked
from nnviz.gui.kit.settle import settle_runner
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.views.base import View
from nnviz.gui.views.race.comparison import (COMPARISON_ITEMS, COMPARISONS, DEFAULT_STEPS, DEFAULT_VALUES,
                                             OPTIMIZER, RACING_TITLES, ComparisonResult, check_values, comparison_words,
                                             parse_values, start_theta, value_text)
from nnviz.gui.views.race.comparison_tracks import ComparisonTracks
from nnviz.gui.views.race.race_task import RaceResult, comparison_with_map, network_race, surface_race
from nnviz.gui.views.race.settings import MAX_STEPS, NETWORK, RaceSettings
from nnviz.gui.views.race.table import OptimizerTable
from nnviz.gui.views.race.tracks import RaceTracks
from nnviz.session.state import CONFIG, LESSON, Selection, SessionState

Array = np.ndarray

PLAY_INTERVAL_MS = 33
PLAY_SECONDS = 5.0        # a race takes about this long at normal speed
MAP_OPACITY = 0.75        # the map a little pale, so the paths stand out


class OptimizerRaceView(View):
    """SGD, Momentum, Nesterov, AdaGrad, RMSProp and Adam racing over one surface.

    ``race_finished`` is emitted when Play reaches the race's last step.
    """

    key = "optimizer_race"
    title = QT_TRANSLATE_NOOP("Views", "Optimizer race")
    builds_when_shown = True

    race_finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = RaceSettings()
        self._shown = 0
        self._result: RaceResult | None = None
        self._snapshot: Snapshot | None = None
        self._dataset: Dataset | None = None
        self._network_theta: Array | None = None
        self._network_cost: str | None = None  # the training cost of the last network race
        self._message = ""
        self._theme = current_theme()
        self._left_sample = "-0.00"  # the widest tick label of the map
        self._legend_texts: list[str] = []
        self._followed_parameter: int | None = None
        # racing learning rates or batch sizes (compare != OPTIMIZER)
        self._compare = OPTIMIZER
        self._values = dict(DEFAULT_VALUES)
        self._compare_steps = dict(DEFAULT_STEPS)
        self._comparison: ComparisonResult | None = None
        self._config: Config | None = None
        self.jobs = JobRunner(self, cancel_running=True)
        self.jobs.result_ready.connect(self._on_result)
        self.jobs.failed.connect(self._on_failed)
        self.jobs.busy_changed.connect(lambda busy: self._progress.setVisible(busy))
        self._timer = QTimer(self)
        self._timer.setInterval(PLAY_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._build()
        self.apply_theme(self._theme)
        self.settings.load_surface_defaults()
        self.tracks.set_log(self.settings.log_loss)
        self._sync_controls()
        self.recompute(surface_changed=True)

    # -- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        self._compare_box = QComboBox()
        for compare in COMPARISONS:
            self._compare_box.addItem(translate("RaceView", COMPARISON_ITEMS[compare]), compare)
        self._compare_box.setToolTip(translate("RaceView", "what races: optimizers on a surface, or learning "
                                               "rates or batch sizes on the current problem"))
        self._compare_box.currentIndexChanged.connect(
            lambda i: self.set_comparison(self._compare_box.itemData(i), ()))
        self.values_edit = QLineEdit()
        self.values_edit.setToolTip(translate("RaceView", "the values that race, separated by commas: "
                                              "learning rates (0.01, 0.1, 0.25), or batches (full, 10, "
                                              "stochastic)"))
        self._fit_values_edit()
        self.values_edit.editingFinished.connect(self._on_values_edited)
        self._surface_box = QComboBox()
        for s in SURFACES.values():
            self._surface_box.addItem(translate("Surfaces", s.title), s.name)
        self._surface_box.addItem(translate("RaceView", "the network: C over two parameters"), NETWORK)
        self._surface_box.setToolTip(translate("RaceView", "the function the optimizers minimise"))
        self._surface_box.setMinimumContentsLength(14)
        self._surface_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.parameters = ParameterPair(translate("RaceView", "the network's parameter on the {axis} axis"), self)
        self._steps_box = QSpinBox()
        self._steps_box.setRange(1, 5000)
        self._steps_box.setPrefix(translate("RaceView", "steps "))
        self._steps_box.setToolTip(translate("RaceView", "how many steps every optimizer takes"))
        self._play_button, self._step_button, self._reset_button = (
            QToolButton(), QToolButton(), QToolButton())
        for button, text, tip in ((self._play_button, translate("RaceView", "▶ Play"),
                                   translate("RaceView", "show the race step by step")),
                                  (self._step_button, translate("RaceView", "Step"),
                                   translate("RaceView", "one more step of every optimizer")),
                                  (self._reset_button, translate("RaceView", "Reset"),
                                   translate("RaceView", "back to the start p₀"))):
            button.setText(text)
            button.setToolTip(tip)
        self._progress = QProgressBar()
        self._progress.setRange(0, 0)
        self._progress.setMaximumWidth(80)
        self.status = ElidedLabel(lines=2)

        self._surface_box.currentIndexChanged.connect(
            lambda i: self.set_surface(self._surface_box.itemData(i)))
        self.parameters.chosen.connect(self.set_parameters)
        self._steps_box.editingFinished.connect(lambda: self.set_steps(self._steps_box.value()))
        self._play_button.clicked.connect(self.toggle_play)
        self._step_button.clicked.connect(self.step)
        self._reset_button.clicked.connect(self.reset)

        top = FlowLayout()
        for w in (self._compare_box, self.values_edit, self._surface_box, self.parameters.x_box, self.parameters.y_box,
                  self._steps_box, self._play_button, self._step_button, self._reset_button,
                  self._progress):
            top.addWidget(w)

        # the race: map with paths
        self.plot_widget, self.plot = quiet_plot_widget()
        self.aspect = AspectFit(self.plot)
        self.aspect.height_wanted.connect(self._cap_map_height)
        self.heatmap_layer = HeatmapLayer(self.plot, "f")
        self.heatmap_layer.image.setOpacity(MAP_OPACITY)
        self.tracks = RaceTracks(self.plot, self._theme)
        self.plot_widget.scene().sigMouseClicked.connect(self._on_clicked)

        # the optimizers: the legend of the paths, with their η and how each race ended
        self.table = OptimizerTable(self)
        self.table.enabled.connect(self.set_enabled)
        self.table.learning_rate.connect(self.set_learning_rate)
        self.table.shared.connect(self.set_shared_learning_rate)
        self.table.log_loss.connect(self.set_log_loss)

        self._side = QSplitter()
        self._side.addWidget(self.table.scroll)
        self._side.addWidget(self.tracks.loss_widget)
        self._side.setChildrenCollapsible(False)
        self._side.setStretchFactor(1, 1)
        self.body = QSplitter()
        self.body.addWidget(self.plot_widget)
        self.body.addWidget(self._side)
        self.body.setChildrenCollapsible(False)
        self._wide = False  # the map left of the table (else above it)
        self._arrangement: tuple[bool, bool] | None = None

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self.comparison_tracks = ComparisonTracks(self._theme)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.body)
        self.pages.addWidget(self.comparison_tracks.widget)
        box.addLayout(top)
        box.addWidget(self.pages, 1)
        box.addWidget(self.status)
        self.status.setContentsMargins(6, 0, 6, 2)

    def _fit_values_edit(self) -> None:
        width = self.values_edit.fontMetrics().horizontalAdvance("0.01, 0.1, 0.25, 0.3, 0.5  ")
        self.values_edit.setFixedWidth(width)

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self._arrange()
        self._arrange_comparison()

    def _arrange(self) -> None:
        """Wide: the map left, the table over the loss plot right. Tall: the map on top, then
        the table beside the loss plot (or over it, when the view is narrow)."""
        table = self.table.scroll.widget().sizeHint()
        wide = self.width() > 1.3 * self.height()
        beside = not wide and self.width() >= 2 * table.width()
        if (wide, beside) == self._arrangement:
            return
        self._arrangement = (wide, beside)
        self._wide = wide
        horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        self.body.setOrientation(horizontal if wide else vertical)
        self._side.setOrientation(horizontal if beside else vertical)
        total = self.width() if wide else self.height()
        # wide: the table's whole width beside the map (at 200 % it is wider than 40 %)
        side = max(int(0.4 * total), table.width() + 24) if wide else int(0.4 * total)
        side = min(side, int(0.6 * total))
        self.body.setSizes([total - side, side])
        self._side.setSizes([table.width() if beside else table.height(), QWIDGETSIZE_MAX])
        self._cap_map_height()

    def _arrange_comparison(self) -> None:
        """The comparison's plots and legend for the view's shape (ComparisonTracks.arrange)."""
        self.comparison_tracks.arrange(self.width(), self.height())

    def _cap_map_height(self, height: int | None = None) -> None:
        """Tall: the map is as tall as its shape needs, the table and loss plot get the rest."""
        if height is None:
            height = self.aspect.wanted_height
        limit = height if height is not None and not self._wide else QWIDGETSIZE_MAX
        if self.plot_widget.maximumHeight() != limit:
            self.plot_widget.setMaximumHeight(limit)

    # -- the view contract ----------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        """Palette and presentation scale s: fonts, markers and lines s times larger."""
        self._theme = theme
        self.plot_widget.setBackground(theme.plot_background)
        style_plot(self.plot, theme, self._left_sample)
        self.heatmap_layer.apply_theme(theme)
        self.tracks.apply_theme(theme)
        self.table.apply_theme(theme)
        self.comparison_tracks.apply_theme(theme)
        self._arrangement = None  # the table's size follows the scale
        if self.isVisible():
            self._arrange()
        self.values_edit.setFont(self.font())
        self._fit_values_edit()
        self.status.setFont(theme.tick_font())  # a little smaller than the text
        self.status.set_colour(theme.muted)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Keep the latest θ: the network surface is centred on it when it is (re)chosen."""
        new_architecture = self._snapshot is None or snapshot.architecture != self._snapshot.architecture
        self._snapshot = snapshot
        self._follow_cost()
        if new_architecture:
            self.settings.fit(snapshot.architecture.n_parameters)
            self.parameters.set_architecture(snapshot.architecture)
            self._sync_controls()
            if self.settings.network:
                self.use_current_parameters()
            if self.comparing:
                self.recompute()

    def set_dataset(self, dataset: Dataset | None) -> None:
        self._dataset = dataset
        if self.comparing:
            self.recompute()
        elif self.settings.network:
            self.recompute(surface_changed=True)

    def bind(self, session: SessionState) -> None:
        """Also follow the configuration (a comparison races on it) and the lesson (its
        ``race`` table, or the optimizers for a lesson without one)."""
        super().bind(session)
        self._unsubscribe += [session.subscribe(CONFIG, self._on_config),
                              session.subscribe(LESSON, self._on_lesson)]

    def _on_lesson(self, lesson) -> None:
        race = getattr(lesson, "race", None)
        try:
            self.set_comparison(*race) if race is not None else self.set_comparison(OPTIMIZER, ())
        except InputError as error:  # the lesson reader checked it; say so all the same
            self._message = str(error)
            self._update_status()

    def _on_config(self, config: Config) -> None:
        if self.comparing:
            self.recompute()
        self._follow_cost()

    def _cost(self) -> str:
        """The training cost the network surface shows, the configuration's (else the latest
        snapshot's): "sum" (L = Σ ℓ) or "mean" (C; also for the perceptron's error rate)."""
        config = self._config or (self.session.config if self.session is not None else None)
        cost = config.training.cost if config is not None else getattr(self._snapshot, "cost", None)
        return "sum" if cost == "sum" else "mean"

    def _follow_cost(self) -> None:
        """The training cost changed (training started again): race on the new C or L."""
        if self._network_cost not in (None, self._cost()) and self.settings.network \
                and not self.comparing:
            self.use_current_parameters()

    def set_config(self, config: Config | None) -> None:
        """The problem a comparison races on (None: the bound session's configuration)."""
        self._config = config
        if self.comparing:
            self.recompute()
        self._follow_cost()

    def follow_selection(self, selection: Selection) -> None:
        """A parameter picked (an edge of the graph) becomes the network surface's vertical
        axis, the previous vertical one its horizontal axis."""
        if selection.parameter == self._followed_parameter:
            return
        self._followed_parameter = index = selection.parameter
        if index is None or self._snapshot is None \
                or not 0 <= index < self._snapshot.architecture.n_parameters:
            return
        pair = with_picked(self.settings.indices, index)
        if pair is not None:
            self.set_parameters(*pair)

    def settle(self, msecs: int = 10_000) -> bool:
        """Finish computing the race and lay the view out (tests, `nnviz render`)."""
        return settle_runner(self.jobs, msecs)

    @property
    def message(self) -> str:
        return self._message

    # -- settings ------------------------------------------------------------------------------
    def set_surface(self, name: str) -> None:
        """A test surface by name (see nnviz.core.surfaces), or "network"."""
        if not self.settings.set_surface(name):
            return
        self.tracks.set_log(self.settings.log_loss)
        if self.settings.network and self._snapshot is not None:
            self._network_theta = np.array(self._snapshot.params)
        self._sync_controls()
        self.recompute(surface_changed=True)

    def use_current_parameters(self) -> None:
        """Centre the network surface on the latest snapshot's θ and recompute."""
        if self._snapshot is None:
            return
        self._network_theta = np.array(self._snapshot.params)
        self.settings.start = None
        if self.settings.network:
            self.recompute(surface_changed=True)

    def set_parameters(self, i: int, j: int) -> None:
        """The two parameters of the network surface."""
        n = self._snapshot.architecture.n_parameters if self._snapshot else 0
        self.settings.set_indices(i, j, n)
        self._sync_controls()
        if self.settings.network:
            self.recompute(surface_changed=True)

    def set_steps(self, steps: int) -> None:
        if self.comparing:
            if not 1 <= steps <= MAX_STEPS:  # the comparison keeps its own count
                raise InputError(translate("RaceView", "steps must lie in 1..{most}, not {steps}").format(
                    most=MAX_STEPS, steps=steps))
            if steps != self._compare_steps[self._compare]:
                self._compare_steps[self._compare] = int(steps)
                self._sync_controls()
                self.recompute()
            return
        if self.settings.set_steps(steps):
            self._sync_controls()
            self.recompute()

    def set_learning_rate(self, name: str, lr: float) -> None:
        """η of one optimizer (used unless a shared η is set)."""
        if self.settings.set_learning_rate(name, lr):
            self._sync_controls()
            if not self.settings.shared:
                self.recompute()

    def set_shared_learning_rate(self, lr: float | None) -> None:
        """One η for every optimizer (None: each its own)."""
        self.settings.set_shared_learning_rate(lr)
        self._sync_controls()
        self.recompute()

    def set_enabled(self, name: str, on: bool) -> None:
        """Whether optimizer ``name`` races."""
        if self.settings.set_enabled(name, on):
            self._sync_controls()
            self.recompute()

    def set_start(self, x: float, y: float) -> None:
        """Move the common start p_0 and run the race again from step 0."""
        self.settings.set_start(x, y)
        self._shown = 0
        self.recompute()

    def set_comparison(self, compare: str, values: tuple = ()) -> None:
        """What races: "optimizer" (the surface race; ``values`` names the optimizers that
        race, those chosen before if empty), "learning_rate" (η values) or "batch" ("full",
        "stochastic" or sizes m) on the current problem, from the configuration's start θ₀
        (``values`` empty: the last ones, at first the lectures'). InputError for a bad
        value, nothing changed."""
        values = tuple(values)
        if values or compare not in self._values:
            values = check_values(compare, values)  # () for optimizers: all of them
        if compare == OPTIMIZER:
            if values:
                for name in self.settings.enabled:
                    self.settings.set_enabled(name, name in values)
            self._compare = compare
            self._comparison = None
            self._sync_controls()
            self.recompute(surface_changed=True)
            return
        if values:
            self._values[compare] = values
        self._compare = compare
        self._sync_controls()
        self.recompute()

    @property
    def comparing(self) -> bool:
        """True while learning rates or batch sizes race (not optimizers)."""
        return self._compare != OPTIMIZER

    @property
    def compare(self) -> str:
        return self._compare

    @property
    def comparison(self) -> ComparisonResult | None:
        """The latest computed race of learning rates or batch sizes."""
        return self._comparison if self.comparing else None

    def _on_values_edited(self) -> None:
        if not self.comparing:
            return
        try:
            values = parse_values(self._compare, self.values_edit.text())
        except InputError as error:
            self._message = str(error)
            self._update_status()
            return
        if values != self._values[self._compare]:
            self.set_comparison(self._compare, values)

    def set_log_loss(self, on: bool) -> None:
        self.settings.log_loss = bool(on)
        self._sync_controls()
        self.tracks.set_log(self.settings.log_loss)
        self.tracks.fit_loss_range(self._result, self.settings.log_loss)
        self._draw()

    # -- the race ---------------------------------------------------------------------------------
    def toggle_play(self) -> None:
        if self._timer.isActive():
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        if self.last_step and self._shown >= self.last_step:
            self._shown = 0
        self._timer.start()
        self._play_button.setText(translate("RaceView", "❚❚ Pause"))

    def pause(self) -> None:
        self._timer.stop()
        self._play_button.setText(translate("RaceView", "▶ Play"))

    def step(self) -> None:
        """One more step of every optimizer."""
        self.go_to_step(self._shown + 1)

    def reset(self) -> None:
        """Back to the start, p_0."""
        self.go_to_step(0)

    def go_to_step(self, step: int) -> None:
        """Pause and show every path up to ``step`` (at most the race's last step)."""
        self.pause()
        self._shown = max(0, min(step, self.last_step))
        self._draw()

    @property
    def shown_step(self) -> int:
        return self._shown

    @property
    def last_step(self) -> int:
        """The step at which the longest path of the race ends (0 without a race)."""
        result = self._comparison if self.comparing else self._result
        return result.last_step if result is not None else 0

    @property
    def result(self) -> RaceResult | None:
        return self._result

    def legend_entries(self) -> list[str]:
        """One text per racing optimizer, in order: its name, η, and whether it diverged."""
        return list(self._legend_texts)

    def _tick(self) -> None:
        steps = self._compare_steps[self._compare] if self.comparing else self.settings.steps
        per_tick = max(1, round(steps * PLAY_INTERVAL_MS / (PLAY_SECONDS * 1000)))
        self._shown = min(self._shown + per_tick, self.last_step)
        self._draw()
        if self._shown >= self.last_step:
            self.pause()
            self.race_finished.emit()

    # -- computing ----------------------------------------------------------------------------------
    def recompute(self, surface_changed: bool = False) -> None:
        """Run the race again (and compute the surface if it changed), off the GUI thread."""
        if self.comparing:
            self._recompute_comparison()
            return
        key = self._surface_key()
        reuse = None if surface_changed or self._result is None or self._result.key != key \
            else self._result.heatmap
        race = (self.settings.racing(), self.settings.steps, self.settings.start)
        try:
            task = self._network_task(key, reuse, *race) if self.settings.network \
                else partial(surface_race, self.settings.surface, key, reuse, *race)
        except InputError as error:
            self._message = str(error)
            self._result = None
            self.heatmap_layer.set_heatmap(None)
            self._draw()
            return
        self._message = ""
        self.jobs.submit(task)
        self._update_status()

    def _recompute_comparison(self) -> None:
        try:
            task = self._comparison_task()
        except InputError as error:
            self._message = str(error)
            self._comparison = None
            self.jobs.invalidate()
            self.comparison_tracks.show_result(None)
            self._draw()
            return
        self._message = ""
        self.jobs.submit(task)
        self._update_status()

    def _problem(self) -> tuple[Config, Dataset]:
        config = self._config if self._config is not None else \
            (self.session.config if self.session is not None else None)
        dataset = self._dataset if self._dataset is not None else \
            (self.session.dataset if self.session is not None else None)
        if config is None or dataset is None:
            raise InputError(translate("RaceView", "the race of learning rates or batch sizes needs a "
                                       "problem: open a lesson or start training first"))
        return config, dataset

    def _comparison_task(self):
        config, dataset = self._problem()
        theta0 = start_theta(config, dataset)
        compare, values = self._compare, self._values[self._compare]
        steps = self._compare_steps[compare]
        key = (compare, values, steps, config, id(dataset))
        return partial(comparison_with_map, config, dataset, theta0, compare, values, steps, key)

    def _surface_key(self) -> tuple:
        if not self.settings.network:
            return (self.settings.surface,)
        theta = self._network_theta
        return (NETWORK, self.settings.indices, None if theta is None else theta.tobytes(),
                id(self._dataset), self._cost())

    def _network_task(self, key, reuse, lrs, steps, start):
        if self._snapshot is None:
            raise InputError(translate("RaceView", "the network surface needs a network: start training first"))
        if self._dataset is None:
            raise InputError(translate("RaceView", "the network surface needs the training data"))
        arch = self._snapshot.architecture
        if arch.n_parameters < 2:
            raise InputError(translate("RaceView", "a one-parameter network has no plane to race on"))
        x, y = training_targets(arch, self._dataset)
        theta = self._network_theta if self._network_theta is not None else np.array(self._snapshot.params)
        indices = self.settings.indices
        names = tuple(notation.parameter_symbol(arch.parameter_name(k)) for k in indices)
        self._network_cost = key[-1]
        return partial(network_race, arch, theta, indices, names, x, y, key, reuse, lrs, steps, start,
                       cost=key[-1])

    def _on_result(self, result: RaceResult | ComparisonResult) -> None:
        if isinstance(result, ComparisonResult):
            if not self.comparing or result.compare != self._compare:
                return  # the race changed meanwhile
            self._comparison = result
            self._shown = min(self._shown, result.last_step) if self._shown else result.last_step
            self.comparison_tracks.show_result(result)
            self._arrange_comparison()  # the legend's rows may have changed
            self._draw()
            return
        if self.comparing:
            return
        surface_new = self._result is None or self._result.heatmap is not result.heatmap
        self._result = result
        self._shown = min(self._shown, result.last_step)
        if surface_new:
            self.heatmap_layer.set_heatmap(result.heatmap, log=self._surface_log())
            rect = result.heatmap.rect
            self._left_sample = widest_tick(rect.top(), rect.bottom())
            style_plot(self.plot, self._theme, self._left_sample)
            set_axis_label(self.plot, "bottom", result.labels[0], self._theme, self._left_sample)
            set_axis_label(self.plot, "left", result.labels[1], self._theme, self._left_sample)
            self.aspect.set_ratio(rect.width() / rect.height())
            self.plot.getViewBox().setRange(rect=rect, padding=0.0)
            self.tracks.show_minima(result.minima)
        self.tracks.show_race(result, self.settings.log_loss)
        self._draw()

    def _surface_log(self) -> bool:
        return not self.settings.network and get_surface(self.settings.surface).log_scale

    def _on_failed(self, message: str) -> None:
        self._message = message
        self._update_status()

    # -- drawing and words --------------------------------------------------------------------------
    def _draw(self) -> None:
        if self.comparing:
            self._legend_texts = self.comparison_tracks.draw(self._shown) if self._comparison else []
            self._update_status()
            return
        paths = self._result.paths if self._result is not None else {}
        self.tracks.draw(paths, self._shown, self.settings.log_loss)
        self._legend_texts = self.table.show_outcomes(self._result, self.settings, self._shown)
        self._update_status()

    def _sync_controls(self) -> None:
        s = self.settings
        blockers = [QSignalBlocker(w) for w in (self._surface_box, self._steps_box)]
        self._surface_box.setCurrentIndex(self._surface_box.findData(s.surface))
        self._steps_box.setValue(s.steps)
        del blockers
        comparing = self.comparing
        blocker = QSignalBlocker(self._compare_box)
        self._compare_box.setCurrentIndex(self._compare_box.findData(self._compare))
        del blocker
        self.pages.setCurrentIndex(1 if comparing else 0)
        self.values_edit.setVisible(comparing)
        self._surface_box.setVisible(not comparing)
        if comparing:
            self.values_edit.setText(", ".join(value_text(v) for v in self._values[self._compare]))
            blocker = QSignalBlocker(self._steps_box)
            self._steps_box.setValue(self._compare_steps[self._compare])
            del blocker
        for box in (self.parameters.x_box, self.parameters.y_box):
            box.setVisible(s.network and not comparing)
        self.parameters.show(s.indices)
        self.table.sync(s)

    def _update_status(self) -> None:
        if self._message:
            self.status.setText(self._message)
            return
        if self.comparing:
            what = self._comparison_words()
        elif self.settings.network:
            what = translate("RaceView", "{cost} over two parameters of the network (the others as when "
                             "chosen)").format(cost="L" if self._cost() == "sum" else "C")
        else:
            s = get_surface(self.settings.surface)
            what = f"{translate('Surfaces', s.title)}: {s.formula}"
            if s.minima:
                what += translate("RaceView", "  (× = minimum)")
        click = "" if self.comparing else translate("RaceView", "  Click the map to start the race from "
                                                                "another point.")
        self.status.setText(translate("RaceView", "{what}.  Step {step} of {last}.{click}").format(
            what=what, step=self._shown, last=self.last_step, click=click))

    def _comparison_words(self) -> str:
        try:
            config, _ = self._problem()
        except InputError:
            return translate("RaceView", RACING_TITLES[self._compare])
        return comparison_words(self._compare, config, self._comparison)

    def _on_clicked(self, event) -> None:
        if self._result is None or self.comparing:
            return
        point = clicked_point(self.plot, event)
        if point is not None:
            self.set_start(*point)
