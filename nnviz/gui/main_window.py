"""The main window: docks for every view, menus, the transport bar, the status bar.

Data flow (DESIGN.md): the settings panel and the transport send commands to the
:class:`~nnviz.gui.worker.TrainingSession`; the worker sends back Snapshots; the window
keeps only the latest one and a frame timer (~60 Hz) hands it to the views' ``show_snapshot``
and paints them at once (nothing is drawn when no new snapshot came). A view off screen (a
tab behind another) only keeps the snapshot, or its history, and draws when it shows again.
Paused, every view gets every snapshot, so a step updates them all together. While
training runs:

- a frame draws the views that waited longest, as many as fit in ``FRAME_TIME_BUDGET`` of
  GUI time (each view's cost, its show_snapshot and paint, is measured as it draws), so the
  costly views take turns instead of adding up in one long frame;
- what the views computed in the background (a large decision-boundary grid) is drawn in
  the next frame (:func:`~nnviz.gui.views.background.hold_results`), not in between;
- the frame rate adapts so that the GUI thread uses about ``FRAME_BUDGET`` of the CPU:
  Python runs one thread at a time, so training keeps most of the interpreter.

``set_dataset`` reaches every view when the data change, before the first snapshot on the
new data.

Views are registered in one place, :func:`registered_views`; :meth:`MainWindow.add_view`
docks any other widget that follows the view contract. A view's edit signals are wired to
the worker there: ``parameter_edited(i, value)`` → set θ_i, ``restart_requested(θ)`` →
restart training from θ.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Callable, Sequence

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QDockWidget, QFileDialog, QGraphicsScene, QGraphicsView, QLabel, QMainWindow,
    QMessageBox, QTabWidget, QVBoxLayout, QWidget,
)

from nnviz import __version__
from nnviz.core.config import (
    CSV, Config, DataSpec, architecture, build_dataset, check_model_fits, needs_reset,
    network_spec_of, resolve, suit_output, validate,
)
from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.lessons import Lesson, lesson_names, load_lesson
from nnviz.core.modelfile import load_model, save_model
from nnviz.core.snapshot import Snapshot
from nnviz.gui.theme import SCALES, Theme, apply_theme, current_theme, with_scale
from nnviz.gui.export import export_widget
from nnviz.gui.panels.settings_panel import SettingsPanel
from nnviz.gui.panels.transport import TransportBar
from nnviz.gui.views.background import deliver_results, hold_results
from nnviz.gui.worker import RUNNING, TrainingSession

log = logging.getLogger(__name__)

FRAME_INTERVAL_MS = 16  # ~60 frames per second
MAX_FRAME_INTERVAL_MS = 100
# While training runs, drawing may take at most this share of the time: Python runs one
# thread at a time, so every millisecond the GUI draws is one the training thread waits.
FRAME_BUDGET = 0.12
# While training runs, a frame draws views (oldest first) until this much GUI time (seconds)
# is spent, at least one: the costly views take turns and no frame blocks the GUI for long.
FRAME_TIME_BUDGET = 0.006
# The most width/height a docked view may insist on: the window must fit a 1366x768 projector.
MAX_VIEW_MINIMUM = (300, 160)
LAYOUT_VERSION = 1
DEFAULT_SIZE = (1500, 920)
STATUS_SECONDS = 8


# -- dialogs: one place, so tests can replace them ------------------------------------------
def show_message(parent: QWidget, title: str, text: str, level: str = "information") -> None:
    """A non-modal message box (it never blocks training, the window or a test)."""
    icons = {"information": QMessageBox.Information, "warning": QMessageBox.Warning,
             "error": QMessageBox.Critical}
    box = QMessageBox(icons.get(level, QMessageBox.Information), title, text, QMessageBox.Ok, parent)
    box.setWindowModality(Qt.NonModal)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.show()


def ask_open_path(parent: QWidget, caption: str, filters: str) -> str | None:
    """A file to open, or None if the user cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, "", filters)
    return path or None


def ask_save_path(parent: QWidget, caption: str, suggestion: str, filters: str) -> str | None:
    """A file to write, or None if the user cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggestion, filters)
    return path or None


# -- the views ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ViewSpec:
    """A view the window docks: its key (dock object name), title and how to make it."""

    key: str
    title: str
    factory: Callable[[], QWidget]


def registered_views() -> list[ViewSpec]:
    """Every view of the window, in one place, in default-layout order."""
    from nnviz.gui.views.boundary_view import BoundaryView
    from nnviz.gui.views.feature_space_view import FeatureSpaceView
    from nnviz.gui.views.graph_view import GraphView
    from nnviz.gui.views.landscape_view import LandscapeView
    from nnviz.gui.views.loss_view import LossView
    from nnviz.gui.views.optimizer_race_view import OptimizerRaceView

    return [
        ViewSpec("graph", "Network", GraphView),
        ViewSpec("boundary", "Decision boundary", BoundaryView),
        ViewSpec("landscape", "Loss surface", LandscapeView),
        ViewSpec("feature_space", "Hidden feature space", FeatureSpaceView),
        ViewSpec("optimizer_race", "Optimizer race", OptimizerRaceView),
        ViewSpec("loss", "Loss curve", LossView),
    ]


def connect_views(views: dict[str, QWidget]) -> None:
    """The views talk to each other directly (never through the worker):

    graph edge/bias picked -> the loss surface and the race slice along that parameter;
    boundary's per-neuron maps -> thumbnails in the graph; a hovered neuron -> its map large.
    """
    links = (
        ("graph", "parameter_selected", "landscape", "select_parameter"),
        ("graph", "parameter_selected", "optimizer_race", "select_parameter"),
        ("boundary", "neuron_images_ready", "graph", "set_neuron_images"),
        ("graph", "neuron_hovered", "boundary", "on_neuron_hovered"),
    )
    for source, signal, target, slot in links:
        if source in views and target in views:  # a window may dock only some views
            getattr(views[source], signal).connect(getattr(views[target], slot))


class LessonHeader(QLabel):
    """The lesson's title and description above the settings."""

    def show_lesson(self, lesson: Lesson) -> None:
        text = " ".join(lesson.description.split())
        self.setText(f"<b>{lesson.title}</b><br>{text}" if text else f"<b>{lesson.title}</b>")


class MainWindow(QMainWindow):
    """The app's window. ``settings``: where layout and look persist (None: nowhere).

    ``config`` replaces the lesson's own (``nnviz render`` options). With
    ``start_training=False`` no training thread starts: show a state with :meth:`display`.
    """

    def __init__(self, lesson: Lesson | None = None, *, config: Config | None = None,
                 settings: QSettings | None = None, start_training: bool = True) -> None:
        super().__init__()
        lesson = lesson or load_lesson()
        self._settings = settings
        self._lesson = lesson
        self._config = resolve(config or lesson.config)
        self._dataset = build_dataset(self._config.data)
        validate(self._config, self._dataset)
        self._pending: Snapshot | None = None
        self.latest: Snapshot | None = None  # the newest snapshot a frame took
        self.frames_drawn = 0
        self._shown: dict[str, Snapshot] = {}  # the snapshot each view got last
        self._shown_at: dict[str, float] = {}  # ... and when (perf_counter)
        self._cost: dict[str, float] = {}  # each view's GUI time per frame, smoothed (seconds)
        self._scenes: list[QGraphicsScene] = []  # the views' pyqtgraph scenes, painted per frame
        self.views: dict[str, QWidget] = {}
        self.docks: dict[str, QDockWidget] = {}
        self._failed_views: set[str] = set()
        self._sizes_pending = False
        self._training_runs = False
        self._last_wall, self._last_cpu = time.perf_counter(), time.thread_time()
        self._gui_share = 0.0  # the GUI thread's share of the CPU, smoothed

        self.setObjectName("nnviz-main-window")
        self.setDockNestingEnabled(True)
        self.setDockOptions(QMainWindow.AnimatedDocks | QMainWindow.AllowNestedDocks
                            | QMainWindow.AllowTabbedDocks)
        self.setTabPosition(Qt.AllDockWidgetAreas, QTabWidget.North)

        self.session = TrainingSession(self) if start_training else None
        self.transport = TransportBar(self)
        self.addToolBar(Qt.TopToolBarArea, self.transport)
        self._build_settings_dock()
        for spec in registered_views():
            self.add_view(spec.title, spec.factory(), key=spec.key)
        connect_views(self.views)
        self._build_status_bar()
        self._build_menus()
        self._connect()
        self._restore_or_default_layout()
        self.set_theme(current_theme())

        self.frame_timer = QTimer(self)
        self.frame_timer.setInterval(FRAME_INTERVAL_MS)
        self.frame_timer.timeout.connect(self.draw_frame)
        self.frame_timer.start()
        self._show_lesson(lesson)
        self.transport.set_speed(lesson.speed)
        if self.session is not None:
            self.session.start()
            self.session.set_speed(self.transport.speed)
            self.session.configure(self._config, self._dataset)

    # -- views --------------------------------------------------------------------------------
    def add_view(self, title: str, widget: QWidget, area: Qt.DockWidgetArea = Qt.RightDockWidgetArea,
                 tabify_with: QDockWidget | None = None, *, key: str | None = None) -> QDockWidget:
        """Dock ``widget`` (a view: ``show_snapshot``, ``set_dataset``) and wire its edit signals."""
        key = key or title.lower().replace(" ", "_")
        hint = widget.minimumSizeHint()
        if hint.width() > MAX_VIEW_MINIMUM[0]:
            widget.setMinimumWidth(MAX_VIEW_MINIMUM[0])
        if hint.height() > MAX_VIEW_MINIMUM[1]:
            widget.setMinimumHeight(MAX_VIEW_MINIMUM[1])
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{key}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable
                         | QDockWidget.DockWidgetClosable)
        self.addDockWidget(area, dock)
        if tabify_with is not None:
            self.tabifyDockWidget(tabify_with, dock)
        self.docks[key] = dock
        self.views[key] = widget
        self._scenes += [graphics.scene() for graphics in widget.findChildren(QGraphicsView)]
        if hasattr(widget, "parameter_edited"):
            widget.parameter_edited.connect(self._on_parameter_edited)
        if hasattr(widget, "restart_requested"):
            widget.restart_requested.connect(self._on_restart_requested)
        if hasattr(self, "view_menu"):  # a view added after the menus were built
            self._add_view_actions(key, dock)
        return dock

    def draw_frame(self) -> None:
        """Bring the views up to the latest snapshot (see the module docstring) and paint.

        Each view paints right after its ``show_snapshot``, here rather than later from the
        event loop, while training steps aside (the worker's frame gate): the frame is
        drawn in one go instead of waiting for the interpreter at each of its many Python
        callbacks, and the view's cost is measured whole.
        """
        new = self._pending is not None
        if new:
            self.latest, self._pending = self._pending, None
        snapshot = self.latest
        if snapshot is None:
            return
        keys = self._views_to_draw(snapshot)
        if not (new or keys):
            return
        if self.session is not None:
            self.session.frame_gate.frame_started()
        try:  # whatever happens, training must not stay gated behind this frame
            if deliver_results():  # background results since the last frame: paint them on
                self._paint_now()  # the frame's bill, not on the first view's
            for key in keys:
                self._draw_view(key, snapshot)
            if new:
                self._show_status(snapshot)
                self._paint_now()
                self.frames_drawn += 1
        finally:
            self._frame_done()

    def _views_to_draw(self, snapshot: Snapshot) -> list[str]:
        """The views that get ``snapshot`` in this frame: every view that lacks it; while
        training runs, the longest waiting first, as many as FRAME_TIME_BUDGET allows."""
        stale = [key for key in self.views
                 if self._shown.get(key) is not snapshot and key not in self._failed_views]
        if not self._training_runs:
            return stale
        chosen, spent = [], 0.0
        for key in sorted(stale, key=lambda k: self._shown_at.get(k, 0.0)):
            cost = self._cost.get(key, 0.0)
            if not chosen or spent + cost <= FRAME_TIME_BUDGET:
                chosen.append(key)
                spent += cost
        return chosen

    def _draw_view(self, key: str, snapshot: Snapshot) -> None:
        """``show_snapshot`` on one view and paint it, measuring the GUI time it takes; a
        view that raises is reported and left out from then on."""
        start = time.thread_time()
        self._shown[key], self._shown_at[key] = snapshot, time.perf_counter()
        try:
            self.views[key].show_snapshot(snapshot)
        except Exception as e:  # noqa: BLE001 - one broken view must not stop the others
            log.exception("view %s failed to draw", key)
            self._failed_views.add(key)
            self._report(f"The {self.docks[key].windowTitle()} view stopped drawing",
                         f"{type(e).__name__}: {e}", "error")
        self._paint_now()
        cost = time.thread_time() - start
        self._cost[key] = 0.7 * self._cost.get(key, cost) + 0.3 * cost

    def _paint_now(self) -> None:
        """Paint what changed, now. A pyqtgraph scene passes its changes on to its widget
        in a queued call: deliver those first, then every window paints its dirty region
        (Qt would otherwise post both at low priority, after the frame)."""
        for scene in self._scenes:
            QApplication.sendPostedEvents(scene, QEvent.MetaCall)
        QApplication.sendPostedEvents(None, QEvent.UpdateRequest)

    def _frame_done(self) -> None:
        """End of a frame: let training go on; keep the GUI thread within the frame budget.

        The GUI thread's share of the CPU since the last frame (all its work: views, paint,
        events) is measured with its own CPU clock; while training runs, the frame interval
        grows or shrinks so that this share stays near ``FRAME_BUDGET``.
        """
        if self.session is not None:
            self.session.frame_gate.frame_finished()
        wall, cpu = time.perf_counter(), time.thread_time()
        share = (cpu - self._last_cpu) / max(wall - self._last_wall, 1e-6)
        self._last_wall, self._last_cpu = wall, cpu
        self._gui_share = 0.7 * self._gui_share + 0.3 * min(share, 1.0)
        interval = FRAME_INTERVAL_MS
        if self._training_runs:
            wanted = self.frame_timer.interval() * self._gui_share / FRAME_BUDGET
            interval = int(min(MAX_FRAME_INTERVAL_MS, max(FRAME_INTERVAL_MS, wanted)))
        if interval != self.frame_timer.interval():
            self.frame_timer.setInterval(interval)

    def display(self, dataset: Dataset, snapshots: Sequence[Snapshot]) -> None:
        """Show ``snapshots`` of a run on ``dataset``, in order, one frame each (for
        ``nnviz render``: no worker needed); views that keep a history (the loss curve, the
        descent path) draw the whole run, the others the last state."""
        self._dataset = dataset
        self._set_dataset_on_views(dataset)
        for snapshot in snapshots:
            self._pending = snapshot
            self.draw_frame()

    def settle(self, msecs: int = 10_000) -> None:
        """Let every view finish its background work on the shown snapshot, then draw it.

        Views that compute off the GUI thread offer ``flush(msecs)`` or ``wait(msecs)``.
        """
        for view in self.views.values():
            for name in ("flush", "wait"):
                method = getattr(view, name, None)
                if callable(method):
                    method(msecs)
                    break
        if self.latest is not None:
            self._shown.clear()
            self._pending = self.latest
            self.draw_frame()

    # -- building -----------------------------------------------------------------------------
    def _build_settings_dock(self) -> None:
        self.lesson_header = LessonHeader()
        self.lesson_header.setWordWrap(True)
        self.lesson_header.setTextFormat(Qt.RichText)
        self.lesson_header.setContentsMargins(8, 6, 8, 6)
        self.settings_panel = SettingsPanel(self._config)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.lesson_header)
        layout.addWidget(self.settings_panel, 1)
        dock = QDockWidget("Settings", self)
        dock.setObjectName("dock-settings")
        dock.setWidget(box)
        dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable
                         | QDockWidget.DockWidgetClosable)
        self.addDockWidget(Qt.LeftDockWidgetArea, dock)
        self.docks["settings"] = dock

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.state_label = QLabel("paused")
        self.step_label = QLabel("step 0")
        self.epoch_label = QLabel("epoch 0")
        self.loss_label = QLabel("loss –")
        self.accuracy_label = QLabel("accuracy –")
        widest = {self.state_label: "▶ running", self.step_label: "step 00,000,000",
                  self.epoch_label: "epoch 000000.0", self.loss_label: "loss train 0.0000 · test 0.0000",
                  self.accuracy_label: "accuracy train 100% · test 100%"}
        self._status_widths = widest
        for label in widest:
            label.setContentsMargins(10, 0, 10, 0)
            bar.addPermanentWidget(label)
        self._fix_status_sizes()

    def _fix_status_sizes(self) -> None:
        """Fixed sizes for the labels that change every frame: new text then repaints only
        the label, instead of laying out (and repainting) the whole window."""
        for label, text in self._status_widths.items():
            metrics = label.fontMetrics()
            label.setFixedSize(metrics.horizontalAdvance(text) + 24, metrics.height() + 4)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(file_menu, "&Open model…", self.open_model, QKeySequence.Open)
        self._action(file_menu, "&Save model…", self.save_model, QKeySequence.Save)
        self._action(file_menu, "Open &CSV data set…", self.open_csv, "Ctrl+D")
        file_menu.addSeparator()
        self._action(file_menu, "&Export window as PNG or SVG…", self.export_window, "Ctrl+Shift+E")
        self.export_menu = file_menu.addMenu("Export &panel")
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.Quit)

        training = bar.addMenu("&Training")
        for act in (self.transport.play_action, self.transport.step_action,
                    self.transport.epoch_action, self.transport.reset_action):
            training.addAction(act)

        lesson_menu = bar.addMenu("&Lesson")
        self.lesson_actions = QActionGroup(self)
        for name in lesson_names():
            try:
                lesson = load_lesson(name)
            except InputError as e:  # a broken shipped lesson must not stop the app
                log.error("lesson %s: %s", name, e)
                continue
            act = self._action(lesson_menu, lesson.title, lambda _=False, n=name: self.open_lesson(n))
            act.setCheckable(True)
            act.setData(name)
            act.setChecked(name == self._lesson.name)
            self.lesson_actions.addAction(act)
        lesson_menu.addSeparator()
        self._action(lesson_menu, "Open a lesson file…", self.open_lesson_file)

        self.view_menu = bar.addMenu("&View")
        self.view_toggles = self.view_menu.addMenu("&Panels")
        for key, dock in self.docks.items():
            self._add_view_actions(key, dock)
        self._action(self.view_menu, "&Reset layout", self.reset_layout)
        self.view_menu.addSeparator()
        scale_menu = self.view_menu.addMenu("Presentation &scale")
        self.scale_actions = QActionGroup(self)
        for scale in SCALES:
            act = self._action(scale_menu, f"{scale:.0%}", lambda _=False, s=scale: self.set_scale(s))
            act.setCheckable(True)
            act.setData(scale)
            self.scale_actions.addAction(act)
        self._action(self.view_menu, "&Larger (presentation)", lambda: self._step_scale(+1), "Ctrl++")
        self._action(self.view_menu, "S&maller", lambda: self._step_scale(-1), "Ctrl+-")
        self.dark_action = self._action(self.view_menu, "&Dark palette",
                                        lambda on: self.set_theme(Theme(dark=on, scale=current_theme().scale)))
        self.dark_action.setCheckable(True)

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&Keyboard shortcuts", self.show_shortcuts, "F1")
        self._action(help_menu, "&About nnviz", self.show_about)

    def _action(self, menu, text: str, slot: Callable, shortcut=None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _add_view_actions(self, key: str, dock: QDockWidget) -> None:
        self.view_toggles.addAction(dock.toggleViewAction())
        self._action(self.export_menu, f"{dock.windowTitle()}…",
                     lambda _=False, k=key: self.export_panel(k))

    def _connect(self) -> None:
        t = self.transport
        self.settings_panel.config_edited.connect(self._on_config_edited)
        self.settings_panel.open_csv_requested.connect(self.open_csv)
        if self.session is None:
            return
        s = self.session
        t.play_requested.connect(s.play)
        t.pause_requested.connect(s.pause)
        t.step_requested.connect(s.step)
        t.epoch_requested.connect(s.step_epoch)
        t.reset_requested.connect(self._on_reset)
        t.speed_changed.connect(s.set_speed)
        s.snapshot_ready.connect(self._on_snapshot)
        s.dataset_changed.connect(self._set_dataset_on_views)
        s.state_changed.connect(self._on_state)
        s.errored.connect(self._on_error)
        s.diverged.connect(self._on_diverged)
        s.training_stopped.connect(lambda message: self.statusBar().showMessage(message))
        QApplication.instance().aboutToQuit.connect(s.shutdown)

    # -- layout -------------------------------------------------------------------------------
    def reset_layout(self) -> None:
        """Every dock back in its default place, visible and docked."""
        self._default_layout()

    def _default_layout(self) -> None:
        """Settings left; the graph in the centre; the boundary beside it with the other views
        (loss surface, feature space, ...) as tabs; the loss curve below the graph."""
        docks = self.docks
        for dock in docks.values():
            dock.setFloating(False)
            self.removeDockWidget(dock)
        self.addDockWidget(Qt.LeftDockWidgetArea, docks["settings"])
        views = [k for k in docks if k != "settings"]
        centre = docks[next(k for k in ("graph", "loss", *views) if k in docks)]
        self.addDockWidget(Qt.RightDockWidgetArea, centre)
        beside = [docks[k] for k in sorted(views, key=lambda k: k != "boundary")
                  if docks[k] is not centre and k != "loss"]
        if beside:
            self.splitDockWidget(centre, beside[0], Qt.Horizontal)
            for dock in beside[1:]:
                self.tabifyDockWidget(beside[0], dock)
        if "loss" in docks and docks["loss"] is not centre:
            self.splitDockWidget(centre, docks["loss"], Qt.Vertical)
        for dock in docks.values():
            dock.show()
        if beside:
            beside[0].raise_()
        self._sizes_pending = True
        if self.isVisible():
            self._apply_default_sizes()

    def _apply_default_sizes(self) -> None:
        """Proportions of the default layout (docks only take sizes once the window is shown)."""
        self._sizes_pending = False
        docks, width, height = self.docks, self.width(), self.height()
        views = [k for k in docks if k != "settings"]
        centre = docks[next(k for k in ("graph", "loss", *views) if k in docks)]
        beside = next((docks[k] for k in sorted(views, key=lambda k: k != "boundary")
                       if docks[k] is not centre and k != "loss"), None)
        scale = current_theme().scale
        settings_width = int(min(360 * scale, max(270 * scale, 0.21 * width), 0.35 * width))
        self.resizeDocks([docks["settings"]], [settings_width], Qt.Horizontal)
        if beside is not None:
            rest = width - settings_width
            self.resizeDocks([centre, beside], [int(0.52 * rest), int(0.48 * rest)], Qt.Horizontal)
        if "loss" in docks and docks["loss"] is not centre:
            self.resizeDocks([centre, docks["loss"]], [int(0.64 * height), int(0.36 * height)],
                             Qt.Vertical)

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        if self._sizes_pending:
            self._apply_default_sizes()

    def _restore_or_default_layout(self) -> None:
        self.resize(*DEFAULT_SIZE)
        self._default_layout()
        s = self._settings
        if s is None:
            return
        saved_views = s.value("window/views", "")
        if (s.value("window/layout_version", 0, type=int) == LAYOUT_VERSION
                and saved_views == ",".join(self.docks)):
            geometry, state = s.value("window/geometry"), s.value("window/state")
            if isinstance(geometry, QByteArray):
                self.restoreGeometry(geometry)
            if isinstance(state, QByteArray) and self.restoreState(state, LAYOUT_VERSION):
                self._sizes_pending = False
        if "loss" in self.views:
            self.views["loss"].set_log_scale(s.value("loss/log_scale", False, type=bool))

    def _save_settings(self) -> None:
        s = self._settings
        if s is None:
            return
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState(LAYOUT_VERSION))
        s.setValue("window/views", ",".join(self.docks))
        s.setValue("window/layout_version", LAYOUT_VERSION)
        theme = current_theme()
        s.setValue("theme/dark", theme.dark)
        s.setValue("theme/scale", theme.scale)
        if "loss" in self.views:
            s.setValue("loss/log_scale", self.views["loss"].log_scale)
        s.sync()

    # -- look ---------------------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        """Palette and presentation scale for the app, every view and the panels."""
        apply_theme(QApplication.instance(), theme)
        self.transport.apply_theme(theme)
        self._fix_status_sizes()
        for view in self.views.values():
            if hasattr(view, "apply_theme"):
                view.apply_theme(theme)
            elif hasattr(view, "set_presentation_scale"):
                view.set_presentation_scale(theme.scale)
        for act in self.scale_actions.actions():
            act.setChecked(act.data() == theme.scale)
        self.dark_action.blockSignals(True)
        self.dark_action.setChecked(theme.dark)
        self.dark_action.blockSignals(False)

    def set_scale(self, scale: float) -> None:
        self.set_theme(with_scale(current_theme(), scale))

    def _step_scale(self, direction: int) -> None:
        scale = current_theme().scale
        index = min(range(len(SCALES)), key=lambda i: abs(SCALES[i] - scale))
        self.set_scale(SCALES[max(0, min(len(SCALES) - 1, index + direction))])

    # -- lessons, data, models ----------------------------------------------------------------
    def open_lesson(self, name_or_path: str) -> bool:
        """Switch to a lesson (name or .toml path); a bad one leaves everything as it was."""
        try:
            lesson = load_lesson(name_or_path)
            config = resolve(lesson.config)
            dataset = build_dataset(config.data)
            validate(config, dataset)
        except InputError as e:
            self._report("Cannot open the lesson", str(e), "warning")
            return False
        self._lesson, self._config, self._dataset = lesson, config, dataset
        self.settings_panel.set_config(config)
        self.transport.set_speed(lesson.speed)
        self._show_lesson(lesson)
        if self.session is not None:
            self.session.configure(config, dataset)
        self.statusBar().showMessage(f"Lesson: {lesson.title}", STATUS_SECONDS * 1000)
        return True

    def open_lesson_file(self) -> None:
        path = ask_open_path(self, "Open a lesson", "Lessons (*.toml);;All files (*)")
        if path:
            self.open_lesson(path)

    def open_csv(self) -> None:
        """Train on a CSV file; a bad file leaves the current data as it was."""
        path = ask_open_path(self, "Open a CSV data set", "CSV files (*.csv *.txt);;All files (*)")
        if not path:
            return
        old = self._config
        ratio = old.data.test_ratio if old.data.test_ratio is not None else 0.0
        spec = DataSpec(name=CSV, path=path, test_ratio=ratio, seed=old.data.seed)
        self._change_config(old.with_data(**spec.__dict__), title="Cannot open the data set")

    def open_model(self) -> None:
        """Train a saved network from its parameters; a bad file changes nothing."""
        path = ask_open_path(self, "Open a model", "nnviz models (*.json);;All files (*)")
        if not path:
            return
        try:
            network = load_model(path)
            check_model_fits(network, self._dataset)
            config = self._config.with_network(**network_spec_of(network, self._config.network).__dict__)
            validate(config, self._dataset)
        except InputError as e:
            self._report("Cannot open the model", str(e), "warning")
            return
        self._config = config
        self.settings_panel.set_config(config)
        if self.session is not None:
            self.session.load_model(network, config)
        self.statusBar().showMessage(f"Loaded the model {path}: training starts from its parameters.",
                                     STATUS_SECONDS * 1000)

    def save_model(self) -> None:
        if self.latest is None:
            self._report("Nothing to save yet", "Wait for the network to appear.", "information")
            return
        path = ask_save_path(self, "Save the model", "model.json", "nnviz models (*.json)")
        if not path:
            return
        try:
            save_model(self.latest.network(), path)
        except OSError as e:
            self._report("Cannot save the model", f"{path}: {e.strerror or e}", "warning")
            return
        self.statusBar().showMessage(f"Saved the model at step {self.latest.step} to {path}",
                                     STATUS_SECONDS * 1000)

    def export_window(self) -> None:
        self._export(self, "nnviz.png")

    def export_panel(self, key: str) -> None:
        self._export(self.docks[key].widget(), f"{key}.png")

    def _export(self, widget: QWidget, suggestion: str) -> None:
        path = ask_save_path(self, "Export as PNG or SVG", suggestion,
                             "PNG image (*.png);;SVG drawing (*.svg)")
        if not path:
            return
        try:
            export_widget(widget, path)
        except InputError as e:
            self._report("Cannot export", str(e), "warning")
            return
        self.statusBar().showMessage(f"Exported to {path}", STATUS_SECONDS * 1000)

    # -- help ---------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        lines = []
        for act in self.findChildren(QAction):
            key = act.shortcut().toString(QKeySequence.NativeText)
            if key:
                lines.append(f"{key:>14}   {act.text().replace('&', '')}")
        show_message(self, "Keyboard shortcuts", "\n".join(sorted(set(lines))))

    def show_about(self) -> None:
        show_message(self, "About nnviz",
                     f"nnviz {__version__}\n\nWatch neural networks learn: the weights, the "
                     "decision boundary, the loss and the loss surface, live.\n"
                     "A NumPy core with PySide6 and pyqtgraph.")

    # -- from the panels ----------------------------------------------------------------------
    def _on_config_edited(self, config: Config) -> None:
        self._change_config(config, title="That choice does not work")

    def _change_config(self, new: Config, title: str) -> bool:
        """Accept ``new`` (a live change or a reset) or refuse it with a message, changing nothing."""
        old = self._config
        try:
            new = resolve(new)
            dataset = self._dataset if new.data == old.data else build_dataset(new.data)
            if dataset is not self._dataset:
                new = new.with_network(**suit_output(new.network, dataset, self._dataset).__dict__)
            if new.network.params is not None and \
                    len(new.network.params) != architecture(new.network, dataset).n_parameters:
                new = new.with_network(params=None)
            validate(new, dataset)
        except InputError as e:
            self.settings_panel.set_config(old)
            self._report(title, str(e), "warning")
            return False
        self._config = new
        self.settings_panel.set_config(new)
        if needs_reset(old, new):
            what = ("data" if new.data != old.data else
                    "network" if new.network != old.network else "training rule")
            self._dataset = dataset
            if self.session is not None:
                self.session.configure(new, dataset)
            self.statusBar().showMessage(
                f"The {what} changed: training starts again from step 0.", STATUS_SECONDS * 1000)
        elif new.training != old.training:
            if self.session is not None:
                self.session.apply_training(new.training)
            self.statusBar().showMessage(
                f"{new.training.optimizer}, η = {new.training.learning_rate:g}: applies from the "
                f"next step, no reset.", STATUS_SECONDS * 1000)
        return True

    def _on_parameter_edited(self, index: int, value: float) -> None:
        if self.session is not None:
            self.session.set_parameter(index, value)

    def _on_restart_requested(self, theta) -> None:
        if self.session is not None:
            self.session.set_parameters(theta)
            self.statusBar().showMessage("Training restarts from the chosen point.",
                                         STATUS_SECONDS * 1000)

    def _on_reset(self) -> None:
        if self.session is not None:
            self.session.reset()
            self.statusBar().showMessage("Reset: back to the starting parameters, step 0.",
                                         STATUS_SECONDS * 1000)

    # -- from the worker ----------------------------------------------------------------------
    def _on_snapshot(self, snapshot: Snapshot) -> None:
        self._pending = snapshot

    def _set_dataset_on_views(self, dataset: Dataset) -> None:
        self._pending = None  # a snapshot still queued belongs to the old data
        for key, view in self.views.items():
            if hasattr(view, "set_dataset"):
                try:
                    view.set_dataset(dataset)
                except Exception as e:  # noqa: BLE001
                    log.exception("view %s: set_dataset failed", key)
                    self._report(f"The {self.docks[key].windowTitle()} view cannot show the data",
                                 f"{type(e).__name__}: {e}", "error")
        self._failed_views.clear()
        # Views that had not caught up with the old run's snapshot must not draw it on the new data.
        self._shown = dict.fromkeys(self.views, self.latest)

    def _on_state(self, state: str) -> None:
        running = state == RUNNING
        self._training_runs = running
        hold_results(running)  # while training runs, background results wait for a frame
        if not running:
            self.frame_timer.setInterval(FRAME_INTERVAL_MS)
        self.transport.set_running(running)
        self.state_label.setText("▶ running" if running else "❚❚ paused")

    def _on_error(self, message: str) -> None:
        self._report("Training stopped by an error", message, "error")

    def _on_diverged(self, message: str) -> None:
        self._report("Training diverged", message + "\n\nThe last finite parameters stay on "
                     "screen; lower the learning rate η in the settings, then press play.",
                     "warning")

    def _report(self, title: str, text: str, level: str) -> None:
        """A message in the status bar and in a non-modal box."""
        self.statusBar().showMessage(f"{title}: {text.splitlines()[0]}")
        show_message(self, title, text, level)

    def _show_status(self, s: Snapshot) -> None:
        self.step_label.setText(f"step {s.step:,}")
        self.epoch_label.setText(f"epoch {s.epoch:.4g}" if s.epoch % 1 else f"epoch {int(s.epoch)}")
        loss = f"loss train {s.train_loss:.4g}"
        if s.test_loss is not None:
            loss += f" · test {s.test_loss:.4g}"
        self.loss_label.setText(loss)
        if s.train_accuracy is None:
            self.accuracy_label.setText("")
            self.accuracy_label.hide()
        else:
            acc = f"accuracy train {s.train_accuracy:.0%}"
            if s.test_accuracy is not None:
                acc += f" · test {s.test_accuracy:.0%}"
            self.accuracy_label.setText(acc)
            self.accuracy_label.show()

    def _show_lesson(self, lesson: Lesson) -> None:
        self.lesson_header.show_lesson(lesson)
        self.setWindowTitle(f"nnviz — {lesson.title}")
        for act in self.lesson_actions.actions():
            act.setChecked(act.data() == lesson.name)

    # -- closing ------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # Qt override
        self._save_settings()
        self.frame_timer.stop()
        hold_results(False)
        if self.session is not None:
            self.session.shutdown()
        super().closeEvent(event)

