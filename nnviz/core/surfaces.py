"""The classic two-variable test surfaces of the optimizer lesson, each with its gradient.

Every surface is a function f(x, y) of two real numbers, vectorised over arrays of x and y,
with its exact gradient ∇f = (∂f/∂x, ∂f/∂y). Each one shows an optimizer a different
difficulty:

    bowl        f = x² + y²                         one round minimum: every method works
    valley      f = x²/20 + y²                      a long narrow valley: plain gradient
                                                    descent zig-zags across it and crawls along
    saddle      f = x² − y² + ½y⁴                   a saddle point at the origin between two
                                                    minima (0, ±1): the gradient vanishes there
    rosenbrock  f = (1 − x)² + 100 (y − x²)²        a curved, flat-bottomed valley; minimum (1, 1)
    himmelblau  f = (x² + y − 11)² + (x + y² − 7)²  four minima of equal depth f = 0: where you
                                                    end depends on the start and the method

Each surface also carries a view window, a start point and, per optimizer, a learning rate
with which that optimizer shows its character there (stable, but not instantly done).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Callable, Mapping

import numpy as np

from nnviz.core.errors import InputError
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate

Array = np.ndarray


@dataclass(frozen=True, eq=False)
class Surface:
    """A test function f(x, y) with its gradient, where to look at it and where to start.

    ``f(x, y)`` and ``grad(x, y) -> (∂f/∂x, ∂f/∂y)`` accept scalars or arrays of one shape.
    ``minima`` lists the points (x*, y*) of the minima and ``minimum`` their value f*.
    ``log_scale`` says whether colours read better on a logarithmic scale (f spans decades).
    """

    name: str
    title: str  # English, marked for lupdate: show translate("Surfaces", title)
    formula: str
    f: Callable[[Array, Array], Array]
    grad: Callable[[Array, Array], tuple[Array, Array]]
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    start: tuple[float, float]
    minima: tuple[tuple[float, float], ...]
    minimum: float
    learning_rates: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    steps: int = 200
    log_scale: bool = False

    def gradient(self, point: Array) -> Array:
        """∇f at one point (x, y), as a flat array of 2: what an optimizer steps against."""
        gx, gy = self.grad(np.asarray(point[0], dtype=float), np.asarray(point[1], dtype=float))
        return np.array([gx, gy], dtype=float)

    def value(self, point: Array) -> float:
        """f at one point (x, y)."""
        return float(self.f(np.asarray(point[0], dtype=float), np.asarray(point[1], dtype=float)))


def _rates(**rates: float) -> Mapping[str, float]:
    return MappingProxyType(rates)


def _bowl(x: Array, y: Array) -> Array:
    return x * x + y * y


def _bowl_grad(x: Array, y: Array) -> tuple[Array, Array]:
    return 2.0 * x, 2.0 * y


def _valley(x: Array, y: Array) -> Array:
    return x * x / 20.0 + y * y


def _valley_grad(x: Array, y: Array) -> tuple[Array, Array]:
    return x / 10.0, 2.0 * y


def _saddle(x: Array, y: Array) -> Array:
    return x * x - y * y + 0.5 * y**4


def _saddle_grad(x: Array, y: Array) -> tuple[Array, Array]:
    return 2.0 * x, -2.0 * y + 2.0 * y**3


def _rosenbrock(x: Array, y: Array) -> Array:
    return (1.0 - x) ** 2 + 100.0 * (y - x * x) ** 2


def _rosenbrock_grad(x: Array, y: Array) -> tuple[Array, Array]:
    r = y - x * x
    return -2.0 * (1.0 - x) - 400.0 * x * r, 200.0 * r


def _himmelblau(x: Array, y: Array) -> Array:
    return (x * x + y - 11.0) ** 2 + (x + y * y - 7.0) ** 2


def _himmelblau_grad(x: Array, y: Array) -> tuple[Array, Array]:
    p, q = x * x + y - 11.0, x + y * y - 7.0
    return 4.0 * x * p + 2.0 * q, 2.0 * p + 4.0 * y * q


SURFACES: dict[str, Surface] = {
    s.name: s
    for s in (
        Surface("bowl", QT_TRANSLATE_NOOP("Surfaces", "Bowl"), "f = x² + y²", _bowl, _bowl_grad,
                (-3.0, 3.0), (-3.0, 3.0), (-2.5, 2.0), ((0.0, 0.0),), 0.0,
                _rates(sgd=0.1, momentum=0.05, nesterov=0.05, adagrad=0.5, rmsprop=0.05,
                       adam=0.1),
                steps=100),
        Surface("valley", QT_TRANSLATE_NOOP("Surfaces", "Long narrow valley"), "f = x²/20 + y²", _valley, _valley_grad,
                (-10.0, 10.0), (-5.0, 5.0), (-9.0, 3.0), ((0.0, 0.0),), 0.0,
                _rates(sgd=0.9, momentum=0.1, nesterov=0.1, adagrad=1.0, rmsprop=0.1,
                       adam=0.3),
                steps=150),
        Surface("saddle", QT_TRANSLATE_NOOP("Surfaces", "Saddle point"), "f = x² − y² + ½y⁴", _saddle, _saddle_grad,
                (-3.0, 3.0), (-2.0, 2.0), (-2.8, 0.01), ((0.0, -1.0), (0.0, 1.0)), -0.5,
                _rates(sgd=0.1, momentum=0.05, nesterov=0.05, adagrad=0.5, rmsprop=0.05,
                       adam=0.1),
                steps=100),
        Surface("rosenbrock", QT_TRANSLATE_NOOP("Surfaces", "Rosenbrock's banana valley"), "f = (1 − x)² + 100 (y − x²)²",
                _rosenbrock, _rosenbrock_grad,
                (-2.0, 2.0), (-1.0, 3.0), (-1.2, 1.0), ((1.0, 1.0),), 0.0,
                _rates(sgd=0.001, momentum=0.001, nesterov=0.001, adagrad=0.5,
                       rmsprop=0.01, adam=0.1),
                steps=1000, log_scale=True),
        Surface("himmelblau", QT_TRANSLATE_NOOP("Surfaces", "Several minima (Himmelblau)"), "f = (x² + y − 11)² + (x + y² − 7)²",
                _himmelblau, _himmelblau_grad,
                (-5.0, 5.0), (-5.0, 5.0), (-0.3, -0.9),
                ((3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186),
                 (3.584428, -1.848126)), 0.0,
                _rates(sgd=0.01, momentum=0.002, nesterov=0.002, adagrad=0.5, rmsprop=0.05,
                       adam=0.1),
                steps=200, log_scale=True),
    )
}


def get_surface(name: str) -> Surface:
    """The test surface called ``name``; an :class:`InputError` listing the known names if none."""
    try:
        return SURFACES[name]
    except (KeyError, TypeError):
        raise InputError(translate("Surfaces", "unknown surface {name!r} (known: {known})")
                         .format(name=name, known=", ".join(SURFACES))) from None
