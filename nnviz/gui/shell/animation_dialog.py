"""File → Export animation…: record the window or one view into an animated GIF for a slide.

:class:`AnimationDialog` asks what to record (the whole window or one visible view), what
drives the frames (training: a frame every K steps, training started if paused; the
step-through: a frame per step; the lesson's steps: a frame per step), the frames per second,
the length (frames, shown in seconds too), the size (as shown, or scaled to a width) and the
GIF's path, and whether to save numbered PNG frames in a folder beside it. Its choices are
checked when the lecturer presses Record (one message naming what is wrong; the dialog
stays open).

:class:`AnimationExport` then records: frames are grabbed on the GUI thread as what they
show is drawn (training: the first snapshot K steps after the last frame; the steps: one per
turn of the event loop), a progress dialog counts them and Cancel stops everything with
nothing written; the GIF is encoded in the background (gui/jobs.py) and written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressDialog, QPushButton, QSpinBox, QWidget,
)

from nnviz.core import gif
from nnviz.core.errors import InputError
from nnviz.core.files import check_writable
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.gui.kit import dialogs
from nnviz.gui.shell.recorder import Recorder
from nnviz.session.commands import Pause, Play, Walk
from nnviz.session.state import RUNNING, SNAPSHOT

TRAINING, WALK, LESSON = "training", "walk", "lesson"
DRIVES = ((TRAINING, QT_TRANSLATE_NOOP("AnimationDialog", "Training: a frame every K steps")),
          (WALK, QT_TRANSLATE_NOOP("AnimationDialog", "The step-through: a frame per step")),
          (LESSON, QT_TRANSLATE_NOOP("AnimationDialog", "The lesson's steps: a frame per step")))
WIDTHS = (None, 1280, 1920)  # as shown, or scaled to a slide's width
SETTLE_MSECS = 2000  # the most a frame waits for the views' background work


@dataclass(frozen=True)
class AnimationSettings:
    """What to record: ``source`` a view's key (None: the window), ``drive`` TRAINING, WALK or
    LESSON, ``every`` K steps (training), ``fps``, ``frames`` (the most to record), ``width``
    (None: as shown), ``path`` the GIF, ``folder`` the PNG frames' folder (None: none)."""

    source: str | None
    drive: str
    every: int
    fps: int
    frames: int
    width: int | None
    path: str
    folder: str | None = None


def frames_folder(path: str) -> str:
    """The PNG frames' folder beside the GIF: ``talk.gif`` -> ``talk-frames``."""
    p = Path(path)
    return str(p.with_name(f"{p.stem}-frames"))


def check_settings(window, settings: AnimationSettings) -> None:
    """An InputError naming what cannot be recorded or written, before any recording."""
    path = Path(settings.path)
    if not settings.path or path.suffix.lower() != ".gif":
        raise InputError(translate("AnimationDialog", "{path}: the animation is a GIF, give a "
                                                      "file name ending in .gif")
                         .format(path=settings.path))
    check_writable(path)
    gif.check_fps(settings.fps, translate("AnimationDialog", "frames per second"))
    if settings.folder is not None:
        gif.check_frame_folder(settings.folder)
    widget = source_widget(window, settings.source)
    width = settings.width or widget.width()
    height = round(widget.height() * width / max(1, widget.width()))
    gif.check_recording(settings.frames, width, height,
                        translate("AnimationDialog", "the length"))
    if settings.drive == LESSON and not window.state.lesson.steps:
        raise InputError(translate("AnimationDialog", "this lesson has no steps to record"))


def source_widget(window, key: str | None) -> QWidget:
    return window if key is None else window.view(key)


class AnimationDialog(QDialog):
    """The choices of File → Export animation… for ``window`` (the app's MainWindow)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("export-animation")
        self.setWindowTitle(translate("AnimationDialog", "Export animation"))
        form = QFormLayout(self)
        self.source = QComboBox()
        self.source.addItem(translate("AnimationDialog", "The whole window"), None)
        for key, view in window.views.items():
            if view.isVisible():
                self.source.addItem(window.docks[key].windowTitle(), key)
        form.addRow(translate("AnimationDialog", "Record"), self.source)
        self.drive = QComboBox()
        for key, text in DRIVES:
            self.drive.addItem(translate("AnimationDialog", text), key)
        if not window.state.lesson.steps:
            self.drive.model().item(2).setEnabled(False)
        form.addRow(translate("AnimationDialog", "Frames from"), self.drive)
        self.every = self._spin(1, 1_000_000, 10,
                                translate("AnimationDialog", "a frame every K training steps"))
        form.addRow(translate("AnimationDialog", "Every K steps"), self.every)
        self.fps = self._spin(gif.MIN_FPS, gif.MAX_FPS, 5, "")
        form.addRow(translate("AnimationDialog", "Frames per second"), self.fps)
        length = QWidget()
        row = QHBoxLayout(length)
        row.setContentsMargins(0, 0, 0, 0)
        self.frames = self._spin(1, gif.MAX_FRAMES, 50, translate(
            "AnimationDialog", "the step-through and the lesson stop at their last step"))
        self.seconds = QLabel()
        row.addWidget(self.frames)
        row.addWidget(self.seconds, 1)
        form.addRow(translate("AnimationDialog", "Length (frames)"), length)
        self.width_choice = QComboBox()
        for width in WIDTHS:
            self.width_choice.addItem(translate("AnimationDialog", "As shown") if width is None else
                              translate("AnimationDialog", "{width} pixels wide")
                              .format(width=width), width)
        form.addRow(translate("AnimationDialog", "Size"), self.width_choice)
        out = QWidget()
        row = QHBoxLayout(out)
        row.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit(str(Path.cwd() / "nnviz.gif"))
        choose = QPushButton(translate("AnimationDialog", "Choose…"))
        choose.clicked.connect(self._choose)
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        form.addRow(translate("AnimationDialog", "GIF file"), out)
        self.png = QCheckBox(translate("AnimationDialog", "Also save numbered PNG frames in a "
                                                          "folder"))
        form.addRow("", self.png)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        buttons.addButton(translate("AnimationDialog", "&Record"), QDialogButtonBox.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for signal in (self.fps.valueChanged, self.frames.valueChanged, self.path.textChanged,
                       self.drive.currentIndexChanged):
            signal.connect(self._follow)
        self._follow()

    def _spin(self, low: int, high: int, value: int, tip: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setToolTip(tip)
        return spin

    def _follow(self, *_) -> None:
        self.seconds.setText(translate("AnimationDialog", "= {seconds} s")
                             .format(seconds=f"{self.frames.value() / self.fps.value():.1f}"))
        self.every.setEnabled(self.drive.currentData() == TRAINING)
        self.png.setToolTip(frames_folder(self.path.text().strip()))

    def _choose(self) -> None:
        path = dialogs.ask_save_path(self, translate("AnimationDialog", "Export animation"),
                                     self.path.text(),
                                     translate("AnimationDialog", "GIF animation (*.gif)"))
        if path:
            self.path.setText(path if path.lower().endswith(".gif") else path + ".gif")

    def settings(self) -> AnimationSettings:
        path = self.path.text().strip()
        return AnimationSettings(self.source.currentData(), self.drive.currentData(),
                                 self.every.value(), self.fps.value(), self.frames.value(),
                                 self.width_choice.currentData(), path,
                                 frames_folder(path) if self.png.isChecked() else None)

    def accept(self) -> None:  # Qt override: checked first, the dialog stays open on an error
        try:
            check_settings(self.window_, self.settings())
        except InputError as e:
            dialogs.show_message(self, translate("AnimationDialog", "Cannot export the animation"),
                                 str(e), "warning")
            return
        super().accept()


class AnimationExport(QObject):
    """One recording of ``window`` with ``settings`` (checked), a progress dialog with
    Cancel; ``recorder`` holds the frames and writes the GIF."""

    def __init__(self, window, settings: AnimationSettings) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self._unsubscribe = []
        self._started_training = False
        self._due_step: int | None = None
        self._capturing = False
        self._steps: list = []
        self.captured: list[int] = []  # the training step each frame shows
        total = settings.frames
        if settings.drive == LESSON:
            total = min(total, len(window.state.lesson.steps) + 1)
        self.progress = QProgressDialog(translate("AnimationDialog", "Recording…"),
                                        translate("AnimationDialog", "Cancel"), 0, total, window)
        self.progress.setWindowTitle(translate("AnimationDialog", "Export animation"))
        self.progress.setWindowModality(Qt.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self.recorder = Recorder(source_widget(window, settings.source), total, settings.path,
                                 settings.fps, width=settings.width, folder=settings.folder,
                                 parent=self)
        self.recorder.progressed.connect(self._progressed)
        self.recorder.finished.connect(self._finished)
        self.recorder.failed.connect(self._failed)
        self.recorder.cancelled.connect(self._end)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_step)

    # -- driving ------------------------------------------------------------------------------
    def start(self) -> None:
        w, s = self.window, self.settings
        self.progress.show()
        if s.drive == TRAINING:
            w.walks.close()
            self._capture()
            state = w.state
            self._unsubscribe += [state.subscribe(SNAPSHOT, self._on_snapshot),
                                  state.subscribe(RUNNING, self._on_running)]
            if self.recorder.recording and not state.running:
                self._started_training = True
                w.route(Play())
            return
        w.route(Pause())
        if s.drive == WALK:
            if w.state.walk is None:
                w.step_through_selected()
            if w.state.walk is None:  # (it said why)
                self.recorder.cancel()
                return
            count = len(w.state.walk.walkthrough.steps)
            self._steps = [lambda k=k: w.route(Walk("to", number=k)) for k in range(1, count + 1)]
        else:
            count = len(w.state.lesson.steps)
            self._steps = [lambda k=k: w.show_lesson_step(k) for k in range(count + 1)]
        self._steps = self._steps[: self.recorder.total]
        self.recorder.total = len(self._steps)
        self.progress.setMaximum(len(self._steps))
        self._timer.start()

    def _next_step(self) -> None:
        if not self._steps or not self.recorder.recording:
            self._timer.stop()
            return
        self._steps.pop(0)()
        self._capture()

    def _on_snapshot(self, snapshot) -> None:
        if snapshot is not None and self._due_step is not None \
                and snapshot.step >= self._due_step and not self._capturing:
            self._capturing = True
            QTimer.singleShot(0, self._capture)

    def _on_running(self, running: bool) -> None:
        if not running and self.recorder.recording:  # training stopped: keep what was recorded
            QTimer.singleShot(0, self.recorder.stop)

    def _capture(self) -> None:
        """A frame now, once every view shows the latest snapshot (training: only when that is
        K steps after the last frame's: snapshots that came while the views settled do not
        ask for a frame twice)."""
        if not self.recorder.recording:
            return
        self.window.settle(SETTLE_MSECS)
        snapshot = self.window.state.snapshot
        due = self._due_step
        if due is not None and (snapshot is None or snapshot.step < due):
            self._capturing = False
            return
        self.captured.append(-1 if snapshot is None else snapshot.step)
        if self.recorder.capture() and snapshot is not None \
                and self.settings.drive == TRAINING:
            self._due_step = snapshot.step + self.settings.every
        self._capturing = False

    def cancel(self) -> None:
        self.recorder.cancel()

    # -- the outcome ------------------------------------------------------------------------
    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(min(done, total))
        self.progress.setLabelText(text)
        if not self.recorder.recording:
            self._detach()

    def _finished(self, text: str) -> None:
        self._end()
        self.window.status.say(text)

    def _failed(self, message: str) -> None:
        self._end()
        dialogs.show_message(self.window, translate("AnimationDialog",
                                                    "Cannot export the animation"),
                             message, "warning")

    def _detach(self) -> None:
        """No more frames: stop following the session (and the training this started)."""
        self._timer.stop()
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        if self._started_training:
            self._started_training = False
            self.window.route(Pause())

    def _end(self) -> None:
        self._detach()
        if self.progress.isVisible():
            self.progress.canceled.disconnect(self.cancel)  # (closing it says "canceled")
            self.progress.close()


def export_animation(window) -> AnimationDialog:
    """File → Export animation…: the dialog (window-modal, not blocking); Record starts an
    :class:`AnimationExport`, kept as ``window.animation``."""
    dialog = AnimationDialog(window)
    dialog.setAttribute(Qt.WA_DeleteOnClose)

    def record() -> None:
        window.animation = AnimationExport(window, dialog.settings())
        window.animation.start()

    dialog.accepted.connect(record)
    dialog.open()
    return dialog
