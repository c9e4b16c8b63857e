"""What the loss-surface view says: the title above the map (what it is a slice of), the
line under it (how to restart) and the legend of the marks on it."""

from __future__ import annotations

import math

from nnviz.core import notation
from nnviz.core.network import Architecture
from nnviz.gui.theme import Theme
from nnviz.gui.views.landscape.path_layer import CURRENT_COLOUR, GRADIENT_COLOUR
from nnviz.gui.views.landscape.surface_task import SurfaceResult

NO_NETWORK = "Start training to see the loss surface and the path of gradient descent."


def slice_title(result: SurfaceResult, architecture: Architecture) -> str:
    """What the map is a slice of: "C(w¹₁₁, w¹₁₂) with the other 7 parameters as at step 40"
    (L under the training cost "sum"); a surface is computed through θ at one step and stays
    so until it is computed again."""
    mode, c = result.mode, result.symbol
    n_other = architecture.n_parameters - (1 if mode == "curve" else 2)
    if mode == "curve":
        what = f"{c}({notation.parameter_symbol(architecture.parameter_name(result.index))})"
    elif mode == "parameters":
        a, b = (notation.parameter_symbol(n) for n in result.slice.labels)
        what = f"{c}({a}, {b})"
    elif mode == "random":
        what = f"{c} along two random filter-normalised directions α, β"
    else:
        return f"{c} over the plane of the path's first two principal directions, to step {result.origin_step}"
    if mode in ("curve", "parameters") and n_other > 0:
        others = "the other parameter" if n_other == 1 else f"the other {n_other} parameters"
        return f"{what} with {others} as at step {result.origin_step}"
    return f"{what} through θ at step {result.origin_step}"


def describe(result: SurfaceResult, duration_ms: float) -> str:
    """"Click the map to restart …" and how long the surface took."""
    where = "plot" if result.mode == "curve" else "map"
    took = f" (computed in {duration_ms:.0f} ms)" if math.isfinite(duration_ms) else ""
    return f"Click the {where} to restart training from that point{took}."


def legend_html(theme: Theme, entries: list[tuple[str, str, bool]]) -> str:
    """A one-line legend in rich text: (symbol, name, on a dark chip) per entry; a white
    symbol (drawn on the map) sits on a dark chip so it shows on any palette."""
    big = f"font-size:{theme.point_size * 1.1:.3g}pt"
    parts = []
    for symbol, name, chip in entries:
        style = big + ("; background-color:#3a3d42; color:#ffffff" if chip else "")
        parts.append(f'<span style="{style}">&nbsp;{symbol}&nbsp;</span>&nbsp;{name}')
    return "&nbsp;&nbsp; ".join(parts)


def marks_legend(theme: Theme, curve: bool, symbol: str = "C") -> str:
    """What the marks on the map (or over the curve) mean; ``symbol``: the cost, C or L."""
    r, g, b = CURRENT_COLOUR
    gr, gg, gb = GRADIENT_COLOUR
    return legend_html(theme, [
        ("━━", "path", not curve),
        ("◯", "start", not curve),
        (f'<span style="color:rgb({r},{g},{b})">●</span>', "now", False),
        ("⟶", "step", not curve),
        (f'<span style="color:rgb({gr},{gg},{gb})">⟶</span>', f"−∇{symbol}", False),
    ])
