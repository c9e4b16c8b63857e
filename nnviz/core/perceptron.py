"""Rosenblatt's perceptron learning rule, one event per sample.

Labels are y ∈ {−1, +1}; w_k is w^1_1k of a one-layer network N_0 → 1 and b is b^1_1. For
each sample x, in order (or in a seeded new order each epoch), epoch after epoch:

    ŷ = sign(w·x + b)   with sign(0) = +1
    if ŷ ≠ y:   w ← w + η y x,   b ← b + η y

For a step neuron (output 1 if w·x + b > 0 else 0, the lectures' first perceptron) the
same rule runs with ŷ = +1 only when w·x + b > 0, so that the trained neuron and the rule
agree on points exactly on the boundary; its classes 1/0 are y = +1/−1.

w starts at 0 unless given, η defaults to 1, and the bias b is optional (the lectures'
first version has none: ŷ = sign(⟨w, x⟩)). The rule stops after an epoch without a
mistake (every sample is on the right side: "converged") or after ``max_steps`` samples
("steps"). The lectures' worked start: w = (0, 0), x = (1, −1), y = −1 gives ŷ = +1, a
mistake, and w = (−1, 1).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Sequence

import numpy as np

from nnviz.core.errors import InputError
from nnviz.core.i18n import translate

Array = np.ndarray

ACTIVATIONS = ("sign", "step")  # the neurons the rule trains


@dataclass(frozen=True, eq=False)
class PerceptronEvent:
    """What happened at one sample: step counts samples from 1, epoch from 1.

    ``weights`` and ``bias`` are the parameters after the event (bias None without one);
    ``stopped`` is None except on the last event: "converged" or "steps".
    """

    step: int
    epoch: int
    index: int  # which training sample (row of x)
    x: Array
    y: int
    prediction: int
    mistake: bool
    weights: Array
    bias: float | None
    stopped: str | None = None


def _read_only(a: Array) -> Array:
    a = np.array(a, dtype=float)
    a.flags.writeable = False
    return a


def perceptron_rule(
    x: Array,
    y: Array,
    *,
    weights: Sequence[float] | None = None,
    bias: float | None = 0.0,
    eta: float = 1.0,
    activation: str = "sign",
    max_steps: int = 1000,
    shuffle: bool = False,
    seed: int | None = 0,
) -> Iterator[PerceptronEvent]:
    """Run the perceptron rule on samples ``x`` (n, N) with labels ``y`` ∈ {−1, +1} (n,).

    ``weights``: the starting w (zeros if None). ``bias``: the starting b, or None for a
    perceptron without bias. ``activation``: "sign" (ŷ = +1 when w·x + b ≥ 0) or "step"
    (ŷ = +1 when w·x + b > 0). ``shuffle``: visit the samples in a new order each epoch
    (drawn from ``seed``) instead of in order. Bad input raises :class:`InputError` at the
    call, before any event.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y)
    if x.ndim != 2 or x.shape[0] == 0:
        raise InputError(translate("Perceptron", "the perceptron needs samples as rows of a 2-D "
                                                 "array, got shape {shape}").format(shape=x.shape))
    if y.shape != (x.shape[0],):
        raise InputError(translate("Perceptron", "{n} samples but labels of shape {shape}")
                         .format(n=x.shape[0], shape=y.shape))
    if not np.all(np.isfinite(x)):
        raise InputError(translate("Perceptron", "the samples contain NaN or infinite values"))
    if not np.all((y == 1) | (y == -1)):
        raise InputError(translate("Perceptron", "the perceptron rule needs labels -1 and +1"))
    w = np.zeros(x.shape[1]) if weights is None else np.array(weights, dtype=float)
    if w.shape != (x.shape[1],):
        raise InputError(translate("Perceptron", "{n} inputs need {n} weights, got {count}")
                         .format(n=x.shape[1], count=w.size))
    if not (np.all(np.isfinite(w)) and (bias is None or np.isfinite(bias))):
        raise InputError(translate("Perceptron", "the starting weights and bias must be finite "
                                                 "numbers"))
    if not (isinstance(eta, (int, float)) and np.isfinite(eta) and eta > 0):
        raise InputError(translate("Perceptron", "the learning rate η must be a number > 0, got "
                                                 "{value!r}").format(value=eta))
    if activation not in ACTIVATIONS:
        raise InputError(translate("Perceptron", "the perceptron rule needs a sign or step "
                                                 "neuron, not {name!r}").format(name=activation))
    if isinstance(max_steps, bool) or not isinstance(max_steps, (int, np.integer)) or max_steps < 1:
        raise InputError(translate("Perceptron", "the step limit must be a whole number ≥ 1, got "
                                                 "{value!r}").format(value=max_steps))
    return _events(x, y.astype(int), w, None if bias is None else float(bias), float(eta),
                   activation == "sign", int(max_steps),
                   np.random.default_rng(seed) if shuffle else None)


def predict(x: Array, weights: Array, bias: float | None, activation: str = "sign") -> Array:
    """ŷ ∈ {−1, +1} for each row of ``x``: +1 when w·x + b ≥ 0 (sign) or > 0 (step)."""
    z = np.asarray(x, dtype=float) @ np.asarray(weights, dtype=float) + (bias or 0.0)
    return np.where(z >= 0 if activation == "sign" else z > 0, 1, -1)


def accuracy(x: Array, y: Array, weights: Array, bias: float | None,
             activation: str = "sign") -> float:
    """Fraction of the samples whose label y ∈ {−1, +1} the neuron predicts."""
    return float(np.mean(predict(x, weights, bias, activation) == np.asarray(y)))


def _events(
    x: Array, y: Array, w: Array, b: float | None, eta: float, zero_is_positive: bool,
    max_steps: int, rng: np.random.Generator | None,
) -> Iterator[PerceptronEvent]:
    n = x.shape[0]
    step = 0
    epoch = 0
    while True:
        epoch += 1
        order = range(n) if rng is None else rng.permutation(n)
        mistakes = 0
        for position, i in enumerate(order):
            step += 1
            xi, yi = x[i], int(y[i])
            z = float(w @ xi) + (b or 0.0)
            prediction = 1 if z > 0 or (z == 0 and zero_is_positive) else -1
            mistake = prediction != yi
            if mistake:
                mistakes += 1
                w = w + eta * yi * xi
                if b is not None:
                    b += eta * yi
            stopped = None
            if position == n - 1 and mistakes == 0:
                stopped = "converged"
            elif step >= max_steps:
                stopped = "steps"
            yield PerceptronEvent(step, epoch, int(i), _read_only(xi), yi, prediction, mistake,
                                  _read_only(w), b, stopped)
            if stopped:
                return
