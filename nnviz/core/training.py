"""Training: gradient descent over batches of a data set, as a Trainer and as a generator.

One *step* is one parameter update θ ← optimizer(θ, ∂C/∂θ), with C the mean loss over a
batch of m samples, or, under the cost convention "sum" (losses.py), θ ← optimizer(θ, ∂L/∂θ)
with L = Σ_{x in batch} ℓ_x (plain SGD: w ← w - η Σ_{x in batch} ∂ℓ_x/∂w); the reported
losses follow the same convention over the whole training and test sets. One *epoch* is one
pass over the n training samples:

    full batch   m = n: every step uses every sample, so a step is an epoch;
    mini-batch   m < n: the samples are split into ⌈n/m⌉ batches, the last one smaller
                 when m does not divide n, so every sample is used exactly once per epoch;
    stochastic   m = 1.

Unless shuffling is off, the order is redrawn at the start of every epoch from the seeded
generator, so a run is reproducible from its seed. ``epoch`` counts samples seen / n, so it
is fractional within an epoch.

Class indices become targets once, at the start, with ``Dataset.encode``: for one output
neuron class 0 is −1 when the output activation is tanh or sign (their range is symmetric),
0 for sigmoid, step or softmax, and the data set's own label otherwise.

Divergence: when the batch cost C or a parameter becomes NaN or ±inf, training stops with
``stopped = "diverged"`` and θ goes back to the last finite parameters. When the cost stays
finite but explodes (over 10⁴ times the lowest seen, over blocks of 32 steps: loss_guard.py),
training stops the same way ("the loss is exploding: lower the learning rate") and θ goes
back to the guard's last good parameters.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from types import MappingProxyType
from typing import Iterator, Protocol, runtime_checkable

import numpy as np

from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.loss_guard import EXPLODING, LOWER, LossGuard
from nnviz.core.losses import MEAN, SUM, check_cost
from nnviz.core.network import Architecture, Network
from nnviz.core.optimizers import Optimizer
from nnviz.core.snapshot import Snapshot, frozen_copy

Array = np.ndarray

# The output activations whose range gives class 0 a fixed target (else: the data's own).
_LOW_TARGET = {"tanh": -1.0, "sign": -1.0, "sigmoid": 0.0, "step": 0.0, "softmax": 0.0}


def class_zero_target(network: Network, dataset: Dataset) -> float:
    """The target of class 0 on a single output neuron of ``network`` (−1 or 0)."""
    return _LOW_TARGET.get(network.activations[-1].name, dataset.low_label)


def encoded_targets(network: Network, dataset: Dataset, y: Array) -> Array:
    """The targets training uses for the labels or values ``y`` of ``dataset``: rows of
    N_L numbers (one output: class 1 is 1, class 0 is :func:`class_zero_target`; K outputs:
    one-hot; regression: the values). An InputError if the output layer cannot fit them."""
    n_out = network.architecture.n_outputs
    targets = dataset.encode(y, n_out, class_zero_target(network, dataset))
    if targets.ndim != 2 or targets.shape[1] != n_out:
        raise InputError(translate("Training", "data set {name!r} has {targets} targets but the "
                                               "network has {outputs} outputs")
                         .format(name=dataset.name, targets=targets.shape[-1], outputs=n_out))
    return targets


def training_targets(architecture: Architecture, dataset: Dataset) -> tuple[Array, Array]:
    """(x, y): the training inputs and their :func:`encoded_targets` for a network of
    ``architecture`` (the cost C that training minimises is over these); an InputError if
    the data does not fit the network's inputs or outputs."""
    if dataset.n_features != architecture.n_inputs:
        raise InputError(translate("Training", "the network has {inputs} inputs but the data set "
                                               "has {features} features")
                         .format(inputs=architecture.n_inputs, features=dataset.n_features))
    y = encoded_targets(Network(architecture), dataset, dataset.y_train)
    return np.asarray(dataset.x_train, float), np.asarray(y, float)


@dataclass(frozen=True)
class Evaluation:
    """Cost C (or L) and accuracy on the whole training and test sets at the current θ.

    Accuracies are None for regression; everything about the test set is None without one.
    """

    train_loss: float
    test_loss: float | None
    train_accuracy: float | None
    test_accuracy: float | None


def evaluate(network: Network, dataset: Dataset, y_train: Array, y_test: Array,
             low: float, cost: str = MEAN) -> Evaluation:
    """C = 1/n Σ ℓ (``cost`` "sum": L = Σ ℓ) and accuracy over the whole training and test
    sets; ``y_*`` are the encoded targets."""
    with np.errstate(all="ignore"):
        train = network.forward(dataset.x_train)
        train_loss = network.cost_of(train, y_train, cost=cost)
        train_acc = dataset.accuracy(train.output, dataset.y_train, low)
        if dataset.x_test.shape[0] == 0:
            return Evaluation(train_loss, None, train_acc, None)
        test = network.forward(dataset.x_test)
        test_loss = network.cost_of(test, y_test, cost=cost)
        test_acc = dataset.accuracy(test.output, dataset.y_test, low)
    return Evaluation(train_loss, test_loss, train_acc, test_acc)


@runtime_checkable
class TrainerProtocol(Protocol):
    """What the app's session and worker (and ``nnviz render``) may use of a trainer.

    :class:`Trainer` (gradient descent) and
    :class:`~nnviz.core.perceptron_training.PerceptronTrainer` (Rosenblatt's rule, one sample
    per step) both satisfy it, so no caller needs to ask which one it holds:

    network          the Network whose θ (``network.params``) training updates in place;
                     the caller may set any θ_i between steps
    dataset          the Dataset it trains on
    optimizer        holds η as ``optimizer.lr``; may be replaced or changed between steps
    batch_size       m, the samples per step (settable; the perceptron rule's m is always 1)
    shuffle          redraw the order of the samples every epoch (settable)
    step_count       parameter updates so far; ``epoch`` = samples seen / n
    steps_per_epoch  ⌈n / m⌉
    stopped          None while training can go on, else why it stopped ("converged",
                     "diverged", "steps", ...); settable: None lets training go on
    message          a sentence about ``stopped`` ("" when running)
    step(), run(n)   one update / up to n updates (fewer once stopped; run returns how many)
    stop(reason, message)   end training
    cost             what evaluate() reports (losses.COST_NAMES): "mean" C, "sum" L, or
                     "mistakes" (the perceptron rule: the share of misclassified samples)
    evaluate()       that cost and the accuracy on the whole training and test sets now
    snapshot()       a frozen Snapshot of now, safe to hand to another thread
    """

    network: Network
    dataset: Dataset
    optimizer: Optimizer
    batch_size: int
    shuffle: bool
    step_count: int
    stopped: str | None
    message: str
    cost: str

    @property
    def epoch(self) -> float: ...

    @property
    def steps_per_epoch(self) -> int: ...

    def step(self) -> bool: ...

    def run(self, n_steps: int) -> int: ...

    def stop(self, reason: str, message: str = "") -> None: ...

    def evaluate(self) -> "Evaluation": ...

    def snapshot(self) -> Snapshot: ...


class Trainer:
    """Gradient descent on ``network`` (whose θ it updates in place) over ``dataset``.

    ``batch_size`` None means the full batch; a larger m than the training set is the full
    batch too. Between calls the caller may change ``optimizer.lr`` (or the optimizer),
    ``batch_size``, ``shuffle`` (from the next epoch on) or any ``network.params[i]``: the
    next step uses them. ``cost`` is the convention of the cost (losses.py): "mean"
    (C = 1/m Σ ℓ over a batch) or "sum" (L = Σ ℓ); the gradient, the reported losses and
    ``target_loss`` follow it. ``target_loss`` (optional) ends training with
    ``stopped = "converged"`` at the end of the first epoch whose training loss over the
    whole training set is at most that value.
    """

    def __init__(
        self,
        network: Network,
        optimizer: Optimizer,
        dataset: Dataset,
        *,
        batch_size: int | None = None,
        shuffle: bool = True,
        seed: int | None = 0,
        target_loss: float | None = None,
        cost: str = MEAN,
    ) -> None:
        self.cost = check_cost(cost)
        self.network = network
        self.optimizer = optimizer
        self.dataset = dataset
        arch = network.architecture
        n = dataset.x_train.shape[0]
        if n == 0:
            raise InputError(translate("Training", "data set {name!r} has no training samples")
                             .format(name=dataset.name))
        if dataset.n_features != arch.n_inputs:
            raise InputError(translate("Training", "the network has {inputs} inputs but data set "
                                                   "{name!r} has {features} features")
                             .format(inputs=arch.n_inputs, name=dataset.name,
                                     features=dataset.n_features))
        self._low = class_zero_target(network, dataset)
        self._y_train = encoded_targets(network, dataset, dataset.y_train)
        self._y_test = encoded_targets(network, dataset, dataset.y_test)
        self._n = n
        self.batch_size = batch_size
        self.shuffle = bool(shuffle)
        if target_loss is not None and not math.isfinite(target_loss):
            raise InputError(translate("Training", "the target loss must be a finite number, got "
                                                   "{value}").format(value=target_loss))
        self.target_loss = target_loss
        self._rng = np.random.default_rng(seed)
        self._x_epoch: Array = dataset.x_train
        self._y_epoch: Array = self._y_train
        self._order: Array = np.arange(n)
        self._shuffled: tuple[Array, Array] | None = None  # (x, y) in this epoch's order
        self._position = n  # the next sample of the epoch; n: an epoch starts at the next step
        self._samples_seen = 0
        self._previous = np.empty_like(network.params)  # θ before the last update
        self._guard: LossGuard | None = None  # started at the next step
        self._good = np.empty_like(network.params)  # the guard's good θ
        self._block_start = np.empty_like(network.params)  # θ at its block's start
        self.gradients: Array | None = None  # ∂C/∂θ (or ∂L/∂θ) of the last step
        self.batch_indices: Array = self._order[:0]  # training samples of the last step
        self.step_count = 0
        self.stopped: str | None = None
        self.message = ""

    # -- what the trainer knows ------------------------------------------------------------
    @property
    def epoch(self) -> float:
        """Passes over the training set so far: samples seen / n (fractional mid-epoch)."""
        return self._samples_seen / self._n

    @property
    def batch_size(self) -> int:
        """m, the samples per step (n for the full batch)."""
        return self._batch_size

    @batch_size.setter
    def batch_size(self, value: int | None) -> None:
        """None or any m ≥ n means the full batch; the next step uses the new m."""
        self._batch_size = self._n if value is None else min(
            _count(value, "the batch size", minimum=1), self._n
        )

    @property
    def steps_per_epoch(self) -> int:
        """⌈n / m⌉."""
        return -(-self._n // self.batch_size)

    # -- training ---------------------------------------------------------------------------
    def step(self) -> bool:
        """One parameter update on the next batch; False (and nothing done) once stopped."""
        with np.errstate(all="ignore"):
            return self._step()

    def run(self, n_steps: int) -> int:
        """Up to ``n_steps`` updates; fewer if training stops. Returns the number done."""
        done = 0
        with np.errstate(all="ignore"):
            while done < n_steps and self._step():
                done += 1
        return done

    def stop(self, reason: str, message: str = "") -> None:
        """End training (``reason`` e.g. "steps" or "stopped"); step() does nothing after.

        Setting ``stopped`` back to None lets training go on (e.g. after a divergence, with
        a smaller learning rate: the parameters are the last good ones; the loss guard
        starts again from them).
        """
        self.stopped = reason
        self.message = message

    def _step(self) -> bool:
        """Next batch -> forward, backward -> check C -> update θ -> check θ (undo if not finite)
        -> the loss guard (loss_guard.py; θ back to its good θ if the loss explodes).

        A step that diverges leaves θ, the step count and the batch position as they were,
        so training resumed with a smaller η retries the same batch. A step at which the loss
        explodes counts, and θ goes back to the guard's good θ.
        """
        if self.stopped is not None:
            return False
        if self._position >= self._n:
            self._start_epoch()
        start = self._position
        stop = start + self.batch_size
        self._position = stop
        net = self.network
        params = net.params
        grads = net.backward(net.forward(self._x_epoch[start:stop]), self._y_epoch[start:stop],
                             cost=self.cost)
        self.gradients = grads.flat
        if not math.isfinite(grads.cost):
            self._position = start
            self._diverged(translate("Training", "the cost became {value}").format(value=grads.cost))
            return False
        guard = self._guard or self._start_guard()
        if guard.starts_block:
            np.copyto(self._block_start, params)
        np.copyto(self._previous, params)
        self.optimizer.step(params, grads.flat)
        if not math.isfinite(np.add.reduce(params)):
            np.copyto(params, self._previous)
            self._position = start
            self.optimizer.reset()
            self._diverged("a parameter became infinite or NaN")
            return False
        self.batch_indices = self._order[start:stop]
        self.step_count += 1
        self._samples_seen += min(stop, self._n) - start
        verdict = guard.add(grads.cost / (min(stop, self._n) - start) if self.cost == SUM
                            else grads.cost)
        if verdict == LOWER:
            self._good, self._block_start = self._block_start, self._good
        elif verdict == EXPLODING:
            self._exploded(guard)
            return True
        if self.target_loss is not None and self._position >= self._n:
            loss = self.network.cost(self.dataset.x_train, self._y_train, cost=self.cost)
            if loss <= self.target_loss:
                self.stop("converged", translate(
                    "Training", "converged after {steps} steps: training loss {loss} ≤ target "
                                "{target}").format(steps=self.step_count, loss=f"{loss:.6g}",
                                                   target=f"{self.target_loss:g}"))
        return True

    def _start_epoch(self) -> None:
        """Draw this epoch's order and gather the data in that order once (batches are views).

        The full batch needs no order: its gradient is the mean (or sum) over all samples anyway.
        """
        self._position = 0
        if self.shuffle and self.batch_size < self._n:
            self._order = self._rng.permutation(self._n)
            if self._shuffled is None:  # gathered into the same arrays every epoch
                self._shuffled = np.empty_like(self.dataset.x_train), np.empty_like(self._y_train)
            self._x_epoch, self._y_epoch = self._shuffled
            # mode="clip": no buffered bounds check (a permutation is always in range)
            np.take(self.dataset.x_train, self._order, axis=0, out=self._x_epoch, mode="clip")
            np.take(self._y_train, self._order, axis=0, out=self._y_epoch, mode="clip")
        elif self._x_epoch is not self.dataset.x_train:
            self._order = np.arange(self._n)
            self._x_epoch, self._y_epoch = self.dataset.x_train, self._y_train

    def _start_guard(self) -> LossGuard:
        """A loss guard from θ now, C₀ over the whole training set (once per run)."""
        np.copyto(self._good, self.network.params)
        self._guard = LossGuard(self.network.cost(self.dataset.x_train, self._y_train),
                                self.step_count)
        return self._guard

    def _exploded(self, guard: LossGuard) -> None:
        """Stop: θ back to the guard's good θ, the optimizer's state cleared."""
        np.copyto(self.network.params, self._good)
        self.optimizer.reset()
        self._guard = None
        first, last = guard.block_steps
        since = (translate("Training", "at step {step}").format(step=guard.good_step)
                 if guard.lowest_steps is None
                 else translate("Training", "over steps {first}-{last}").format(
                     first=guard.lowest_steps[0], last=guard.lowest_steps[1]))
        self.stop(
            "diverged",
            translate("Training", "the loss is exploding: lower the learning rate (now {lr}). "
                                  "The loss per sample went from {low} ({since}) to {high} "
                                  "(over steps {first}-{last}); the parameters are those after "
                                  "step {good}.").format(
                lr=f"{self.optimizer.lr:g}", low=f"{guard.lowest:.3g}", since=since,
                high=f"{guard.block_cost:.3g}", first=first, last=last, good=guard.good_step),
        )

    def _diverged(self, what: str) -> None:
        self._guard = None
        step = self.step_count + 1
        self.stop(
            "diverged",
            translate("Training", "diverged at step {step}: {what}; the parameters are those "
                                  "after step {previous}. Try a smaller learning rate (now "
                                  "{lr}).").format(step=step, what=what, previous=self.step_count,
                                                   lr=f"{self.optimizer.lr:g}"),
        )

    # -- looking at it -----------------------------------------------------------------------
    def evaluate(self) -> Evaluation:
        """C (or L) and accuracy over the whole training and test sets at the current θ."""
        return evaluate(self.network, self.dataset, self._y_train, self._y_test, self._low,
                        self.cost)

    def snapshot(self) -> Snapshot:
        """A frozen record of now: copies of θ, of the last gradients and of the optimizer state."""
        ev = self.evaluate()
        state = {}
        for key, value in self.optimizer.state().items():
            value.flags.writeable = False  # state() gave us fresh copies
            state[key] = value
        return Snapshot(
            step=self.step_count,
            epoch=self.epoch,
            architecture=self.network.architecture,
            params=frozen_copy(self.network.params),
            gradients=frozen_copy(self.gradients),
            train_loss=ev.train_loss,
            test_loss=ev.test_loss,
            train_accuracy=ev.train_accuracy,
            test_accuracy=ev.test_accuracy,
            learning_rate=self.optimizer.lr,
            optimizer_state=MappingProxyType(state),
            stopped=self.stopped,
            message=self.message,
            cost=self.cost,
            batch=self._last_batch(),
        )

    def _last_batch(self) -> Array | None:
        """A read-only copy of the last step's training rows; None for the full batch."""
        if not 0 < len(self.batch_indices) < self._n:
            return None
        rows = np.array(self.batch_indices, dtype=int, copy=True)
        rows.flags.writeable = False
        return rows

    def snapshots(self, *, until: int | None = None, every: int = 1) -> Iterator[Snapshot]:
        """Yield a Snapshot now, then every ``every`` steps, then a last one with ``stopped``.

        Training ends with "steps" once ``step_count`` reaches ``until`` (None: no limit),
        or when it converges or diverges. A plain generator: it never prints or sleeps, and
        the caller may stop iterating (or close it) between any two snapshots.
        """
        every = _count(every, "every", minimum=1)
        return self._snapshots(until, every)

    def _snapshots(self, until: int | None, every: int) -> Iterator[Snapshot]:
        while True:
            if self.stopped is None and until is not None and self.step_count >= until:
                self.stop("steps", translate("Training", "finished {steps} steps ({epochs} epochs)")
                          .format(steps=self.step_count, epochs=f"{self.epoch:g}"))
            snapshot = self.snapshot()
            yield snapshot
            if snapshot.stopped is not None:
                return
            self.run(every if until is None else min(every, until - self.step_count))


def train(
    network: Network,
    optimizer: Optimizer,
    dataset: Dataset,
    *,
    steps: int | None = None,
    epochs: int | None = None,
    every: int = 1,
    batch_size: int | None = None,
    shuffle: bool = True,
    seed: int | None = 0,
    target_loss: float | None = None,
    cost: str = MEAN,
) -> Iterator[Snapshot]:
    """Train and yield a Snapshot at step 0, then every ``every`` steps, then a last one.

    The budget is ``steps`` updates or ``epochs`` passes (⌈n/m⌉ steps each), not both;
    with neither, training goes on until it converges or diverges, or the caller stops
    iterating (closing the generator is fine). The last snapshot has ``stopped`` set:
    "steps" when the budget is used up, "converged" or "diverged" (with ``message``).
    ``cost``: "mean" or "sum", as :class:`Trainer` says. Nothing is printed and nothing
    sleeps.
    """
    if steps is not None and epochs is not None:
        raise InputError(translate("Training", "give a number of steps or of epochs, not both"))
    trainer = Trainer(network, optimizer, dataset, batch_size=batch_size, shuffle=shuffle,
                      seed=seed, target_loss=target_loss, cost=cost)
    if epochs is not None:
        until = _count(epochs, "epochs") * trainer.steps_per_epoch
    else:
        until = None if steps is None else _count(steps, "steps")
    return trainer.snapshots(until=until, every=every)


def _count(value: object, what: str, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < minimum:
        raise InputError(translate("Training", "{what} must be a whole number ≥ {minimum}, got "
                                               "{value!r}").format(what=what, minimum=minimum,
                                                                   value=value))
    return int(value)
