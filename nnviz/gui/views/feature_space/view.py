"""FeatureSpaceView: the data and the input grid as a hidden layer sees them.

Hidden layer l maps every input x to h = a^l(x). This view draws, live while training,
the training and test points and the lines of the input grid (x1 = const and x2 = const)
carried through the network up to layer l, in two coordinates of h: two chosen neurons
u = (a^l_j, a^l_k), or the first two principal components of a^l on the training data
(:mod:`.axes_choice`). The grid lines show how the layer bends and folds the input plane.
For the last hidden layer with two neurons the output neuron sees
z^L = w^L_1 a^l_1 + w^L_2 a^l_2 + b^L, so its decision level is a straight line here (drawn
dashed): XOR, which no straight line separates in the input plane, becomes linearly
separable after the hidden layer.

The plot fills the view, drawn to scale (one unit is as long across as up: the view box
widens the shorter range), around the points and the grid lines, refitted calmly
(:mod:`.framing`). While the view is hidden behind another tab
nothing is computed; the latest snapshot is drawn when it is shown again.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from nnviz.core import notation
from nnviz.core.data import CLASSIFICATION, Dataset
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
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
from nnviz.gui.jobs import DEFAULT_BACKGROUND_WORK, JobRunner
from nnviz.gui.kit.activation_range import activation_range
from nnviz.gui.kit.colour_key import ColourKey, class_swatches
from nnviz.gui.kit.data_points import DataPoints
from nnviz.gui.kit.plot_page import PlotPage
from nnviz.gui.kit.settle import settle_runner
from nnviz.gui.kit.stage import StageWatcher, offstage
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.views.base import View
from nnviz.gui.views.feature_space.axes_choice import AxesChoice
from nnviz.gui.views.feature_space.framing import PAD, extent, framed_range, polylines, sits_well

Array = np.ndarray

GRID_COLOUR = (150, 150, 150)
EDGE_COLOUR = (90, 90, 90)
DARK_EDGE_COLOUR = (175, 175, 180)  # the grid's edge on the dark palette
ITALIC_A = "<i>a</i>"  # a^l in rich text: notation.HTML.var(ITALIC_A, l, j) = <i>a</i><sup>l</sup><sub>j</sub>


class FeatureSpaceView(View):
    """Data points and input grid lines mapped into two coordinates of a hidden layer."""

    key = "feature_space"
    title = QT_TRANSLATE_NOOP("Views", "Hidden feature space")
    builds_when_shown = True

    def __init__(self, parent: QWidget | None = None, *, background_work: float = DEFAULT_BACKGROUND_WORK):
        super().__init__(parent)
        self.runner = JobRunner(self, background_work=background_work)
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
        self._framed = False  # the range was fitted to the points since the last restart
        self._follows_data = True  # the range follows the points (else: a fixed activation range)
        self._theme = current_theme()

        self.choice = AxesChoice(self)
        self.choice.chosen.connect(self._on_axes_chosen)
        self.class_key = ColourKey()  # the classes' colours (ten for the digits)
        self.class_key.hide()
        self.page = PlotPage(controls=(self.class_key, *self.choice.widgets))
        self.plot = self.page.plot
        self.plot.getViewBox().setAspectLocked(True, 1.0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self._build_items()
        self.apply_theme(self._theme)
        self._stage = StageWatcher(self)
        self._stage.shown.connect(self._request)  # snapshots that came while hidden
        self._configure()

    def _build_items(self) -> None:
        self.grid_lines = pg.PlotCurveItem(connect="finite", skipFiniteCheck=True)
        self.grid_edge = pg.PlotCurveItem(connect="finite", skipFiniteCheck=True)
        self.decision_line = pg.InfiniteLine(label=translate("FeatureSpaceView", "output"),
                                             labelOpts={"position": 0.12})
        for z, item in enumerate((self.grid_lines, self.grid_edge, self.decision_line)):
            item.setZValue(z)
            self.plot.addItem(item)
        self.points = DataPoints(self.plot, z=3)
        self.decision_line.setVisible(False)

    def apply_theme(self, theme: Theme) -> None:
        """Palette and presentation scale s: fonts, markers and lines s times larger."""
        self._theme = theme
        self.page.apply_theme(theme)
        self.points.apply_theme(theme)
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

    # -- the view contract --------------------------------------------------------------
    def set_dataset(self, dataset: Dataset) -> None:
        """New data: new points and input grid lines; the next snapshot maps them."""
        self._dataset = dataset
        self.points.set_dataset(dataset)
        classes = dataset.kind == CLASSIFICATION
        self.class_key.set_swatches(class_swatches(dataset) if classes else [])
        self._configure()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Map the data through the network of ``snapshot`` (skipped when its θ is unchanged)."""
        self._snapshot = snapshot
        if snapshot.architecture != self._architecture:
            self._architecture = snapshot.architecture
            self.choice.set_architecture(snapshot.architecture)
            self._configure()
        else:
            self._request()

    @property
    def message(self) -> str:
        return self.page.message

    # -- choices --------------------------------------------------------------------------
    def choose(self, layer: int, neurons: tuple[int, int] | None = None) -> None:
        """Show hidden layer ``layer`` (1-based) in neurons (j, k) (0-based), or in its first
        two principal components when ``neurons`` is None."""
        self.choice.choose(layer, neurons)

    @property
    def layer(self) -> int | None:
        return self.choice.layer

    @property
    def neurons(self) -> tuple[int, int] | None:
        """The chosen (j, k), 0-based, or None for principal components."""
        return self.choice.neurons

    @property
    def result(self) -> FeatureSpace | None:
        """The coordinates drawn last."""
        return self._result

    def _on_axes_chosen(self) -> None:
        self._projection = None
        self._restart()

    # -- layout ---------------------------------------------------------------------------
    def _configure(self) -> None:
        """Data or architecture changed: new input grid lines, decision level and messages."""
        self._lines = None
        self._level = None
        data, arch = self._dataset, self._architecture
        if data is None:
            self._show_message(translate("FeatureSpaceView", "No data yet."))
            return
        if arch is None:
            self._show_message(translate("FeatureSpaceView", "No network yet."))
            return
        if arch.n_inputs != data.n_features:
            self._show_message(translate("FeatureSpaceView", "Waiting for a network with {n} inputs.").format(
                n=data.n_features))
            return
        if arch.n_layers < 2:
            self._show_message(translate(
                "FeatureSpaceView",
                "This network has no hidden layer: its output neuron draws a straight line in "
                "the input space itself (see the decision boundary). Add a hidden layer to see "
                "the data in its feature space."
            ))
            return
        self.page.show_plot()
        self.class_key.setVisible(data.kind == CLASSIFICATION)
        inputs = dataset_inputs(data)
        if data.n_features == 2:
            self._lines = InputPlane.around(inputs, 2).grid_lines()
        elif data.n_features == 1:
            self._lines = input_line(inputs)[None, :, :]
        if data.kind == CLASSIFICATION and arch.n_outputs == 1:
            self._level = class_zero_level(Network(arch), data)[1]
        self.grid_lines.setVisible(self._lines is not None)
        self.grid_edge.setVisible(self._lines is not None)
        self._restart()

    def _show_message(self, text: str) -> None:
        self.runner.invalidate()
        self._result = None
        self.page.show_message(text)
        self.class_key.hide()  # no points drawn: nothing to name

    def _restart(self) -> None:
        """Forget what is drawn and computed; compute again for the latest snapshot."""
        self.runner.invalidate()
        self._requested = None
        self._result = None
        self._axis_key = None
        self._framed = False
        self.grid_lines.setData([], [])
        self.grid_edge.setData([], [])
        self.points.clear()
        self.decision_line.setVisible(False)
        self._request()

    # -- computing ------------------------------------------------------------------------
    def settle(self, msecs: int = 10_000) -> bool:
        """Block until the latest snapshot is computed (a large grid: off the GUI thread),
        drawn and laid out; False if ``msecs`` ran out."""
        return settle_runner(self.runner, msecs)

    def _request(self) -> None:
        snap = self._snapshot
        if snap is None or not self.page.showing_plot or self.layer is None or offstage(self):
            return
        if self._requested is not None and np.array_equal(self._requested, snap.params):
            return
        self._requested = snap.params
        data = self._dataset
        arch, params, layer, neurons = snap.architecture, snap.params, self.layer, self.neurons
        lines, level, reference = self._lines, self._level, self._projection
        n_points = len(data.x_train) + len(data.x_test) + (lines.shape[0] * lines.shape[1] if lines is not None else 0)
        work = n_points * sum(a * b for a, b in zip(arch.sizes[1:layer + 1], arch.sizes[:layer]))

        def task(progress) -> FeatureSpace:
            return feature_space(Network(arch, params), layer, data.x_train, data.x_test,
                                 lines, neurons, level, reference)

        self.runner.submit(task, work)

    def _on_failed(self, text: str) -> None:
        self.page.set_heading(translate("FeatureSpaceView", "Could not compute the feature space: {error}").format(
            error=text))

    # -- drawing --------------------------------------------------------------------------
    def _on_result(self, space: FeatureSpace) -> None:
        self._result = space
        self._projection = space.projection
        self.points.place(space.train, space.test)
        if space.lines is not None:
            self.grid_lines.setData(*polylines(space.lines))
            n = space.lines.shape[0]
            edges = space.lines[[0, n // 2 - 1, n // 2, n - 1]] if n >= 4 else space.lines
            self.grid_edge.setData(*polylines(edges))
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
        text = translate("FeatureSpaceView", "output = {level:g}").format(level=self._level)
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
            self.page.set_heading(translate("FeatureSpaceView", "The data and the input grid in hidden layer {layer}")
                                  .format(layer=layer))
            bounds = activation_range(self._architecture.activations[layer - 1])
            self._follows_data = bounds is None
            names = (notation.HTML.var(ITALIC_A, layer, j + 1),
                     notation.HTML.var(ITALIC_A, layer, k + 1) if k >= 0 else "")
            if bounds is not None:
                lo, hi = bounds
                pad = PAD * (hi - lo)
                y_range = (lo - pad, hi + pad) if k >= 0 else (-0.5, 0.5)
                self.page.fit_left_axis(*y_range)
                self.page.name_axes(*names)
                self._show_range((lo - pad, hi + pad), y_range)
            else:
                self.page.name_axes(*names)
            return
        share = [round(100 * s) for s in proj.explained]
        key = (layer, "pca", *share)
        if key == self._axis_key:
            return
        if self._axis_key is None or self._axis_key[:2] != key[:2]:
            self._follows_data = True
            a = notation.HTML.var(ITALIC_A, layer)
            self.page.set_heading(translate("FeatureSpaceView", "Hidden layer {layer}: the principal components of {a}")
                                  .format(layer=layer, a=a))
        self._axis_key = key
        # Short names: the left axis is as long as the plot is tall (at 200 %, in a 1366 x 768
        # window, about 15 characters).
        self.page.name_axes(f"PC1 ({share[0]} %)", f"PC2 ({share[1]} %)")

    def _show_range(self, x_range: tuple[float, float], y_range: tuple[float, float]) -> None:
        """Show at least this range, to scale: the plot fills the view and the view box
        widens the shorter range until one unit is as long across as up."""
        self.page.show_range(x_range, y_range, None)

    def _follow(self, space: FeatureSpace) -> None:
        """Fit the range to the points, again only when they leave it or fill under half of
        it: a calm picture while training (and no new axis ticks every frame)."""
        box = extent(space)
        if box is None:
            return
        x_range, y_range = self.plot.viewRange()
        if self._framed and sits_well(*box, x_range, y_range):
            return
        self._framed = True
        self._show_range(*framed_range(*box))
