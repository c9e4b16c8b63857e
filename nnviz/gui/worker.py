"""The training thread: the ONE module that touches QThread.

:class:`TrainingWorker` lives in its own QThread and owns the Network, the optimizer, the
Dataset and the core Trainer. A zero-interval (or paced) QTimer in that thread runs
``trainer.run(chunk)`` in short chunks; between chunks the thread's event loop delivers the
commands the GUI sent as queued signals (play, pause, step, a new learning rate, an edited
weight, ...). Only frozen :class:`~nnviz.core.snapshot.Snapshot` copies travel back, at most
``MAX_SNAPSHOTS_PER_SECOND`` times a second plus one whenever training pauses or a command
changed something.

Speed is in steps per second, from 1 to ``MAX_SPEED`` (as fast as the machine goes). At
full speed the chunk size adapts so a chunk takes about ``CHUNK_SECONDS`` (commands are
handled between chunks, promptly), and while the training thread runs the interpreter's
switch interval is ``GIL_SWITCH_SECONDS``, short enough that the GUI thread gets the GIL
within about a millisecond even when training releases it now and then (see the constant).
A chunk runs in slices of about ``SLICE_SECONDS``; while the GUI draws a frame, and after
each snapshot until the GUI has handled it, the worker waits before its next slice
(:class:`FrameGate`): a frame is drawn in one go instead of waiting for the GIL at every one
of its many Python callbacks, and the GUI gets the interpreter at least at every snapshot.

:class:`TrainingSession` is the GUI-side handle: it starts the thread, turns method calls
into queued signals and on :meth:`~TrainingSession.shutdown` stops the thread cleanly
(request stop, quit, wait), so closing the window never leaves a running thread behind.
"""

from __future__ import annotations

import logging
import math
import sys
import threading
import time
from dataclasses import replace
from functools import wraps
from typing import Any, Callable

import numpy as np
from PySide6.QtCore import QAbstractEventDispatcher, QObject, QThread, QTimer, Qt, Signal, Slot

from nnviz.core.config import Config, TrainingSpec, batch_size, build_network, build_optimizer, build_trainer
from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.network import Network

log = logging.getLogger(__name__)

MAX_SPEED = math.inf
MAX_SNAPSHOTS_PER_SECOND = 60.0
CHUNK_SECONDS = 0.005
# Within a chunk the worker looks at the frame gate this often: a frame that starts waits
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
PACED_INTERVAL_MS = 16  # timer period when pacing faster than one step per frame
MAX_CHUNK = 1_000_000
FRAME_GATE_TIMEOUT = 0.05  # the longest the worker waits for a frame, or for the GUI's turn
RUNNING, PAUSED = "running", "paused"
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


def _guarded(slot: Callable) -> Callable:
    """Run a command; an exception pauses training and becomes the ``errored`` signal."""

    @wraps(slot)
    def guarded(self: "TrainingWorker", *args: Any) -> None:
        try:
            slot(self, *args)
        except InputError as e:
            self._fail(str(e))
        except Exception as e:  # noqa: BLE001 - a bug must not kill the thread or the app
            log.exception("training worker: %s failed", slot.__name__)
            self._fail(f"{slot.__name__.strip('_')}: {type(e).__name__}: {e}")

    return guarded


class TrainingWorker(QObject):
    """Owns the Network, optimizer, Dataset and Trainer; runs in the training thread."""

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
        self._trainer = None
        self._config: Config | None = None
        self._dataset: Dataset | None = None
        self._start_params: np.ndarray | None = None
        self._running = False
        self._speed = 30.0
        self._chunk = 1
        self._budget = 0.0
        self._last_tick = 0.0
        self._last_emit = -math.inf
        self._until_step: int | None = None  # run to this step, then pause (one epoch)
        self.stop_requested = threading.Event()
        self.frame_gate = FrameGate()

    # -- commands (slots, run in the training thread) ----------------------------------------
    @Slot(object, object)
    @_guarded
    def configure(self, config: Config, dataset: Dataset) -> None:
        """New data and/or network: build everything afresh, paused at step 0."""
        trainer = build_trainer(config, dataset)
        self._install(config, dataset, trainer)

    @Slot(object)
    @_guarded
    def apply_training(self, spec: TrainingSpec) -> None:
        """Change the optimizer, η, its hyper-parameters or the batch size, keeping θ and the step."""
        trainer = self._require()
        old = self._config.training
        if spec.rule != old.rule:
            raise InputError("changing the training rule needs a reset")
        if spec.optimizer != old.optimizer:
            trainer.optimizer = build_optimizer(spec)
        else:
            trainer.optimizer.lr = spec.learning_rate
            for name, value in spec.hyperparameters:
                trainer.optimizer.set_hyperparameter(name, value)
        if hasattr(trainer, "batch_size"):
            trainer.batch_size = batch_size(spec, self._dataset) or len(self._dataset.x_train)
        trainer.shuffle = spec.shuffle
        self._config = replace(self._config, training=spec)
        self._emit_snapshot()

    @Slot(str, float)
    @_guarded
    def set_hyperparameter(self, name: str, value: float) -> None:
        """One hyper-parameter now ("learning_rate" or "lr" for η); the next step uses it."""
        trainer = self._require()
        if name in ("learning_rate", "lr"):
            trainer.optimizer.lr = value
            self._config = self._config.with_training(learning_rate=float(value))
        else:
            trainer.optimizer.set_hyperparameter(name, value)
            hyper = {**self._config.training.hyperparameter_dict(), name: float(value)}
            self._config = self._config.with_training(hyperparameters=hyper)
        self._emit_snapshot()

    @Slot()
    @_guarded
    def play(self) -> None:
        trainer = self._require()
        if trainer.stopped is not None:  # go on after "converged" or a divergence
            trainer.stopped, trainer.message = None, ""
        self._until_step = None
        self._set_running(True)

    @Slot()
    @_guarded
    def pause(self) -> None:
        self._pause()

    @Slot()
    @_guarded
    def step(self) -> None:
        """Exactly one step (pauses first if running)."""
        trainer = self._require()
        self._pause(emit=False)
        if trainer.stopped is not None:
            trainer.stopped, trainer.message = None, ""
        trainer.run(1)
        self._after_run(forced=True)

    @Slot()
    @_guarded
    def step_epoch(self) -> None:
        """Run to the end of the current epoch as fast as possible, then pause."""
        trainer = self._require()
        if trainer.stopped is not None:
            trainer.stopped, trainer.message = None, ""
        per_epoch = trainer.steps_per_epoch
        self._until_step = trainer.step_count + per_epoch - trainer.step_count % per_epoch
        self._set_running(True, keep_target=True)

    @Slot()
    @_guarded
    def reset(self) -> None:
        """Back to the starting θ (same seed) at step 0, paused."""
        self._require()
        network = build_network(self._config, self._dataset)
        if self._start_params is not None:
            network.set_params(self._start_params)
        self._install(self._config, self._dataset, build_trainer(self._config, self._dataset, network),
                      announce_dataset=False, keep_start=True)

    @Slot(int, float)
    @_guarded
    def set_parameter(self, index: int, value: float) -> None:
        """θ[index] = value (one weight or bias, edited in the graph view)."""
        trainer = self._require()
        if not 0 <= index < trainer.network.params.size:
            raise InputError(f"parameter index {index} out of range "
                             f"(the network has {trainer.network.params.size})")
        if not math.isfinite(value):
            raise InputError(f"{trainer.network.architecture.parameter_name(index)}: "
                             f"{value} is not a finite number")
        trainer.network.params[index] = value
        self._emit_snapshot()

    @Slot(object)
    @_guarded
    def set_parameters(self, theta: Any) -> None:
        """Restart training from θ (a point clicked on the loss surface): step 0, optimizer state cleared."""
        self._require()
        network = build_network(self._config, self._dataset)
        theta = np.array(theta, dtype=float)
        if theta.shape != network.params.shape or not np.all(np.isfinite(theta)):
            raise InputError(f"a restart point needs {network.params.size} finite parameters, "
                             f"got shape {theta.shape}")
        network.set_params(theta)
        self._install(self._config, self._dataset,
                      build_trainer(self._config, self._dataset, network),
                      announce_dataset=False, keep_start=True, keep_running=True)

    @Slot(object, object)
    @_guarded
    def load_model(self, network: Network, config: Config) -> None:
        """Train ``network`` (a loaded model; the worker takes it over) as described by ``config``."""
        self._require()
        self._install(config, self._dataset, build_trainer(config, self._dataset, network),
                      announce_dataset=False)

    @Slot(float)
    @_guarded
    def set_speed(self, steps_per_second: float) -> None:
        """1 step/s .. ``MAX_SPEED`` (math.inf: as fast as the machine goes)."""
        if not steps_per_second > 0:
            raise InputError(f"the speed must be > 0 steps per second, not {steps_per_second}")
        self._speed = float(steps_per_second)
        self._budget = 0.0
        if self._running:
            self._start_timer()

    @Slot()
    def stop(self) -> None:
        """Stop for good (the thread is about to quit)."""
        self.stop_requested.set()
        self._timer.stop()
        self._running = False
        self.finished.emit()

    # -- the loop ---------------------------------------------------------------------------
    @Slot()
    @_guarded
    def _tick(self) -> None:
        if self.stop_requested.is_set() or self._trainer is None:
            self._timer.stop()
            return
        trainer = self._trainer
        now = time.perf_counter()
        if self._until_step is not None or self._speed == MAX_SPEED:
            n = self._chunk
        else:
            self._budget = min(self._budget + (now - self._last_tick) * self._speed,
                               self._speed * 0.25 + 1.0)
            n = min(int(self._budget), self._chunk)
            self._budget -= n
        self._last_tick = now
        if self._until_step is not None:
            n = min(n, self._until_step - trainer.step_count)
        if n > 0:
            done, seconds = self._run_in_slices(trainer, n)
            self._adapt_chunk(done, seconds)
        if self._until_step is not None and trainer.step_count >= self._until_step:
            self._until_step = None
            self._pause()
            return
        self._after_run(forced=False)

    def _run_in_slices(self, trainer, n: int) -> tuple[int, float]:
        """``trainer.run(n)`` in slices of about SLICE_SECONDS, stepping aside for every frame
        the GUI draws meanwhile: (steps done, seconds spent training)."""
        size = max(1, round(self._chunk * SLICE_SECONDS / CHUNK_SECONDS))
        done, seconds = 0, 0.0
        while done < n:
            self.frame_gate.wait_for_gui()
            start = time.perf_counter()
            wanted = min(size, n - done)
            ran = trainer.run(wanted)
            seconds += time.perf_counter() - start
            done += ran
            if ran < wanted:  # training stopped (converged, diverged)
                break
        return done, seconds

    def _adapt_chunk(self, steps: int, seconds: float) -> None:
        """Aim for chunks of about CHUNK_SECONDS (smoothed, so one slow chunk does not halve it)."""
        if steps <= 0:
            return
        ideal = steps * CHUNK_SECONDS / max(seconds, 1e-6)
        self._chunk = int(min(MAX_CHUNK, max(1.0, 0.5 * self._chunk + 0.5 * ideal)))

    def _after_run(self, forced: bool) -> None:
        """Emit a throttled snapshot; pause with a message if training stopped by itself."""
        trainer = self._trainer
        if trainer.stopped is not None:
            self._pause(emit=True)
            if trainer.stopped == "diverged":
                self.diverged.emit(trainer.message)
            else:
                self.training_stopped.emit(trainer.message or trainer.stopped)
            return
        now = time.perf_counter()
        if forced or now - self._last_emit >= 1.0 / MAX_SNAPSHOTS_PER_SECOND:
            self._emit_snapshot(now)

    # -- helpers ----------------------------------------------------------------------------
    def _install(self, config: Config, dataset: Dataset, trainer: Any, *,
                 announce_dataset: bool = True, keep_start: bool = False,
                 keep_running: bool = False) -> None:
        """Take over a new trainer (and its network); paused unless ``keep_running``."""
        was_running = self._running
        self._pause(emit=False)
        self._config, self._trainer = config, trainer
        if not keep_start:
            self._start_params = trainer.network.params.copy()
        announce = announce_dataset or dataset is not self._dataset
        self._dataset = dataset
        if announce:
            self.dataset_changed.emit(dataset)
        self._chunk = 1
        self._emit_snapshot()
        if keep_running and was_running:
            self._set_running(True)

    def _require(self):
        if self._trainer is None:
            raise InputError("nothing to train yet: choose a data set and a network first")
        return self._trainer

    def _set_running(self, running: bool, keep_target: bool = False) -> None:
        if not keep_target:
            self._until_step = None
        if running == self._running:
            if running:
                self._start_timer()
            return
        self._running = running
        if running:
            self._last_tick = time.perf_counter()
            self._budget = 1.0  # the first step comes at once, not one period later
            self._start_timer()
        else:
            self._timer.stop()
        self.state_changed.emit(RUNNING if running else PAUSED)

    def _start_timer(self) -> None:
        if self._until_step is not None or self._speed == MAX_SPEED:
            interval = 0
        elif self._speed >= 1000.0 / PACED_INTERVAL_MS:
            interval = PACED_INTERVAL_MS
        else:
            interval = int(round(1000.0 / self._speed))
        self._timer.setInterval(interval)
        if not self._timer.isActive():
            self._timer.start()

    def _pause(self, emit: bool = True) -> None:
        was_running = self._running
        self._set_running(False)
        if emit and was_running and self._trainer is not None:
            self._emit_snapshot()

    def _emit_snapshot(self, now: float | None = None) -> None:
        if self._trainer is not None:
            self._last_emit = time.perf_counter() if now is None else now
            snapshot = self._trainer.snapshot()
            self.frame_gate.hand_over()
            self.snapshot_ready.emit(snapshot)

    def _fail(self, message: str) -> None:
        try:
            self._pause()
        finally:
            self.errored.emit(message)


class TrainingSession(QObject):
    """The GUI thread's handle on the training thread: commands in, signals out.

    Every method only emits a queued signal and returns at once; the worker handles it
    between two chunks. Connect to the signals below (they arrive in the GUI thread).
    """

    snapshot_ready = Signal(object)
    dataset_changed = Signal(object)
    state_changed = Signal(str)
    errored = Signal(str)
    diverged = Signal(str)
    training_stopped = Signal(str)
    finished = Signal()

    _configure = Signal(object, object)
    _apply_training = Signal(object)
    _set_hyperparameter = Signal(str, float)
    _play = Signal()
    _pause = Signal()
    _step = Signal()
    _step_epoch = Signal()
    _reset = Signal()
    _set_parameter = Signal(int, float)
    _set_parameters = Signal(object)
    _load_model = Signal(object, object)
    _set_speed = Signal(float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("nnviz-training")
        self.worker = TrainingWorker()
        self.worker.moveToThread(self._thread)
        # Runs in the training thread as it ends: the timer stops in its own thread.
        self._thread.finished.connect(self.worker.stop, Qt.DirectConnection)
        w = self.worker
        for command, slot in (
            (self._configure, w.configure), (self._apply_training, w.apply_training),
            (self._set_hyperparameter, w.set_hyperparameter), (self._play, w.play),
            (self._pause, w.pause), (self._step, w.step), (self._step_epoch, w.step_epoch),
            (self._reset, w.reset), (self._set_parameter, w.set_parameter),
            (self._set_parameters, w.set_parameters), (self._load_model, w.load_model),
            (self._set_speed, w.set_speed),
        ):
            command.connect(slot, Qt.QueuedConnection)
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

    # -- commands ---------------------------------------------------------------------------
    def configure(self, config: Config, dataset: Dataset) -> None:
        self._configure.emit(config, dataset)

    def apply_training(self, spec: TrainingSpec) -> None:
        self._apply_training.emit(spec)

    def set_hyperparameter(self, name: str, value: float) -> None:
        self._set_hyperparameter.emit(name, float(value))

    def play(self) -> None:
        self._play.emit()

    def pause(self) -> None:
        self._pause.emit()

    def step(self) -> None:
        self._step.emit()

    def step_epoch(self) -> None:
        self._step_epoch.emit()

    def reset(self) -> None:
        self._reset.emit()

    def set_parameter(self, index: int, value: float) -> None:
        self._set_parameter.emit(int(index), float(value))

    def set_parameters(self, theta: Any) -> None:
        self._set_parameters.emit(np.array(theta, dtype=float))

    def load_model(self, network: Network, config: Config) -> None:
        self._load_model.emit(network, config)

    def set_speed(self, steps_per_second: float) -> None:
        self._set_speed.emit(float(steps_per_second))

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
