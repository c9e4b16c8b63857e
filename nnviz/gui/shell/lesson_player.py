"""A lesson's script in the window: :class:`LessonPlayer` shows step K as clicking forward
from the lesson's start reaches it (the replay applied through the session's commands),
pages through the steps and saves the current state as a lesson; the step's snapshot is
computed at once in the GUI thread (so the views, a step-through and ``nnviz render`` have it
before the training thread answers)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Sequence

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nnviz.core import lesson_script
from nnviz.core.config import resolve, validate
from nnviz.core.errors import InputError
from nnviz.core.files import write_atomically
from nnviz.core.i18n import translate
from nnviz.core.lesson_writer import lesson_text
from nnviz.core.snapshot import Snapshot
from nnviz.gui.kit import dialogs
from nnviz.session.commands import Play, Restore, Select, Walk
from nnviz.session.controller import Errored, SnapshotReady, TrainingController

log = logging.getLogger(__name__)

# walk = { phase = ... } in a lesson step: the step-through's phases (core/worked.py's names).
PHASES = ("forward", "loss", "backward", "gradient", "update")


def headless_snapshot(*commands: Any) -> Snapshot:
    """The snapshot the training thread sends after ``commands`` (the same controller code,
    run here, without the thread): a change is checked completely (the data, the network
    z^l = W^l a^{l-1} + b^l, the trainer and its first snapshot) before any of it applies.
    A command the controller refuses is an InputError naming what went wrong."""
    events: list = []
    controller = TrainingController(events.append)
    for command in commands:
        controller.handle(command)
        for event in events:
            if isinstance(event, Errored):
                raise InputError(event.message)
    snapshots = [e.snapshot for e in events if isinstance(e, SnapshotReady)]
    if not snapshots:
        raise InputError(translate("LessonPlayer", "the change gave no network to show"))
    if not np.all(np.isfinite(snapshots[-1].params)):
        raise InputError(translate("LessonPlayer",
                                   "the network's parameters θ are not all finite numbers"))
    return snapshots[-1]


def phase_step(walk, phase: str) -> int | None:
    """The number (1-based) of the first step of ``phase`` in the open step-through ``walk``
    (a WalkState), None when it has none."""
    steps = walk.walkthrough.steps
    for index in range(len(steps)):
        if steps.phase_and_layer(index)[0] == phase:
            return index + 1
    return None


class LessonPlayer:
    """The lesson steps of ``window`` (the app's MainWindow: its state, session, panels,
    lecture mode and router): ``number`` is the step shown."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.number = 0  # the lesson's step shown (0: its start)
        self._shown: tuple[str, str, tuple[str, ...]] = ("", "", ())  # its title, text, views
        self._script: lesson_script.ScriptState | None = None  # the state shown, to go on from

    def start(self) -> None:
        """A new lesson: at its start."""
        self.number, self._shown, self._script = 0, ("", "", ()), None

    def show(self, number: int, *, strict: bool = False) -> bool:
        """Show step ``number`` of the lesson's script (0: its start) exactly as clicking
        forward from the start reaches it: the configuration, data, θ, step count and loss
        history of the replay, its selection, step-through, views, speed and play; its title
        and narration in the lesson panel and the narration strip. A step that cannot be
        shown is one message (file, step, table and key) and changes nothing: False
        (``strict``: an InputError instead of the message, for ``nnviz render``)."""
        error = self._apply(number)
        if error is None:
            return True
        if strict:
            raise InputError(error)
        self.window._report(translate("LessonPlayer", "Cannot show step {number} of the lesson")
                            .format(number=number), error, "warning")
        return False

    def page(self, direction: int) -> None:
        """The lesson's next (+1) or previous (−1) step; at an end it says so."""
        w = self.window
        target = self.number + direction
        if 0 <= target <= len(w.state.lesson.steps):
            self.show(target)
            return
        note = (translate("LessonPlayer", "This is the lesson's last step.") if direction > 0
                else translate("LessonPlayer", "This is the lesson's start."))
        w.status.say(note)
        w.lecture.say(note)

    def enter_lecture_mode(self) -> None:
        """Lecture mode began on a step: its narration and views, not the lesson's start."""
        if self.number:
            title, text, show = self._shown
            self._show_text(title, text)
            self.window.lecture.show_views(show or self.window.state.lesson.lecture_views)

    def _script_at(self, lesson, number: int) -> lesson_script.ScriptState:
        """The state after step ``number``: Next goes on from the state shown (one step of
        training, not the whole script again), anything else is replayed; the same state."""
        shown = self._script
        if shown is not None and shown.lesson is lesson and number == shown.number + 1:
            return lesson_script.apply_step(shown, lesson.steps[number - 1])
        return lesson_script.replay(lesson, number)

    def _apply(self, number: int) -> str | None:
        """Show step ``number``; what went wrong (nothing changed), or None."""
        w = self.window
        state = w.state
        lesson, old = state.lesson, state.config
        count = len(lesson.steps)
        if not 0 <= number <= count:
            return translate("LessonPlayer", "{lesson}: there is no step {number} (the lesson has "
                             "{count})").format(lesson=lesson.name, number=number, count=count)
        QApplication.setOverrideCursor(Qt.WaitCursor)  # a replay that trains takes a moment
        try:
            script = self._script_at(lesson, number)
            config = resolve(script.config)
            dataset = state.dataset if config.data == old.data else script.dataset
            validate(config, dataset)
            restore = Restore(config, dataset, script.theta, script.trained_steps,
                              script.losses)
            snapshot = headless_snapshot(restore)
        except InputError as e:
            return str(e)
        except Exception as e:  # noqa: BLE001 - a lesson file must not crash the window
            log.exception("lesson %s: step %d", lesson.name, number)
            return translate("LessonPlayer", "{lesson}: step {number}: {kind}: {error}").format(
                lesson=lesson.name, number=number, kind=type(e).__name__, error=e)
        finally:
            QApplication.restoreOverrideCursor()
        w.walks.close()
        state.set_config(config)
        w.settings_panel.set_config(config)
        if dataset is not state.dataset:
            state.set_dataset(dataset)
        if w.session is not None:
            w._awaited = dataset  # the thread's older snapshots are dropped until it sends
            w._restoring = snapshot  # this one (an earlier step's may be on its way)
            w.session.send(restore)
        state.set_snapshot(snapshot)
        chosen = script.selection
        state.select(Select(chosen.sample, chosen.neuron, chosen.parameter))
        self.number, self._script = number, script
        self._shown = (script.title, script.text, script.show)
        self._show_text(script.title, script.text)
        self._show_views(script.show or lesson.lecture_views)
        if script.walk is not None and w.walks.open(script.walk.sample):
            at = script.walk.step
            if at is None and script.walk.phase is not None:
                at = phase_step(state.walk, script.walk.phase)
            if at is not None:
                w.walks.move(Walk("to", number=at))
        if script.graph_step is not None and "expression" in w.docks:
            w.view("expression").step_to(script.graph_step - 1)  # the chain rule's graph
        w.transport.set_speed(script.speed)
        if script.play:
            w.route(Play())
        w.frames.draw_frame()  # the views get the step now (their background work starts;
        title = script.title or lesson.title  # nnviz render settles it before the grab)
        w.status.say(translate("LessonPlayer", "Step {number} of {count}: {title}").format(
            number=number, count=count, title=title) if number
            else translate("LessonPlayer", "Lesson: {title}").format(title=title))
        if script.goal_met is False:  # shown, not an error: the lecture may mean it
            goal = lesson.steps[number - 1].train
            if goal.until == "converged":  # the only one without a value
                wanted = translate("LessonPlayer", "convergence")
            elif goal.until == "accuracy":
                wanted = translate("LessonPlayer", "accuracy ≥ {value}").format(value=f"{goal.value:g}")
            elif goal.until == "loss":
                wanted = translate("LessonPlayer", "loss ≤ {value}").format(value=f"{goal.value:g}")
            else:
                wanted = f"{goal.until} ≤ {goal.value:g}"
            note = translate("LessonPlayer", "Not reached: {goal} within {steps} training steps.") \
                .format(goal=wanted, steps=f"{goal.max_steps:,}")
            w.status.say(note)
            w.lecture.say(note)
        return None

    def _show_text(self, title: str, text: str) -> None:
        w = self.window
        lesson, number = w.state.lesson, self.number
        w.lesson_header.show_step(lesson, number, title, text)
        w.lecture.show_step(lesson, number, title, text)
        w.lesson_steps.show_step(number)

    def _show_views(self, keys: Sequence[str]) -> None:
        """In lecture mode the lecture layout of ``keys`` (a step's ``show``, else the
        lesson's lecture views); else their docks shown and in front of their tabs (the
        first named in front of the others)."""
        w = self.window
        if w.lecturing:
            w.lecture.show_views(keys)
            return
        for key in reversed(keys):
            dock = w.docks.get(key)
            if dock is not None:
                dock.show()
                dock.raise_()

    def save(self, path: str | None = None) -> bool:
        """Lesson → Save as lesson…: the current configuration and θ (the lesson's title,
        description and lecture views, the speed) as a lesson file, written atomically, that
        opens to the same configuration and weights; ``path`` None: ask for it."""
        w = self.window
        snapshot = w.state.snapshot
        if snapshot is None:
            w._report(translate("LessonPlayer", "Nothing to save yet"),
                      translate("LessonPlayer", "Wait for the network to appear."), "information")
            return False
        lesson = w.state.lesson
        if path is None:
            path = dialogs.ask_save_path(w, translate("LessonPlayer", "Save as lesson"),
                                         f"{lesson.name}.toml",
                                         translate("LessonPlayer", "Lessons (*.toml)"))
            if not path:
                return False
        try:
            text = lesson_text(w.state.config, snapshot.params, lesson.title,
                               lesson.description, speed=w.transport.speed,
                               lecture_views=lesson.lecture_views,
                               relative_to=Path(path).parent, texts=lesson.texts)
            write_atomically(Path(path), text)
        except InputError as e:
            w._report(translate("LessonPlayer", "Cannot save the lesson"), str(e), "warning")
            return False
        w.status.say(translate("LessonPlayer", "Saved the lesson (step {step}'s weights) to {path}")
                     .format(step=snapshot.step, path=path))
        return True
