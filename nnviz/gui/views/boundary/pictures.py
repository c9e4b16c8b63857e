"""What the boundary view draws from one forward pass: the heatmap and its contour over the
plane, or the curves over the one-input line (Qt-free).

Over the plane (grid index coordinates, :class:`~nnviz.core.input_space.PlaneMaps`):

    a hidden neuron a^l_j    its values on the lightened diverging map over its activation's
                             range (the sequential map over the values' spread if unbounded);
                             contour: z^l_j = 0
    one output, two classes  a^L on the diverging map over [low, 1] ("discretize": low or 1,
                             the side of the decision level); contour: a^L = level; a step
                             or sign output: its two regions, contour z^L = 0
    K outputs                the winning class argmax_c a^L_c in its colour, paler where the
                             margin a^L_c - max_{k≠c} a^L_k is under 0.5; contours: margin 0
    regression               a^L_1 on the sequential map over the targets' range, no contour

Over the one-input line the training points sit at their class's target or their value
(:func:`point_heights`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.core.data import CLASSIFICATION, Dataset, one_hot
from nnviz.core.input_space import PlaneMaps, class_margins, contour_segments
from nnviz.core.network import ForwardTrace
from nnviz.gui.colors import class_colour
from nnviz.gui.kit.activation_range import activation_range
from nnviz.gui.views.boundary.colours import lightened, region_lut, spread, value_lut

Array = np.ndarray

DISCRETE_LIGHTEN = 0.45  # every pixel of a discretized K-class map


@dataclass(frozen=True)
class Picture:
    """An image for ``ImageItem.setImage``: values with ``levels`` and ``lut``, or RGB (both
    None); ``segments`` (k, 2, 2): the contour in grid index coordinates."""

    image: Array
    levels: tuple[float, float] | None
    lut: Array | None
    segments: Array


def neuron_picture(maps: PlaneMaps, layer: int, j: int, activation: str) -> Picture:
    """a^layer_j over the plane (layer 1-based, j 0-based) with its z^layer_j = 0 line."""
    values = maps.neuron(layer, j)
    bounds = activation_range(activation)
    segments = contour_segments(maps.z[layer - 1][:, :, j], 0.0)
    if bounds is not None:
        return Picture(values, bounds, region_lut(), segments)
    return Picture(values, spread(values), value_lut(), segments)


def regression_picture(maps: PlaneMaps, targets: tuple[float, float]) -> Picture:
    """The predicted value a^L_1 over the ``targets`` range."""
    return Picture(maps.output[:, :, 0], targets, value_lut(), np.empty((0, 2, 2)))


THRESHOLDS = ("step", "sign")  # output activations that jump from low to 1 where z^L = 0


def two_class_picture(maps: PlaneMaps, low: float, level: float, discretize: bool,
                      activation: str = "sigmoid") -> Picture:
    """One output neuron over [low, 1], centred on the decision ``level``.

    A step or sign output (``activation``) jumps where z^L = 0, between grid points: its
    contour is z^L = 0 itself (exact for a perceptron, where z^L = w·x + b is linear) and
    its map is :func:`threshold_regions`, not a^L's staircase of whole pixels.
    """
    if activation in THRESHOLDS:
        z = maps.z[-1][:, :, 0]
        return Picture(threshold_regions(z, low), (low, 1.0), region_lut(), contour_segments(z, 0.0))
    output = maps.output[:, :, 0]
    shown = np.where(output > level, 1.0, low) if discretize else output
    return Picture(shown, (low, 1.0), region_lut(), contour_segments(output, level))


def threshold_regions(z: Array, low: float) -> Array:
    """``low`` where z < 0 and 1 where z > 0 over the grid, blended across the line z = 0:
    a pixel at signed distance d = z / |∇z| (in pixels, ∇ along the grid's indices) from
    the line is covered by the side z > 0 for the share clip(1/2 + d, 0, 1) of it."""
    gi, gj = np.gradient(z) if min(z.shape) >= 2 else (np.zeros_like(z), np.zeros_like(z))
    slope = np.hypot(gi, gj)
    distance = np.divide(z, slope, out=np.where(z >= 0, np.inf, -np.inf), where=slope > 0)
    covered = np.clip(0.5 + distance, 0.0, 1.0)
    return low + (1.0 - low) * covered


def classes_picture(maps: PlaneMaps, discretize: bool) -> Picture:
    """K outputs: the winner's colour; a narrow win (margin near 0) pale, a clear one
    (margin ≥ 0.5) strong; lines where two classes tie."""
    margins = class_margins(maps.output)
    winner = np.argmax(maps.output, axis=2)
    colours = np.array([class_colour(c) for c in range(maps.output.shape[2])], dtype=float)
    if discretize:
        amount = np.full(winner.shape, DISCRETE_LIGHTEN)
    else:
        amount = 0.85 - 0.55 * np.clip(np.max(margins, axis=2) / 0.5, 0.0, 1.0)
    segments = np.concatenate([contour_segments(margins[:, :, c], 0.0) for c in range(margins.shape[2])])
    return Picture(lightened(colours[winner], amount), None, None, segments)


def line_curves(trace: ForwardTrace, neuron: tuple[int, int] | None, classification: bool,
                low: float, level: float, discretize: bool) -> list[Array]:
    """The curves over the one-input line: a^l_j of ``neuron``, else one per output a^L_k
    (discretized: low or 1 for one output, one-hot of the winner for several)."""
    if neuron is not None:
        layer, j = neuron
        return [trace.a[layer - 1][:, j]]
    out = trace.output
    if classification and discretize:
        if out.shape[1] == 1:
            out = np.where(out > level, 1.0, low)
        else:
            out = one_hot(np.argmax(out, axis=1), out.shape[1])
    return [out[:, k] for k in range(out.shape[1])]


def point_heights(data: Dataset, y: Array, low: float) -> Array:
    """Where the points sit in the one-input plot: the class's target (1, or ``low`` for
    class 0 and for several outputs), or the value for regression."""
    if data.kind != CLASSIFICATION:
        return np.asarray(y, dtype=float)[:, 0]
    if data.n_targets == 1:
        return np.where(np.asarray(y) == 1, 1.0, low)
    return np.full(len(y), low)
