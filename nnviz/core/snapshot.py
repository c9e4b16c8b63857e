"""Snapshot: the immutable record of training that crosses from the worker to the views."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

import numpy as np

from nnviz.core.network import Architecture, Network

Array = np.ndarray


def frozen_copy(a: Array | None) -> Array | None:
    """A read-only copy of ``a`` that shares no memory with it."""
    if a is None:
        return None
    c = np.array(a, dtype=float, copy=True)
    c.flags.writeable = False
    return c


@dataclass(frozen=True, eq=False)
class Snapshot:
    """The state of training after ``step`` parameter updates.

    ``params`` is θ and ``gradients`` the last ∂C/∂θ (flat, laid out as in
    :class:`~nnviz.core.network.Network`), both read-only copies. ``epoch`` counts the
    passes over the training set, fractional within an epoch. ``stopped`` is None while
    training goes on, else why it ended: "steps", "converged", "diverged" or "stopped".
    ``losses``: rows (step, train C, test C; NaN without a test set) of the run so far,
    oldest first, read-only, when whoever trains records every step's cost (the app's
    session does, recent steps at full detail and older ones thinned); else None.
    ``cost`` says what the losses are (losses.COST_NAMES): "mean" C = 1/n Σ ℓ, "sum"
    L = Σ ℓ, or "mistakes", the perceptron rule's share of misclassified samples.
    ``batch``: the training rows the last step learnt from, read-only, when that was a
    mini-batch or one sample (None for the full batch, or before the first step).
    """

    step: int
    epoch: float
    architecture: Architecture
    params: Array
    gradients: Array | None
    train_loss: float
    test_loss: float | None = None
    train_accuracy: float | None = None
    test_accuracy: float | None = None
    learning_rate: float | None = None
    optimizer_state: Mapping[str, Array] = field(default_factory=lambda: MappingProxyType({}))
    stopped: str | None = None
    message: str = ""
    losses: Array | None = None
    cost: str = "mean"
    batch: Array | None = None

    @property
    def weights(self) -> list[Array]:
        """W^1..W^L as read-only views of ``params``."""
        return self.architecture.unflatten(self.params)[0]

    @property
    def biases(self) -> list[Array | None]:
        """b^1..b^L (None for a layer without bias) as read-only views of ``params``."""
        return self.architecture.unflatten(self.params)[1]

    @property
    def weight_gradients(self) -> list[Array] | None:
        """∂C/∂W^1..∂C/∂W^L of the last step, or None before the first step."""
        if self.gradients is None:
            return None
        return self.architecture.unflatten(self.gradients)[0]

    def network(self) -> Network:
        """A new Network with these parameters (a private copy the caller may use freely)."""
        return Network(self.architecture, np.array(self.params))
