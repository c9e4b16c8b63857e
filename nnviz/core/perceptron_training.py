"""Rosenblatt's perceptron rule behind the Trainer's interface, so the app can play it.

The rule itself is :func:`nnviz.core.perceptron.perceptron_rule` (one event per sample:
ŷ = sign(w·x + b), and w ← w + η y x, b ← b + η y on a mistake). This adapter runs it on a
one-layer network N_0 → 1 with a sign or step output, writing each event's w^1_1k and b^1_1
into ``network.params``, and satisfies :class:`~nnviz.core.training.TrainerProtocol`, as the
gradient :class:`~nnviz.core.training.Trainer` does (``optimizer.lr`` is η).

A step is one sample: the batch size m is always 1 (a batch size set from outside, as the
settings panel sends it for either rule, is ignored). When θ or η were changed from outside between steps (a weight edited
in the graph view, a new learning rate), the rule restarts from the current θ with the new η.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Iterator

import numpy as np

from nnviz.core.data import CLASSIFICATION, Dataset
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.losses import MISTAKES
from nnviz.core.network import Network
from nnviz.core.optimizers import make_optimizer
from nnviz.core.perceptron import PerceptronEvent, perceptron_rule
from nnviz.core.snapshot import Snapshot, frozen_copy
from nnviz.core.training import Evaluation, class_zero_target, evaluate

# The rule never stops by itself on a step count here: the app decides when to stop.
_UNLIMITED = 2**62


class PerceptronTrainer:
    """The perceptron rule on ``network`` (updated in place) over ``dataset``'s two classes."""

    def __init__(self, network: Network, dataset: Dataset, *, eta: float = 1.0,
                 shuffle: bool = False, seed: int | None = 0) -> None:
        arch = network.architecture
        if arch.n_layers != 1 or arch.n_outputs != 1 or arch.activations[0] not in ("sign", "step"):
            raise InputError(translate("Perceptron", "the perceptron rule trains one sign or step "
                                                     "neuron: no hidden layers, one output"))
        if dataset.kind != CLASSIFICATION or len(dataset.target_names) != 2:
            raise InputError(translate("Perceptron", "the perceptron rule needs two classes; "
                                                     "{name} has {count} classes")
                             .format(name=dataset.name, count=len(dataset.target_names))
                             if dataset.kind == CLASSIFICATION else
                             translate("Perceptron", "the perceptron rule needs two classes; "
                                                     "{name} has no classes")
                             .format(name=dataset.name))
        if dataset.n_features != arch.n_inputs:
            raise InputError(translate("Perceptron", "the network has {inputs} inputs but data "
                                                     "set {name!r} has {features} features")
                             .format(inputs=arch.n_inputs, name=dataset.name,
                                     features=dataset.n_features))
        self.network = network
        self.dataset = dataset
        self.optimizer = make_optimizer("sgd", lr=eta)  # holds η; its step() is never used
        self.shuffle = bool(shuffle)
        self._seed = seed
        self._labels = np.where(np.asarray(dataset.y_train) == 1, 1, -1)  # class 1 -> +1, 0 -> -1
        self._low = class_zero_target(network, dataset)
        self._targets = dataset.encode(dataset.y_train, 1, self._low)
        self._test_targets = dataset.encode(dataset.y_test, 1, self._low)
        self._events: Iterator[PerceptronEvent] | None = None
        self._eta = eta
        self._written = network.params.copy()
        self.last_event: PerceptronEvent | None = None
        self.step_count = 0
        self.stopped: str | None = None
        self.message = ""
        self.cost = MISTAKES  # the rule minimises no loss: evaluate() reports mistakes

    @property
    def epoch(self) -> float:
        """Samples seen / n."""
        return self.step_count / len(self._labels)

    @property
    def steps_per_epoch(self) -> int:
        """n: one step per sample."""
        return len(self._labels)

    @property
    def batch_size(self) -> int:
        """m = 1: the rule updates w and b after every sample."""
        return 1

    @batch_size.setter
    def batch_size(self, value: int | None) -> None:
        """Ignored: the rule has no batches (m stays 1)."""

    def step(self) -> bool:
        """One sample through the rule; False (nothing done) once stopped."""
        if self.stopped is not None:
            return False
        if (self._events is None or self.optimizer.lr != self._eta
                or not np.array_equal(self.network.params, self._written)):
            self._restart()
        event = next(self._events)
        weights, biases = self.network.weights, self.network.biases
        weights[0][0, :] = event.weights
        if biases[0] is not None:
            biases[0][0] = event.bias
        np.copyto(self._written, self.network.params)
        self.last_event = event
        self.step_count += 1
        if event.stopped == "converged":
            self.stop("converged", translate("Perceptron", "converged after {n} samples: a whole "
                                                           "epoch without a mistake")
                      .format(n=self.step_count))
        return True

    def run(self, n_steps: int) -> int:
        done = 0
        while done < n_steps and self.step():
            done += 1
        return done

    def stop(self, reason: str, message: str = "") -> None:
        """End training; setting ``stopped`` back to None lets it go on."""
        self.stopped = reason
        self.message = message

    def evaluate(self) -> Evaluation:
        """The share of misclassified samples (1 − accuracy: the rule counts mistakes, it
        minimises no loss) and the accuracy, over the training and test sets."""
        ev = evaluate(self.network, self.dataset, self._targets, self._test_targets, self._low)
        return Evaluation(1.0 - ev.train_accuracy,
                          None if ev.test_accuracy is None else 1.0 - ev.test_accuracy,
                          ev.train_accuracy, ev.test_accuracy)

    def snapshot(self) -> Snapshot:
        """A frozen record of now (no gradients: the rule does not use any)."""
        ev = self.evaluate()
        return Snapshot(
            step=self.step_count, epoch=self.epoch, architecture=self.network.architecture,
            params=frozen_copy(self.network.params), gradients=None,
            train_loss=ev.train_loss, test_loss=ev.test_loss,
            train_accuracy=ev.train_accuracy, test_accuracy=ev.test_accuracy,
            learning_rate=self.optimizer.lr, optimizer_state=MappingProxyType({}),
            stopped=self.stopped, message=self.message, cost=self.cost,
        )

    def _restart(self) -> None:
        """Start the rule afresh from the current w, b and η."""
        self._eta = self.optimizer.lr
        bias = self.network.biases[0]
        seed = None if self._seed is None else self._seed + self.step_count
        self._events = perceptron_rule(
            self.dataset.x_train, self._labels, weights=self.network.weights[0][0],
            bias=None if bias is None else float(bias[0]), eta=self._eta,
            activation=self.network.architecture.activations[0],
            max_steps=_UNLIMITED, shuffle=self.shuffle, seed=seed,
        )
