"""The training thread: the ONE module that touches QThread.

:class:`TrainingWorker` lives in its own QThread and pumps the session's
:class:`~nnviz.session.controller.TrainingController` (which owns the Network, the
optimizer, the Dataset and the core trainer, and decides how many steps a tick runs and when
a snapshot is due). A zero-interval (or paced) QTimer in that thread runs one tick after
another; between ticks the thread's event loop delivers the commands the GUI sent, as one
queued signal carrying a command object (:mod:`nnviz.session.commands`). The controller's
events go back as signals; only frozen :class:`~nnviz.core.snapshot.Snapshot` copies travel,
at most ``MAX_SNAPSHOTS_PER_SECOND`` a second plus one whenever training pauses or a command
changed something.

While the training thread runs, the interpreter's switch interval is ``GIL_SWITCH_SECONDS``,
short enough that the GUI thread gets the GIL within about a millisecond even when training
releases it now and then (see the constant). A tick runs in slices of about
``SLICE_SECONDS``; while the GUI draws a frame, and after each snapshot until the GUI has
handled it, the worker waits before its next slice (:class:`FrameGate`): a frame is drawn in
one go instead of waiting for the GIL at every one of its many Python callbacks, and the GUI
gets the interpreter at least at every snapshot.

:class:`TrainingSession` is the GUI-side handle: it starts the thread, sends commands
(:meth:`~TrainingSession.send`) and on :meth:`~TrainingSession.shutdown` stops the thread
cleanly (request stop, quit, wait), so closing the window never leaves a running thread behind.

The controller turns every error into an Errored event; should the pump itself raise all the
same (a bug), the worker stops ticking, says ``paused`` and emits ``errored``: a Qt slot that
raised would only print it and tick on.
"""

from __future__ import annotations

import logging
import sys
import threading
from typing import Any

from PySide6.QtCore import QAbstractEventDispatcher, QObject, QThread, QTimer, Qt, Signal, Slot

from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.session.controller import (
    CHUNK_SECONDS, PAUSED, DatasetChanged, Diverged, Errored, Event, SnapshotReady,
    StateChanged, TrainingController, TrainingStopped,
)

log = logging.getLogger(__name__)

TRAINING = QT_TRANSLATE_NOOP("Worker", "training")  # what failed, when training itself did

# Within a tick the worker looks at the frame gate this often: a frame that starts waits
# at most about this long for the training thread to step aside.
SLICE_SECONDS = 0.001
# A thread waiting for the GIL asks the holder for it only after waiting a whole switch
# interval, and its wait starts again whenever the holder releases and re-takes the GIL.
# NumPy releases it briefly in some calls (np.take, a Generator's permutation: mini-batch
# training does both at every epoch); a worker doing that more often than once per switch
# interval starves the GUI thread: 0.4-1.7 s late wake-ups with the spiral lesson at 1 ms,
# 0.5 ms at 0.2 ms. Training that releases it still more often (mini-batches of 2 out of 4
# samples) is caught by the FrameGate: the GUI gets its turn at every snapshot.
GIL_SWITCH_SECONDS = 0.0002
FRAME_GATE_TIMEOUT = 0.05  # the longest the worker waits for a frame, or for the GUI's turn
GC_INTERVAL_SECONDS = 0.5

_gui_thread_gc = None


def collect_garbage_in_gui_thread() -> None:
    """From now on, Python's cyclic garbage collector runs only in the GUI thread.

    Automatic collection runs in whichever thread happens to allocate; the training thread
    allocates all the time, and a Qt widget collected there is destroyed in the wrong
    thread (its timers stay registered and later fire at freed memory). pyqtgraph's
    GarbageCollector turns automatic collection off and collects on a GUI-thread timer.
    """
    global _gui_thread_gc
    if _gui_thread_gc is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        _gui_thread_gc = GarbageCollector(interval=GC_INTERVAL_SECONDS)


class FrameGate:
    """Lets the training thread step aside for the GUI thread.

    Python runs one thread at a time (the GIL). Drawing a frame calls back into Python many
    times (every pyqtgraph paint); each call would wait for the training thread to hand over
    the GIL, so one frame would cost many waits. Instead the GUI marks a frame as busy, and
    the training thread, before each slice of training, waits (without the GIL) until the
    frame is done: the frame is drawn in one go and training resumes at once.

    And after sending the GUI a snapshot the training thread, before its next slice, waits
    until the GUI thread has handled its events and is about to sleep (:meth:`gui_idle`,
    connected to the GUI event loop's ``aboutToBlock``). So the GUI gets the interpreter at
    every snapshot (~50 times a second) even when training keeps it from asking for it (see
    GIL_SWITCH_SECONDS): clicks, timers and frames never wait long.
    """

    def __init__(self) -> None:
        self._no_frame = threading.Event()
        self._no_frame.set()
        self._gui_idle = threading.Event()
        self._gui_idle.set()

    # -- the GUI thread ---------------------------------------------------------------------
    def frame_started(self) -> None:
        self._no_frame.clear()

    def frame_finished(self) -> None:
        self._no_frame.set()

    def gui_idle(self) -> None:
        """The GUI thread has handled its events (it is about to wait for more)."""
        self._gui_idle.set()

    # -- the training thread ----------------------------------------------------------------
    def hand_over(self) -> None:
        """Call before sending the GUI something: the next :meth:`wait_for_gui` waits until
        the GUI thread has handled it."""
        self._gui_idle.clear()

    def wait_for_gui(self, timeout: float | None = None) -> None:
        """Return when no frame is being drawn and the GUI has handled what it was sent
        (each wait at most ``timeout`` seconds, FRAME_GATE_TIMEOUT by default; a hand-over
        that times out is dropped)."""
        timeout = FRAME_GATE_TIMEOUT if timeout is None else timeout
        self._no_frame.wait(timeout)
        if not self._gui_idle.wait(timeout):
            self._gui_idle.set()


class TrainingWorker(QObject):
    """Pumps the :class:`~nnviz.session.controller.TrainingController` in the training thread."""

    snapshot_ready = Signal(object)  # Snapshot
    dataset_changed = Signal(object)  # Dataset: emitted before the first snapshot on it
    state_changed = Signal(str)  # "running" / "paused"
    errored = Signal(str)
    diverged = Signal(str)
    training_stopped = Signal(str)  # trainer stopped by itself (e.g. "converged ..."): message
    finished = Signal()  # the worker has stopped for good (shutdown)

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self.controller = TrainingController(self._send)
        self.stop_requested = threading.Event()
        self.frame_gate = FrameGate()

    @Slot(object)
    def handle(self, command: Any) -> None:
        """A training command (nnviz.session.commands), between two ticks."""
        self._safely(type(command).__name__, self._handle, command)

    def _handle(self, command: Any) -> None:
        self.controller.handle(command)
        self._follow_controller()

    @Slot()
    def stop(self) -> None:
        """Stop for good (the thread is about to quit)."""
        self.stop_requested.set()
        self._timer.stop()
        self.controller.stop()
        self.finished.emit()

    # -- the loop ---------------------------------------------------------------------------
    @Slot()
    def _tick(self) -> None:
        self._safely(TRAINING, self._run_tick)

    def _run_tick(self) -> None:
        if self.stop_requested.is_set():
            self._timer.stop()
            return
        n = self.controller.steps_due()
        if n > 0:
            self._run_in_slices(n)
        self.controller.tick_done()
        self._follow_controller()

    def _run_in_slices(self, n: int) -> None:
        """``n`` steps in slices of about SLICE_SECONDS, stepping aside for every frame the
        GUI draws meanwhile."""
        size = max(1, round(self.controller.chunk * SLICE_SECONDS / CHUNK_SECONDS))
        done = 0
        while done < n:
            self.frame_gate.wait_for_gui()
            wanted = min(size, n - done)
            ran = self.controller.run(wanted)
            done += ran
            if ran < wanted:  # training stopped (converged, diverged, an error)
                break

    def _follow_controller(self) -> None:
        """Tick while the controller runs, at the interval it asks for."""
        if not self.controller.running or self.stop_requested.is_set():
            self._timer.stop()
            return
        interval = self.controller.tick_interval_ms
        if interval != self._timer.interval():
            self._timer.setInterval(interval)
        if not self._timer.isActive():
            self._timer.start()

    def _safely(self, what: str, call: Any, *args: Any) -> None:
        """``call(*args)``; an exception stops the ticks, pauses and becomes ``errored``."""
        try:
            call(*args)
        except Exception as e:  # noqa: BLE001 - the training thread must live on
            log.exception("training worker: %s failed", what)
            self._timer.stop()
            self.controller.stop()
            self.state_changed.emit(PAUSED)
            shown = translate("Worker", what)  # "training" (a command's name stays as it is)
            self.errored.emit(f"{shown}: {type(e).__name__}: {e}")

    def _send(self, event: Event) -> None:
        """A controller event out as the matching signal (to the GUI thread), carrying the
        event's one field."""
        signal = {SnapshotReady: self.snapshot_ready, DatasetChanged: self.dataset_changed,
                  StateChanged: self.state_changed, Errored: self.errored,
                  Diverged: self.diverged, TrainingStopped: self.training_stopped}[type(event)]
        if isinstance(event, SnapshotReady):
            self.frame_gate.hand_over()
        (value,) = vars(event).values()
        signal.emit(value)


class TrainingSession(QObject):
    """The GUI thread's handle on the training thread: commands in, signals out.

    :meth:`send` only emits a queued signal and returns at once; the worker handles the
    command between two ticks. Connect to the signals below (they arrive in the GUI thread).
    """

    snapshot_ready = Signal(object)
    dataset_changed = Signal(object)
    state_changed = Signal(str)
    errored = Signal(str)
    diverged = Signal(str)
    training_stopped = Signal(str)
    finished = Signal()

    _command = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("nnviz-training")
        self.worker = TrainingWorker()
        self.worker.moveToThread(self._thread)
        # Runs in the training thread as it ends: the timer stops in its own thread.
        self._thread.finished.connect(self.worker.stop, Qt.DirectConnection)
        w = self.worker
        self._command.connect(w.handle, Qt.QueuedConnection)
        for source, target in (
            (w.snapshot_ready, self.snapshot_ready), (w.dataset_changed, self.dataset_changed),
            (w.state_changed, self.state_changed), (w.errored, self.errored),
            (w.diverged, self.diverged), (w.training_stopped, self.training_stopped),
            (w.finished, self.finished),
        ):
            source.connect(target, Qt.QueuedConnection)
        self._closed = False
        self._switch_interval: float | None = None  # the interpreter's, restored on shutdown
        self._gui_events: QAbstractEventDispatcher | None = None  # the GUI thread's event loop

    def start(self) -> None:
        """Start the training thread (idle until configured)."""
        if not self._closed and not self._thread.isRunning():
            collect_garbage_in_gui_thread()
            if self._switch_interval is None:
                self._switch_interval = sys.getswitchinterval()
                sys.setswitchinterval(GIL_SWITCH_SECONDS)
            self._gui_events = QAbstractEventDispatcher.instance()
            self._gui_events.aboutToBlock.connect(self.worker.frame_gate.gui_idle)
            self._thread.start()

    @property
    def is_running(self) -> bool:
        """True while the training thread runs (not whether training plays)."""
        return self._thread.isRunning()

    def send(self, command: Any) -> None:
        """Hand a training command (nnviz.session.commands) to the training thread."""
        self._command.emit(command)

    @property
    def frame_gate(self) -> FrameGate:
        """Mark the GUI's frames on it so training steps aside while they are drawn."""
        return self.worker.frame_gate

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop the thread: request stop, quit its event loop, wait. True if it ended."""
        if self._closed:
            return True
        self._closed = True
        self.worker.stop_requested.set()
        self.worker.frame_gate.frame_finished()
        self.worker.frame_gate.gui_idle()
        if self._gui_events is not None:
            self._gui_events.aboutToBlock.disconnect(self.worker.frame_gate.gui_idle)
            self._gui_events = None
        if not self._thread.isRunning():
            self._restore_switch_interval()
            return True
        self._thread.quit()
        ended = self._thread.wait(timeout_ms)
        if not ended:
            log.error("the training thread did not stop within %d ms", timeout_ms)
        self._restore_switch_interval()
        return bool(ended)

    def _restore_switch_interval(self) -> None:
        if self._switch_interval is not None:
            sys.setswitchinterval(self._switch_interval)
            self._switch_interval = None
