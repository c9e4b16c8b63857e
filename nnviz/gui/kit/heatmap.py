"""A grid of cost values ready to draw as a heatmap (computed with the surface, off the GUI
thread): the values on a linear and on a log scale, and the iso-lines of both."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRectF

from nnviz.core import landscape, notation
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate

Array = np.ndarray

N_CONTOURS = 12


@dataclass(frozen=True, eq=False)
class Heatmap:
    """A grid of loss values ready to draw, on a linear and on a log scale.

    ``values`` (len(v), len(u)) is C itself; ``linear`` has non-finite values (overflow)
    replaced by the largest finite one; ``log`` is log₁₀(C − s) with s = min(0, min C) so
    it is defined for surfaces that dip below 0; ``label`` names the quantity (C or f).
    ``levels[scale]`` are the contour levels, evenly spaced in that scale, and
    ``contours[scale]`` their segments (k, 2, 2).
    """

    u: Array
    v: Array
    values: Array
    linear: Array
    log: Array
    label: str
    log_label: str
    levels: dict[bool, Array]
    contours: dict[bool, Array]

    def display(self, log: bool) -> Array:
        return self.log if log else self.linear

    @property
    def rect(self) -> QRectF:
        """The image's rectangle in plot coordinates: pixel centres on the grid points."""
        du = (self.u[-1] - self.u[0]) / max(self.u.size - 1, 1)
        dv = (self.v[-1] - self.v[0]) / max(self.v.size - 1, 1)
        return QRectF(self.u[0] - du / 2, self.v[0] - dv / 2, du * self.u.size, dv * self.v.size)


def prepare_heatmap(u: Array, v: Array, values: Array, label: str = "C",
                    n_levels: int = N_CONTOURS) -> Heatmap:
    """A :class:`Heatmap` of ``values`` over the grid (u, v); InputError if nothing is finite."""
    values = np.asarray(values, dtype=float)
    finite = np.isfinite(values)
    if not finite.any():
        raise InputError(translate("Heatmap", "the loss is not finite anywhere on this slice (try a "
                                             "smaller range)"))
    lo, hi = float(values[finite].min()), float(values[finite].max())
    linear = np.where(finite, values, hi)
    shift = min(lo, 0.0)
    floor = max((hi - shift) * 1e-12, 1e-300)
    log = np.log10(np.maximum(linear - shift, floor))
    log_label = f"log₁₀ {label}" if shift == 0 else f"log₁₀({label} − {notation.number(shift)})"
    levels, contours = {}, {}
    for is_log, shown in ((False, linear), (True, log)):
        a, b = float(shown.min()), float(shown.max())
        lv = np.linspace(a, b, n_levels + 2)[1:-1] if b > a else np.empty(0)
        segments = landscape.contour_segments(u, v, shown, lv) if lv.size else []
        levels[is_log] = lv
        contours[is_log] = np.concatenate(segments) if len(segments) else np.empty((0, 2, 2))
    return Heatmap(np.asarray(u, float), np.asarray(v, float), values, linear, log, label,
                   log_label, levels, contours)
