"""How the graph colours its edges (Qt-free apart from the pens' colours).

The edge from neuron k of layer l-1 to neuron j of layer l is w^l_jk: its colour is the
sign (blue +, orange −, grey ≈ 0, the shared diverging map), its width and opacity grow with
|w^l_jk| / s_l, where the scale s_l is

    global     max |w| over all layers,
    per layer  max |w^l| of the edge's own layer,
    fixed      a range the user sets,

the first two rounded up to a nice number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^e) so the
colours and the legend stay put while the weights drift. In gradient mode the same drawing
shows ∂C/∂w^l_jk of the last step.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

from nnviz.core import notation
from nnviz.core.i18n import translate
from nnviz.core.network import Architecture
from nnviz.gui.colors import blend
from nnviz.gui.kit.edge_batch import EdgeBatchItem, EdgeStyle
from nnviz.gui.kit.nice_scale import nice_ceil

Array = np.ndarray

SCALINGS = ("global", "layer", "fixed")
DENSE_EDGES = 400         # above this many drawn edges: thinner lines, no antialiasing


def layer_scales(arch: Architecture, values: Array, scaling: str, fixed_range: float) -> Array:
    """s_l for l = 1..L of θ or ∂C/∂θ (``values``): nice_ceil(max |w^l|) per layer,
    nice_ceil of the max over all layers (global), or ``fixed_range``; ±∞ and NaN ignored."""
    if scaling == "fixed":
        return np.full(arch.n_layers, fixed_range)
    weights, _ = arch.unflatten(values)
    per_layer = np.array([np.max(np.abs(w), initial=0.0, where=np.isfinite(w)) for w in weights])
    if scaling == "layer":
        return np.array([nice_ceil(v) for v in per_layer])
    return np.full(arch.n_layers, nice_ceil(per_layer.max()))


def legend_labels(scales: Array, scaling: str, gradients: bool) -> tuple[tuple[str, str, str], str]:
    """The weight legend's ticks and caption: ±s of the network, or ±1 of each layer's s."""
    quantity = "∂C/∂w" if gradients else "w"
    if scaling == "layer":
        return ("−1", "0", "+1"), translate("GraphView", "{quantity} / scale of its layer").format(quantity=quantity)
    s = notation.number(float(scales[0]) if scales[0] > 0 else 1.0)
    return (f"−{s}", "0", f"+{s}"), quantity


def style_edges(item: EdgeBatchItem, n_edges: int, dark: bool, scale: float,
                foreground: QColor, background: QColor) -> None:
    """Pens for a graph of ``n_edges``: dense graphs get thinner, fainter lines and no
    antialiasing; dark backgrounds let weak edges recede (opacity ∝ |level|²)."""
    dense = n_edges > DENSE_EDGES
    item.set_style(
        EdgeStyle(min_width=(0.6 if dense else 1.0) * scale,
                  max_width=(3.5 if dense else 6.0) * scale,
                  min_alpha=(0.1 if dark else 0.25) if dense else (0.15 if dark else 0.35),
                  alpha_power=2.0 if dark else 1.0),
        background, blend(foreground, background, 0.12 if dense else 0.25), antialias=not dense)
