"""The costly part of the optimizer race, as Qt-free tasks for gui/jobs.JobRunner: every
racing optimizer's path from the common start p_0,

    p_{t+1} = optimizer step from p_t with g = ∇f(p_t),

and the surface f over its grid (unless the previous race's surface is reused): a classic
test surface (:mod:`nnviz.core.surfaces`) or the network's cost C over the plane of two of
its parameters θ_i, θ_j through θ0, the others fixed (L = Σ ℓ under the training cost "sum").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.core import landscape
from nnviz.core.losses import MEAN, SUM
from nnviz.core.network import Architecture
from nnviz.core.optimizers import make_optimizer
from nnviz.core.surfaces import get_surface
from nnviz.gui.kit.heatmap import Heatmap, prepare_heatmap

Array = np.ndarray

SURFACE_GRID = 201
NETWORK_GRID = 81
NETWORK_HALF_WIDTH = 4.0


@dataclass(frozen=True, eq=False)
class RaceResult:
    """One computed race: the surface (unless reused) and every optimizer's path."""

    key: tuple
    heatmap: Heatmap | None
    paths: dict[str, landscape.OptimizerPath]
    start: tuple[float, float]
    labels: tuple[str, str]
    minima: tuple[tuple[float, float], ...]

    @property
    def last_step(self) -> int:
        """The step at which the longest path ends (0 without paths)."""
        return max((len(p.points) - 1 for p in self.paths.values()), default=0)


def race(objective, lrs: dict[str, float], steps: int,
         start: tuple[float, float]) -> dict[str, landscape.OptimizerPath]:
    """Each optimizer ``name`` with η = ``lrs[name]``, ``steps`` steps on ``objective``."""
    return {name: landscape.optimizer_path(objective, make_optimizer(name, lr=lr), start, steps)
            for name, lr in lrs.items()}


def surface_race(surface: str, key: tuple, reuse: Heatmap | None, lrs: dict[str, float],
                 steps: int, start: tuple[float, float] | None, progress=None) -> RaceResult:
    """The race on test surface ``surface`` (its own start unless ``start`` is given)."""
    s = get_surface(surface)
    start = s.start if start is None else start
    heatmap = reuse
    if heatmap is None:
        u = np.linspace(*s.x_range, SURFACE_GRID)
        v = np.linspace(*s.y_range, SURFACE_GRID)
        uu, vv = np.meshgrid(u, v)
        with np.errstate(over="ignore", invalid="ignore"):
            heatmap = prepare_heatmap(u, v, s.f(uu, vv), "f")
    return RaceResult(key, heatmap, race(s, lrs, steps, start), start, ("x", "y"), s.minima)


def comparison_with_map(config, dataset, theta0, compare: str, values: tuple, steps: int, key: tuple,
                        progress=None):
    """:func:`comparison.comparison_race`, with the map of C prepared for drawing when the
    network has two parameters."""
    from dataclasses import replace

    from nnviz.gui.views.race.comparison import comparison_race

    result = comparison_race(config, dataset, theta0, compare, values, steps, key, progress=progress)
    if result.plane_c is None:
        return result
    with np.errstate(over="ignore", invalid="ignore"):
        heatmap = prepare_heatmap(result.plane_u, result.plane_v, result.plane_c, result.cost_label)
    return replace(result, heatmap=heatmap)


def network_race(architecture: Architecture, theta: Array, indices: tuple[int, int],
                 labels: tuple[str, str], x: Array, y: Array, key: tuple,
                 reuse: Heatmap | None, lrs: dict[str, float], steps: int,
                 start: tuple[float, float] | None, progress=None, *,
                 cost: str = MEAN) -> RaceResult:
    """The race on C over the plane of θ_i, θ_j through ``theta`` (from (θ_i, θ_j) unless
    ``start`` is given), the grid NETWORK_HALF_WIDTH around it; ``cost`` "sum": on L = Σ ℓ."""
    slc = landscape.parameter_slice(architecture, theta, *indices)
    objective = landscape.SliceObjective(architecture, slc, x, y, cost=cost)
    p0 = slc.centre if start is None else start
    heatmap = reuse
    if heatmap is None:
        cu, cv = slc.centre
        u = np.linspace(cu - NETWORK_HALF_WIDTH, cu + NETWORK_HALF_WIDTH, NETWORK_GRID)
        v = np.linspace(cv - NETWORK_HALF_WIDTH, cv + NETWORK_HALF_WIDTH, NETWORK_GRID)
        values = landscape.surface(architecture, slc, u, v, x, y, progress=progress, cost=cost)
        heatmap = prepare_heatmap(u, v, values, "L" if cost == SUM else "C")
    return RaceResult(key, heatmap, race(objective, lrs, steps, p0), tuple(p0), labels, ())
