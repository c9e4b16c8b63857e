"""One gradient-descent update of every parameter, as data: the table the step-through shows
(old θ_i, ∂C/∂θ_i, η·∂C/∂θ_i, new θ_i) and exactly what "Apply this update" sends.

For m samples (rows x_i with targets y_i) and the learning rate η:

    g_i = ∇θ ℓ(x_i, y_i)              one backward pass per sample
    g   = ∇θ C = (1/m) Σ_i g_i         C = (1/m) Σ_i ℓ_i, the cost training.py minimises
    θ'  = θ − η·g

so for a batch it is one step of :class:`~nnviz.core.training.Trainer` with plain SGD on that
batch. Under the cost "sum" (L = Σ_i ℓ_i, as one lecture writes it) the gradient is the sum,
g = ∇θ L = Σ_i g_i, and ``cost_before`` / ``cost_after`` are L: m times the mean's. m = 1 is the worked example's own update (:meth:`ParameterUpdate.of_worked`).
θ is laid out as Network.params: W^1 row by row, b^1, W^2, b^2, ...
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.losses import MEAN, check_cost
from nnviz.core.network import Architecture, Network
from nnviz.core.worked_numbers import WorkedNumbers, check_learning_rate

Array = np.ndarray


@dataclass(frozen=True)
class UpdateRow:
    """One parameter's line of the table: θ_i ← old − η·gradient = new (``name`` as
    Architecture.parameter_name writes it: w2_13, b1_2)."""

    index: int
    name: str
    old: float
    gradient: float
    step: float  # η·gradient
    new: float


@dataclass(frozen=True, eq=False)
class ParameterUpdate:
    """θ' = θ − η·(1/m) Σ_i g_i for m samples; every array read-only."""

    architecture: Architecture
    learning_rate: float
    old: Array  # θ, (P,)
    per_sample: Array  # g_i, (m, P)
    gradient: Array  # g = mean of the g_i (their sum under the cost "sum"), (P,)
    step: Array  # η·g
    new: Array  # θ − η·g
    cost_before: float  # C at θ (L under the cost "sum")
    cost_after: float  # C at θ'
    cost: str = MEAN  # "mean": C = 1/m Σ ℓ_i; "sum": L = Σ ℓ_i

    @property
    def batch_size(self) -> int:
        """m."""
        return self.per_sample.shape[0]

    def __len__(self) -> int:
        return self.old.size

    def row(self, index: int) -> UpdateRow:
        """The table's line for θ[index]."""
        return UpdateRow(index, self.architecture.parameter_name(index), float(self.old[index]),
                         float(self.gradient[index]), float(self.step[index]),
                         float(self.new[index]))

    def rows(self, layer: int) -> tuple[UpdateRow, ...]:
        """The lines of layer l (1-based): its weights w^l_jk row by row, then its biases."""
        arch = self.architecture
        start = arch.weight_index(layer, 0, 0)
        end = start + arch.sizes[layer] * (arch.sizes[layer - 1] + arch.bias[layer - 1])
        return tuple(self.row(i) for i in range(start, end))

    @classmethod
    def of_worked(cls, numbers: WorkedNumbers, cost: str = MEAN) -> ParameterUpdate:
        """The one-sample update of a worked example (which must have a learning rate);
        ``cost`` is the training's convention, only named (for one sample L = C = ℓ): a
        table writes ∂L/∂θ under "sum"."""
        cost = check_cost(cost)
        if numbers.updated is None:
            raise InputError(translate("ParameterUpdate", "this worked example has no update: give "
                                                          "a target and a learning rate"))
        arch = numbers.architecture

        def flat(weights: Sequence[Array], biases: Sequence[Array | None]) -> Array:
            theta = np.zeros(arch.n_parameters)
            ws, bs = arch.unflatten(theta)
            for w, b, w_in, b_in in zip(ws, bs, weights, biases):
                w[...] = w_in
                if b is not None:
                    b[...] = b_in
            return theta

        old = flat([s.weights for s in numbers.layers], [s.bias for s in numbers.layers])
        gradient = flat([g.weights for g in numbers.gradients], [g.bias for g in numbers.gradients])
        new = flat([u.weights for u in numbers.updated], [u.bias for u in numbers.updated])
        return _frozen(arch, numbers.learning_rate, old, gradient[None, :], gradient, new,
                       numbers.loss_value, numbers.loss_after, cost)


def parameter_update(network: Network, x: Array, y: Array, learning_rate: float,
                     cost: str = MEAN) -> ParameterUpdate:
    """The update θ' = θ − η·(1/m) Σ_i ∇θ ℓ(x_i, y_i) for the m rows of ``x`` and ``y``
    (``cost`` "sum": θ' = θ − η·Σ_i ∇θ ℓ(x_i, y_i), the gradient of L = Σ_i ℓ_i).

    ``network`` is not changed. Bad input (shapes, numbers, η, cost) is an :class:`InputError`.
    """
    eta = check_learning_rate(learning_rate)
    cost = check_cost(cost)
    arch = network.architecture
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.ndim != 2 or x.shape[0] == 0 or x.shape[1] != arch.n_inputs:
        raise InputError(translate("ParameterUpdate", "the batch must be m ≥ 1 rows of {n} inputs, "
                                                      "got shape {shape}")
                         .format(n=arch.n_inputs, shape=x.shape))
    if y.shape != (x.shape[0], arch.n_outputs):
        raise InputError(translate("ParameterUpdate", "{m} samples need targets of shape ({m}, "
                                                      "{outputs}), got {shape}")
                         .format(m=x.shape[0], outputs=arch.n_outputs, shape=y.shape))
    if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
        raise InputError(translate("ParameterUpdate", "the batch contains NaN or infinite values"))
    with np.errstate(over="ignore", invalid="ignore"):
        batch = network.backward(network.forward(x), y, cost=cost)
        per_sample = np.stack([network.backward(network.forward(x[i:i + 1]), y[i:i + 1]).flat
                               for i in range(x.shape[0])])
        new = network.params - eta * batch.flat
        cost_after = Network(arch, new).cost(x, y, cost=cost)
    if not (np.all(np.isfinite(new)) and np.isfinite(batch.cost) and np.isfinite(cost_after)):
        raise InputError(translate("ParameterUpdate", "the update overflows: use a smaller "
                                                      "learning rate"))
    return _frozen(arch, eta, network.params.copy(), per_sample, batch.flat.copy(), new,
                   batch.cost, cost_after, cost)


def _frozen(arch: Architecture, eta: float, old: Array, per_sample: Array, gradient: Array,
            new: Array, cost_before: float, cost_after: float,
            cost: str = MEAN) -> ParameterUpdate:
    step = eta * gradient
    for a in (old, per_sample, gradient, step, new):
        a.flags.writeable = False
    return ParameterUpdate(arch, eta, old, per_sample, gradient, step, new, float(cost_before),
                           float(cost_after), cost)
