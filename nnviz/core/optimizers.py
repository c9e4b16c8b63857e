"""Optimizers: how one step moves the flat parameter vector θ, given g = ∂C/∂θ.

θ is the network's flat vector (W^1, b^1, W^2, b^2, ...), so every rule below acts on all
weights and biases at once, element by element, with η the learning rate:

    sgd       θ ← θ − η g
    momentum  v ← μ v − η g;                  θ ← θ + v
    nesterov  v ← μ v + g;                    θ ← θ − η (g + μ v)
    adagrad   G ← G + g²;                     θ ← θ − η g / (√G + ε)
    rmsprop   E ← ρ E + (1 − ρ) g²;           θ ← θ − η g / (√E + ε)
    adam      m ← β₁ m + (1 − β₁) g;  v ← β₂ v + (1 − β₂) g²;  t ← t + 1
              m̂ = m / (1 − β₁ᵗ);  v̂ = v / (1 − β₂ᵗ);         θ ← θ − η m̂ / (√v̂ + ε)

The state (v, G, E, m, v, t) is readable through :meth:`Optimizer.state` so the app can
draw it. It is allocated at the first step, for the size of that θ, and every step updates
it and θ in place with preallocated arrays: a step costs a handful of NumPy calls.
"""

from __future__ import annotations

import math
import numbers
from typing import ClassVar

import numpy as np

from nnviz.core.errors import InputError
from nnviz.core.i18n import translate

Array = np.ndarray

# What each hyper-parameter means and which values it accepts.
_POSITIVE = ("lr", "eps")  # must be > 0
_FRACTIONS = ("momentum", "rho", "beta1", "beta2")  # must lie in [0, 1)


def _checked(name: str, value: object) -> float:
    """``value`` as a float if it is allowed for hyper-parameter ``name``, else InputError."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise InputError(translate("Optimizers", "{name} must be a number, got {value!r}")
                         .format(name=name, value=value))
    value = float(value)
    if not math.isfinite(value):
        raise InputError(translate("Optimizers", "{name} must be a finite number, got {value}")
                         .format(name=name, value=value))
    if name in _POSITIVE and value <= 0:
        raise InputError(translate("Optimizers", "{name} must be greater than 0, got {value}")
                         .format(name=name, value=f"{value:g}"))
    if name in _FRACTIONS and not 0.0 <= value < 1.0:
        raise InputError(translate("Optimizers", "{name} must lie in [0, 1), got {value}")
                         .format(name=name, value=f"{value:g}"))
    return value


class Optimizer:
    """The common machinery: validated hyper-parameters, lazily allocated state arrays.

    Subclasses name their hyper-parameters and defaults (``DEFAULTS``), their state arrays
    (``STATE``) and implement :meth:`_update`, which moves θ in place.
    """

    name: ClassVar[str]
    DEFAULTS: ClassVar[dict[str, float]]
    STATE: ClassVar[tuple[str, ...]] = ()

    def __init__(self, **hyperparameters: float) -> None:
        self._hyper: dict[str, float] = dict(self.DEFAULTS)
        for key, value in hyperparameters.items():
            self.set_hyperparameter(key, value)
        self._arrays: dict[str, Array] = {}
        self._scratch: Array | None = None
        self._t = 0

    # -- hyper-parameters -----------------------------------------------------------------
    @property
    def lr(self) -> float:
        """η, the learning rate."""
        return self._hyper["lr"]

    @lr.setter
    def lr(self, value: float) -> None:
        self.set_hyperparameter("lr", value)

    def hyperparameters(self) -> dict[str, float]:
        """A copy of the hyper-parameters, e.g. ``{"lr": 0.1, "momentum": 0.9}``."""
        return dict(self._hyper)

    def set_hyperparameter(self, name: str, value: float) -> None:
        """Change one hyper-parameter; the next step uses it. InputError if not allowed."""
        if name not in self.DEFAULTS:
            raise InputError(translate("Optimizers", "{optimizer} has no hyper-parameter {name!r} "
                                                     "(it has: {known})")
                             .format(optimizer=self.name, name=name, known=", ".join(self.DEFAULTS)))
        self._hyper[name] = _checked(name, value)

    # -- state --------------------------------------------------------------------------
    def state(self) -> dict[str, Array]:
        """Copies of the state arrays (flat like θ) and, for Adam, the step count ``t``.

        Empty before the first step and after :meth:`reset`: the size of θ is not known yet.
        """
        out = {key: a.copy() for key, a in self._arrays.items()}
        if out and "t" in self.STATE:
            out["t"] = np.array(self._t)
        return out

    def reset(self) -> None:
        """Forget the state (velocities, sums, step count): the next step starts afresh."""
        self._arrays = {}
        self._scratch = None
        self._t = 0

    # -- the step -----------------------------------------------------------------------
    def step(self, params: Array, grad: Array) -> None:
        """Move θ (``params``, updated in place) one step against the gradient ``grad``."""
        if self._scratch is None:
            self._allocate(params.size)
        elif self._scratch.size != params.size:
            raise ValueError(
                f"{self.name} holds state for {self._scratch.size} parameters, got "
                f"{params.size}: call reset() before using it on another network"
            )
        self._update(params, grad, self._scratch)

    def _allocate(self, size: int) -> None:
        self._arrays = {key: np.zeros(size) for key in self.STATE if key != "t"}
        self._scratch = np.empty(size)
        self._t = 0

    def _update(self, params: Array, grad: Array, scratch: Array) -> None:
        raise NotImplementedError

    def __repr__(self) -> str:
        hyper = ", ".join(f"{k}={v:g}" for k, v in self._hyper.items())
        return f"{type(self).__name__}({hyper})"


class SGD(Optimizer):
    """Plain gradient descent: θ ← θ − η g."""

    name = "sgd"
    DEFAULTS = {"lr": 0.1}

    def _update(self, params: Array, grad: Array, scratch: Array) -> None:
        np.multiply(grad, self._hyper["lr"], out=scratch)
        np.subtract(params, scratch, out=params)


class Momentum(Optimizer):
    """Heavy-ball momentum: v ← μ v − η g; θ ← θ + v (v starts at 0; μ = 0.9)."""

    name = "momentum"
    DEFAULTS = {"lr": 0.05, "momentum": 0.9}
    STATE = ("velocity",)

    def _update(self, params: Array, grad: Array, scratch: Array) -> None:
        h, v = self._hyper, self._arrays["velocity"]
        np.multiply(v, h["momentum"], out=v)
        np.multiply(grad, h["lr"], out=scratch)
        np.subtract(v, scratch, out=v)
        np.add(params, v, out=params)


class Nesterov(Optimizer):
    """Nesterov momentum in PyTorch's form, with the gradient g at θ itself.

    v ← μ v + g;  θ ← θ − η (g + μ v)  (v starts at 0; μ = 0.9). The step looks ahead
    along the velocity: it equals classical Nesterov momentum with a shifted θ.
    """

    name = "nesterov"
    DEFAULTS = {"lr": 0.05, "momentum": 0.9}
    STATE = ("velocity",)

    def _update(self, params: Array, grad: Array, scratch: Array) -> None:
        h, v = self._hyper, self._arrays["velocity"]
        mu = h["momentum"]
        np.multiply(v, mu, out=v)
        np.add(v, grad, out=v)
        np.multiply(v, mu, out=scratch)
        np.add(scratch, grad, out=scratch)
        np.multiply(scratch, h["lr"], out=scratch)
        np.subtract(params, scratch, out=params)


def _step_scaled_by_root(params: Array, grad: Array, sq: Array, lr: float, eps: float,
                         scratch: Array) -> None:
    """θ ← θ − η g / (√S + ε), in place: the step AdaGrad (S = G) and RMSProp (S = E) share."""
    np.sqrt(sq, out=scratch)
    np.add(scratch, eps, out=scratch)
    np.divide(grad, scratch, out=scratch)
    np.multiply(scratch, lr, out=scratch)
    np.subtract(params, scratch, out=params)


class AdaGrad(Optimizer):
    """AdaGrad: G ← G + g²; θ ← θ − η g / (√G + ε): each θ_i gets its own, shrinking rate."""

    name = "adagrad"
    DEFAULTS = {"lr": 0.1, "eps": 1e-8}
    STATE = ("sum_sq",)

    def _update(self, params: Array, grad: Array, scratch: Array) -> None:
        h, G = self._hyper, self._arrays["sum_sq"]
        np.multiply(grad, grad, out=scratch)
        np.add(G, scratch, out=G)
        _step_scaled_by_root(params, grad, G, h["lr"], h["eps"], scratch)


class RMSProp(Optimizer):
    """RMSProp: E ← ρ E + (1 − ρ) g²; θ ← θ − η g / (√E + ε) (ρ = 0.9)."""

    name = "rmsprop"
    DEFAULTS = {"lr": 0.01, "rho": 0.9, "eps": 1e-8}
    STATE = ("mean_sq",)

    def _update(self, params: Array, grad: Array, scratch: Array) -> None:
        h, E = self._hyper, self._arrays["mean_sq"]
        rho = h["rho"]
        np.multiply(grad, grad, out=scratch)
        np.multiply(scratch, 1.0 - rho, out=scratch)
        np.multiply(E, rho, out=E)
        np.add(E, scratch, out=E)
        _step_scaled_by_root(params, grad, E, h["lr"], h["eps"], scratch)


class Adam(Optimizer):
    """Adam with bias correction (β₁ = 0.9, β₂ = 0.999, ε = 1e-8).

    m ← β₁ m + (1 − β₁) g;  v ← β₂ v + (1 − β₂) g²;  t ← t + 1;
    θ ← θ − η m̂ / (√v̂ + ε) with m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ).
    Computed as θ ← θ − (η / (1 − β₁ᵗ)) m / (√v / √(1 − β₂ᵗ) + ε), the same number.
    """

    name = "adam"
    DEFAULTS = {"lr": 0.01, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8}
    STATE = ("m", "v", "t")

    def _update(self, params: Array, grad: Array, scratch: Array) -> None:
        h, m, v = self._hyper, self._arrays["m"], self._arrays["v"]
        b1, b2 = h["beta1"], h["beta2"]
        self._t += 1
        t = self._t
        np.multiply(m, b1, out=m)
        np.multiply(grad, 1.0 - b1, out=scratch)
        np.add(m, scratch, out=m)
        np.multiply(v, b2, out=v)
        np.multiply(grad, grad, out=scratch)
        np.multiply(scratch, 1.0 - b2, out=scratch)
        np.add(v, scratch, out=v)
        np.sqrt(v, out=scratch)
        np.multiply(scratch, 1.0 / math.sqrt(1.0 - b2**t), out=scratch)
        np.add(scratch, h["eps"], out=scratch)
        np.divide(m, scratch, out=scratch)
        np.multiply(scratch, h["lr"] / (1.0 - b1**t), out=scratch)
        np.subtract(params, scratch, out=params)


_CLASSES: dict[str, type[Optimizer]] = {
    cls.name: cls for cls in (SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam)
}
OPTIMIZERS: tuple[str, ...] = tuple(_CLASSES)


def make_optimizer(name: str, **hyperparameters: float) -> Optimizer:
    """A new optimizer called ``name`` ("sgd", "momentum", "nesterov", "adagrad", "rmsprop",
    "adam") with its defaults overridden by ``hyperparameters`` (e.g. ``lr=0.05``)."""
    try:
        cls = _CLASSES[name]
    except (KeyError, TypeError):
        raise InputError(translate("Optimizers", "unknown optimizer {name!r} (known: {known})")
                         .format(name=name, known=", ".join(OPTIMIZERS))) from None
    return cls(**hyperparameters)
