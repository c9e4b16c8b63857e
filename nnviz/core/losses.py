"""Loss functions ℓ(a, y) per sample, by name, and the cost of a batch of n samples.

The cost follows one of two conventions (:data:`COSTS`), as the lectures write it:

    "mean"  C = 1/n Σ_x ℓ_x   (the default; C = 1/(2n) Σ ‖y - a‖² with the half squared error)
    "sum"   L = Σ_x ℓ_x       (so ∂L/∂θ = n·∂C/∂θ over the same batch)

Rows are samples, columns the output neurons j = 1..N_L. Each loss gives the per-sample
value and ∂ℓ/∂a. The two cross-entropies are fused with their output activation
(sigmoid, softmax): their value is computed from z (stable for any z) and their
∂ℓ/∂z is simply a - y, so they name the activation they require.

Sums and maxima over the output neurons call ``np.add.reduce`` and ``np.maximum.reduce``
directly: the same computation as ``np.sum`` and ``np.max``, without their Python wrappers,
which cost more than the arithmetic on a training batch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from nnviz.core.errors import InputError
from nnviz.core.i18n import translate

Array = np.ndarray


@dataclass(frozen=True)
class Loss:
    """A named per-sample loss; ``value(z, a, y)`` has shape (batch,)."""

    name: str
    value_fn: Callable[[Array, Array, Array], Array]
    grad_a_fn: Callable[[Array, Array], Array] | None
    formula: str
    latex: str
    requires_activation: str | None = None  # fused output activation, if any

    def value(self, z: Array, a: Array, y: Array) -> Array:
        """ℓ per sample (shape (batch,)) from the output layer's z and a and the target y."""
        return self.value_fn(z, a, y)

    def grad_a(self, a: Array, y: Array) -> Array:
        """∂ℓ/∂a per sample (not used for fused losses, whose ∂ℓ/∂z is a - y)."""
        if self.grad_a_fn is None:
            raise ValueError(f"{self.name} is fused with {self.requires_activation}: use a - y")
        return self.grad_a_fn(a, y)

    @property
    def fused(self) -> bool:
        return self.requires_activation is not None


def _bce(z: Array, a: Array, y: Array) -> Array:
    """-Σ_j [y log σ(z) + (1-y) log(1-σ(z))] = Σ_j [max(z,0) - y z + log(1 + e^-|z|)]."""
    return np.add.reduce(np.maximum(z, 0.0) - y * z + np.log1p(np.exp(-np.abs(z))), axis=-1)


def _softmax_ce(z: Array, a: Array, y: Array) -> Array:
    """-Σ_j y_j log softmax(z)_j = -Σ_j y_j (z_j - logsumexp(z))."""
    m = np.maximum.reduce(z, axis=-1, keepdims=True)
    log_sum = m + np.log(np.add.reduce(np.exp(z - m), axis=-1, keepdims=True))
    return -np.add.reduce(y * (z - log_sum), axis=-1)


MEAN, SUM = "mean", "sum"
COSTS = (MEAN, SUM)
# What a trainer reports as its cost, as the app labels it: the two conventions of a loss,
# and the perceptron rule's error rate, its share of mistakes (it minimises no loss).
MISTAKES = "mistakes"
COST_NAMES = {MEAN: "loss C", SUM: "loss L", MISTAKES: "error rate"}


def check_cost(cost: object, what: str | None = None) -> str:
    """``cost`` if it is one of :data:`COSTS`; else an InputError naming ``what`` and the
    allowed values."""
    if cost not in COSTS:
        what = translate("Losses", "the cost") if what is None else what
        raise InputError(translate("Losses", "{what} must be \"mean\" (C = 1/n Σ ℓ) or \"sum\" "
                                             "(L = Σ ℓ), not {value!r}")
                         .format(what=what, value=cost))
    return cost


def batch_cost(losses: Array, cost: str = MEAN) -> float:
    """C = 1/n Σ ℓ ("mean") or L = Σ ℓ ("sum") of the per-sample losses ℓ, shape (n,)."""
    total = np.add.reduce(losses)
    if cost == MEAN:
        return float(total / losses.shape[0])
    check_cost(cost)
    return float(total)


LOSSES: dict[str, Loss] = {
    loss.name: loss
    for loss in (
        Loss("squared_error",
             lambda z, a, y: np.add.reduce((y - a) ** 2, axis=-1),
             lambda a, y: 2.0 * (a - y),
             "ℓ = Σ_j (y_j - a_j)²", r"\ell = \sum_j (y_j - a_j)^2"),
        Loss("half_squared_error",
             lambda z, a, y: 0.5 * np.add.reduce((y - a) ** 2, axis=-1),
             lambda a, y: a - y,
             "ℓ = ½ Σ_j (y_j - a_j)²", r"\ell = \tfrac{1}{2}\sum_j (y_j - a_j)^2"),
        Loss("absolute_error",
             lambda z, a, y: np.add.reduce(np.abs(y - a), axis=-1),
             lambda a, y: np.sign(a - y),
             "ℓ = Σ_j |y_j - a_j|", r"\ell = \sum_j \lvert y_j - a_j \rvert"),
        Loss("binary_cross_entropy", _bce, None,
             "ℓ = -Σ_j [y_j log a_j + (1-y_j) log(1-a_j)]",
             r"\ell = -\sum_j \left[y_j \log a_j + (1-y_j)\log(1-a_j)\right]",
             requires_activation="sigmoid"),
        Loss("softmax_cross_entropy", _softmax_ce, None,
             "ℓ = -Σ_j y_j log a_j", r"\ell = -\sum_j y_j \log a_j",
             requires_activation="softmax"),
    )
}


def get_loss(name: str) -> Loss:
    """The loss called ``name``; an :class:`InputError` listing the known names if none."""
    try:
        return LOSSES[name]
    except (KeyError, TypeError):
        raise InputError(translate("Losses", "unknown loss {name!r} (known: {known})")
                         .format(name=name, known=", ".join(LOSSES))) from None
