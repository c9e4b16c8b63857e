"""The play / pause / step state machine around a trainer: commands in, core calls, events out.

:class:`TrainingController` owns the training of one session: the Network, the optimizer,
the Dataset and a core trainer (:class:`~nnviz.core.training.TrainerProtocol`). It knows no
threads and no Qt: :meth:`~TrainingController.handle` applies a training command
(:mod:`nnviz.session.commands`), and whoever pumps it (the app's training thread,
:mod:`nnviz.gui.worker`, or a test) calls, while it runs, one *tick* after another:

    n = controller.steps_due()     how many steps this tick runs
    controller.run(k) ...          run them (in as many pieces k as the pump likes)
    controller.tick_done()         epoch target reached? stopped? a snapshot due?

What happens comes out as events (frozen records) to one callback, in order:
:class:`SnapshotReady`, :class:`DatasetChanged` (before the first snapshot on new data),
:class:`StateChanged` (running / paused), :class:`Errored`, :class:`Diverged`,
:class:`TrainingStopped` (the trainer stopped by itself, e.g. converged).

How many steps a tick runs. Speed s is in steps per second, s > 0, ``MAX_SPEED`` = math.inf
is as fast as the machine goes. At a finite speed a budget b grows by s·Δt per tick (Δt the
time since the last tick, b ≤ s/4 + 1) and a tick runs n = min(⌊b⌋, chunk) steps, b ← b − n;
the first step comes at once (b = 1 on play). At full speed, and while running to the end
of an epoch, a tick runs ``chunk`` steps. The chunk adapts so a tick trains for about
``CHUNK_SECONDS``: chunk ← ½·chunk + ½·steps·CHUNK_SECONDS/seconds (1 ≤ chunk ≤ MAX_CHUNK),
so commands are handled promptly between ticks.

When a snapshot is due: at most ``MAX_SNAPSHOTS_PER_SECOND`` while running, and no more often
than every t_s / ``SNAPSHOT_TIME_SHARE`` seconds, t_s the time one snapshot takes (smoothed: it
evaluates C and the accuracy over the whole data set, 25 ms for 10,000 MNIST digits on a
784-30-10 network), so snapshots never take more than that share of the training thread;
plus one whenever training pauses, a step is done or a command changed something. Every snapshot
carries the cost of every step of the run so far (:mod:`nnviz.session.step_losses`), so a
view that draws only some snapshots still draws every step's loss.

Errors: an :class:`~nnviz.core.errors.InputError` (a bad command) or any exception raised by
the core becomes an :class:`Errored` event and training pauses; nothing is ever raised to
the pump. Pausing sends a snapshot, which may fail too (a trainer whose ``snapshot()``
raises): then the one Errored event names both errors, and training is paused all the same.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass, replace
from typing import Any, Callable

import numpy as np

from nnviz.core.config import Config, batch_size, build_network, build_optimizer, build_trainer
from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.snapshot import Snapshot
from nnviz.core.training import TrainerProtocol
from nnviz.session.commands import (
    ApplyTraining, ApplyUpdate, Configure, LoadModel, Pause, Play, Reset, Restore,
    SetHyperparameter, SetParameter, SetParameters, SetSpeed, Step, StepEpoch,
)
from nnviz.session.step_losses import StepLosses

log = logging.getLogger(__name__)

MAX_SPEED = math.inf
MAX_SNAPSHOTS_PER_SECOND = 60.0
SNAPSHOT_TIME_SHARE = 0.2  # while running, snapshots take at most this share of the time
CHUNK_SECONDS = 0.005  # a tick trains for about this long at full speed
MAX_CHUNK = 1_000_000
PACED_INTERVAL_MS = 16  # the tick period when pacing faster than one step per frame
DEFAULT_SPEED = 30.0
RUNNING, PAUSED = "running", "paused"


# -- events --------------------------------------------------------------------------------
@dataclass(frozen=True)
class SnapshotReady:
    snapshot: Snapshot


@dataclass(frozen=True)
class DatasetChanged:
    """New data: comes before the first snapshot on it."""

    dataset: Dataset


@dataclass(frozen=True)
class StateChanged:
    state: str  # RUNNING or PAUSED


@dataclass(frozen=True)
class Said:
    """Something to tell the lecturer, in words (the kinds below)."""

    message: str


class Errored(Said):
    """A command was refused or the core failed: training paused."""


class Diverged(Said):
    """The cost or θ became NaN or ±inf: training paused on the last finite θ."""


class TrainingStopped(Said):
    """The trainer stopped by itself ("converged ...")."""


Event = SnapshotReady | DatasetChanged | StateChanged | Errored | Diverged | TrainingStopped


def check_parameters(theta: np.ndarray, size: int, what: str) -> None:
    """An InputError unless ``theta`` is a vector of ``size`` finite numbers (θ of the
    network); ``what`` names it in the message."""
    if theta.shape != (size,) or not np.all(np.isfinite(theta)):
        finite = bool(np.all(np.isfinite(theta)))
        if theta.size == 1:
            message = (translate("Session", "{what} needs {size} finite parameters, got 1 number")
                       if finite else
                       translate("Session", "{what} needs {size} finite parameters, got 1 number "
                                 "(not all finite)"))
        else:
            message = (translate("Session", "{what} needs {size} finite parameters, got {n} numbers")
                       if finite else
                       translate("Session", "{what} needs {size} finite parameters, got {n} numbers "
                                 "(not all finite)"))
        raise InputError(message.format(what=what, size=size, n=theta.size))


class TrainingController:
    """The session's training: commands in, events out to ``emit``; ``clock()`` in seconds."""

    def __init__(self, emit: Callable[[Event], None],
                 clock: Callable[[], float] = time.perf_counter) -> None:
        self._emit = emit
        self._clock = clock
        self._trainer: TrainerProtocol | None = None
        self._losses: StepLosses | None = None  # the trainer's steps' costs
        self._config: Config | None = None
        self._dataset: Dataset | None = None
        self._start_params: np.ndarray | None = None
        # Read them; change them with commands. ``chunk``: the most steps a tick runs
        # (adapted to about CHUNK_SECONDS of training).
        self.running = False
        self.speed = DEFAULT_SPEED
        self.chunk = 1
        self._budget = 0.0
        self._last_tick = 0.0
        self._last_emit = -math.inf
        self._snapshot_seconds = 0.0  # what one snapshot takes (smoothed)
        self._until_step: int | None = None  # run to this step, then pause (one epoch)
        self._tick_steps, self._tick_seconds = 0, 0.0

    # -- what it is now (read-only) ----------------------------------------------------------
    @property
    def trainer(self) -> TrainerProtocol | None:
        """The live trainer (only the thread that pumps the controller may touch it)."""
        return self._trainer

    @property
    def tick_interval_ms(self) -> int:
        """How long to wait between ticks: 0 at full speed or to the end of an epoch,
        PACED_INTERVAL_MS when pacing fast, else one step's period."""
        if self._until_step is not None or self.speed == MAX_SPEED:
            return 0
        if self.speed >= 1000.0 / PACED_INTERVAL_MS:
            return PACED_INTERVAL_MS
        return round(1000.0 / self.speed)

    # -- commands ----------------------------------------------------------------------------
    def handle(self, command: Any) -> None:
        """Apply one training command; a bad one becomes an Errored event (paused)."""
        self._guarded(type(command).__name__, self._apply, command)

    def _apply(self, command: Any) -> None:
        match command:
            case Configure(config, dataset):
                self._install(config, dataset, build_trainer(config, dataset))
            case Restore():
                self._restore(command)
            case ApplyTraining(spec):
                self._apply_training(spec)
            case SetHyperparameter(name, value):
                self._set_hyperparameter(name, float(value))
            case Play():
                self._resume(self._require())
                self._until_step = None
                self._set_running(True)
            case Pause():
                self._pause()
            case Step():
                trainer = self._require()
                self._pause(emit=False)
                self._resume(trainer)
                trainer.run(1)
                self._after_run(forced=True)
            case StepEpoch():
                trainer = self._require()
                self._resume(trainer)
                per_epoch = trainer.steps_per_epoch
                self._until_step = trainer.step_count + per_epoch - trainer.step_count % per_epoch
                self._set_running(True, keep_target=True)
            case Reset():
                self._reset()
            case SetParameter(index, value):
                self._set_parameter(int(index), float(value))
            case SetParameters(theta):
                self._restart_from(theta)
            case ApplyUpdate(theta):
                self._apply_update(theta)
            case LoadModel(network, config):
                self._require()
                self._install(config, self._dataset, build_trainer(config, self._dataset, network),
                              announce_dataset=False)
            case SetSpeed(steps_per_second):
                if not steps_per_second > 0:
                    raise InputError(translate("Session", "the speed must be > 0 steps per second, "
                                               "not {speed}").format(speed=steps_per_second))
                self.speed = float(steps_per_second)
                self._budget = 0.0
            case _:
                raise InputError(translate("Session", "not a training command: {command}")
                                 .format(command=repr(command)))

    def _restore(self, command: Restore) -> None:
        """A lesson step's state (see :class:`Restore`): new trainer, θ, step count and loss
        history; the data are announced (so the GUI knows which snapshots are the step's)."""
        config, dataset, step = command.config, command.dataset, int(command.step)
        if step < 0:
            raise InputError(translate("Session", "a step count must be >= 0, not {step}").format(step=step))
        network = build_network(config, dataset)
        start = network.params.copy()
        check_parameters(command.theta, network.params.size, translate("Session", "the lesson step"))
        network.set_params(command.theta)
        trainer = build_trainer(config, dataset, network)
        trainer.step_count = step
        if hasattr(trainer, "_samples_seen"):  # Trainer's epoch = samples seen / n
            n, m = len(dataset.x_train), trainer.batch_size
            per_epoch = trainer.steps_per_epoch
            trainer._samples_seen = (step // per_epoch) * n + (step % per_epoch) * m
        self._start_params = start
        self._install(config, dataset, trainer, keep_start=True,
                      preload=[(k, loss) for k, loss in command.losses if 0 < k <= step])

    def _apply_training(self, spec) -> None:
        """A new optimizer, η, hyper-parameters or batch size, keeping θ and the step."""
        trainer = self._require()
        old = self._config.training
        if spec.rule != old.rule:
            raise InputError(translate("Session", "changing the training rule needs a reset"))
        if spec.optimizer != old.optimizer:
            trainer.optimizer = build_optimizer(spec)
        else:
            trainer.optimizer.lr = spec.learning_rate
            for name, value in spec.hyperparameters:
                trainer.optimizer.set_hyperparameter(name, value)
        trainer.batch_size = batch_size(spec, self._dataset) or len(self._dataset.x_train)
        trainer.shuffle = spec.shuffle
        self._config = replace(self._config, training=spec)
        self._emit_snapshot()

    def _set_hyperparameter(self, name: str, value: float) -> None:
        """One hyper-parameter now ("learning_rate" or "lr" for η); the next step uses it."""
        trainer = self._require()
        if name in ("learning_rate", "lr"):
            trainer.optimizer.lr = value
            self._config = self._config.with_training(learning_rate=value)
        else:
            trainer.optimizer.set_hyperparameter(name, value)
            hyper = {**self._config.training.hyperparameter_dict(), name: value}
            self._config = self._config.with_training(hyperparameters=hyper)
        self._emit_snapshot()

    def _reset(self) -> None:
        """Back to the starting θ (same seed) at step 0, paused."""
        self._require()
        network = build_network(self._config, self._dataset)
        if self._start_params is not None:
            network.set_params(self._start_params)
        self._install(self._config, self._dataset, build_trainer(self._config, self._dataset, network),
                      announce_dataset=False, keep_start=True)

    def _set_parameter(self, index: int, value: float) -> None:
        """θ[index] = value (one weight or bias edited by hand)."""
        trainer = self._require()
        size = trainer.network.params.size
        if not 0 <= index < size:
            raise InputError(translate("Session", "parameter index {index} out of range (the network "
                                       "has {size})").format(index=index, size=size))
        if not math.isfinite(value):
            raise InputError(translate("Session", "{parameter}: {value} is not a finite number").format(
                parameter=trainer.network.architecture.parameter_name(index), value=value))
        trainer.network.params[index] = value
        self._emit_snapshot()

    def _restart_from(self, theta: np.ndarray) -> None:
        """Restart from θ (a point picked on the loss surface): step 0, optimizer state
        cleared, running on if it ran."""
        self._require()
        network = build_network(self._config, self._dataset)
        check_parameters(theta, network.params.size, translate("Session", "a restart point"))
        network.set_params(theta)
        self._install(self._config, self._dataset, build_trainer(self._config, self._dataset, network),
                      announce_dataset=False, keep_start=True, keep_running=True)

    def _apply_update(self, theta: np.ndarray) -> None:
        """θ ← ``theta`` (the step-through's update), keeping the step count and the
        optimizer's state; one snapshot of the new θ."""
        trainer = self._require()
        check_parameters(theta, trainer.network.params.size, translate("Session", "the update"))
        trainer.network.params[...] = theta
        self._emit_snapshot()

    # -- the tick ----------------------------------------------------------------------------
    def steps_due(self) -> int:
        """How many steps this tick runs (0 when paused); see the module docstring."""
        if not self.running or self._trainer is None:
            return 0
        now = self._clock()
        if self._until_step is not None or self.speed == MAX_SPEED:
            n = self.chunk
        else:
            self._budget = min(self._budget + (now - self._last_tick) * self.speed,
                               self.speed * 0.25 + 1.0)
            n = min(int(self._budget), self.chunk)
            self._budget -= n
        self._last_tick = now
        if self._until_step is not None:
            n = min(n, self._until_step - self._trainer.step_count)
        return max(n, 0)

    def run(self, n: int) -> int:
        """Up to ``n`` training steps now (fewer once training stops); how many ran."""
        if self._trainer is None or not self.running:
            return 0
        start = self._clock()
        ran = self._guarded("training", self._losses.run, n) or 0
        self._tick_seconds += self._clock() - start
        self._tick_steps += ran
        return ran

    def tick_done(self) -> None:
        """End of a tick: adapt the chunk; pause at the epoch's end; report a stop; send a
        snapshot if one is due."""
        self._adapt_chunk(self._tick_steps, self._tick_seconds)
        self._tick_steps, self._tick_seconds = 0, 0.0
        if not self.running or self._trainer is None:
            return
        if self._until_step is not None and self._trainer.step_count >= self._until_step:
            self._until_step = None
            self._guarded("training", self._pause)
            return
        self._guarded("training", self._after_run, False)

    def stop(self) -> None:
        """Stop for good (the pump is about to end): paused, no event."""
        self.running = False

    def _adapt_chunk(self, steps: int, seconds: float) -> None:
        """Aim for ticks of about CHUNK_SECONDS (smoothed: one slow tick does not halve it)."""
        if steps <= 0:
            return
        ideal = steps * CHUNK_SECONDS / max(seconds, 1e-6)
        self.chunk = int(min(MAX_CHUNK, max(1.0, 0.5 * self.chunk + 0.5 * ideal)))

    def _after_run(self, forced: bool) -> None:
        """A throttled snapshot; or, if training stopped by itself, pause and say why."""
        trainer = self._trainer
        if trainer.stopped is not None:
            self._pause(emit=False)
            self._emit_snapshot()
            if trainer.stopped == "diverged":
                self._emit(Diverged(trainer.message))
            else:
                self._emit(TrainingStopped(trainer.message or trainer.stopped))
            return
        now = self._clock()
        gap = max(1.0 / MAX_SNAPSHOTS_PER_SECOND, self._snapshot_seconds / SNAPSHOT_TIME_SHARE)
        if forced or now - self._last_emit >= gap:
            self._emit_snapshot()

    # -- helpers -----------------------------------------------------------------------------
    def _install(self, config: Config, dataset: Dataset, trainer: TrainerProtocol, *,
                 announce_dataset: bool = True, keep_start: bool = False,
                 keep_running: bool = False, preload: list[tuple[int, float]] = ()) -> None:
        """Take over a new trainer (and its network); paused unless ``keep_running``;
        ``preload``: (step, train cost) of steps trained before (a lesson step's)."""
        was_running = self.running
        self._pause(emit=False)
        losses = StepLosses(trainer)
        losses.preload(preload)
        self._config, self._trainer, self._losses = config, trainer, losses
        if not keep_start:
            self._start_params = trainer.network.params.copy()
        announce = announce_dataset or dataset is not self._dataset
        self._dataset = dataset
        if announce:
            self._emit(DatasetChanged(dataset))
        self.chunk = 1
        self._emit_snapshot()
        if keep_running and was_running:
            self._set_running(True)

    def _require(self) -> TrainerProtocol:
        if self._trainer is None:
            raise InputError(translate("Session", "nothing to train yet: choose a data set and a "
                                       "network first"))
        return self._trainer

    @staticmethod
    def _resume(trainer: TrainerProtocol) -> None:
        """Let a trainer that stopped (converged, diverged) go on."""
        if trainer.stopped is not None:
            trainer.stopped, trainer.message = None, ""

    def _set_running(self, running: bool, keep_target: bool = False) -> None:
        if not keep_target:
            self._until_step = None
        if running == self.running:
            return
        self.running = running
        if running:
            self._last_tick = self._clock()
            self._budget = 1.0  # the first step comes at once, not one period later
        self._emit(StateChanged(RUNNING if running else PAUSED))

    def _pause(self, emit: bool = True) -> None:
        was_running = self.running
        self._set_running(False)
        if emit and was_running and self._trainer is not None:
            self._emit_snapshot()

    def _emit_snapshot(self) -> None:
        if self._trainer is not None:
            start = self._clock()
            snapshot = self._trainer.snapshot()
            self._last_emit = self._clock()
            self._snapshot_seconds = 0.5 * self._snapshot_seconds + 0.5 * (self._last_emit - start)
            self._emit(SnapshotReady(self._losses.stamp(snapshot)))  # its own time share

    def _guarded(self, what: str, call: Callable, *args: Any) -> Any:
        """``call(*args)``; an exception pauses training and becomes an Errored event."""
        try:
            return call(*args)
        except InputError as e:
            self._fail(str(e))
        except Exception as e:  # noqa: BLE001 - a bug must not kill the training thread or the app
            log.exception("training controller: %s failed", what)
            self._fail(f"{what}: {type(e).__name__}: {e}")
        return None

    def _fail(self, message: str) -> None:
        """Pause (its snapshot may fail as well: then the message names both) and say why."""
        try:
            self._pause()
        except Exception as e:  # noqa: BLE001 - _set_running(False) came first: paused
            log.exception("training controller: the snapshot after an error failed")
            message = f"{message}; then, sending the paused state: {type(e).__name__}: {e}"
        self._emit(Errored(message))
