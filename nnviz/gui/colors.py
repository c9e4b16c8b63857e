"""The colour maps every view shares.

Signed values (weights, gradients, outputs around the decision level) use one diverging,
colour-blind-safe map, as TensorFlow Playground does: orange = negative, grey near zero,
blue = positive. Activations and loss surfaces use a sequential map (viridis). The backward
pass (δ, ∂ℓ/∂w) has a colour of its own, a purple distinct from both maps for every common
form of colour blindness.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor

ORANGE = (232, 126, 4)
GREY = (232, 234, 235)
BLUE = (8, 119, 189)

# The backward pass: Paul Tol's purple on light backgrounds, Okabe-Ito's reddish purple on dark.
BACKWARD_ON_LIGHT = (170, 51, 119)
BACKWARD_ON_DARK = (204, 121, 167)

# Two-class colours for data points: class 0 orange, class 1 blue.
CLASS_COLOURS = (ORANGE, BLUE)
# More classes: a colour-blind-safe qualitative palette (Okabe-Ito), starting with the two above.
QUALITATIVE = (
    ORANGE, BLUE, (0, 158, 115), (204, 121, 167), (240, 228, 66), (86, 180, 233),
    (213, 94, 0), (0, 0, 0), (153, 153, 153), (117, 112, 179),
)


def diverging_map() -> pg.ColorMap:
    """Orange (-1) .. grey (0) .. blue (+1), over positions 0..1."""
    return pg.ColorMap([0.0, 0.5, 1.0], [ORANGE, GREY, BLUE], name="nnviz-diverging")


def sequential_map() -> pg.ColorMap:
    """Viridis, perceptually uniform, for activations and loss values."""
    return pg.colormap.get("viridis")


def backward_colour(dark: bool) -> QColor:
    """The colour of δ and ∂ℓ/∂w, readable on a dark or a light background."""
    return QColor(*(BACKWARD_ON_DARK if dark else BACKWARD_ON_LIGHT))


def class_colour(index: int) -> tuple[int, int, int]:
    """The colour of class ``index``."""
    return QUALITATIVE[index % len(QUALITATIVE)]


def blend(colour: QColor, background: QColor, alpha: float) -> QColor:
    """``colour`` at opacity ``alpha`` over ``background``, as one opaque colour (cheap to paint)."""
    mix = [alpha * c + (1.0 - alpha) * b for c, b in zip(colour.getRgbF()[:3], background.getRgbF()[:3])]
    return QColor.fromRgbF(*mix)
