"""The loss-surface view: C over a slice of parameter space (:mod:`.surface_task`), the path
of gradient descent over it (:mod:`.path_layer`), live; see the package docstring."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from nnviz.core import landscape
from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.network import Architecture
from nnviz.core.snapshot import Snapshot
from nnviz.core.training import training_targets
from nnviz.gui.jobs import JobRunner
from nnviz.gui.kit.elided_label import ElidedLabel
from nnviz.gui.kit.heatmap import Heatmap
from nnviz.gui.kit.map_click import clicked_point
from nnviz.gui.kit.settle import settle_runner
from nnviz.gui.kit.stage import StageWatcher, offstage
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.views.base import View
from nnviz.gui.views.landscape.canvas import SurfaceCanvas
from nnviz.gui.views.landscape.controls import SliceControls
from nnviz.gui.views.landscape.gradient import GradientTracker
from nnviz.gui.views.landscape.path_buffer import PathBuffer
from nnviz.gui.views.landscape.settings import MODES, SliceSettings, automatic_resolution, cheap_to_follow
from nnviz.gui.views.landscape.surface_task import SurfaceRequest, SurfaceResult, surface_cost
from nnviz.gui.views.landscape.words import NO_NETWORK, describe, slice_title
from nnviz.session.commands import SetParameters
from nnviz.session.state import Selection

Array = np.ndarray

FOLLOW_INTERVAL_MS = 250  # "follow training": at most one new surface per this interval
KEEP_MARGIN = 1.15        # a map grown to hold the path is this much wider than the path


class LandscapeView(View):
    """The loss surface around the current parameters, with the descent path drawn live.

    Clicking the map issues ``SetParameters(θ)``: restart training from that point.
    """

    key = "landscape"
    title = "Loss surface"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = SliceSettings()
        self._architecture: Architecture | None = None
        self._snapshot: Snapshot | None = None
        self._dataset: Dataset | None = None
        self._targets: tuple[Array, Array] | None = None
        self._origin: Array | None = None          # θ0 of the next computation
        self._origin_step = 0
        self._window_centre: tuple[float, float] | None = None
        self._result: SurfaceResult | None = None
        self._path: PathBuffer | None = None
        self._last_step = -1
        self._cost = surface_cost(None)  # the training cost: "mean" (C) or "sum" (L)
        self._theme = current_theme()
        self._waiting = False  # snapshots came while the view was hidden
        self._message = ""
        self._followed_parameter: int | None = None
        self.jobs = JobRunner(self, cancel_running=True)
        self.jobs.result_ready.connect(self._on_result)
        self.jobs.failed.connect(self._on_failed)
        self.jobs.busy_changed.connect(self._on_busy)
        self.gradients = GradientTracker(self)
        self.gradients.arrived.connect(self._on_gradient)
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(FOLLOW_INTERVAL_MS)
        self._follow_timer.timeout.connect(self._follow_step)
        self.controls = SliceControls(self)
        self.jobs.progressed.connect(self.controls.show_progress)
        self._connect_controls()
        self._build_layout()
        self.apply_theme(self._theme)
        self._stage = StageWatcher(self)
        self._stage.shown.connect(self._on_shown)
        self._sync_controls()
        self.controls.show_busy(False)
        self._update_status()

    # -- construction -------------------------------------------------------------------------
    def _connect_controls(self) -> None:
        c = self.controls
        c.mode_box.currentIndexChanged.connect(lambda i: self.set_mode(MODES[i]))
        c.parameters.chosen.connect(self._on_parameters_chosen)
        c.range_box.editingFinished.connect(lambda: self.set_range(c.range_box.value()))
        c.grid_box.triggered.connect(lambda act: self.set_resolution(act.data()))
        c.log_box.toggled.connect(self.set_log_scale)
        c.follow_box.toggled.connect(self.choose_follow)
        c.three_d_box.toggled.connect(self.set_three_d)
        c.centre_button.clicked.connect(self.centre_on_current)
        c.recompute_action.triggered.connect(self.recompute)
        c.directions_button.clicked.connect(self.new_directions)
        c.cancel_button.clicked.connect(self.cancel)

    def _build_layout(self) -> None:
        self.canvas = SurfaceCanvas(self._theme)
        self.canvas.plot_widget.scene().sigMouseClicked.connect(self._on_clicked)
        self.title_label = self.canvas.title  # what the map is a slice of
        self.status = ElidedLabel(lines=1)  # the whole text in its tooltip
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(self.controls.row)
        box.addWidget(self.title_label)
        box.addWidget(self.canvas.stack, 100)
        box.addWidget(self.canvas.legend)
        box.addWidget(self.status)
        box.addStretch(1)  # spare height below: the title and the legend stay by the map
        self.canvas.legend.setContentsMargins(6, 0, 6, 0)
        self.status.setContentsMargins(6, 0, 6, 2)

    # -- the view contract ------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        """Palette and presentation scale s: fonts, markers and lines s times larger."""
        self._theme = theme
        self.canvas.apply_theme(theme)
        self.status.setFont(theme.tick_font())  # a little smaller than the text
        self.status.set_colour(theme.muted)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Extend the path by ``snapshot``'s θ; the first snapshot (or a new architecture)
        also starts a surface computation centred on it. Hidden: only the path grows."""
        if snapshot.architecture != self._architecture:
            self._rebuild(snapshot.architecture)
        restarted = snapshot.step < self._last_step
        again = snapshot.step == self._last_step and self._path.size > 0
        self._snapshot = snapshot
        self._last_step = snapshot.step
        cost = surface_cost(snapshot.cost)
        if cost != self._cost:  # C became L or back: another surface, another gradient
            self._cost = cost
            self.gradients.forget()
            self._origin = None
        if restarted:
            self._path.clear()
        if again:  # the same step once more (drawn again, or θ edited): it replaces the last
            self._path.drop_last()
        self._path.append(snapshot.params, snapshot.step, snapshot.train_loss,
                          self._project(snapshot.params))
        self._waiting = offstage(self)
        if not self._waiting:
            self._draw_latest(restarted)

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The data the cost C is averaged over (its training set); recomputes the surface."""
        self._dataset = dataset
        self._targets = None
        self.gradients.forget()
        self._choose_resolution()
        if self._architecture is not None and self._origin is not None:
            self.recompute()
        else:
            self._update_status()

    def follow_selection(self, selection: Selection) -> None:
        """A parameter picked (an edge of the graph) goes on the vertical axis, the previous
        vertical one on the horizontal axis: two picks choose the plane."""
        if selection.parameter == self._followed_parameter:
            return
        self._followed_parameter = selection.parameter
        index = selection.parameter
        if index is None or self._architecture is None or not 0 <= index < self._n_parameters:
            return
        indices, to_parameters = self.settings.pick(index)
        if indices is not None:
            self.set_parameters(*indices)
        if to_parameters:
            self.set_mode("parameters")

    def settle(self, msecs: int = 10_000) -> bool:
        """Finish the surface and gradient computations and lay the view out (tests, `nnviz
        render`); their results are shown when this returns True. Following training, the
        surface is first brought to the latest θ."""
        if self.jobs.settle(msecs) and not offstage(self):
            self._follow_step()
        gradient_done = self.gradients.jobs.settle(msecs)
        return settle_runner(self.jobs, msecs) and gradient_done

    @property
    def message(self) -> str:
        return self._message

    def _draw_latest(self, restarted: bool = False) -> None:
        """Start the surface if there is none yet; −∇C and the path at the latest snapshot."""
        if self._origin is None or (restarted and self._result is None):
            self._centre_on(self._snapshot)
        self._request_gradient()
        self._draw_path()
        if self.settings.follow and not self.jobs.busy and not self._follow_timer.isActive():
            self._follow_timer.start()

    def _on_shown(self) -> None:
        """In sight again: draw what came while the view was hidden."""
        if self._waiting and self._snapshot is not None and not offstage(self):
            self._waiting = False
            self._draw_latest()

    # -- choices -----------------------------------------------------------------------------
    def set_parameters(self, i: int, j: int) -> None:
        """The two parameters of the "two parameters" slice (or θ_i for the curve)."""
        self.settings.set_indices(i, j, self._n_parameters)
        self._window_centre = None
        self._sync_controls()
        if self.settings.mode in ("parameters", "curve"):
            self.recompute()

    def set_mode(self, mode: str) -> None:
        """"parameters", "random", "pca" or "curve" (see the package docstring)."""
        if not self.settings.set_mode(mode, self._n_parameters):
            return
        self._window_centre = None
        self._sync_controls()
        self.canvas.clear_surface()
        self._result = None
        self.recompute()

    def set_range(self, half_width: float) -> None:
        """Half the width of the plotted square (in the units of its axes)."""
        if self.settings.set_range(half_width):
            self._sync_controls()
            self.recompute()

    def set_resolution(self, n: int) -> None:
        """Grid points per side."""
        if self.settings.set_resolution(n):
            self._sync_controls()
            self.recompute()

    def set_log_scale(self, on: bool) -> None:
        """Colour by log₁₀ C instead of C (no recomputation)."""
        self.settings.log = bool(on)
        self._sync_controls()
        if self.heatmap is not None:
            self.canvas.set_log(self.heatmap, self.settings.log)

    def set_follow(self, on: bool) -> None:
        """Recompute the surface through the current θ as training goes (at most every
        FOLLOW_INTERVAL_MS, in the background)."""
        self.settings.follow = bool(on)
        self._sync_controls()
        if on:
            self._follow_step()

    def choose_follow(self, on: bool) -> None:
        """The lecturer ticked or cleared "Follow training": no longer chosen automatically."""
        self.settings.follow_chosen = True
        self.set_follow(on)

    def set_three_d(self, on: bool) -> None:
        """Show the 3-D surface instead of the map (only where OpenGL is available)."""
        if self.canvas.surface3d is None:
            return
        self.canvas.set_three_d(on, self.heatmap, self.settings.log)
        if on and self.heatmap is not None:
            self._draw_path()

    def centre_on_current(self) -> None:
        """Recompute the surface through the latest snapshot's θ."""
        if self._snapshot is not None:
            self._centre_on(self._snapshot)

    def _centre_on(self, snapshot: Snapshot, keep_window: bool = False) -> None:
        """θ0 = ``snapshot``'s θ; recompute (in the same window of the plane if kept)."""
        self._origin = np.array(snapshot.params)
        self._origin_step = snapshot.step
        if not keep_window:
            self._window_centre = None
        self.recompute()

    def recompute(self) -> None:
        """Compute the surface for the current choices, off the GUI thread."""
        request = self._request()
        if request is None:
            self._update_status()
            return
        self._message = ""
        self.canvas.heatmap_layer.set_dimmed(True)
        self.jobs.submit(request.compute)
        self._update_status()

    def cancel(self) -> None:
        """Stop the running computation; the surface computed before stays."""
        if not self.jobs.busy:
            return
        self.jobs.cancel()
        self.canvas.heatmap_layer.set_dimmed(False)
        self._message = translate("LandscapeView", "computation cancelled")
        self._update_status()

    def new_directions(self) -> None:
        """Draw two other random directions (random mode)."""
        self.settings.seed += 1
        if self.settings.mode == "random":
            self._window_centre = None
            self.recompute()

    def _on_parameters_chosen(self, i: int, j: int) -> None:
        if self._architecture is not None:
            self.set_parameters(i, j)

    # -- what it shows ----------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return self.settings.mode

    @property
    def parameters(self) -> tuple[int, int]:
        return self.settings.indices

    @property
    def result(self) -> SurfaceResult | None:
        """The surface (or curve) on screen and what it was computed for."""
        return self._result

    @property
    def surface_slice(self) -> landscape.Slice | None:
        """The slice of the surface on screen (the path is projected onto it)."""
        return self._result.slice if self._result else None

    @property
    def heatmap(self) -> Heatmap | None:
        return self._result.heatmap if self._result else None

    def path_data(self) -> tuple[Array, Array]:
        """The (x, y) the path item draws."""
        return self.canvas.path_layer.path_data()

    def theta_at(self, u: float, v: float) -> Array:
        """θ of the point (u, v) of the plot (for a curve: θ0 with θ_i = u)."""
        r = self._result
        if r.mode == "curve":
            theta = np.array(self._origin)
            theta[r.index] = u
            return theta
        return r.slice.point(u, v)

    # -- computing ------------------------------------------------------------------------------
    @property
    def _n_parameters(self) -> int:
        return self._architecture.n_parameters if self._architecture else 0

    def _data(self) -> tuple[Array, Array] | None:
        if self._dataset is None or self._architecture is None:
            return None
        if self._targets is None:
            self._targets = training_targets(self._architecture, self._dataset)
        return self._targets

    def _request(self) -> SurfaceRequest | None:
        """What to compute for the current choices, or None (and why in ``message``)."""
        if self._architecture is None or self._origin is None:
            self._message = ""
            return None
        try:
            data = self._data()
        except InputError as error:
            self._message = str(error)
            return None
        if data is None:
            self._message = translate("LandscapeView", "no data set: the loss surface needs the training data")
            return None
        arch, s = self._architecture, self.settings
        mode = "curve" if s.mode == "parameters" and arch.n_parameters < 2 else s.mode
        pca = mode == "pca" and self._path is not None
        return SurfaceRequest(
            arch, self._origin.copy(), mode, s.indices, s.half_width[mode], s.resolution, s.seed,
            self._window_centre, self._path.view("thetas").copy() if pca else None,
            self._origin_step if mode != "pca" else self._last_step, *data, cost=self._cost)

    def _on_result(self, result: SurfaceResult) -> None:
        self._result = result
        if result.heatmap is not None:
            h = result.heatmap
            if result.mode == "pca":
                self.settings.half_width["pca"] = float(h.u[-1] - h.u[0]) / 2
            self._window_centre = (float(h.u[0] + h.u[-1]) / 2, float(h.v[0] + h.v[-1]) / 2)
        elif result.curve_u is not None:
            self._window_centre = (float(result.curve_u[0] + result.curve_u[-1]) / 2, 0.0)
        self.canvas.heatmap_layer.set_dimmed(False)
        self.canvas.show_result(result, self._architecture, self.settings.log)
        if self._path is not None:
            self._path.reproject(result.project)
        self._draw_path()
        self._sync_controls()
        self._update_status()
        if self.settings.follow and not self._follow_timer.isActive():
            self._follow_timer.start()

    def _on_failed(self, message: str) -> None:
        self._message = message
        self.canvas.heatmap_layer.set_dimmed(False)
        self._update_status()

    def _on_busy(self, busy: bool) -> None:
        self.controls.show_busy(busy)
        self._update_status()

    def _rebuild(self, architecture: Architecture) -> None:
        self.jobs.cancel()
        self._architecture = architecture
        self._targets = None
        self._origin = None
        self._result = None
        self._window_centre = None
        self._last_step = -1
        self.gradients.forget()
        self._path = PathBuffer(architecture.n_parameters)
        self.settings.fit(architecture.n_parameters)
        self.controls.parameters.set_architecture(architecture)
        self.canvas.clear_surface()
        self._choose_resolution()
        self._sync_controls()

    def _choose_resolution(self) -> None:
        """Unless the user chose them: the automatic grid size for this network and data, and
        following training where that grid is cheap to recompute."""
        if self._architecture is None or self._dataset is None:
            return
        n_samples, n_parameters = self._dataset.x_train.shape[0], self._architecture.n_parameters
        if self.settings.automatic:
            self.settings.resolution = automatic_resolution(n_samples, n_parameters)
        if not self.settings.follow_chosen:
            self.settings.follow = cheap_to_follow(self.settings.resolution, n_samples, n_parameters)
        self._sync_controls()

    # -- the path ---------------------------------------------------------------------------------
    def _project(self, theta: Array) -> Array:
        if self._result is None:
            return np.array([np.nan, np.nan])
        return self._result.project(theta)

    def _path_xy(self) -> Array:
        """The points of the path on screen (none before a surface)."""
        if self._result is None or self._path is None:
            return np.empty((0, 2))
        return self._path.points(self._result.mode == "curve")

    def _draw_path(self) -> None:
        pts = self._path_xy()
        if pts.shape[0] == 0 or not np.all(np.isfinite(pts[-1])):
            self.canvas.path_layer.clear()
            return
        self.canvas.draw_path(pts, self._path.view("losses"))
        self._draw_gradient(pts[-1])
        self._keep_in_view(pts)

    def _keep_in_view(self, pts: Array) -> None:
        """When the current point leaves the map, compute a larger map (same θ0 and slice)
        that holds the whole path; meanwhile widen the visible range so the point stays seen."""
        r = self._result
        if r is None or r.mode == "curve":
            return
        if r.mode != "pca" and not r.heatmap.rect.contains(float(pts[-1, 0]), float(pts[-1, 1])) \
                and not self.jobs.busy:
            h = r.heatmap
            lo = np.minimum(pts.min(axis=0), [h.u[0], h.v[0]])
            hi = np.maximum(pts.max(axis=0), [h.u[-1], h.v[-1]])
            self._window_centre = (float(lo[0] + hi[0]) / 2, float(lo[1] + hi[1]) / 2)
            self.settings.half_width[r.mode] = float(np.max(hi - lo)) / 2 * KEEP_MARGIN
            self._origin = np.array(r.slice.origin)
            self._origin_step = r.origin_step
            self._sync_controls()
            self.recompute()
        self.canvas.keep_visible(pts)

    def _draw_gradient(self, at: Array) -> None:
        gradient = self.gradients.at(self._last_step)
        end = None if gradient is None else self._result.descent_arrow(gradient, at)
        self.canvas.path_layer.draw_descent(None if end is None else at, end)

    def _request_gradient(self) -> None:
        """∂C/∂θ over the whole training set at the current θ (in the background if large)."""
        try:
            data = self._data()
        except InputError:
            data = None
        self.gradients.request(self._architecture, self._snapshot.params, self._snapshot.step, data,
                               self._cost)

    def _on_gradient(self) -> None:
        pts = self._path_xy()
        if pts.shape[0] and np.all(np.isfinite(pts[-1])):
            self._draw_gradient(pts[-1])

    # -- following training -------------------------------------------------------------------
    def _follow_step(self) -> None:
        """Recompute through the latest θ, keeping the window unless the path left it."""
        if not self.settings.follow or self._snapshot is None or self.jobs.busy:
            return
        if self._origin is not None and np.array_equal(self._origin, self._snapshot.params):
            return
        keep = self._window_centre is not None and self.heatmap is not None \
            and self.settings.mode == "parameters"
        if keep:  # unless θ nears the window's edge
            here = self._snapshot.params[list(self.settings.indices)]
            far = np.abs(here - np.asarray(self._window_centre)) > 0.9 * self.settings.range
            keep = not np.any(far)
        self._centre_on(self._snapshot, keep_window=keep)

    # -- the mouse and the words ---------------------------------------------------------------------
    def _on_clicked(self, event) -> None:
        """A click on the map asks to restart training from the θ there."""
        if self._result is None or self._architecture is None:
            return
        point = clicked_point(self.canvas.plot, event)
        if point is not None:
            self.issue(SetParameters(self.theta_at(*point)))

    def _sync_controls(self) -> None:
        self.controls.sync(self.settings, self._n_parameters)

    def _update_status(self) -> None:
        parts = []
        if self._architecture is None:
            parts.append(translate("LandscapeView", NO_NETWORK))
        elif self._message:
            parts.append(self._message)
        elif self.jobs.busy:
            parts.append(translate("LandscapeView", "computing the loss surface …"))
        if self._result is not None and self._architecture is not None:
            parts.append(describe(self._result, self.jobs.last_duration_ms))
            self.title_label.setText(slice_title(self._result, self._architecture))
        else:
            self.title_label.setText("")
        self.status.setText("  ".join(parts))

