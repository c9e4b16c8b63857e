"""Every step's cost, recorded while the session trains: the loss curve has every step, not
only the steps whose snapshot reached a frame.

While training runs, θ after each step is kept; before each snapshot the cost over the whole
training set (and the test set, if any) is computed for all kept θ at once,

    C(θ_t) = (1/n) Σ_x ℓ(a^L(x; θ_t), y(x)),   the same C as Network.cost (or L = Σ ℓ,
    or the perceptron rule's share of mistakes: whatever the trainer reports),

with :func:`~nnviz.core.network.batched_forward_output` (one forward pass with a leading axis
over the θ_t). Rows (step, train C, test C) go into a bounded
:class:`~nnviz.session.history.History` (recent steps at full detail, older ones thinned),
and every snapshot carries a frozen copy of it (``Snapshot.losses``).

Evaluating costs time (a large data set costs more per θ than a step), so θ is kept every
``stride`` steps: the smallest power of two for which evaluating takes at most
``LOSS_TIME_SHARE`` of the training time, from the time one θ's evaluation and one step
take, each smoothed over the last evaluations (weight ``SMOOTHING`` for the newest: one slow
moment does not change it; it follows once ``TIMED_ROWS`` θ were evaluated, so that the
calls' own overhead does not count); it comes down only once a quarter of it would do. 1
(every step) for the small lessons. Before anything is timed, the stride starts where the
work says (:func:`~nnviz.core.cost_record.record_stride`: 1,024 for MNIST's 10,000 digits in
batches of 10), so the first evaluation never stalls training.
"""

from __future__ import annotations

import math
import time
from dataclasses import replace
from typing import Callable

import numpy as np

from nnviz.core.cost_record import RECORD_SHARE, power_of_two, record_stride
from nnviz.core.losses import MISTAKES, SUM, get_loss
from nnviz.core.network import Network, batched_forward_output
from nnviz.core.snapshot import Snapshot, frozen_copy
from nnviz.core.training import TrainerProtocol, encoded_targets
from nnviz.session.history import History

Array = np.ndarray

LOSS_TIME_SHARE = RECORD_SHARE  # evaluating the kept θ may take at most this share of training time
PENDING_ROWS = 2048  # θ kept before they are evaluated (more: evaluated at once)
EVALUATION_FLOATS = 1 << 20  # the most floats one batched forward pass may hold per layer
HISTORY_ROWS = 1 << 13  # rows of (step, train C, test C) kept ...
RECENT_ROWS = 1 << 11  # ... the newest of them at full detail
TIMED_ROWS = 32  # the stride follows the time of evaluating at least this many θ
SMOOTHING = 0.25


class StepLosses:
    """The cost of ``trainer``'s steps from now on (one run: a new trainer needs a new one).

    ``clock()``: seconds of the training thread's own CPU time, so that waiting for the
    interpreter while the GUI draws counts neither as training nor as evaluating."""

    def __init__(self, trainer: TrainerProtocol,
                 clock: Callable[[], float] = time.thread_time) -> None:
        self._trainer = trainer
        self._clock = clock
        network, dataset = trainer.network, trainer.dataset
        self._architecture = network.architecture
        self._loss = get_loss(self._architecture.loss)
        shape = Network(self._architecture)  # for the targets' encoding only
        self._sets = [(np.asarray(dataset.x_train, float),
                       encoded_targets(shape, dataset, dataset.y_train))]
        if dataset.x_test.shape[0]:
            self._sets.append((np.asarray(dataset.x_test, float),
                               encoded_targets(shape, dataset, dataset.y_test)))
        self.history = History(3, capacity=HISTORY_ROWS, recent=RECENT_ROWS)
        self._pending = np.empty((PENDING_ROWS, 1 + network.params.size))  # step, θ
        self._n_pending = 0
        self.stride = record_stride(sum(len(x) for x, _ in self._sets), network.params.size,
                                    trainer.batch_size or len(dataset.x_train), LOSS_TIME_SHARE)
        self._train_seconds, self._train_steps = 0.0, 0  # since the stride last adapted
        self._evaluation_seconds, self._evaluated = 0.0, 0  # ... and evaluating how many θ
        self._smoothed: tuple[float, float] | None = None  # seconds per θ evaluated, per step

    def run(self, n: int) -> int:
        """Up to ``n`` training steps, keeping θ after every ``stride``-th; how many ran."""
        trainer, done = self._trainer, 0
        start = self._clock()
        while done < n:
            wanted = min(self.stride - trainer.step_count % self.stride, n - done)
            ran = trainer.run(wanted)
            done += ran
            if ran < wanted:
                break
            if trainer.step_count % self.stride == 0:
                self._keep(trainer.step_count, trainer.network.params)
        self._train_seconds += self._clock() - start
        self._train_steps += done
        return done

    def preload(self, rows) -> None:
        """Rows (step, train cost) of steps trained before this record began (a lesson
        step's replay), oldest first; their test cost is unknown (NaN)."""
        rows = [(float(step), float(train), math.nan) for step, train in rows]
        if rows:
            self.history.extend(np.array(rows))

    def stamp(self, snapshot: Snapshot) -> Snapshot:
        """``snapshot`` with every recorded step's costs up to its own (``losses``)."""
        self._evaluate_pending()
        row = (snapshot.step, snapshot.train_loss,
               math.nan if snapshot.test_loss is None else snapshot.test_loss)
        rows = self.history.data()
        if len(rows) and rows[-1, 0] == snapshot.step:
            self.history.replace_last(row)  # measured again: θ changed without a step
        else:
            self.history.append(row)
        return replace(snapshot, losses=frozen_copy(self.history.data()))

    # -- inside ----------------------------------------------------------------------------
    def _keep(self, step: int, theta: Array) -> None:
        if self._n_pending == PENDING_ROWS:
            self._evaluate_pending()
        self._pending[self._n_pending, 0] = step
        self._pending[self._n_pending, 1:] = theta
        self._n_pending += 1

    def _evaluate_pending(self) -> None:
        """C on every data set for the kept θ, into the history; then adapt the stride."""
        if self._n_pending == 0:
            return
        start = self._clock()
        kept = self._pending[: self._n_pending]
        rows = np.full((len(kept), 3), math.nan)
        rows[:, 0] = kept[:, 0]
        for column, (x, y) in enumerate(self._sets, start=1):
            rows[:, column] = self.costs(kept[:, 1:], x, y)
        self.history.extend(rows)
        self._evaluated += len(kept)
        self._evaluation_seconds += self._clock() - start
        self._n_pending = 0
        if self._evaluated >= TIMED_ROWS:  # fewer: the calls' own overhead would dominate
            self._adapt_stride(self._evaluation_seconds / self._evaluated)
            self._evaluated, self._evaluation_seconds = 0, 0.0

    def costs(self, thetas: Array, x: Array, y: Array) -> Array:
        """The trainer's cost (C = 1/n Σ ℓ, L = Σ ℓ, or the perceptron rule's share of
        mistakes: outputs that are not the target) over the samples (x, y), for every row
        θ_p of ``thetas``."""
        widest = max(self._architecture.sizes)
        chunk = max(1, EVALUATION_FLOATS // (x.shape[0] * widest))
        out = np.empty(thetas.shape[0])
        with np.errstate(all="ignore"):
            for begin in range(0, thetas.shape[0], chunk):
                z, a = batched_forward_output(self._architecture, thetas[begin: begin + chunk], x)
                out[begin: begin + chunk] = self._cost_of(z, a, y)
        return out

    def _cost_of(self, z: Array, a: Array, y: Array) -> Array:
        cost = self._trainer.cost
        if cost == MISTAKES:  # a step or sign output: exactly the target, or a mistake
            return np.mean(np.any(a != y, axis=-1), axis=-1)
        losses = self._loss.value(z, a, y)
        return np.sum(losses, axis=-1) if cost == SUM else np.mean(losses, axis=-1)

    def _adapt_stride(self, per_theta: float) -> None:
        """The smallest power of two ≥ wanted = (seconds per θ evaluated) / (LOSS_TIME_SHARE ·
        seconds per step), both smoothed; a smaller stride only once wanted is below a
        quarter of it."""
        if self._train_steps == 0:
            return
        now = (per_theta, self._train_seconds / self._train_steps)
        self._train_seconds, self._train_steps = 0.0, 0
        before = self._smoothed or now
        self._smoothed = (SMOOTHING * now[0] + (1 - SMOOTHING) * before[0],
                          SMOOTHING * now[1] + (1 - SMOOTHING) * before[1])
        wanted = self._smoothed[0] / (LOSS_TIME_SHARE * max(self._smoothed[1], 1e-12))
        target = power_of_two(wanted)
        if target > self.stride or 4 * wanted <= self.stride:
            self.stride = target

