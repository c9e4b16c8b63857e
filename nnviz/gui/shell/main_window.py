"""The main window: one session state, one command router, docks for every view.

The window owns ONE :class:`~nnviz.session.state.SessionState` (lesson, configuration, data,
the latest snapshot, whether training runs, the selection, the presentation) and routes
EVERY command through :meth:`MainWindow.route`: from the transport bar and its keys, from
the settings panel (as Configure / ApplyTraining), from the menus and from the views'
``command_issued``. Selection commands (Select, Hover) change the state; training commands
go to the training thread (:class:`~nnviz.gui.worker.TrainingSession`), whose snapshots come
back into the state; the frame scheduler (:mod:`~nnviz.gui.shell.frames`) draws them.

Views are the classes :func:`~nnviz.gui.views.registry.registered_views` returns (or those
given); each is bound to the state and gets the data, the theme and the snapshots through
the View contract (:mod:`nnviz.gui.views.base`). New data reach every view when the window
decides on them; snapshots of the old data still on their way are dropped until the
training thread announces the new data.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any, Sequence

import numpy as np

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from nnviz.core.config import (
    Config, architecture, build_dataset, needs_reset, resolve, suit_output, validate,
)
from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.lessons import Lesson, load_lesson
from nnviz.core.snapshot import Snapshot
from nnviz.gui.kit import dialogs
from nnviz.gui.panels.lesson_header import LessonHeader
from nnviz.gui.panels.lesson_steps import LessonSteps
from nnviz.gui.panels.settings_panel import SettingsPanel
from nnviz.gui.panels.transport import TransportBar
from nnviz.gui.shell.file_actions import FileActions
from nnviz.gui.shell.focus_return import FocusReturn
from nnviz.gui.shell.frames import FrameScheduler
from nnviz.gui.shell.layout import LOSS, SETTINGS, DockLayout
from nnviz.gui.shell.lecture import LectureMode
from nnviz.gui.shell.lesson_player import LessonPlayer, headless_snapshot
from nnviz.gui.shell.menus import Menus, add_panel_actions, build_menus
from nnviz.gui.shell.presenter_keys import PresenterKeys
from nnviz.gui.shell.status import StatusLine
from nnviz.gui.shell.view_docks import ViewDock
from nnviz.gui.shell.walk_router import WALK_COMMANDS, WalkRouter
from nnviz.gui.theme import SCALES, Theme, apply_theme, current_theme
from nnviz.gui.views.base import View
from nnviz.gui.views.registry import registered_views
from nnviz.gui.worker import TrainingSession
from nnviz.session.commands import (
    ApplyTraining, CloseWalk, Configure, Hover, OpenWalk, Pause, Play, Reset,
    Select, SetParameters, SetSpeed, Step, StepEpoch, Walk,
)
from nnviz.session.controller import RUNNING
from nnviz.session.state import DATASET, PRESENTATION, RUNNING as RUNNING_CHANGED
from nnviz.session.state import Presentation, SessionState
from nnviz.session.walkthrough import Outcome

log = logging.getLogger(__name__)

# The most width/height a docked view may insist on: the window must fit a 1366x768 projector.
MAX_VIEW_MINIMUM = (300, 160)
RACE = "optimizer_race"  # the view a lesson's ``race`` sets up
# What the status bar says when a command goes to the training thread.
SENT = {Reset: QT_TRANSLATE_NOOP("MainWindow", "Reset: back to the starting parameters, step 0."),
        SetParameters: QT_TRANSLATE_NOOP("MainWindow", "Training restarts from the chosen point.")}


class MainWindow(FileActions, QMainWindow):
    """The app's window. ``settings``: where layout and look persist (None: nowhere).

    ``config`` replaces the lesson's own (``nnviz render`` options); ``view_classes`` the
    registered views. With ``start_training=False`` no training thread starts: show a run
    with :meth:`display`. ``lesson_step``: show that step of the lesson's script at once
    (:meth:`show_lesson_step`; an InputError if it cannot be shown).
    """

    def __init__(self, lesson: Lesson | None = None, *, config: Config | None = None,
                 settings: QSettings | None = None, start_training: bool = True,
                 view_classes: Sequence[type[View]] | None = None,
                 lesson_step: int = 0) -> None:
        super().__init__()
        lesson = lesson or load_lesson()
        config = resolve(config or lesson.config)
        dataset = build_dataset(config.data)
        validate(config, dataset)
        self.state = SessionState(lesson, config, dataset)
        theme = current_theme()
        self.state.set_presentation(Presentation(theme.dark, theme.scale, theme.high_contrast))
        self._settings = settings
        self._awaited: Dataset | None = None  # new data the training thread has not announced
        self._restoring: Snapshot | None = None  # a lesson step's, until the thread sends it
        self.views: dict[str, View] = {}
        self.docks: dict[str, QDockWidget] = {}
        self.menus: Menus | None = None

        self.setObjectName("nnviz-main-window")
        self.setDockNestingEnabled(True)
        self.setDockOptions(QMainWindow.AnimatedDocks | QMainWindow.AllowNestedDocks
                            | QMainWindow.AllowTabbedDocks)
        self.setTabPosition(Qt.AllDockWidgetAreas, QTabWidget.North)

        self.session = TrainingSession(self) if start_training else None
        self.transport = TransportBar(self)
        self.addToolBar(Qt.TopToolBarArea, self.transport)
        self.status = StatusLine(self.statusBar())
        self.walks = WalkRouter(self.state, None if self.session is None else self.session.send,
                                self.status.say,
                                lambda title, text: self._report(title, text, "warning"),
                                self._show_walk_panel)
        self.frames = FrameScheduler(self, self.state, self.views, self._view_failed,
                                     self.status.show_snapshot)
        if self.session is not None:
            self.frames.gate = self.session.frame_gate
        self._build_settings_dock()
        for cls in registered_views() if view_classes is None else view_classes:
            if cls.builds_when_shown:
                self._dock(ViewDock(self, cls, self._bind_view))
            else:
                self.add_view(cls())
        self.menus = build_menus(self)
        self.dock_layout = DockLayout(self, self.docks)
        self.dock_layout.restore(settings)
        self.lecture = LectureMode(self, self.docks)
        self.presenter_keys = PresenterKeys(self)
        self.focus_return = FocusReturn(self)
        self._restore_view_settings()
        self._connect()
        self._apply_presentation(self.state.presentation)
        self._give_views_dataset(dataset)

        self.frames.timer.start()
        self._show_lesson(lesson)
        self.transport.set_speed(lesson.speed)
        if self.session is not None:
            self.session.start()
            self.route(SetSpeed(self.transport.speed))
            self._configure(config, dataset)
        if lesson_step:
            self.player.show(lesson_step, strict=True)

    # -- the one router ---------------------------------------------------------------------
    def route(self, command: Any) -> None:
        """Every command comes through here: a selection changes the session state; the
        step-through's commands go to :class:`WalkRouter`; any other command goes to the
        training thread (Play leaves the step-through first)."""
        match command:
            case Select():
                self.state.select(command)
            case Hover():
                self.state.hover(command)
            case _ if isinstance(command, WALK_COMMANDS):
                self.walks.route(command)
            case _ if self.session is not None:
                if isinstance(command, Play):
                    self.walks.close()
                self.session.send(command)
                if type(command) in SENT:
                    self.status.say(translate("MainWindow", SENT[type(command)]))

    def step_through_selected(self) -> None:
        """Open the step-through on the selected sample (the first when none is)."""
        sample = self.state.selection.sample
        self.route(OpenWalk(0 if sample is None else sample))

    def leave_step_through(self) -> None:
        self.route(CloseWalk())

    # -- views --------------------------------------------------------------------------------
    def add_view(self, view: View, area: Qt.DockWidgetArea = Qt.RightDockWidgetArea,
                 tabify_with: QDockWidget | None = None) -> QDockWidget:
        """Dock ``view`` under its ``key`` and ``title``, bound to the session state."""
        return self._dock(ViewDock(self, type(view), self._bind_view, view), area, tabify_with)

    def view(self, key: str) -> View:
        """The view docked under ``key``, built now if its dock has not shown yet."""
        return self.docks[key].build()

    def _dock(self, dock: ViewDock, area: Qt.DockWidgetArea = Qt.RightDockWidgetArea,
              tabify_with: QDockWidget | None = None) -> QDockWidget:
        self.addDockWidget(area, dock)
        if tabify_with is not None:
            self.tabifyDockWidget(tabify_with, dock)
        self.docks[dock.view_class.key] = dock
        if self.menus is not None:  # a view added after the menus were built
            add_panel_actions(self, self.menus, dock.view_class.key, dock)
        return dock

    def _bind_view(self, view: View) -> None:
        """A view now exists in its dock: it joins the frames and the session state; one
        built after the window gets the data at once (the frames give it the snapshot)."""
        hint = view.minimumSizeHint()  # held from now on: a hint that grows with the
        view.setMinimumSize(min(hint.width(), MAX_VIEW_MINIMUM[0]),  # presentation scale must
                            min(hint.height(), MAX_VIEW_MINIMUM[1]))  # not crowd the others
        self.views[view.key] = view
        self.frames.add_view(view)
        view.bind(self.state)
        view.command_issued.connect(self.route)
        if self.menus is not None:
            view.set_dataset(self.state.dataset)
        if view.key == RACE:
            self._set_race(view)

    def draw_frame(self) -> None:
        """Draw the latest snapshot now (the frame timer does this ~60 times a second)."""
        self.frames.draw_frame()

    def display(self, dataset: Dataset, snapshots: Sequence[Snapshot]) -> None:
        """Show ``snapshots`` of a run on ``dataset``, in order, one frame each (for
        ``nnviz render``: no worker needed); views that keep a history (the loss curve, the
        descent path) draw the whole run, the others the last state."""
        self.state.set_dataset(dataset)
        for snapshot in snapshots:
            self.state.set_snapshot(snapshot)
            self.frames.draw_frame()

    def settle(self, msecs: int = 10_000) -> None:
        """Let every view finish its background work on the shown snapshot, then draw it."""
        self.frames.settle(msecs)

    def _give_views_dataset(self, dataset: Dataset) -> None:
        for key, view in self.views.items():
            try:
                view.set_dataset(dataset)
            except Exception as e:  # noqa: BLE001 - one broken view must not stop the others
                log.exception("view %s: set_dataset failed", key)
                self._report(translate("MainWindow", "The {view} view cannot show the data")
                             .format(view=self.docks[key].windowTitle()),
                             f"{type(e).__name__}: {e}", "error")
        self.frames.new_data()

    def _view_failed(self, key: str, error: Exception) -> None:
        self._report(translate("MainWindow", "The {view} view stopped drawing")
                     .format(view=self.docks[key].windowTitle()),
                     f"{type(error).__name__}: {error}", "error")

    # -- look ---------------------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        """Palette, contrast and presentation scale for the app, every view and the panels."""
        self.state.set_presentation(Presentation(theme.dark, theme.scale, theme.high_contrast))

    def set_scale(self, scale: float) -> None:
        self.state.set_presentation(replace(self.state.presentation, scale=float(scale)))

    def set_dark(self, dark: bool) -> None:
        self.state.set_presentation(replace(self.state.presentation, dark=bool(dark)))

    def set_high_contrast(self, high_contrast: bool) -> None:
        self.state.set_presentation(replace(self.state.presentation,
                                            high_contrast=bool(high_contrast)))

    def step_scale(self, direction: int) -> None:
        """The next larger (+1) or smaller (−1) presentation scale."""
        scale = self.state.presentation.scale
        index = min(range(len(SCALES)), key=lambda i: abs(SCALES[i] - scale))
        self.set_scale(SCALES[max(0, min(len(SCALES) - 1, index + direction))])

    def _apply_presentation(self, presentation: Presentation) -> None:
        theme = Theme(presentation.dark, presentation.scale, presentation.high_contrast)
        apply_theme(QApplication.instance(), theme)
        self.transport.apply_theme(theme)
        self.status.fit_to_font()
        for view in self.views.values():
            view.apply_theme(theme)
        self.lecture.apply_theme(theme)
        self.menus.show_presentation(theme)

    # -- lecture mode and the presenter keys (shell/presenter_keys.py) ----------------------
    @property
    def lecturing(self) -> bool:
        return self.lecture.active

    @property
    def covering(self) -> str | None:
        return self.lecture.cover.covering

    def toggle_lecture_mode(self) -> None:
        self.leave_lecture_mode() if self.lecturing else self.enter_lecture_mode()

    def enter_lecture_mode(self, full_screen: bool = True) -> None:
        self.lecture.enter(self.state.lesson, full_screen)
        self.player.enter_lecture_mode()  # a step's narration and views, not the start's
        if self.state.walk is not None:
            self.lecture.show_walk_panel()

    def leave_lecture_mode(self) -> None:
        self.lecture.leave()

    def cover_screen(self, colour: str | None) -> None:
        self.lecture.cover_screen(colour)

    def _show_walk_panel(self) -> None:
        (self.lecture if self.lecturing else self.dock_layout).show_walk_panel()

    def toggle_play(self) -> None:
        self.transport.play_action.trigger()

    def page(self, direction: int) -> None:
        """Next (+1) or previous (−1): the step-through's step when a walk is open (at its
        end, the lesson's step), else the lesson's step (a lesson without steps says so)."""
        steps = len(self.state.lesson.steps)
        if self.state.walk is not None:
            outcome = self.walks.move(Walk("next" if direction > 0 else "previous", "step"))
            if not (steps and outcome in (Outcome.AT_END, Outcome.AT_START)):
                return
        if steps:
            self.player.page(direction)
            return
        note = translate("MainWindow", "This lesson has no steps to page through: Space plays, "
                                       "Right trains one step, Ctrl+T steps through the selected "
                                       "sample.")
        self.status.say(note)
        self.lecture.say(note)

    # -- lesson steps (shell/lesson_player.py) -------------------------------------------------
    @property
    def lesson_step(self) -> int:
        """The lesson's step shown (0: its start)."""
        return self.player.number

    def show_lesson_step(self, number: int, *, strict: bool = False) -> bool:
        """Show step ``number`` of the lesson's script exactly as clicking forward reaches
        it (:meth:`LessonPlayer.show`); False (``strict``: an InputError) if it cannot."""
        return self.player.show(number, strict=strict)

    def page_lesson(self, direction: int) -> None:
        self.player.page(direction)

    def save_lesson(self, path: str | None = None) -> bool:
        """Lesson → Save as lesson… (:meth:`LessonPlayer.save`)."""
        return self.player.save(path)

    # -- lessons, data, models ----------------------------------------------------------------
    def open_lesson(self, name_or_path: str) -> bool:
        """Switch to a lesson (name or .toml path), checked completely first (its data,
        network and trainer built here as the training thread builds them); a bad one is
        one message and leaves everything as it was."""
        try:
            lesson = load_lesson(name_or_path)
            config = resolve(lesson.config)
            dataset = build_dataset(config.data)
            validate(config, dataset)
            headless_snapshot(Configure(config, dataset))
        except Exception as e:  # noqa: BLE001 - a user file must not crash the window
            self._refuse(translate("MainWindow", "Cannot open the lesson"), e, name_or_path)
            return False
        self.state.set_lesson(lesson)
        self.settings_panel.set_config(config)
        self.transport.set_speed(lesson.speed)
        self._show_lesson(lesson)
        self._configure(config, dataset)
        self.status.say(translate("MainWindow", "Lesson: {title}").format(title=lesson.title))
        return True

    def open_lesson_file(self) -> None:
        path = dialogs.ask_open_path(self, translate("MainWindow", "Open a lesson"),
                                     translate("MainWindow", "Lessons (*.toml);;All files (*)"))
        if path:
            self.open_lesson(path)

    def reset_layout(self) -> None:
        """Every dock back in its default place, visible and docked."""
        self.dock_layout.reset()

    # -- configuration ------------------------------------------------------------------------
    def _change_config(self, new: Config, title: str, opening: str | None = None) -> bool:
        """Accept ``new`` (a live change or a reset), checked completely first (its data,
        network and trainer built here), or refuse it with one message, changing nothing;
        ``opening``: the file it comes from, named in an unexpected error."""
        old, old_dataset = self.state.config, self.state.dataset
        try:
            new = resolve(new)
            dataset = old_dataset if new.data == old.data else build_dataset(new.data)
            if dataset is not old_dataset:
                new = new.with_network(**suit_output(new.network, dataset, old_dataset).__dict__)
            if new.network.params is not None and \
                    len(new.network.params) != architecture(new.network, dataset).n_parameters:
                new = new.with_network(params=None)
            validate(new, dataset)
            headless_snapshot(Configure(new, dataset))
        except Exception as e:  # noqa: BLE001 - a user file or choice must not crash the window
            self.settings_panel.set_config(old)
            self._refuse(title, e, opening)
            return False
        self.settings_panel.set_config(new)
        if needs_reset(old, new):
            self._configure(new, dataset)
            self.status.say(
                translate("MainWindow", "The data changed: training starts again from step 0.")
                if new.data != old.data else
                translate("MainWindow", "The network changed: training starts again from step 0.")
                if new.network != old.network else
                translate("MainWindow", "The cost changed: training starts again from step 0.")
                if new.training.cost != old.training.cost else
                translate("MainWindow", "The training rule changed: training starts again from "
                                        "step 0."))
        elif new.training != old.training:
            self.state.set_config(new)
            self.route(ApplyTraining(new.training))
            self.status.say(translate("MainWindow", "{optimizer}, η = {rate}: applies from the "
                                                    "next step, no reset.")
                            .format(optimizer=new.training.optimizer,
                                    rate=f"{new.training.learning_rate:g}"))
        return True

    def _configure(self, config: Config, dataset: Dataset) -> None:
        """Train afresh on ``config`` and ``dataset``: the views get new data at once."""
        self.state.set_config(config)
        if dataset is not self.state.dataset:
            self._awaited = dataset if self.session is not None else None
            self.state.set_dataset(dataset)
        self.route(Configure(config, dataset))

    # -- from the training thread -------------------------------------------------------------
    def _on_snapshot(self, snapshot: Snapshot) -> None:
        restoring = self._restoring
        if restoring is not None:  # only the shown lesson step's own, and what follows it
            if snapshot.step != restoring.step or not np.array_equal(snapshot.params,
                                                                      restoring.params):
                return
            self._restoring = None
        if self._awaited is None:  # else it belongs to the old data
            self.state.set_snapshot(snapshot)

    def _on_dataset_announced(self, dataset: Dataset) -> None:
        if dataset is self._awaited:
            self._awaited = None

    def _on_error(self, message: str) -> None:
        self._restoring = None  # (a refused Restore: what the thread sends next counts)
        self._report(translate("MainWindow", "Training stopped by an error"), message, "error")

    def _on_running(self, running: bool) -> None:
        self.transport.set_running(running)
        self.status.show_running(running)

    def _on_diverged(self, message: str) -> None:
        self._report(translate("MainWindow", "Training diverged"),
                     translate("MainWindow", "{message}\n\nThe last good parameters stay on "
                                             "screen; lower the learning rate η in the settings, "
                                             "then press play.").format(message=message),
                     "warning")

    def _refuse(self, title: str, error: Exception, opening: str | None = None) -> None:
        """One message for a change that failed (nothing of it applied): an InputError says
        what is wrong (naming the file ``opening``); anything else is logged and named
        "could not open …: type: message"."""
        if isinstance(error, InputError):
            text = str(error)
            if opening is not None and opening not in text:  # (from the checks after reading)
                text = f"{opening}: {text}"
        else:
            log.error("%s (%s)", title, opening or "a choice", exc_info=error)
            text = f"{type(error).__name__}: {error}"
            if opening is not None:
                text = translate("MainWindow", "could not open {path}: {error}").format(path=opening,
                                                                                   error=text)
        self._report(title, text, "warning")

    def _report(self, title: str, text: str, level: str) -> None:
        """A message in the status bar and in a non-modal box."""
        self.status.say(translate("MainWindow", "{title}: {text}").format(
            title=title, text=text.splitlines()[0]), None)
        dialogs.show_message(self, title, text, level)

    def _show_lesson(self, lesson: Lesson) -> None:
        self.player.start()
        self.lesson_header.show_lesson(lesson)
        self.lesson_steps.set_steps([step.title for step in lesson.steps])
        self.lesson_header.updateGeometry()
        self.setWindowTitle(lesson.title)  # Qt adds " — nnviz", the app's display name
        self.menus.show_lesson(lesson.name)
        self.lecture.show_lesson(lesson)

    def _set_race(self, view: View) -> None:
        """The lesson's race (``race = { compare, values }``) in the race view when it is
        built (it follows a new lesson itself)."""
        race = getattr(self.state.lesson, "race", None)
        if race is not None and hasattr(view, "set_comparison"):
            try:
                view.set_comparison(*race)
            except Exception as e:  # noqa: BLE001 - a lesson file must not crash the window
                self._refuse(translate("MainWindow", "Cannot set up the race"), e)

    # -- building -----------------------------------------------------------------------------
    def _build_settings_dock(self) -> None:
        self.lesson_header = LessonHeader()
        self.lesson_steps = LessonSteps()
        self.player = LessonPlayer(self)
        self.lesson_header.sharing = (self.lesson_steps,)
        self.settings_panel = SettingsPanel(self.state.config)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.lesson_header)
        layout.addWidget(self.lesson_steps)
        layout.addWidget(self.settings_panel, 1)
        dock = QDockWidget(translate("MainWindow", "Settings"), self)
        dock.setObjectName(f"dock-{SETTINGS}")
        dock.setWidget(box)
        dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable
                         | QDockWidget.DockWidgetClosable)
        self.addDockWidget(Qt.LeftDockWidgetArea, dock)
        self.docks[SETTINGS] = dock

    def _connect(self) -> None:
        t, route = self.transport, self.route
        self.settings_panel.config_edited.connect(
            lambda config: self._change_config(
                config, title=translate("MainWindow", "That choice does not work")))
        self.settings_panel.open_data_requested.connect(self.open_data)
        t.play_requested.connect(lambda: route(Play()))
        t.pause_requested.connect(lambda: route(Pause()))
        t.step_requested.connect(lambda: route(Step()))
        t.epoch_requested.connect(lambda: route(StepEpoch()))
        t.reset_requested.connect(lambda: route(Reset()))
        t.speed_changed.connect(lambda speed: route(SetSpeed(speed)))
        self.lecture.narration.previous_requested.connect(lambda: self.page(-1))
        self.lecture.narration.next_requested.connect(lambda: self.page(+1))
        self.lesson_steps.previous_requested.connect(lambda: self.page_lesson(-1))
        self.lesson_steps.next_requested.connect(lambda: self.page_lesson(+1))
        self.lesson_steps.step_chosen.connect(self.show_lesson_step)
        self.state.subscribe(DATASET, self._give_views_dataset)
        self.state.subscribe(RUNNING_CHANGED, self._on_running)
        self.state.subscribe(PRESENTATION, self._apply_presentation)
        s = self.session
        if s is None:
            return
        s.snapshot_ready.connect(self._on_snapshot)
        s.dataset_changed.connect(self._on_dataset_announced)
        s.state_changed.connect(lambda state: self.state.set_running(state == RUNNING))
        s.errored.connect(self._on_error)
        s.diverged.connect(self._on_diverged)
        s.training_stopped.connect(lambda message: self.status.say(message, None))
        QApplication.instance().aboutToQuit.connect(s.shutdown)

    # -- persistence and closing --------------------------------------------------------------
    def _restore_view_settings(self) -> None:
        if self._settings is not None and LOSS in self.views:
            self.views[LOSS].set_log_scale(self._settings.value("loss/log_scale", False, type=bool))

    def _save_settings(self) -> None:
        s = self._settings
        if s is None:
            return
        self.dock_layout.save(s, self.state.presentation)
        if LOSS in self.views:
            s.setValue("loss/log_scale", self.views[LOSS].log_scale)
        s.sync()

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        self.dock_layout.apply_pending_sizes()

    def closeEvent(self, event) -> None:  # Qt override
        self.leave_lecture_mode()  # the layout saved is the lecturer's own
        self._save_settings()
        self.frames.stop()
        if self.session is not None:
            self.session.shutdown()
        super().closeEvent(event)
