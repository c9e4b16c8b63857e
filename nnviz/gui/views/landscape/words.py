"""What the loss-surface view says: the line under the map (what is shown, how to restart)
and the legend of the marks on it."""

from __future__ import annotations

import math

from nnviz.core import notation
from nnviz.core.network import Architecture
from nnviz.gui.theme import Theme
from nnviz.gui.views.landscape.path_layer import CURRENT_COLOUR, GRADIENT_COLOUR
from nnviz.gui.views.landscape.surface_task import SurfaceResult

NO_NETWORK = "Start training to see the loss surface and the path of gradient descent."


def describe(result: SurfaceResult, architecture: Architecture, duration_ms: float) -> str:
    """"Click the map to restart …" and what the map shows: C over which plane, through θ
    at which step, and how long it took."""
    mode = result.mode
    n_other = architecture.n_parameters - (1 if mode == "curve" else 2)
    if mode == "curve":
        what = f"C({notation.parameter_symbol(architecture.parameter_name(result.index))})"
    elif mode == "parameters":
        a, b = (notation.parameter_symbol(n) for n in result.slice.labels)
        what = f"C over ({a}, {b})"
    elif mode == "random":
        what = "C along two random filter-normalised directions α, β"
    else:
        what = "C over the path's principal plane"
    if mode in ("curve", "parameters") and n_other > 0:
        what += f", the other {n_other} parameters as at step {result.origin_step}"
    elif mode != "pca":
        what += f", through θ at step {result.origin_step}"
    if math.isfinite(duration_ms):
        what += f" ({duration_ms:.0f} ms)"
    where = "plot" if mode == "curve" else "map"
    return f"Click the {where} to restart training from that point. " + what + "."


def legend_html(theme: Theme, entries: list[tuple[str, str, bool]]) -> str:
    """A one-line legend in rich text: (symbol, name, on a dark chip) per entry; a white
    symbol (drawn on the map) sits on a dark chip so it shows on any palette."""
    big = f"font-size:{theme.point_size * 1.1:.3g}pt"
    parts = []
    for symbol, name, chip in entries:
        style = big + ("; background-color:#3a3d42; color:#ffffff" if chip else "")
        parts.append(f'<span style="{style}">&nbsp;{symbol}&nbsp;</span>&nbsp;{name}')
    return "&nbsp;&nbsp; ".join(parts)


def marks_legend(theme: Theme, curve: bool) -> str:
    """What the marks on the map (or over the curve) mean."""
    r, g, b = CURRENT_COLOUR
    gr, gg, gb = GRADIENT_COLOUR
    return legend_html(theme, [
        ("━━", "path", not curve),
        ("◯", "start", not curve),
        (f'<span style="color:rgb({r},{g},{b})">●</span>', "now", False),
        ("⟶", "step", not curve),
        (f'<span style="color:rgb({gr},{gg},{gb})">⟶</span>', "−∇C", False),
    ])
