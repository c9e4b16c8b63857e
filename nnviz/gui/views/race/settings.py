"""What the optimizer race runs, Qt-free: the surface, the steps, each optimizer's η (or one
shared η), which optimizers race, the common start p_0, the loss plot's scale.

Each setter validates its value (InputError, nothing changed) and returns whether anything
changed, so the view runs the race again only then.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.optimizers import OPTIMIZERS, make_optimizer
from nnviz.core.surfaces import get_surface

NETWORK = "network"
DEFAULT_SURFACE = "valley"
# Learning rates that move a small sigmoid network visibly within the default 200 steps.
NETWORK_LEARNING_RATES = {"sgd": 2.0, "momentum": 0.5, "nesterov": 0.5, "adagrad": 0.5,
                          "rmsprop": 0.05, "adam": 0.05}
NETWORK_STEPS = 200
MAX_STEPS = 100_000


def _default_lr(name: str) -> float:
    return make_optimizer(name).lr


@dataclass
class RaceSettings:
    """The race's choices; ``indices`` (i, j) are the network's parameters on the axes of
    the "network" surface."""

    surface: str = DEFAULT_SURFACE
    steps: int = field(default_factory=lambda: get_surface(DEFAULT_SURFACE).steps)
    shared: bool = False
    shared_lr: float = 0.05
    lrs: dict[str, float] = field(default_factory=lambda: {n: _default_lr(n) for n in OPTIMIZERS})
    enabled: dict[str, bool] = field(default_factory=lambda: {n: True for n in OPTIMIZERS})
    start: tuple[float, float] | None = None   # None: the surface's own start
    log_loss: bool = False
    indices: tuple[int, int] = (0, 1)

    @property
    def network(self) -> bool:
        return self.surface == NETWORK

    def load_surface_defaults(self) -> None:
        """η per optimizer, the number of steps and the loss scale the surface suggests."""
        if self.network:
            self.lrs = {n: NETWORK_LEARNING_RATES.get(n, _default_lr(n)) for n in OPTIMIZERS}
            self.steps = NETWORK_STEPS
            self.log_loss = False
        else:
            s = get_surface(self.surface)
            self.lrs = {n: s.learning_rates.get(n, _default_lr(n)) for n in OPTIMIZERS}
            self.steps = s.steps
            self.log_loss = s.log_scale and s.minimum >= 0

    def racing(self) -> dict[str, float]:
        """η of every optimizer that races, by name, in the order of OPTIMIZERS."""
        return {n: (self.shared_lr if self.shared else self.lrs[n])
                for n in OPTIMIZERS if self.enabled[n]}

    def loss_minimum(self) -> float:
        """The surface's least value (a network's cost is never below 0)."""
        return 0.0 if self.network else get_surface(self.surface).minimum

    def set_surface(self, name: str) -> bool:
        """A test surface by name (see nnviz.core.surfaces), or "network"."""
        if name != NETWORK:
            get_surface(name)  # InputError for an unknown name
        if name == self.surface:
            return False
        self.surface = name
        self.start = None
        self.load_surface_defaults()
        return True

    def fit(self, n_parameters: int) -> None:
        """A new network: the parameters on the axes must exist."""
        if max(self.indices) >= n_parameters:
            self.indices = (0, 1) if n_parameters > 1 else (0, 0)

    def set_indices(self, i: int, j: int, n_parameters: int) -> None:
        """The two parameters of the network surface (the start goes back to θ0)."""
        if not (0 <= i < n_parameters and 0 <= j < n_parameters) or i == j:
            raise InputError(translate("RaceView", "choose two different parameters in 0..{last}, "
                                       "not ({i}, {j})").format(last=n_parameters - 1, i=i, j=j))
        self.indices = (int(i), int(j))
        self.start = None

    def set_steps(self, steps: int) -> bool:
        if not 1 <= steps <= MAX_STEPS:
            raise InputError(translate("RaceView", "steps must lie in 1..{most}, not {steps}").format(
                most=MAX_STEPS, steps=steps))
        changed = steps != self.steps
        self.steps = int(steps)
        return changed

    def set_learning_rate(self, name: str, lr: float) -> bool:
        """η of one optimizer (it races with it unless a shared η is set)."""
        make_optimizer(name, lr=lr)  # InputError for a bad name or value
        changed = self.lrs[name] != lr
        self.lrs[name] = float(lr)
        return changed

    def set_shared_learning_rate(self, lr: float | None) -> None:
        """One η for every optimizer (None: each its own)."""
        if lr is not None:
            make_optimizer("sgd", lr=lr)
            self.shared_lr = float(lr)
        self.shared = lr is not None

    def set_enabled(self, name: str, on: bool) -> bool:
        if name not in self.enabled:
            raise InputError(translate("RaceView", "unknown optimizer {name!r} (known: {known})").format(
                name=name, known=", ".join(OPTIMIZERS)))
        changed = self.enabled[name] != bool(on)
        self.enabled[name] = bool(on)
        return changed

    def set_start(self, x: float, y: float) -> None:
        """The common start p_0."""
        if not (math.isfinite(x) and math.isfinite(y)):
            raise InputError(translate("RaceView", "the start must be two finite numbers, not ({x}, {y})").format(
                x=x, y=y))
        self.start = (float(x), float(y))
