"""What the loss-surface view says: the title above the map (what it is a slice of), the
line under it (how to restart) and the legend of the marks on it."""

from __future__ import annotations

import math
from html import escape

from nnviz.core import notation
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.network import Architecture
from nnviz.gui.theme import Theme
from nnviz.gui.views.landscape.path_layer import CURRENT_COLOUR, GRADIENT_COLOUR
from nnviz.gui.views.landscape.surface_task import SurfaceResult

NO_NETWORK = QT_TRANSLATE_NOOP("LandscapeView", "Start training to see the loss surface and the path of gradient descent.")


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
        return translate("LandscapeView", "{cost} along two random filter-normalised directions α, β through θ at step {step}").format(
            cost=c, step=result.origin_step)
    else:
        return translate("LandscapeView", "{cost} over the plane of the path's first two principal directions, to step {step}").format(
            cost=c, step=result.origin_step)
    if n_other == 1:
        return translate("LandscapeView", "{what} with the other parameter as at step {step}").format(
            what=what, step=result.origin_step)
    if n_other > 1:
        return translate("LandscapeView", "{what} with the other %n parameters as at step {step}", None, n_other).format(
            what=what, step=result.origin_step)
    return translate("LandscapeView", "{what} through θ at step {step}").format(what=what, step=result.origin_step)


def describe(result: SurfaceResult, duration_ms: float) -> str:
    """"Click the map to restart …" and how long the surface took."""
    took = translate("LandscapeView", " (computed in {ms} ms)").format(ms=f"{duration_ms:.0f}") \
        if math.isfinite(duration_ms) else ""
    if result.mode == "curve":
        return translate("LandscapeView", "Click the plot to restart training from that point{took}.").format(took=took)
    return translate("LandscapeView", "Click the map to restart training from that point{took}.").format(took=took)


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
        ("━━", escape(translate("LandscapeView", "path")), not curve),
        ("◯", escape(translate("LandscapeView", "start")), not curve),
        (f'<span style="color:rgb({r},{g},{b})">●</span>', escape(translate("LandscapeView", "now")), False),
        ("⟶", escape(translate("LandscapeView", "step")), not curve),
        (f'<span style="color:rgb({gr},{gg},{gb})">⟶</span>', f"−∇{symbol}", False),
    ])
