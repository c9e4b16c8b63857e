"""The numbers of a worked example: one forward pass, one backward pass and one update of
one sample, every intermediate kept (layers l = 1..L; indices of arrays 0-based):

    z^l = W^l a^{l-1} + b^l,   a^l = σ(z^l),   a^0 = x                      (Network.forward)
    δ^L = σ'(z^L) ⊙ ∂ℓ/∂a^L  (a^L - y for the fused cross-entropies)
    δ^l = σ'(z^l) ⊙ (W^{l+1})ᵀ δ^{l+1},   ∂ℓ/∂W^l = δ^l (a^{l-1})ᵀ,   ∂ℓ/∂b^l = δ^l   (Network.backward)
    θ' = θ - η ∇θ ℓ, then a forward pass of θ' for the loss after the update

:func:`work_out` calls Network.forward and Network.backward once each (and forward once more
for the updated network); nothing here recomputes what the network computed. worked.py
turns these numbers into the ordered steps that explain prints and the step-through walks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from nnviz.core.activations import Activation
from nnviz.core.errors import InputError
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.losses import Loss
from nnviz.core.network import Architecture, ForwardTrace, Gradients, Network

Array = np.ndarray


@dataclass(frozen=True, eq=False)
class LayerForward:
    """The forward pass through layer l: a^{l-1} -> z^l = W^l a^{l-1} + b^l -> a^l = σ(z^l)."""

    layer: int
    activation: Activation
    weights: Array  # W^l, (N_l, N_{l-1})
    bias: Array | None  # b^l, (N_l,), None for a layer without bias
    inputs: Array  # a^{l-1}, (N_{l-1},)
    z: Array
    a: Array


@dataclass(frozen=True, eq=False)
class LayerGradient:
    """The backward pass through layer l.

    ``grad_a`` is ∂ℓ/∂a^l: from the loss at the output layer, Σ_k w^{l+1}_kj δ^{l+1}_k below it,
    None for the fused cross-entropies (δ^L = a^L - y). ``sigma_prime`` is σ'(z^l) for an
    element-wise activation that δ went through, else None. ``delta`` is δ^l = ∂ℓ/∂z^l,
    ``weights`` ∂ℓ/∂W^l (w^l_jk: a^{l-1}_k δ^l_j) and ``bias`` ∂ℓ/∂b^l = δ^l.
    """

    layer: int
    grad_a: Array | None
    sigma_prime: Array | None
    delta: Array
    weights: Array
    bias: Array | None


@dataclass(frozen=True, eq=False)
class LayerUpdate:
    """W^l - η ∂ℓ/∂W^l and b^l - η ∂ℓ/∂b^l."""

    layer: int
    weights: Array
    bias: Array | None


@dataclass(frozen=True, eq=False)
class WorkedNumbers:
    """Every number of one worked example; layers are l = 1..L in order."""

    architecture: Architecture
    loss: Loss
    x: Array
    layers: tuple[LayerForward, ...]
    target: Array | None = None
    loss_value: float | None = None
    gradients: tuple[LayerGradient, ...] | None = None
    learning_rate: float | None = None
    updated: tuple[LayerUpdate, ...] | None = None
    output_after: Array | None = None  # a^L of the updated network
    loss_after: float | None = None

    @property
    def output(self) -> Array:
        """a^L."""
        return self.layers[-1].a

    def to_dict(self) -> dict:
        """The JSON document (full precision; null for the parts that were not asked for)."""

        def optional(v: Array | None) -> list | None:
            return None if v is None else v.tolist()

        return {
            "input": self.x.tolist(),
            "layers": [{"z": s.z.tolist(), "a": s.a.tolist()} for s in self.layers],
            "output": self.output.tolist(),
            "loss": self.loss_value,
            "gradients": None if self.gradients is None else [
                {"delta": g.delta.tolist(), "weights": g.weights.tolist(), "bias": optional(g.bias)}
                for g in self.gradients
            ],
            "updated": None if self.updated is None else [
                {"weights": u.weights.tolist(), "bias": optional(u.bias)} for u in self.updated
            ],
            "loss_after": self.loss_after,
        }


def check_vector(values: Sequence[float] | Array, size: int, name: str, unit: str) -> Array:
    """``values`` as a float vector of ``size`` finite numbers, else an :class:`InputError`.

    ``name`` is what the user called it ("--input"), ``unit`` what the network has ("input").
    """
    v = np.asarray(values, dtype=float)
    if v.ndim != 1 or v.size == 0:
        raise InputError(translate("Worked", "{name} must be a non-empty list of numbers")
                         .format(name=name))
    if not np.all(np.isfinite(v)):
        bad = v[~np.isfinite(v)][0]
        raise InputError(translate("Worked", "{name}: {value} is not a finite number")
                         .format(name=name, value=bad))
    if v.size != size:
        raise InputError(translate("Worked", "{name} has {count} but the network has {size}")
                         .format(name=name, count=_count(v.size, "number"),
                                 size=_count(size, unit)))
    return v


def check_learning_rate(value: float, name: str | None = None) -> float:
    """η as a float; an :class:`InputError` unless it is finite and positive. ``name``: the
    message's name for it ("learning rate" unless given)."""
    eta = float(value)
    if not (math.isfinite(eta) and eta > 0):
        name = translate("Worked", "learning rate") if name is None else name
        raise InputError(translate("Worked", "{name} must be a positive number, got {value}")
                         .format(name=name, value=value))
    return eta


def work_out(
    network: Network,
    x: Sequence[float] | Array,
    target: Sequence[float] | Array | None = None,
    learning_rate: float | None = None,
) -> WorkedNumbers:
    """The worked example for input x (one sample), with the loss and backward pass if a
    target y is given, and with the update θ ← θ - η ∇θ ℓ if a learning rate η is given too.

    Numbers too large for float64 are an :class:`InputError` (checked, so NumPy's overflow
    warnings are silenced here), never an inf or a NaN in the slides.
    """
    arch = network.architecture
    x = check_vector(x, arch.n_inputs, translate("Worked", "input"), "input")
    if learning_rate is not None and target is None:
        raise InputError(translate("Worked", "a learning rate needs a target: the update follows "
                                             "the loss gradient"))
    y = None if target is None else check_vector(target, arch.n_outputs, translate("Worked", "target"),
                                                      "output")
    eta = None if learning_rate is None else check_learning_rate(learning_rate)
    with np.errstate(over="ignore", invalid="ignore"):
        return _work_out(network, x, y, eta)


def _work_out(network: Network, x: Array, y: Array | None, eta: float | None) -> WorkedNumbers:
    arch = network.architecture
    trace = network.forward(x[None, :])
    layers = tuple(
        LayerForward(i + 1, act, w.copy(), None if b is None else b.copy(),
                  trace.layer_input(i)[0], trace.z[i][0], trace.a[i][0])
        for i, (w, b, act) in enumerate(zip(network.weights, network.biases, network.activations))
    )
    _require_finite([s.z for s in layers] + [s.a for s in layers],
                    translate("Worked", "the forward pass overflows: the weights or inputs are "
                                        "too large"))
    record = WorkedNumbers(arch, network.loss, x, layers)
    if y is None:
        return record

    grads = network.backward(trace, y[None, :])
    gradients = tuple(_layer_gradient(network, trace, grads, y, i) for i in range(arch.n_layers))
    _require_finite([grads.flat, np.array(grads.cost)],
                    translate("Worked", "the loss or its gradient overflows: the weights or "
                                        "inputs are too large"))
    record = WorkedNumbers(arch, network.loss, x, layers, y, grads.cost, gradients)
    if eta is None:
        return record

    after = Network(arch, network.params - eta * grads.flat)
    trace_after = after.forward(x[None, :])
    loss_after = after.cost_of(trace_after, y[None, :])
    _require_finite([after.params, trace_after.output, np.array(loss_after)],
                    translate("Worked", "the update overflows: use a smaller learning rate"))
    updated = tuple(
        LayerUpdate(i + 1, w.copy(), None if b is None else b.copy())
        for i, (w, b) in enumerate(zip(after.weights, after.biases))
    )
    return WorkedNumbers(arch, network.loss, x, layers, y, grads.cost, gradients,
                       eta, updated, trace_after.output[0].copy(), loss_after)


def _layer_gradient(
    network: Network, trace: ForwardTrace, grads: Gradients, y: Array, i: int
) -> LayerGradient:
    """Layer l = i + 1 of the backward pass, with the intermediates the explanation shows."""
    act = network.activations[i]
    z, a = trace.z[i][0], trace.a[i][0]
    if i == network.architecture.n_layers - 1:
        grad_a = None if network.loss.fused else network.loss.grad_a(a, y)
    else:
        grad_a = network.weights[i + 1].T @ grads.delta[i + 1][0]
    sigma_prime = act.derivative(z, a) if grad_a is not None and act.elementwise else None
    bias = grads.biases[i]
    return LayerGradient(i + 1, grad_a, sigma_prime, grads.delta[i][0].copy(),
                         grads.weights[i].copy(), None if bias is None else bias.copy())


def _require_finite(arrays: list[Array], message: str) -> None:
    if not all(np.all(np.isfinite(v)) for v in arrays):
        raise InputError(message)


# "1 number", "3 inputs": a unit's singular and plural, {n} the count (translated where used)
_UNITS = {
    "number": (QT_TRANSLATE_NOOP("Worked", "{n} number"), QT_TRANSLATE_NOOP("Worked", "{n} numbers")),
    "input": (QT_TRANSLATE_NOOP("Worked", "{n} input"), QT_TRANSLATE_NOOP("Worked", "{n} inputs")),
    "output": (QT_TRANSLATE_NOOP("Worked", "{n} output"), QT_TRANSLATE_NOOP("Worked", "{n} outputs")),
}


def _count(n: int, unit: str) -> str:
    if unit not in _UNITS:
        return f"{n} {unit}" if n == 1 else f"{n} {unit}s"
    return translate("Worked", _UNITS[unit][0 if n == 1 else 1]).format(n=n)
