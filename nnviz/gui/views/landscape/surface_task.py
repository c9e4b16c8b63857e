"""The costly part of the loss-surface view, as a Qt-free task for gui/jobs.JobRunner: C over
the grid of a slice through θ0 (or the curve C(θ_i)), and what it was computed for. Under the
training cost "sum" it is L = Σ ℓ instead of C = 1/n Σ ℓ (:data:`COST_SYMBOLS` names it).

The slice is the plane θ(u, v) = θ0 + (u − u0) d1 + (v − v0) d2 of :mod:`nnviz.core.landscape`;
the grid is the square of half width h around its centre (u_c, v_c) with n points per side:
by default the slice's centre (θ_i, θ_j for two parameters, (0, 0) for random directions);
for PCA the square that holds the whole path, 1.35 times its extent.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Callable

import numpy as np

from nnviz.core import landscape
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.losses import MEAN, SUM
from nnviz.core.network import Architecture
from nnviz.gui.kit.heatmap import Heatmap, prepare_heatmap

Array = np.ndarray

CURVE_POINTS = 201         # at least this many points on a curve
PCA_MARGIN = 1.35          # the PCA square is this many times the path's extent
STEEP_PERCENTILE = 90      # |∇C| at this percentile of the grid gets the longest arrow
GRADIENT_ARROW = 0.15      # longest −∇C arrow, as a fraction of the grid's width
COST_SYMBOLS = {MEAN: "C", SUM: "L"}  # the surface's name: C = 1/n Σ ℓ or L = Σ ℓ


def surface_cost(cost: str | None) -> str:
    """The cost a surface shows for a snapshot's or configuration's ``cost``: "sum" (L) or
    "mean" (C; also for the perceptron rule's "mistakes", which minimises no cost)."""
    return SUM if cost == SUM else MEAN


@dataclass(frozen=True, eq=False)
class SurfaceResult:
    """A computed surface (or curve) and what it was computed for."""

    mode: str
    slice: landscape.Slice | None
    index: int | None          # the parameter of a curve
    heatmap: Heatmap | None
    curve_u: Array | None = None
    curve: Array | None = None
    origin_step: int = 0
    cost: str = MEAN           # "mean": the values are C; "sum": L

    @property
    def symbol(self) -> str:
        """What the values are called: "C" or "L"."""
        return COST_SYMBOLS[self.cost]

    @cached_property
    def steep_gradient(self) -> float:
        """|∇C| at the STEEP_PERCENTILE of the grid (finite differences)."""
        if self.heatmap is not None:
            h = self.heatmap
            gv, gu = np.gradient(h.linear, h.v, h.u)
            slopes = np.hypot(gu, gv)
        else:
            slopes = np.abs(np.gradient(self.curve, self.curve_u))
        slopes = slopes[np.isfinite(slopes)]
        return float(np.percentile(slopes, STEEP_PERCENTILE)) if slopes.size else 0.0

    def project(self, thetas: Array) -> Array:
        """θ (one, or rows) on the plot: (u, v), or (θ_i, NaN) for a curve."""
        if self.mode != "curve":
            return self.slice.project(thetas)
        thetas = np.asarray(thetas, float)
        return np.stack([thetas[..., self.index], np.full(thetas.shape[:-1], np.nan)], axis=-1)

    def descent_arrow(self, gradient: Array, at: Array) -> Array | None:
        """The end of the −∇C arrow from ``at``: along −∇C on the plot, (−∂C/∂θ · d1,
        −∂C/∂θ · d2) (a curve: (−∂C/∂θ_i, 0)), GRADIENT_ARROW of the grid's width long
        times min(|∇C| / steep_gradient, 1), so it shrinks near a minimum; None where the
        projected gradient is 0 or not finite."""
        if self.mode == "curve":
            d = np.array([-gradient[self.index], 0.0])
            width = self.curve_u[-1] - self.curve_u[0]
        else:
            d = -self.slice.gradient(gradient)
            width = self.heatmap.u[-1] - self.heatmap.u[0]
        norm = float(np.hypot(*d))
        if not np.isfinite(norm) or norm == 0:
            return None
        steep = self.steep_gradient
        length = min(norm / steep, 1.0) if steep > 0 else 1.0
        return at + d / norm * length * GRADIENT_ARROW * width


@dataclass(frozen=True, eq=False)
class SurfaceRequest:
    """Everything one surface computation needs, copied: call :meth:`compute` anywhere."""

    architecture: Architecture
    origin: Array              # θ0
    mode: str
    indices: tuple[int, int]
    half_width: float
    resolution: int
    seed: int
    centre: tuple[float, float] | None   # None: the slice's own centre
    trajectory: Array | None   # the recorded θ_t (PCA only)
    origin_step: int
    x: Array
    y: Array
    cost: str = MEAN           # "sum": L = Σ ℓ over the samples instead of the mean C

    def compute(self, progress: Callable[[int, int], bool]) -> SurfaceResult:
        """C (or L) over the grid (raises Cancelled once ``progress`` returns False)."""
        arch, origin, half, n, centre = (self.architecture, self.origin, self.half_width,
                                         self.resolution, self.centre)
        if self.mode == "curve":
            i = self.indices[0]
            c = origin[i] if centre is None else centre[0]
            u = np.linspace(c - half, c + half, max(n, CURVE_POINTS))
            values = landscape.parameter_curve(arch, origin, i, u, self.x, self.y, cost=self.cost)
            return SurfaceResult(self.mode, None, i, None, u, values, self.origin_step, self.cost)
        if self.mode == "parameters":
            slc = landscape.parameter_slice(arch, origin, *self.indices)
            cu, cv = slc.centre if centre is None else centre
        elif self.mode == "random":
            slc = landscape.random_slice(arch, origin, self.seed)
            cu, cv = (0.0, 0.0) if centre is None else centre
        else:
            if self.trajectory is None or self.trajectory.shape[0] < 3:
                raise InputError(translate("LandscapeView", "PCA of the path needs a few recorded steps: train first"))
            pca = landscape.pca_slice(arch, self.trajectory)
            slc = pca.slice
            lo, hi = pca.coordinates.min(axis=0), pca.coordinates.max(axis=0)
            cu, cv = (lo + hi) / 2
            half = max(float(np.max(hi - lo)) / 2 * PCA_MARGIN, 1e-6)
        u = np.linspace(cu - half, cu + half, n)
        v = np.linspace(cv - half, cv + half, n)
        values = landscape.surface(arch, slc, u, v, self.x, self.y, progress=progress,
                                   cost=self.cost)
        return SurfaceResult(self.mode, slc, None,
                             prepare_heatmap(u, v, values, COST_SYMBOLS[self.cost]),
                             origin_step=self.origin_step, cost=self.cost)
