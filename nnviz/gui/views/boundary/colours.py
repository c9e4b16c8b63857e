"""The boundary map's colours: lightened colour maps and value spreads."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from nnviz.gui.colors import diverging_map, sequential_map

Array = np.ndarray

REGION_LIGHTEN = 0.35  # share of white mixed into region colours, so the points stand out


def lightened(rgb: Array, amount: float | Array) -> Array:
    """Colours (..., 3) mixed with white: c + amount·(255 - c), as uint8."""
    rgb = np.asarray(rgb, dtype=float)
    return np.clip(np.rint(rgb + np.asarray(amount)[..., None] * (255.0 - rgb)), 0, 255).astype(np.uint8)


@lru_cache(maxsize=4)
def lookup_table(kind: str, amount: float) -> Array:
    """The 256-colour lookup table of the "diverging" or "sequential" map, lightened by
    ``amount`` (read-only: it is shared)."""
    cmap = diverging_map() if kind == "diverging" else sequential_map()
    lut = lightened(cmap.getLookupTable(0.0, 1.0, 256, alpha=False), amount)
    lut.flags.writeable = False
    return lut


def region_lut() -> Array:
    """Orange .. blue, lightened: the two classes' regions and a bounded neuron's values."""
    return lookup_table("diverging", REGION_LIGHTEN)


def value_lut() -> Array:
    """The sequential map: a regression's values and an unbounded neuron's values."""
    return lookup_table("sequential", 0.0)


def spread(values: Array) -> tuple[float, float]:
    """[min, max] of ``values``; a constant v gives [v - 0.5, v + 0.5]."""
    lo, hi = float(np.min(values)), float(np.max(values))
    return (lo, hi) if hi > lo else (lo - 0.5, hi + 0.5)
