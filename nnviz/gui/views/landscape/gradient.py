"""∂C/∂θ over the whole training set at the latest θ, for the −∇C arrow: computed at once for
a small network, in the background for a large one (the newest θ wins). Under the training
cost "sum" it is ∂L/∂θ = n·∂C/∂θ."""

from __future__ import annotations

from functools import partial

import numpy as np
from PySide6.QtCore import QObject, Signal

from nnviz.core.losses import MEAN
from nnviz.core.network import Architecture, Network
from nnviz.gui.jobs import JobRunner

Array = np.ndarray

GRADIENT_WORK_HERE = 200_000  # samples x parameters up to which ∇C is computed at once


def _full_batch_gradient(architecture: Architecture, theta: Array, step: int, x: Array, y: Array,
                         cost: str = MEAN, progress=None) -> tuple[int, Array]:
    """(step, ∂C/∂θ) with C the cost over all of (x, y) at θ (``cost`` "sum": ∂L/∂θ)."""
    with np.errstate(all="ignore"):
        net = Network(architecture, theta)
        return step, net.backward(net.forward(x), y, cost=cost).flat


class GradientTracker(QObject):
    """The newest ∂C/∂θ and the step it belongs to; ``arrived`` when one came from the
    background (one computed at once is there when :meth:`request` returns)."""

    arrived = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.gradient: Array | None = None
        self.step = -1
        self.jobs = JobRunner(self)
        self.jobs.result_ready.connect(self._on_result)

    def forget(self) -> None:
        """New data or a new network: the gradient known so far is of no use."""
        self.gradient = None
        self.jobs.invalidate()

    def at(self, step: int) -> Array | None:
        """∂C/∂θ at ``step``, if that is the one known."""
        return self.gradient if self.step == step else None

    def request(self, architecture: Architecture, theta: Array, step: int,
                data: tuple[Array, Array] | None, cost: str = MEAN) -> None:
        """∂C/∂θ at ``theta`` (the snapshot of ``step``) over ``data`` = (x, y); ``cost``
        "sum": ∂L/∂θ."""
        if data is None:
            self.gradient = None
            return
        x, y = data
        task = partial(_full_batch_gradient, architecture, np.array(theta), step, x, y, cost)
        if x.shape[0] * architecture.n_parameters <= GRADIENT_WORK_HERE:
            self.step, self.gradient = task()
        else:  # a large network: one at a time, a newer request waits and replaces older ones
            self.jobs.submit(task)

    def _on_result(self, result: tuple[int, Array]) -> None:
        self.step, self.gradient = result
        self.arrived.emit()
