"""Activation functions σ and their derivatives, by name.

Every activation maps z (any shape, last axis = neurons of the layer) to a = σ(z).
Element-wise ones also give σ'(z); softmax couples the neurons of a layer, so the
backward pass always goes through :meth:`Activation.backprop`, the vector-Jacobian
product ∂ℓ/∂z = (∂a/∂z)ᵀ ∂ℓ/∂a, which for element-wise σ is σ'(z) ⊙ ∂ℓ/∂a.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from nnviz.core.errors import InputError
from nnviz.core.i18n import translate

Array = np.ndarray

LEAKY_SLOPE = 0.01


@dataclass(frozen=True)
class Activation:
    """A named activation: ``f(z)``, and ``derivative(z, a)`` = σ'(z) given a = σ(z)."""

    name: str
    f: Callable[[Array], Array]
    derivative_fn: Callable[[Array, Array], Array] | None
    formula: str  # plain-text definition, as the lectures write it
    latex: str  # LaTeX of the function applied to z: format with z
    elementwise: bool = True
    output_only: bool = False

    def __call__(self, z: Array) -> Array:
        return self.f(z)

    def derivative(self, z: Array, a: Array) -> Array:
        """σ'(z) element-wise (not defined for softmax, whose Jacobian is a matrix)."""
        if self.derivative_fn is None:
            raise ValueError(f"{self.name} has no element-wise derivative")
        return self.derivative_fn(z, a)

    def backprop(self, z: Array, a: Array, grad_a: Array) -> Array:
        """∂ℓ/∂z from ∂ℓ/∂a (rows are samples)."""
        if self.elementwise:
            return grad_a * self.derivative_fn(z, a)
        # softmax: ∂a_i/∂z_j = a_i (1[i=j] - a_j)  =>  δ = a ⊙ (g - Σ_i g_i a_i)
        return a * (grad_a - np.add.reduce(grad_a * a, axis=-1, keepdims=True))


def _sigmoid(z: Array) -> Array:
    """σ(z) = 1 / (1 + e^-z), within 2 ulp of the exact value.

    Below z ≈ -709.78, e^-z overflows to +inf and σ(z) = 1/inf = 0, where the exact value
    is a subnormal number under 5.6e-309: that overflow is expected and raises no warning.
    Four in-place passes over one new array: on large arrays several times faster than
    exp(-log(1 + e^-z)), and more accurate (that form is off by up to 30 ulp for z ≪ 0).
    """
    e = np.negative(z, out=np.empty(np.shape(z)))
    with np.errstate(over="ignore"):
        np.exp(e, out=e)
    np.add(e, 1.0, out=e)
    return np.reciprocal(e, out=e)


def _softmax(z: Array) -> Array:
    """softmax(z)_j = e^{z_j} / Σ_k e^{z_k}, shifted by max z so nothing overflows."""
    e = np.exp(z - np.maximum.reduce(z, axis=-1, keepdims=True))
    return e / np.add.reduce(e, axis=-1, keepdims=True)


def _leaky_relu(z: Array) -> Array:
    return np.where(z > 0, z, LEAKY_SLOPE * z)


ACTIVATIONS: dict[str, Activation] = {
    a.name: a
    for a in (
        Activation("identity", lambda z: z + 0.0, lambda z, a: np.ones_like(z),
                   "identity(z) = z", "{z}"),
        Activation("step", lambda z: (z > 0).astype(float), lambda z, a: np.zeros_like(z),
                   "step(z) = 1 if z > 0 else 0", r"\operatorname{step}({z})"),
        Activation("sign", lambda z: np.where(z >= 0, 1.0, -1.0), lambda z, a: np.zeros_like(z),
                   "sign(z) = +1 if z >= 0 else -1", r"\operatorname{sign}({z})"),
        Activation("sigmoid", _sigmoid, lambda z, a: a * (1.0 - a),
                   "σ(z) = 1/(1+e^-z)", r"\sigma({z})"),
        Activation("tanh", np.tanh, lambda z, a: 1.0 - a * a,
                   "tanh(z)", r"\tanh({z})"),
        Activation("relu", lambda z: np.maximum(z, 0.0), lambda z, a: (z > 0).astype(float),
                   "relu(z) = max(0, z)", r"\operatorname{relu}({z})"),
        Activation("leaky_relu", _leaky_relu,
                   lambda z, a: np.where(z > 0, 1.0, LEAKY_SLOPE),
                   f"leaky_relu(z) = z if z > 0 else {LEAKY_SLOPE}·z",
                   r"\operatorname{lrelu}({z})"),
        Activation("softmax", _softmax, None,
                   "softmax(z)_j = e^z_j / Σ_k e^z_k", r"\operatorname{softmax}({z})",
                   elementwise=False, output_only=True),
    )
}


def get_activation(name: str) -> Activation:
    """The activation called ``name``; an :class:`InputError` listing the known names if none."""
    try:
        return ACTIVATIONS[name]
    except (KeyError, TypeError):
        raise InputError(translate("Activations", "unknown activation {name!r} (known: {known})")
                         .format(name=name, known=", ".join(ACTIVATIONS))) from None
