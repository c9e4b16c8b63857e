"""The loss landscape view: C(θ) over a 2-D slice of parameter space, and the path gradient
descent takes over it, live.

The slice is the plane θ(u, v) = θ0 + (u − u0) d1 + (v − v0) d2 of :mod:`nnviz.core.landscape`:

    two parameters   the axes are two parameters θ_i, θ_j (w^l_jk or b^l_j) themselves, every
                     other parameter stays as in θ0: pick them from the lists, or click an
                     edge in the graph view (``select_parameter``);
    random           two random filter-normalised directions through θ0 (Li et al. 2018);
    PCA              the plane of the first two principal directions of the path so far;
    one parameter    the curve C(θ_i) (the only choice for a one-parameter model, ŷ = w·x).

The heatmap is C over a grid (sequential colours, optionally log₁₀ C) with iso-lines and a
colour bar. θ0 is the θ the surface was computed at: the first snapshot, or the current
one after "centre on current". The surface is computed off the GUI thread, only when the
slice, its centre, its range or the data change (never per frame), with a progress bar
and a cancel button; a result for an outdated request is dropped.

On top, every frame: the path = each snapshot's θ_t projected onto the slice (for two
parameters simply (θ_i, θ_j)), its start, the current point, the last step θ_t − θ_{t−1}
as an arrow, and the negative gradient −∇C at the current point (full batch, projected:
(−∂C/∂θ · d1, −∂C/∂θ · d2)) as an arrow whose length is |∇C| relative to the steep parts
of the surface (its 90th percentile of |∇C|), so it shrinks as the path reaches a minimum.
Clicking the map emits
``restart_requested(θ)`` with θ = θ(u, v) of the clicked point.

The look: the map is drawn to scale and fills the plot exactly (axes next to it), the
colour bar under it, the legend of the marks below the plot (the map stays uncovered); fonts, markers and lines follow the presentation scale
(:meth:`LandscapeView.apply_theme`). The map and its iso-lines are cached as one picture
between surfaces, so a frame repaints only the path, which is drawn from at most
PATH_DRAWN points of the bounded path buffer. While the view is hidden behind another tab
the path is recorded but nothing is computed or drawn.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from functools import cached_property
from typing import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QRectF, QSignalBlocker, QThreadPool, QTimer, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox, QDoubleSpinBox, QLabel, QMenu, QProgressBar, QStackedWidget, QToolButton,
    QVBoxLayout, QWidget,
)

from nnviz.core import landscape
from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.network import Architecture, Network
from nnviz.core.snapshot import Snapshot
from nnviz.core.training import class_zero_target
from nnviz.gui.theme import Theme, current_theme, with_scale
from nnviz.gui.colors import QUALITATIVE, sequential_map
from nnviz.gui.kit.aspect_fit import AspectFit
from nnviz.gui.kit.axes import CACHE, QWIDGETSIZE_MAX, quiet_plot, set_axis_label, set_colour_bar_label, style_colour_bar, style_plot, widest_tick
from nnviz.gui.kit.elided_label import ElidedLabel
from nnviz.gui.kit.flow_layout import FlowLayout, settle_layout
from nnviz.gui.kit.screen_image import ScreenImageItem
from nnviz.gui.kit.stage import StageWatcher, offstage
from nnviz.gui.views.surface3d import Surface3DView, opengl_status

Array = np.ndarray

MODES = ("parameters", "random", "pca", "curve")
MODE_TITLES = ("two parameters", "random directions", "PCA of the path", "one parameter")
MODE_TIPS = ("C over two chosen parameters θ_i, θ_j, the others fixed",
             "C along two random filter-normalised directions through θ0 (Li et al. 2018)",
             "C over the plane of the first two principal directions of the path so far",
             "C(θ_i) along one parameter, the others fixed")
DEFAULT_HALF_WIDTH = {"parameters": 4.0, "random": 1.0, "pca": 1.0, "curve": 4.0}
RESOLUTIONS = (41, 81, 121, 161, 201, 301)
DEFAULT_RESOLUTION = 121
AUTO_WORK = 4e10          # grid points x samples x parameters the automatic grid size allows
N_CONTOURS = 12
PATH_FLOATS = 4_000_000   # floats the recorded θ_t may hold (bounds the PCA's trajectory)
PATH_MIN_POINTS, PATH_MAX_POINTS = 256, 8192
DOT_LIMIT = 400           # draw a dot per recorded step up to this many
PATH_DRAWN = 1000         # the path on screen has at most about this many points
GRADIENT_ARROW = 0.15     # longest −∇C arrow, as a fraction of the grid's width
STEEP_PERCENTILE = 90     # |∇C| at this percentile of the grid gets the longest arrow
FOLLOW_INTERVAL_MS = 250  # "follow training": at most one new surface per this interval
GRADIENT_WORK_HERE = 200_000  # samples x parameters up to which −∇C is computed at once
PATH_COLOUR = (255, 255, 255)
SHADOW_COLOUR = (0, 0, 0, 150)
CURRENT_COLOUR = QUALITATIVE[6]     # vermillion
GRADIENT_COLOUR = QUALITATIVE[5]    # sky blue

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def pretty_parameter_name(name: str) -> str:
    """``Architecture.parameter_name`` in the lectures' typography: w2_13 -> w²₁₃, b1_2 -> b¹₂."""
    head, _, indices = name.partition("_")
    if not indices or len(head) < 2:
        return name
    return head[0] + head[1:].translate(_SUPERSCRIPT) + indices.translate(_SUBSCRIPT)


# -- what the heatmap draws (pure NumPy, computed with the surface off the GUI thread) ------
@dataclass(frozen=True, eq=False)
class Heatmap:
    """A grid of loss values ready to draw, on a linear and on a log scale.

    ``values`` (len(v), len(u)) is C itself; ``linear`` has non-finite values (overflow)
    replaced by the largest finite one; ``log`` is log₁₀(C − s) with s = min(0, min C) so
    it is defined for surfaces that dip below 0; ``label`` names the quantity (C or f).
    ``levels[scale]`` are the contour levels,
    evenly spaced in that scale, and ``contours[scale]`` their segments (k, 2, 2).
    """

    u: Array
    v: Array
    values: Array
    linear: Array
    log: Array
    label: str
    log_label: str
    levels: dict[bool, Array]
    contours: dict[bool, Array]

    def display(self, log: bool) -> Array:
        return self.log if log else self.linear

    @property
    def rect(self) -> QRectF:
        """The image's rectangle in plot coordinates: pixel centres on the grid points."""
        du = (self.u[-1] - self.u[0]) / max(self.u.size - 1, 1)
        dv = (self.v[-1] - self.v[0]) / max(self.v.size - 1, 1)
        return QRectF(self.u[0] - du / 2, self.v[0] - dv / 2, du * self.u.size, dv * self.v.size)


def prepare_heatmap(u: Array, v: Array, values: Array, label: str = "C",
                    n_levels: int = N_CONTOURS) -> Heatmap:
    """A :class:`Heatmap` of ``values`` over the grid (u, v); InputError if nothing is finite."""
    values = np.asarray(values, dtype=float)
    finite = np.isfinite(values)
    if not finite.any():
        raise InputError("the loss is not finite anywhere on this slice (try a smaller range)")
    lo, hi = float(values[finite].min()), float(values[finite].max())
    linear = np.where(finite, values, hi)
    shift = min(lo, 0.0)
    floor = max((hi - shift) * 1e-12, 1e-300)
    log = np.log10(np.maximum(linear - shift, floor))
    log_label = f"log₁₀ {label}" if shift == 0 else f"log₁₀({label} − {shift:.3g})"
    levels, contours = {}, {}
    for is_log, shown in ((False, linear), (True, log)):
        a, b = float(shown.min()), float(shown.max())
        lv = np.linspace(a, b, n_levels + 2)[1:-1] if b > a else np.empty(0)
        segments = landscape.contour_segments(u, v, shown, lv) if lv.size else []
        levels[is_log] = lv
        contours[is_log] = np.concatenate(segments) if len(segments) else np.empty((0, 2, 2))
    return Heatmap(np.asarray(u, float), np.asarray(v, float), values, linear, log, label,
                   log_label, levels, contours)


# -- running one costly computation at a time, with progress and cancel ---------------------
class _Relay(QObject):
    progressed = Signal(int, int, int)   # ticket, done, total
    finished = Signal(int, object)       # ticket, result
    failed = Signal(int, str)            # ticket, message


class SurfaceComputer(QObject):
    """Runs ``job(progress)`` on a private one-thread pool; only the newest job counts.

    Submitting a job cancels the one before: its ``progress(done, total)`` callback returns
    False from then on (landscape computations stop with :class:`landscape.Cancelled`), and
    whatever it returns is dropped. Signals arrive on the GUI thread: ``progressed(done,
    total)``, ``finished(result)``, ``failed(message)``, ``busy_changed(busy)``.
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)  # created first, destroyed first: waits for its job
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progressed)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._ticket = 0
        self._cancel: threading.Event | None = None
        self._busy = False
        self.last_duration_ms = math.nan

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self, job: Callable[[Callable[[int, int], bool]], object]) -> None:
        """Start ``job`` (cancelling any earlier one); its result comes through ``finished``."""
        self.cancel(quiet=True)
        self._ticket += 1
        ticket, cancel, relay = self._ticket, threading.Event(), self._relay
        self._cancel = cancel
        last_emit = [0.0]

        def progress(done: int, total: int) -> bool:
            now = time.monotonic()
            if now - last_emit[0] > 0.05 or done >= total:
                last_emit[0] = now
                relay.progressed.emit(ticket, done, total)
            return not cancel.is_set()

        def run() -> None:
            if cancel.is_set():
                return
            start = time.perf_counter()
            try:
                result = job(progress)
            except landscape.Cancelled:
                return
            except InputError as error:
                relay.failed.emit(ticket, str(error))
                return
            except Exception as error:  # noqa: BLE001 - shown in the view, never a crash
                relay.failed.emit(ticket, f"{type(error).__name__}: {error}")
                return
            self.last_duration_ms = (time.perf_counter() - start) * 1e3
            relay.finished.emit(ticket, result)

        self._set_busy(True)
        self._pool.start(run)

    def cancel(self, quiet: bool = False) -> None:
        """Stop the running job; its result, if any, is dropped."""
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None
        self._ticket += 1
        if not quiet:
            self._set_busy(False)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (tests, shutdown); queued results still need events."""
        return self._pool.waitForDone(msecs)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _on_progressed(self, ticket: int, done: int, total: int) -> None:
        if ticket == self._ticket:
            self.progressed.emit(done, total)

    def _on_finished(self, ticket: int, result: object) -> None:
        if ticket == self._ticket:
            self._cancel = None
            self._set_busy(False)
            self.finished.emit(result)

    def _on_failed(self, ticket: int, message: str) -> None:
        if ticket == self._ticket:
            self._cancel = None
            self._set_busy(False)
            self.failed.emit(message)


# -- drawing pieces shared with the optimizer race ---------------------------------------
class HeatmapLayer:
    """One ImageItem (sequential colours), one curve item with every iso-line, one colour bar.

    The image and the iso-lines change only with a new surface: both are cached as device
    pixmaps, so frames that move only the path over them repaint cheaply.
    """

    def __init__(self, plot: pg.PlotItem, label: str = "C"):
        self.label = label
        self.theme = current_theme()
        self.image = ScreenImageItem(axisOrder="row-major")
        self.image.setZValue(-20)
        self.image.setCacheMode(CACHE)
        self.contours = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen(255, 255, 255, 110, width=1))
        self.contours.setZValue(-10)
        self.contours.setCacheMode(CACHE)
        plot.addItem(self.image)
        plot.addItem(self.contours)
        # Below the map: views are mostly taller than wide, and a square map leaves height.
        self.colorbar = pg.ColorBarItem(values=(0.0, 1.0), colorMap=sequential_map(), label=None,
                                        interactive=False, colorMapMenu=False, width=16,
                                        orientation="horizontal")
        self.colorbar.axis.enableAutoSIPrefix(False)
        self.colorbar.setImageItem(self.image, insert_in=plot)
        self.colorbar.axis.setLabel(label)
        self._sample = "0.000"
        self.heatmap: Heatmap | None = None
        self.log = False
        self.apply_theme(self.theme)

    def apply_theme(self, theme: Theme) -> None:
        """The colour bar's fonts and pens; iso-line width for the presentation scale."""
        self.theme = theme
        style_colour_bar(self.colorbar, theme, self._sample)
        self.contours.setPen(pg.mkPen(255, 255, 255, 110, width=max(1.0, theme.width(1.0))))

    def set_heatmap(self, heatmap: Heatmap | None, log: bool | None = None) -> None:
        """Show ``heatmap`` (None: clear) on a log or linear scale."""
        self.heatmap = heatmap
        if log is not None:
            self.log = bool(log)
        if heatmap is None:
            self.image.clear()
            self.contours.setData([], [])
            return
        shown = heatmap.display(self.log)
        lo, hi = float(shown.min()), float(shown.max())
        if hi <= lo:
            hi = lo + 1.0
        self.image.setImage(shown, autoLevels=False)
        self.image.setRect(heatmap.rect)
        self.colorbar.setLevels((lo, hi))
        sample = widest_tick(lo, hi)
        if sample != self._sample:
            self._sample = sample
            style_colour_bar(self.colorbar, self.theme, sample)
        set_colour_bar_label(self.colorbar, heatmap.log_label if self.log else heatmap.label,
                             self.theme, self._sample)
        seg = heatmap.contours[self.log]
        self.contours.setData(seg[:, :, 0].ravel(), seg[:, :, 1].ravel())

    def set_visible(self, visible: bool) -> None:
        """Show or hide the colour bar (a curve has none)."""
        self.colorbar.setVisible(visible)

    def set_dimmed(self, dimmed: bool) -> None:
        self.image.setOpacity(0.45 if dimmed else 1.0)
        self.contours.setOpacity(0.45 if dimmed else 1.0)


class Arrow:
    """An arrow from ``start`` to ``end`` in plot coordinates: a shaft and a fixed-size head.

    The head's angle is computed in screen pixels, so it points along the shaft whatever the
    zoom; call :meth:`refresh` when the view's transform changes.
    """

    def __init__(self, plot: pg.PlotItem, colour, width: float = 2.5, head: float = 14,
                 z: float = 5, name: str | None = None):
        self._plot = plot
        self.shadow = pg.PlotCurveItem(pen=pg.mkPen(SHADOW_COLOUR, width=width + 2.5))
        self.shaft = pg.PlotCurveItem(pen=pg.mkPen(colour, width=width), name=name)
        self.head = pg.ArrowItem(pxMode=True, headLen=head, tipAngle=32, tailLen=None,
                                 pen=pg.mkPen(SHADOW_COLOUR, width=1), brush=pg.mkBrush(colour))
        for i, item in enumerate((self.shadow, self.shaft, self.head)):
            item.setZValue(z + 0.1 * i)
            plot.addItem(item)
        self._ends: tuple[Array, Array] | None = None
        self.set(None, None)

    def set(self, start: Array | None, end: Array | None) -> None:
        """Draw the arrow (None or a zero-length arrow: hide it)."""
        if start is None or end is None or not np.all(np.isfinite([*start, *end])) or \
                np.allclose(start, end, rtol=0, atol=1e-15):
            self._ends = None
            for item in (self.shadow, self.shaft, self.head):
                item.setVisible(False)
            return
        self._ends = (np.asarray(start, float), np.asarray(end, float))
        xs, ys = [start[0], end[0]], [start[1], end[1]]
        self.shadow.setData(xs, ys)
        self.shaft.setData(xs, ys)
        self.head.setPos(float(end[0]), float(end[1]))
        for item in (self.shadow, self.shaft, self.head):
            item.setVisible(True)
        self.refresh()

    def data(self) -> tuple[Array, Array] | None:
        """(start, end) of the arrow shown, or None."""
        return self._ends

    def refresh(self) -> None:
        if self._ends is None:
            return
        px = self._plot.getViewBox().viewPixelSize()
        d = self._ends[1] - self._ends[0]
        sx = d[0] / px[0] if px[0] else d[0]
        sy = -d[1] / px[1] if px[1] else -d[1]
        self.head.setStyle(angle=math.degrees(math.atan2(sy, sx)) - 180.0)

    def set_width(self, width: float, head: float) -> None:
        self.shadow.setPen(pg.mkPen(SHADOW_COLOUR, width=width + 2.5))
        self.shaft.setPen(pg.mkPen(self.shaft.opts["pen"].color(), width=width))
        self.head.setStyle(headLen=head)


def legend_html(theme: Theme, entries: list[tuple[str, str, bool]]) -> str:
    """A one-line legend in rich text: (symbol, name, on a dark chip) per entry; a white
    symbol (drawn on the map) sits on a dark chip so it shows on any palette."""
    big = f"font-size:{theme.point_size * 1.1:.3g}pt"
    parts = []
    for symbol, name, chip in entries:
        style = big + ("; background-color:#3a3d42; color:#ffffff" if chip else "")
        parts.append(f'<span style="{style}">&nbsp;{symbol}&nbsp;</span>&nbsp;{name}')
    return "&nbsp;&nbsp; ".join(parts)


def path_for_screen(points: Array) -> Array:
    """At most about PATH_DRAWN of the path's points: every k-th (k fixed between frames, so
    the drawn path does not shimmer) and always the last one."""
    n = points.shape[0]
    if n <= PATH_DRAWN:
        return points
    stride = 1 << int(math.ceil(math.log2(n / PATH_DRAWN)))
    keep = np.arange(0, n, stride)
    if keep[-1] != n - 1:
        keep = np.append(keep, n - 1)
    return points[keep]


class PathBuffer:
    """The recorded θ_t (bounded), their steps, training losses and plot coordinates.

    Rows are appended; when the buffer is full every second older row is dropped, so the
    recent path stays at full resolution and the memory stays bounded (``capacity`` rows).
    """

    def __init__(self, n_parameters: int):
        self.capacity = int(np.clip(PATH_FLOATS // max(n_parameters, 1),
                                    PATH_MIN_POINTS, PATH_MAX_POINTS))
        self.thetas = np.empty((16, n_parameters))
        self.steps = np.empty(16, dtype=np.int64)
        self.losses = np.empty(16)
        self.coords = np.empty((16, 2))
        self.size = 0

    def clear(self) -> None:
        self.size = 0

    def append(self, theta: Array, step: int, loss: float, coord: Array) -> None:
        if self.size == self.capacity:
            keep = np.r_[np.arange(0, self.size // 2, 2), np.arange(self.size // 2, self.size)]
            for name in ("thetas", "steps", "losses", "coords"):
                a = getattr(self, name)
                a[:keep.size] = a[keep]
            self.size = keep.size
        if self.size == self.thetas.shape[0]:
            new = min(2 * self.size, self.capacity)
            for name in ("thetas", "steps", "losses", "coords"):
                a = getattr(self, name)
                grown = np.empty((new,) + a.shape[1:], dtype=a.dtype)
                grown[:self.size] = a[:self.size]
                setattr(self, name, grown)
        self.thetas[self.size] = theta
        self.steps[self.size] = step
        self.losses[self.size] = loss
        self.coords[self.size] = coord
        self.size += 1

    def view(self, name: str) -> Array:
        return getattr(self, name)[:self.size]


# -- the view --------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class _Result:
    """A computed surface (or curve) and what it was computed for."""

    mode: str
    slice: landscape.Slice | None
    index: int | None          # the parameter of a curve
    heatmap: Heatmap | None
    curve_u: Array | None = None
    curve: Array | None = None
    origin_step: int = 0

    @cached_property
    def steep_gradient(self) -> float:
        """|∇C| at the STEEP_PERCENTILE of the grid (finite differences)."""
        if self.heatmap is not None:
            h = self.heatmap
            gv, gu = np.gradient(h.linear, h.v, h.u)
            slopes = np.hypot(gu, gv)
        else:
            slopes = np.abs(np.gradient(self.curve, self.curve_u))
        slopes = slopes[np.isfinite(slopes)]
        return float(np.percentile(slopes, STEEP_PERCENTILE)) if slopes.size else 0.0


class LandscapeView(QWidget):
    """The loss surface around the current parameters, with the descent path drawn live.

    Signals: ``restart_requested(θ)`` (a float array laid out like ``Network.params``): the
    user clicked the map and asks to restart training from that point.
    """

    restart_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._architecture: Architecture | None = None
        self._snapshot: Snapshot | None = None
        self._dataset: Dataset | None = None
        self._targets: tuple[Array, Array] | None = None
        self._mode = "parameters"
        self._indices = (0, 1)
        self._half_width = dict(DEFAULT_HALF_WIDTH)
        self._resolution = DEFAULT_RESOLUTION
        self._auto_resolution = True  # until the user picks a grid size
        self._log = False
        self._follow = False
        self._seed = 0
        self._origin: Array | None = None          # θ0 of the next computation
        self._origin_step = 0
        self._window_centre: tuple[float, float] | None = None
        self._result: _Result | None = None
        self._path: PathBuffer | None = None
        self._last_step = -1
        self._theme = current_theme()
        self._left_sample = "-0.00"
        self._waiting = False  # snapshots came while the view was hidden
        self._message = ""
        self._gradient: Array | None = None
        self._gradient_step = -1
        self.computer = SurfaceComputer(self)
        self.computer.progressed.connect(self._on_progress)
        self.computer.finished.connect(self._on_result)
        self.computer.failed.connect(self._on_failed)
        self.computer.busy_changed.connect(self._on_busy)
        self._gradient_computer = SurfaceComputer(self)
        self._gradient_computer.finished.connect(self._on_gradient)
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(FOLLOW_INTERVAL_MS)
        self._follow_timer.timeout.connect(self._follow_step)
        self._build_controls()
        self._build_plot()
        self.apply_theme(self._theme)
        self._stage = StageWatcher(self)
        self._stage.shown.connect(self._on_shown)
        self._sync_controls()
        self._update_status()

    # -- construction -------------------------------------------------------------------------
    def _build_controls(self) -> None:
        self._mode_box = QComboBox()
        self._mode_box.addItems(MODE_TITLES)
        for i, tip in enumerate(MODE_TIPS):
            self._mode_box.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
        self._mode_box.setToolTip("which plane through parameter space to show")
        self._mode_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._x_box = QComboBox()
        self._y_box = QComboBox()
        for box, axis in ((self._x_box, "horizontal"), (self._y_box, "vertical")):
            box.setToolTip(f"the parameter on the {axis} axis (or click an edge in the graph)")
            box.setMinimumContentsLength(4)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._range_box = QDoubleSpinBox()
        self._range_box.setRange(1e-3, 1e4)
        self._range_box.setDecimals(3)
        self._range_box.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        self._range_box.setPrefix("± ")
        self._range_box.setToolTip("half the width of the plotted square around its centre")
        self._centre_button = QToolButton()
        self._centre_button.setText("Centre")
        self._centre_button.setToolTip("Centre on current: recompute the surface through the "
                                       "current parameters")
        self._directions_button = QToolButton()
        self._directions_button.setText("New directions")
        self._directions_button.setToolTip("draw two other random directions")

        # What a lecturer changes less often sits in the ⋯ menu.
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        self._log_box = QAction("Log colours", self, checkable=True)
        self._log_box.setToolTip("colour by log₁₀ C: shows the detail near the minimum")
        self._follow_box = QAction("Follow training", self, checkable=True)
        self._follow_box.setToolTip("recompute the surface through the current θ while training runs")
        self._three_d_box = QAction("3-D", self, checkable=True)
        available, note = opengl_status()
        self._three_d_box.setEnabled(available)
        self._three_d_box.setToolTip("show the surface in 3-D" if available else note)
        self._grid_menu = menu.addMenu("Grid size")
        self._grid_box = QActionGroup(self)
        for n in RESOLUTIONS:
            act = self._grid_menu.addAction(f"{n} × {n}")
            act.setCheckable(True)
            act.setData(n)
            self._grid_box.addAction(act)
        menu.addAction(self._log_box)
        menu.addAction(self._follow_box)
        menu.addAction(self._three_d_box)
        menu.addSeparator()
        self._recompute_action = menu.addAction("Recompute")
        self._more_button = QToolButton()
        self._more_button.setText("⋯")
        self._more_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self._more_button.setToolTip("grid size, log colours, follow training, 3-D, recompute")
        self._more_button.setMenu(menu)
        self._more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._progress = QProgressBar()
        self._progress.setMaximumWidth(120)
        self._progress.setTextVisible(False)
        self._cancel_button = QToolButton()
        self._cancel_button.setText("Cancel")
        self._status = ElidedLabel(lines=2)
        self._legend = QLabel()
        self._legend.setTextFormat(Qt.TextFormat.RichText)
        self._legend.setWordWrap(True)

        self._mode_box.currentIndexChanged.connect(lambda i: self.set_mode(MODES[i]))
        self._x_box.currentIndexChanged.connect(lambda i: self._on_parameter_box(0, i))
        self._y_box.currentIndexChanged.connect(lambda i: self._on_parameter_box(1, i))
        self._range_box.editingFinished.connect(lambda: self.set_range(self._range_box.value()))
        self._grid_box.triggered.connect(lambda act: self.set_resolution(act.data()))
        self._log_box.toggled.connect(self.set_log_scale)
        self._follow_box.toggled.connect(self.set_follow)
        self._three_d_box.toggled.connect(self.set_three_d)
        self._centre_button.clicked.connect(self.centre_on_current)
        self._recompute_action.triggered.connect(self.recompute)
        self._directions_button.clicked.connect(self.new_directions)
        self._cancel_button.clicked.connect(self.cancel)

        row = FlowLayout()
        self._x_label, self._y_label = QLabel("x"), QLabel("y")
        for w in (self._mode_box, self._x_label, self._x_box, self._y_label, self._y_box,
                  self._directions_button, self._range_box, self._centre_button, self._more_button,
                  self._progress, self._cancel_button):
            row.addWidget(w)
        self._controls = row

    def _build_plot(self) -> None:
        self.plot_widget = pg.PlotWidget()
        self.plot = quiet_plot(self.plot_widget)
        self.aspect = AspectFit(self.plot)
        vb = self.plot.getViewBox()
        self.heatmap_layer = HeatmapLayer(self.plot, "C")
        self.curve_item = pg.PlotCurveItem()
        self.curve_item.setZValue(-5)
        self.plot.addItem(self.curve_item)
        self.path_shadow = pg.PlotCurveItem(skipFiniteCheck=True)
        self.path_item = pg.PlotCurveItem(skipFiniteCheck=True)
        self.path_dots = pg.ScatterPlotItem(pen=None)
        self.start_marker = pg.ScatterPlotItem(symbol="o", brush=pg.mkBrush(0, 0, 0, 90))
        self.current_marker = pg.ScatterPlotItem(symbol="o", brush=pg.mkBrush(CURRENT_COLOUR))
        for z, item in enumerate((self.path_shadow, self.path_item, self.path_dots,
                                  self.start_marker), start=1):
            item.setZValue(z)
            self.plot.addItem(item)
        self.step_arrow = Arrow(self.plot, PATH_COLOUR, width=2.5, z=6)
        self.gradient_arrow = Arrow(self.plot, GRADIENT_COLOUR, width=3, z=7)
        self.current_marker.setZValue(9)
        self.plot.addItem(self.current_marker)
        vb.sigTransformChanged.connect(self._refresh_arrows)
        vb.sigResized.connect(self._refresh_arrows)
        self.plot_widget.scene().sigMouseClicked.connect(self._on_clicked)

        available, _ = opengl_status()
        self.surface3d = Surface3DView() if available else None
        self._stack = QStackedWidget()
        self._stack.addWidget(self.plot_widget)
        if self.surface3d is not None:
            self._stack.addWidget(self.surface3d)

        self.aspect.height_wanted.connect(self._cap_plot_height)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(self._controls)
        box.addStretch(1)  # spare height above and below: the legend stays by the map
        box.addWidget(self._stack, 100)
        box.addWidget(self._legend)
        box.addWidget(self._status)
        box.addStretch(1)
        self._legend.setContentsMargins(6, 0, 6, 0)
        self._status.setContentsMargins(6, 0, 6, 2)

    def _cap_plot_height(self, height: int | None) -> None:
        """The map is as tall as its shape needs at its width (3-D and curves: any)."""
        limit = QWIDGETSIZE_MAX if height is None or self._stack.currentIndex() != 0 else height
        if self._stack.maximumHeight() != limit:
            self._stack.setMaximumHeight(limit)

    # -- the look -----------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        """Palette and presentation scale s: fonts, markers and lines s times larger."""
        self._theme = theme
        self._foreground = QColor(theme.plot_foreground)
        self.plot_widget.setBackground(theme.plot_background)
        style_plot(self.plot, theme, self._left_sample)
        self.heatmap_layer.apply_theme(theme)
        small = QFont()
        small.setPointSizeF(theme.point_size * 0.9)
        self._status.setFont(small)
        self._status.set_colour(theme.muted)
        self._style_path()
        self._set_legend()
        if self.surface3d is not None:
            self.surface3d.apply_theme(theme)

    def _set_legend(self) -> None:
        """What the marks on the map mean (below the plot: the map stays uncovered)."""
        r, g, b = CURRENT_COLOUR
        gr, gg, gb = GRADIENT_COLOUR
        curve = self._result is not None and self._result.mode == "curve"
        self._legend.setText(legend_html(self._theme, [
            ("━━", "path", not curve),
            ("◯", "start", not curve),
            (f'<span style="color:rgb({r},{g},{b})">●</span>', "now", False),
            ("⟶", "step", not curve),
            (f'<span style="color:rgb({gr},{gg},{gb})">⟶</span>', "−∇C", False),
        ]))

    # -- the view contract ------------------------------------------------------------------
    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Extend the path by ``snapshot``'s θ; the first snapshot (or a new architecture)
        also starts a surface computation centred on it. Hidden: only the path grows."""
        if snapshot.architecture != self._architecture:
            self._rebuild(snapshot.architecture)
        restarted = snapshot.step < self._last_step
        again = snapshot.step == self._last_step and self._path.size > 0
        self._snapshot = snapshot
        self._last_step = snapshot.step
        if restarted:
            self._path.clear()
        if again:  # the same step once more (drawn again, or θ edited): it replaces the last
            self._path.size -= 1
        self._append(snapshot)
        self._waiting = offstage(self)
        if not self._waiting:
            self._draw_latest(restarted)

    def _draw_latest(self, restarted: bool = False) -> None:
        """Start the surface if there is none yet; −∇C and the path at the latest snapshot."""
        snapshot = self._snapshot
        if self._origin is None or (restarted and self._result is None):
            self._origin = np.array(snapshot.params)
            self._origin_step = snapshot.step
            self._window_centre = None
            self.recompute()
        self._request_gradient()
        self._draw_path()
        if self._follow and not self.computer.busy and not self._follow_timer.isActive():
            self._follow_timer.start()

    def _on_shown(self) -> None:
        """In sight again: draw what came while the view was hidden."""
        if self._waiting and self._snapshot is not None and not offstage(self):
            self._waiting = False
            self._draw_latest()

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The data the cost C is averaged over (its training set); recomputes the surface."""
        self._dataset = dataset
        self._targets = None
        self._gradient = None
        self._choose_resolution()
        if self._architecture is not None and self._origin is not None:
            self.recompute()
        else:
            self._update_status()

    # -- choices -----------------------------------------------------------------------------
    def select_parameter(self, index: int) -> None:
        """Show parameter θ_index on the vertical axis and the previous vertical one on the
        horizontal axis (two clicks on edges of the graph choose the plane)."""
        if self._architecture is None or not 0 <= index < self._architecture.n_parameters:
            return
        if self._mode == "curve":
            self.set_parameters(index, index)
            return
        if index in self._indices:
            if self._mode != "parameters":
                self.set_mode("parameters")
            return
        self.set_parameters(self._indices[1], index)
        if self._mode != "parameters":
            self.set_mode("parameters")

    def set_parameters(self, i: int, j: int) -> None:
        """The two parameters of the "two parameters" slice (or θ_i for the curve)."""
        n = self._architecture.n_parameters if self._architecture else 0
        if not (0 <= i < n and 0 <= j < n):
            raise InputError(f"parameter indices ({i}, {j}) out of range 0..{n - 1}")
        if self._mode != "curve" and i == j:
            raise InputError("choose two different parameters")
        self._indices = (int(i), int(j))
        self._window_centre = None
        self._sync_controls()
        if self._mode in ("parameters", "curve"):
            self.recompute()

    def set_mode(self, mode: str) -> None:
        """"parameters", "random", "pca" or "curve" (see the module docstring)."""
        if mode not in MODES:
            raise InputError(f"unknown slice {mode!r} (known: {', '.join(MODES)})")
        if mode == self._mode:
            return
        self._mode = mode
        if mode == "parameters" and self._indices[0] == self._indices[1]:
            self._indices = (self._indices[0], (self._indices[0] + 1) % max(self._n_parameters, 2))
        self._window_centre = None
        self._sync_controls()
        self.heatmap_layer.set_heatmap(None)
        self.curve_item.setData([], [])
        self._result = None
        self.recompute()

    def set_range(self, half_width: float) -> None:
        """Half the width of the plotted square (in the units of its axes)."""
        if not (math.isfinite(half_width) and half_width > 0):
            raise InputError(f"the range must be a positive number, not {half_width}")
        if half_width == self._half_width[self._mode]:
            return
        self._half_width[self._mode] = float(half_width)
        self._sync_controls()
        self.recompute()

    def set_resolution(self, n: int) -> None:
        """Grid points per side."""
        if not 5 <= n <= 1001:
            raise InputError(f"the grid needs 5 to 1001 points per side, not {n}")
        self._auto_resolution = False
        if n != self._resolution:
            self._resolution = int(n)
            self._sync_controls()
            self.recompute()

    def set_log_scale(self, on: bool) -> None:
        """Colour by log₁₀ C instead of C (no recomputation)."""
        self._log = bool(on)
        self._sync_controls()
        if self._result is not None and self._result.heatmap is not None:
            self.heatmap_layer.set_heatmap(self._result.heatmap, self._log)
            if self.surface3d is not None:
                self.surface3d.set_heatmap(self._result.heatmap, self._log)

    def set_follow(self, on: bool) -> None:
        """Recompute the surface through the current θ as training goes (small networks)."""
        self._follow = bool(on)
        self._sync_controls()
        if on:
            self._follow_step()

    def set_three_d(self, on: bool) -> None:
        """Show the 3-D surface instead of the map (only where OpenGL is available)."""
        if self.surface3d is None:
            return
        self._stack.setCurrentIndex(1 if on else 0)
        self._cap_plot_height(None if on else self.aspect.wanted_height)
        if on and self._result is not None and self._result.heatmap is not None:
            self.surface3d.set_heatmap(self._result.heatmap, self._log)
            self._draw_path()

    def set_presentation_scale(self, scale: float) -> None:
        """Scale fonts, line widths and markers together (1 = desk, 1.5-2 = lecture hall)."""
        if not (math.isfinite(scale) and scale > 0):
            raise InputError(f"presentation scale must be a positive number, not {scale}")
        self.apply_theme(with_scale(self._theme, scale))

    def _style_path(self) -> None:
        """Pens and sizes of the path: white with a dark edge on the map, the text colour
        on the curve's plain background; all scaled by the presentation scale."""
        s = self._theme.scale
        on_map = self._result is None or self._result.mode != "curve"
        colour = QColor(*PATH_COLOUR) if on_map else self._foreground
        self.path_shadow.setVisible(on_map)
        self.path_shadow.setPen(pg.mkPen(SHADOW_COLOUR, width=5 * s))
        self.path_item.setPen(pg.mkPen(colour, width=2.2 * s))
        self.path_dots.setSize(4 * s)
        self.path_dots.setBrush(pg.mkBrush(colour))
        self.start_marker.setSize(15 * s)
        self.start_marker.setPen(pg.mkPen(colour, width=2.5 * s))
        self.current_marker.setSize(16 * s)
        self.current_marker.setPen(pg.mkPen(QColor(*PATH_COLOUR), width=2 * s))
        self.step_arrow.set_width(2.5 * s, 14 * s)
        self.step_arrow.shaft.setPen(pg.mkPen(colour, width=2.5 * s))
        self.step_arrow.head.setStyle(brush=pg.mkBrush(colour))
        self.gradient_arrow.set_width(3 * s, 14 * s)
        self.curve_item.setPen(pg.mkPen(QColor(*QUALITATIVE[1]), width=3 * s))

    def centre_on_current(self) -> None:
        """Recompute the surface through the latest snapshot's θ."""
        if self._snapshot is None:
            return
        self._origin = np.array(self._snapshot.params)
        self._origin_step = self._snapshot.step
        self._window_centre = None
        self.recompute()

    def recompute(self) -> None:
        """Compute the surface for the current choices, off the GUI thread."""
        job = self._make_job()
        if job is None:
            self._update_status()
            return
        self._message = ""
        self.heatmap_layer.set_dimmed(True)
        self.computer.submit(job)
        self._update_status()

    def cancel(self) -> None:
        """Stop the running computation; the surface computed before stays."""
        if not self.computer.busy:
            return
        self.computer.cancel()
        self.heatmap_layer.set_dimmed(False)
        self._message = "computation cancelled"
        self._update_status()

    def new_directions(self) -> None:
        """Draw two other random directions (random mode)."""
        self._seed += 1
        if self._mode == "random":
            self._window_centre = None
            self.recompute()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until no computation runs and the view is laid out (for tests and `nnviz
        render`); results arrive with the next events."""
        done = self.computer.wait(msecs) and self._gradient_computer.wait(msecs)
        settle_layout()
        return done

    # -- for tests and the main window ---------------------------------------------------------
    @property
    def mode(self) -> str:
        return self._mode

    @property
    def parameters(self) -> tuple[int, int]:
        return self._indices

    @property
    def surface_slice(self) -> landscape.Slice | None:
        """The slice of the surface on screen (the path is projected onto it)."""
        return self._result.slice if self._result else None

    @property
    def heatmap(self) -> Heatmap | None:
        return self._result.heatmap if self._result else None

    def path_data(self) -> tuple[Array, Array]:
        """The (x, y) the path item draws."""
        x, y = self.path_item.getData()
        return (np.asarray(x if x is not None else []), np.asarray(y if y is not None else []))

    # -- building the computation ------------------------------------------------------------
    @property
    def _n_parameters(self) -> int:
        return self._architecture.n_parameters if self._architecture else 0

    def _data(self) -> tuple[Array, Array] | None:
        if self._dataset is None or self._architecture is None:
            return None
        if self._targets is None:
            arch = self._architecture
            if self._dataset.n_features != arch.n_inputs:
                raise InputError(f"the network has {arch.n_inputs} inputs but the data set has "
                                 f"{self._dataset.n_features} features")
            low = class_zero_target(Network(arch), self._dataset)
            y = self._dataset.encode(self._dataset.y_train, arch.n_outputs, low)
            self._targets = (np.asarray(self._dataset.x_train, float), np.asarray(y, float))
        return self._targets

    def _make_job(self) -> Callable | None:
        if self._architecture is None or self._origin is None:
            self._message = ""
            return None
        try:
            data = self._data()
        except InputError as error:
            self._message = str(error)
            return None
        if data is None:
            self._message = "no data set: the loss surface needs the training data"
            return None
        x, y = data
        arch, origin, mode = self._architecture, self._origin.copy(), self._mode
        if mode == "parameters" and arch.n_parameters < 2:
            mode = "curve"
        half, n, seed, indices = self._half_width[mode], self._resolution, self._seed, self._indices
        centre = self._window_centre
        trajectory = self._path.view("thetas").copy() if mode == "pca" and self._path else None
        origin_step = self._origin_step if mode != "pca" else self._last_step

        def job(progress: Callable[[int, int], bool]) -> _Result:
            if mode == "curve":
                i = indices[0]
                c = origin[i] if centre is None else centre[0]
                u = np.linspace(c - half, c + half, max(n, 201))
                values = landscape.parameter_curve(arch, origin, i, u, x, y)
                return _Result(mode, None, i, None, u, values, origin_step)
            if mode == "parameters":
                slc = landscape.parameter_slice(arch, origin, *indices)
                cu, cv = slc.centre if centre is None else centre
                u = np.linspace(cu - half, cu + half, n)
                v = np.linspace(cv - half, cv + half, n)
            elif mode == "random":
                slc = landscape.random_slice(arch, origin, seed)
                cu, cv = (0.0, 0.0) if centre is None else centre
                u = np.linspace(cu - half, cu + half, n)
                v = np.linspace(cv - half, cv + half, n)
            else:
                if trajectory is None or trajectory.shape[0] < 3:
                    raise InputError("PCA of the path needs a few recorded steps: train first")
                pca = landscape.pca_slice(arch, trajectory)
                slc = pca.slice
                lo, hi = pca.coordinates.min(axis=0), pca.coordinates.max(axis=0)
                mid = (lo + hi) / 2
                half_pca = max(float(np.max(hi - lo)) / 2 * 1.35, 1e-6)
                u = np.linspace(mid[0] - half_pca, mid[0] + half_pca, n)
                v = np.linspace(mid[1] - half_pca, mid[1] + half_pca, n)
            values = landscape.surface(arch, slc, u, v, x, y, progress=progress)
            return _Result(mode, slc, None, prepare_heatmap(u, v, values), origin_step=origin_step)

        return job

    # -- results ------------------------------------------------------------------------------
    def _on_result(self, result: _Result) -> None:
        self._result = result
        if result.mode == "pca":
            self._half_width["pca"] = float(result.heatmap.u[-1] - result.heatmap.u[0]) / 2
        if result.heatmap is not None:
            h = result.heatmap
            self._window_centre = (float(h.u[0] + h.u[-1]) / 2, float(h.v[0] + h.v[-1]) / 2)
        elif result.curve_u is not None:
            self._window_centre = (float(result.curve_u[0] + result.curve_u[-1]) / 2, 0.0)
        self.heatmap_layer.set_dimmed(False)
        self._show_result()
        self._style_path()
        self._reproject()
        self._draw_path()
        self._sync_controls()
        self._update_status()
        if self._follow and not self._follow_timer.isActive():
            self._follow_timer.start()

    def _on_failed(self, message: str) -> None:
        self._message = message
        self.heatmap_layer.set_dimmed(False)
        self._update_status()

    def _on_progress(self, done: int, total: int) -> None:
        self._progress.setMaximum(max(total, 1))
        self._progress.setValue(done)

    def _on_busy(self, busy: bool) -> None:
        self._progress.setVisible(busy)
        self._cancel_button.setVisible(busy)
        if busy:
            self._progress.setValue(0)
        self._update_status()

    def _show_result(self) -> None:
        """The new surface (or curve): exactly its extent, to scale, named axes."""
        r = self._result
        vb = self.plot.getViewBox()
        if r.mode == "curve":
            self.heatmap_layer.set_heatmap(None)
            self.heatmap_layer.set_visible(False)
            self.curve_item.setData(r.curve_u, r.curve)
            self.curve_item.setVisible(True)
            finite = r.curve[np.isfinite(r.curve)]
            top = float(finite.max()) if finite.size else 1.0
            bottom = min(0.0, float(finite.min()) if finite.size else 0.0)
            name = pretty_parameter_name(self._architecture.parameter_name(r.index))
            self._name_axes(name, "C", widest_tick(bottom, top))
            self.aspect.set_ratio(None)
            vb.setRange(xRange=(r.curve_u[0], r.curve_u[-1]), yRange=(bottom, top * 1.05),
                        padding=0.02)
        else:
            self.curve_item.setData([], [])
            self.curve_item.setVisible(False)  # empty items still cost a paint call each frame
            self.heatmap_layer.set_visible(True)
            self.heatmap_layer.set_heatmap(r.heatmap, self._log)
            labels = r.slice.labels
            if r.slice.kind == "parameters":
                labels = tuple(pretty_parameter_name(n) for n in labels)
            rect = r.heatmap.rect
            self._name_axes(labels[0], labels[1], widest_tick(rect.top(), rect.bottom()))
            self.aspect.set_ratio(rect.width() / rect.height())
            vb.setRange(rect=rect, padding=0.0)
            if self.surface3d is not None:
                self.surface3d.set_heatmap(r.heatmap, self._log)
        self._set_legend()

    def _name_axes(self, bottom: str, left: str, sample: str) -> None:
        if sample != self._left_sample:
            self._left_sample = sample
            style_plot(self.plot, self._theme, sample)
        set_axis_label(self.plot, "bottom", bottom, self._theme, sample)
        set_axis_label(self.plot, "left", left, self._theme, sample)

    # -- the path ---------------------------------------------------------------------------------
    def _rebuild(self, architecture: Architecture) -> None:
        self.computer.cancel(quiet=True)
        self._architecture = architecture
        self._targets = None
        self._origin = None
        self._result = None
        self._window_centre = None
        self._last_step = -1
        self._gradient = None
        self._path = PathBuffer(architecture.n_parameters)
        n = architecture.n_parameters
        if n == 1:
            self._mode, self._indices = "curve", (0, 0)
        else:
            self._indices = (0, 1)
            if self._mode == "curve":
                self._indices = (0, 0)
        names = [pretty_parameter_name(architecture.parameter_name(i)) for i in range(n)]
        for box in (self._x_box, self._y_box):
            with QSignalBlocker(box):
                box.clear()
                box.addItems(names)
        self.heatmap_layer.set_heatmap(None)
        self.curve_item.setData([], [])
        self._choose_resolution()
        self._sync_controls()

    def _choose_resolution(self) -> None:
        """Unless the user chose one: the finest grid whose cost stays about AUTO_WORK
        (seconds for the digits network, instant for XOR), at least the coarsest."""
        if not self._auto_resolution or self._architecture is None or self._dataset is None:
            return
        work = self._dataset.x_train.shape[0] * self._architecture.n_parameters
        fitting = [n for n in RESOLUTIONS if n <= DEFAULT_RESOLUTION and n * n * work <= AUTO_WORK]
        self._resolution = fitting[-1] if fitting else RESOLUTIONS[0]
        self._sync_controls()

    def _project(self, theta: Array) -> Array:
        r = self._result
        if r is None:
            return np.array([np.nan, np.nan])
        if r.mode == "curve":
            return np.array([theta[r.index], np.nan])
        return r.slice.project(theta)

    def _append(self, snapshot: Snapshot) -> None:
        coord = self._project(snapshot.params)
        self._path.append(snapshot.params, snapshot.step, snapshot.train_loss, coord)

    def _reproject(self) -> None:
        r, path = self._result, self._path
        if r is None or path is None or path.size == 0:
            return
        thetas = path.view("thetas")
        if r.mode == "curve":
            path.coords[:path.size, 0] = thetas[:, r.index]
            path.coords[:path.size, 1] = np.nan
        else:
            path.coords[:path.size] = r.slice.project(thetas)

    def _path_xy(self) -> Array:
        """The points of the path on screen: (u, v), or (θ_i, C) for a curve."""
        coords = self._path.view("coords").copy() if self._path is not None else np.empty((0, 2))
        if self._result is not None and self._result.mode == "curve":
            coords[:, 1] = self._path.view("losses")
        return coords

    def _draw_path(self) -> None:
        pts = self._path_xy() if self._result is not None else np.empty((0, 2))
        if pts.shape[0] == 0 or not np.all(np.isfinite(pts[-1])):
            for item in (self.path_item, self.path_shadow, self.path_dots, self.start_marker,
                         self.current_marker):
                item.setData([], [])
            self.step_arrow.set(None, None)
            self.gradient_arrow.set(None, None)
            return
        drawn = path_for_screen(pts)
        x, y = drawn[:, 0], drawn[:, 1]
        self.path_shadow.setData(x, y)
        self.path_item.setData(x, y)
        dots = pts.shape[0] <= DOT_LIMIT
        if dots:
            self.path_dots.setData(x, y)
        elif len(self.path_dots.data):
            self.path_dots.setData([], [])
        self.path_dots.setVisible(dots)
        self._set_marker(self.start_marker, x[0], y[0])
        self._set_marker(self.current_marker, x[-1], y[-1])
        self.step_arrow.set(pts[-2] if pts.shape[0] > 1 else None, pts[-1])
        self._draw_gradient(pts[-1])
        self._keep_in_view(pts[-1])
        if self.surface3d is not None and self._stack.currentIndex() == 1:
            self.surface3d.set_path(pts, self._path.view("losses"))

    @staticmethod
    def _set_marker(marker: pg.ScatterPlotItem, x: float, y: float) -> None:
        """Move a one-point marker (nothing to do when it is there already)."""
        data = marker.data
        if len(data) != 1 or data["x"][0] != x or data["y"][0] != y:
            marker.setData([x], [y])

    def _keep_in_view(self, point: Array) -> None:
        """When the current point leaves the map, compute a larger map (same θ0 and slice)
        that holds the whole path; meanwhile widen the visible range so the point stays seen."""
        r = self._result
        if r is None or r.mode == "curve":
            return
        if r.mode != "pca" and not r.heatmap.rect.contains(float(point[0]), float(point[1])) \
                and not self.computer.busy:
            pts = self._path_xy()
            h = r.heatmap
            lo = np.minimum(pts.min(axis=0), [h.u[0], h.v[0]])
            hi = np.maximum(pts.max(axis=0), [h.u[-1], h.v[-1]])
            self._window_centre = (float(lo[0] + hi[0]) / 2, float(lo[1] + hi[1]) / 2)
            self._half_width[r.mode] = float(np.max(hi - lo)) / 2 * 1.15
            self._origin = np.array(r.slice.origin)
            self._origin_step = r.origin_step
            self._sync_controls()
            self.recompute()
        vb = self.plot.getViewBox()
        rect = vb.viewRect()
        if rect.contains(float(point[0]), float(point[1])):
            return
        pts = self._path_xy()
        lo, hi = pts.min(axis=0), pts.max(axis=0)
        wanted = rect.united(QRectF(lo[0], lo[1], hi[0] - lo[0], hi[1] - lo[1]))
        vb.setRange(rect=_widened_to(wanted, rect.width() / rect.height()), padding=0.05)

    def _draw_gradient(self, at: Array) -> None:
        r, g = self._result, self._gradient
        if r is None or g is None or self._gradient_step != self._last_step:
            self.gradient_arrow.set(None, None)
            return
        if r.mode == "curve":
            d = np.array([-g[r.index], 0.0])
            width = r.curve_u[-1] - r.curve_u[0]
        else:
            d = -r.slice.gradient(g)
            width = r.heatmap.u[-1] - r.heatmap.u[0]
        norm = float(np.hypot(*d))
        if not np.isfinite(norm) or norm == 0:
            self.gradient_arrow.set(None, None)
            return
        length = min(norm / r.steep_gradient, 1.0) if r.steep_gradient > 0 else 1.0
        self.gradient_arrow.set(at, at + d / norm * length * GRADIENT_ARROW * width)

    def _refresh_arrows(self, *args) -> None:
        self.step_arrow.refresh()
        self.gradient_arrow.refresh()

    def _request_gradient(self) -> None:
        """∂C/∂θ over the whole training set at the current θ (in the background if large)."""
        try:
            data = self._data()
        except InputError:
            data = None
        if data is None or self._snapshot is None:
            self._gradient = None
            return
        x, y = data
        arch, theta, step = self._architecture, np.array(self._snapshot.params), self._snapshot.step

        def job(progress=None) -> tuple[int, Array]:
            with np.errstate(all="ignore"):
                return step, Network(arch, theta).gradient(x, y).flat

        if x.shape[0] * arch.n_parameters <= GRADIENT_WORK_HERE:
            self._gradient_step, self._gradient = job()  # drawn with the path, next
        elif not self._gradient_computer.busy:  # a large network: one at a time, the newest
            self._gradient_computer.submit(job)

    def _on_gradient(self, result: tuple[int, Array]) -> None:
        self._gradient_step, self._gradient = result
        if self._gradient_step != self._last_step and not self._gradient_computer.busy \
                and self._snapshot is not None:
            self._request_gradient()  # snapshots came while it ran: catch up with the newest
        if self._path is not None and self._path.size and self._result is not None:
            pts = self._path_xy()
            if np.all(np.isfinite(pts[-1])):
                self._draw_gradient(pts[-1])

    # -- following training -------------------------------------------------------------------
    def _follow_step(self) -> None:
        """Recompute through the latest θ, keeping the window unless the path left it."""
        if not self._follow or self._snapshot is None or self.computer.busy:
            return
        if self._origin is not None and np.array_equal(self._origin, self._snapshot.params):
            return
        self._origin = np.array(self._snapshot.params)
        self._origin_step = self._snapshot.step
        if self._window_centre is not None and self._result is not None and \
                self._result.heatmap is not None and self._mode == "parameters":
            here = self._snapshot.params[list(self._indices)]
            half = self._half_width["parameters"]
            if np.any(np.abs(here - np.asarray(self._window_centre)) > 0.9 * half):
                self._window_centre = None
        elif self._mode != "parameters":
            self._window_centre = None
        self.recompute()

    # -- the mouse ----------------------------------------------------------------------------------
    def _on_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        r = self._result
        if r is None or self._architecture is None:
            return
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        p = vb.mapSceneToView(event.scenePos())
        self.restart_requested.emit(self.theta_at(p.x(), p.y()))
        event.accept()

    def theta_at(self, u: float, v: float) -> Array:
        """θ of the point (u, v) of the plot (for a curve: θ0 with θ_i = u)."""
        r = self._result
        if r.mode == "curve":
            theta = np.array(self._origin)
            theta[r.index] = u
            return theta
        return r.slice.point(u, v)

    # -- controls and words -------------------------------------------------------------------------
    def _on_parameter_box(self, axis: int, index: int) -> None:
        """A choice in the x or y list; choosing the other axis's parameter swaps the two."""
        if index < 0 or self._architecture is None:
            return
        if self._mode == "curve":
            self.set_parameters(index, index)
            return
        i, j = self._indices
        if axis == 0:
            self.set_parameters(index, j if j != index else i)
        else:
            self.set_parameters(i if i != index else j, index)

    def _sync_controls(self) -> None:
        boxes = (self._mode_box, self._x_box, self._y_box, self._range_box, self._log_box,
                 self._follow_box, *self._grid_box.actions())
        blockers = [QSignalBlocker(b) for b in boxes]
        self._mode_box.setCurrentIndex(MODES.index(self._mode))
        if self._x_box.count():
            self._x_box.setCurrentIndex(self._indices[0])
            self._y_box.setCurrentIndex(self._indices[1])
        single = self._n_parameters == 1
        self._mode_box.setEnabled(not single)
        uses_params = self._mode in ("parameters", "curve")
        for w in (self._x_label, self._x_box):
            w.setVisible(uses_params)
        for w in (self._y_label, self._y_box):
            w.setVisible(self._mode == "parameters")
        self._directions_button.setVisible(self._mode == "random")
        self._range_box.setValue(self._half_width[self._mode])
        self._range_box.setEnabled(self._mode != "pca")  # PCA: the square fitted to the path
        for act in self._grid_box.actions():
            act.setChecked(act.data() == self._resolution)
        self._grid_menu.setEnabled(self._mode != "curve")
        self._log_box.setChecked(self._log)
        self._log_box.setEnabled(self._mode != "curve")
        self._follow_box.setChecked(self._follow)
        del blockers
        busy = self.computer.busy
        self._progress.setVisible(busy)
        self._cancel_button.setVisible(busy)

    def _update_status(self) -> None:
        parts = []
        if self._architecture is None:
            parts.append("Start training to see the loss surface and the path of gradient descent.")
        elif self._message:
            parts.append(self._message)
        elif self.computer.busy:
            parts.append("computing the loss surface …")
        r = self._result
        if r is not None and self._architecture is not None:
            n_other = self._architecture.n_parameters - (1 if r.mode == "curve" else 2)
            if r.mode == "curve":
                what = f"C({pretty_parameter_name(self._architecture.parameter_name(r.index))})"
            elif r.mode == "parameters":
                a, b = (pretty_parameter_name(n) for n in r.slice.labels)
                what = f"C over ({a}, {b})"
            elif r.mode == "random":
                what = "C along two random filter-normalised directions α, β"
            else:
                what = "C over the path's principal plane"
            if r.mode in ("curve", "parameters") and n_other > 0:
                what += f", the other {n_other} parameters as at step {r.origin_step}"
            elif r.mode != "pca":
                what += f", through θ at step {r.origin_step}"
            timing = self.computer.last_duration_ms
            if math.isfinite(timing):
                what += f" ({timing:.0f} ms)"
            where = "plot" if r.mode == "curve" else "map"
            parts.append(f"Click the {where} to restart training from that point. " + what + ".")
        self._status.setText("  ".join(parts))


def _widened_to(rect: QRectF, ratio: float) -> QRectF:
    """``rect`` grown about its centre along one side until width / height = ``ratio``."""
    width, height = rect.width(), rect.height()
    if height <= 0 or width <= 0 or not math.isfinite(ratio) or ratio <= 0:
        return rect
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = rect.center()
    return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
