"""What the neuron curve draws, Qt-free: a = f(w·x + b) over x for one neuron with one input,
the lectures' ghost curves, and the neuron the curve is compared with.

The lectures draw σ(0.5x), σ(x), σ(2x) (the weight scales the curve: slope at the midpoint
1/8, 1/4, 1/2) and σ(x − 5), σ(x), σ(x + 5) (the bias shifts it: midpoints 5, 0, −5); for
another activation f the same five (w, b) pairs are drawn with f.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.core import notation
from nnviz.core.activations import get_activation
from nnviz.core.network import Architecture

Array = np.ndarray

X_RANGE = (-10.0, 10.0)
SAMPLES = 801
# (w, b) of the ghost curves, as the lectures write them: σ(0.5x), σ(x), σ(2x), σ(x−5), σ(x+5).
GHOSTS: tuple[tuple[float, float], ...] = ((0.5, 0.0), (1.0, 0.0), (2.0, 0.0), (1.0, -5.0), (1.0, 5.0))
STEP_LIKE = ("step", "sign")


def xs() -> Array:
    """The x at which every curve is evaluated."""
    return np.linspace(*X_RANGE, SAMPLES)


def neuron_values(activation: str, w: float, b: float, x: Array) -> Array:
    """a = f(w·x + b) for each x."""
    return get_activation(activation)(w * np.asarray(x, dtype=float) + b)


def ghost_label(activation: str, w: float, b: float) -> str:
    """How the lecture writes a ghost curve: σ(0.5x), σ(x), σ(2x), σ(x − 5), σ(x + 5)."""
    f = notation.function_name(activation)
    scale = "" if w == 1 else notation.number(w)
    inner = f"{scale}x"
    if b:
        inner += f" {'+' if b > 0 else '−'} {notation.number(abs(b))}"
    return f"{f}({inner})"


def partner(activation: str) -> str:
    """The neuron drawn beside: a step neuron (a perceptron) next to a smooth one; a sigmoid
    neuron next to a step or sign neuron."""
    return "sigmoid" if activation in STEP_LIKE else "step"


@dataclass(frozen=True)
class OneNeuron:
    """Where w and b of a one-input, one-output network sit in θ (b_index None: no bias)."""

    activation: str
    w_index: int
    b_index: int | None


def one_neuron(architecture: Architecture) -> OneNeuron | None:
    """The neuron of a 1-1 network (no hidden layer), or None for any other network."""
    if tuple(architecture.sizes) != (1, 1):
        return None
    activation = architecture.activations[-1]
    if not get_activation(activation).elementwise:
        return None
    # θ = (W¹, b¹): w¹₁₁ first, then the bias (if any)
    return OneNeuron(activation, 0, 1 if architecture.bias[0] else None)
