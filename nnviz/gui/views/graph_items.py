"""Notation, geometry and batched drawing for the network graph view.

The graph draws layer l = 0..L as column l; neuron j of layer l (0-based here, j + 1 in the
lectures) sits in that column, neuron 1 at the top. The edge from neuron k of layer l-1 to
neuron j of layer l carries w^l_jk. Large layers are compacted: at most ``max_shown``
neurons per column (the first and the last few) with a gap that holds a "⋮ n more" marker;
edges are drawn only between shown neurons.

Edges are drawn in batches: every edge gets a signed level
``round(clip(v / s, -1, 1) · (n_levels - 1))``, the level picks one of 2·n_levels - 1 pens
(colour from the diverging map, width and opacity growing with |level|), and the item paints
one ``QPainter.drawLines`` call per pen, never one graphics item per edge. The neurons'
thumbnails (their maps over the input plane) are one item too, painting a QImage per neuron.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui
from pyqtgraph.Qt.internals import PrimitiveArray

from nnviz.core.network import Architecture
from nnviz.core.snapshot import Snapshot
from nnviz.gui.colors import blend, diverging_map

Array = np.ndarray

MAX_SHOWN = 24
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


# -- notation ---------------------------------------------------------------------------------
def superscript(n: int) -> str:
    """``2`` -> ``²``."""
    return str(n).translate(_SUPERSCRIPT)


def subscript(*indices: int) -> str:
    """Lower indices as the lectures write them: ``(1, 3)`` -> ``₁₃``; ``(10, 3)`` -> ``₁₀,₃``.

    Indices are given as displayed (1-based); a comma separates them when any has two digits.
    """
    sep = "," if any(i >= 10 for i in indices) else ""
    return sep.join(str(i).translate(_SUBSCRIPT) for i in indices)


def weight_label(layer: int, j: int, k: int) -> str:
    """w^l_jk for layer l (1-based) and 0-based j, k: ``weight_label(2, 0, 2)`` -> ``w²₁₃``."""
    return f"w{superscript(layer)}{subscript(j + 1, k + 1)}"


def neuron_label(symbol: str, layer: int, j: int) -> str:
    """b^l_j, z^l_j, a^l_j (``symbol`` is "b", "z" or "a"; j 0-based): ``a¹₂``."""
    return f"{symbol}{superscript(layer)}{subscript(j + 1)}"


# -- tooltip texts in the lectures' notation ------------------------------------------------
SYMBOLS = {"sigmoid": "σ", "tanh": "tanh", "relu": "relu", "leaky_relu": "lrelu",
           "step": "step", "sign": "sign"}


def is_plain_name(name: str, letter: str, index: int) -> bool:
    """True for a name that only repeats the symbol: "x1", "x_1", "x₁", "x" (index 0-based)."""
    name = name.strip().lower().replace("_", "")
    return name in (letter, f"{letter}{index + 1}", f"{letter}{subscript(index + 1)}")


def fmt(v: float) -> str:
    """A value as the lecture shows it: 3 decimals, or 3 significant digits when tiny/huge."""
    if v == 0 or 1e-3 <= abs(v) < 1e4:
        return f"{v:.3f}"
    return f"{v:.3g}"


def factor(v: float) -> str:
    """A value inside a product, parenthesised when negative: ``(-1.200)``."""
    return f"({fmt(v)})" if v < 0 else fmt(v)


@dataclass(frozen=True, eq=False)
class Activity:
    """The forward pass on display: a^l (l = 0..L, a^0 = x) and z^l (l = 1..L, z[0] None)
    of the chosen sample or averaged over ``n_samples``, and each layer's colour range."""

    a: list[Array]
    z: list[Array | None]
    ranges: list[tuple[float, float]]
    sample: int | None
    n_samples: int


def source_label(layer: int, k: int) -> str:
    """a^{l-1}_k, written x_k for the inputs."""
    return f"x{subscript(k + 1)}" if layer == 1 else neuron_label("a", layer - 1, k)


def describe_edge(snap: Snapshot, l: int, j: int, k: int) -> str:
    """w^l_jk: its value, where it runs, ∂C/∂w^l_jk of the last step."""
    arch = snap.architecture
    theta = arch.weight_index(l, j, k)
    name = weight_label(l, j, k)
    lines = [f"{name} = {fmt(float(snap.params[theta]))}",
             f"from {source_label(l, k)} into z{superscript(l)}{subscript(j + 1)}"]
    if snap.gradients is not None:
        lines.append(f"∂C/∂{name} = {fmt(float(snap.gradients[theta]))} (last step)")
    lines.append("click to edit")
    return "\n".join(lines)


def describe_input(arch: Architecture, act: Activity | None, feature_names: Sequence[str],
                   k: int) -> str:
    """x_k = a^0_k, named after its feature, with its value."""
    head = f"x{subscript(k + 1)}"
    if len(feature_names) == arch.n_inputs and not is_plain_name(feature_names[k], "x", k):
        head += f" ({feature_names[k]})"
    if act is None:
        return f"{head} = a⁰{subscript(k + 1)}: input {k + 1} of {arch.n_inputs}"
    value = fmt(float(act.a[0][k]))
    if act.sample is None:
        return f"{head}: mean over {act.n_samples} samples = {value}"
    return f"{head} = a⁰{subscript(k + 1)} = {value} (sample {act.sample})"


def describe_neuron(snap: Snapshot, act: Activity | None, l: int, j: int) -> str:
    """Neuron j of layer l: z^l_j = Σ_k w^l_jk a^{l-1}_k + b^l_j with the numbers of the
    chosen sample filled in, a^l_j = σ(z^l_j), and b^l_j with its gradient."""
    arch = snap.architecture
    act_name = arch.activations[l - 1]
    kind = "output" if l == arch.n_layers else f"layer {l}"
    z_name, a_name, b_name = (neuron_label(s, l, j) for s in "zab")
    weights, biases = arch.unflatten(snap.params)
    w, b = weights[l - 1][j], biases[l - 1]
    n_in = arch.sizes[l - 1]
    with_numbers = act is not None and act.sample is not None
    terms, numbers = [], []
    for k in (range(n_in) if n_in <= 6 else (0, 1, 2, None, n_in - 1)):
        if k is None:
            terms.append(f"… ({n_in - 4} more)")
            numbers.append("…")
            continue
        terms.append(f"{weight_label(l, j, k)}·{source_label(l, k)}")
        if with_numbers:
            numbers.append(f"{factor(float(w[k]))}·{factor(float(act.a[l - 1][k]))}")
    if b is not None:
        terms.append(b_name)
        numbers.append(factor(float(b[j])))
    lines = [f"neuron {j + 1} of {kind} ({act_name})", f"{z_name} = " + " + ".join(terms)]
    if act is None:
        lines.append("(no data for this network: choose a data set to see z and a)")
    elif not with_numbers:
        lines.append(f"mean over {act.n_samples} samples: {z_name} = {fmt(float(act.z[l][j]))}, "
                     f"{a_name} = {fmt(float(act.a[l][j]))}")
        lines.append("(choose one sample to see the numbers in the formula)")
    else:
        z, a = float(act.z[l][j]), float(act.a[l][j])
        lines.append("    = " + " + ".join(numbers) + f" = {fmt(z)}")
        if act_name == "softmax":  # couples the layer
            lines.append(f"{a_name} = softmax(z{superscript(l)}){subscript(j + 1)} = {fmt(a)}")
        elif act_name == "identity":
            lines.append(f"{a_name} = {z_name} = {fmt(a)}")
        else:
            symbol = SYMBOLS[act_name]
            lines.append(f"{a_name} = {symbol}({z_name}) = {symbol}({fmt(z)}) = {fmt(a)}")
        lines.append(f"sample {act.sample}")
    if b is not None:
        lines.append(f"{b_name} = {fmt(float(b[j]))}: click to edit")
        if snap.gradients is not None:
            g = arch.unflatten(snap.gradients)[1][l - 1]
            lines.append(f"∂C/∂{b_name} = {fmt(float(g[j]))} (last step)")
    return "\n".join(lines)


# -- geometry ---------------------------------------------------------------------------------
def shown_neurons(n: int, max_shown: int = MAX_SHOWN) -> Array:
    """The 0-based neurons drawn for a layer of n: all, or the first and last max_shown/2."""
    if n <= max_shown:
        return np.arange(n)
    head = max_shown // 2
    return np.concatenate([np.arange(head), np.arange(n - (max_shown - head), n)])


@dataclass(frozen=True, eq=False)
class GraphLayout:
    """Where every drawn neuron and edge of an architecture goes (view coordinates).

    Nodes are all shown neurons, layer by layer (layer 0 = inputs): ``node_layer``,
    ``node_index`` (0-based j), ``node_x``, ``node_y``; ``node_slices[l]`` selects layer l.
    Edges are the shown (j, k) pairs of every layer l = 1..L, j-major: ``edge_layer``,
    ``edge_j``, ``edge_k``, ``edge_theta`` (index of w^l_jk in θ) and ``segments``
    (x0, y0, x1, y1) from neuron k of layer l-1 to neuron j of layer l. ``node_bias_theta``
    is the index of b^l_j in θ, or -1 for inputs and layers without bias. ``hidden[l]`` is
    how many neurons of layer l are not drawn; their marker sits at (column_x[l], marker_y[l]).
    """

    architecture: Architecture
    column_x: tuple[float, ...]
    node_layer: Array
    node_index: Array
    node_x: Array
    node_y: Array
    node_slices: tuple[slice, ...]
    node_bias_theta: Array
    hidden: tuple[int, ...]
    marker_y: tuple[float, ...]
    edge_layer: Array
    edge_j: Array
    edge_k: Array
    edge_theta: Array
    segments: Array
    height: float

    @classmethod
    def build(cls, architecture: Architecture, max_shown: int = MAX_SHOWN) -> "GraphLayout":
        sizes = architecture.sizes
        shown = [shown_neurons(n, max_shown) for n in sizes]
        hidden = tuple(n - s.size for n, s in zip(sizes, shown))
        # rows per column: one per shown neuron, plus one for the marker when compacted
        rows = [s.size + (1 if h else 0) for s, h in zip(shown, hidden)]
        height = float(max(rows))
        dx = max(3.0, 0.45 * height)
        column_x = tuple(l * dx for l in range(len(sizes)))

        ys, markers = [], []
        for s, h, r in zip(shown, hidden, rows):
            slot = np.arange(s.size, dtype=float)
            head = s.size // 2 if h else s.size
            slot[head:] += 1.0 if h else 0.0  # leave the marker's row free
            ys.append((r - 1) / 2.0 - slot)
            markers.append((r - 1) / 2.0 - head if h else np.nan)

        counts = [s.size for s in shown]
        starts = np.concatenate([[0], np.cumsum(counts)])
        node_slices = tuple(slice(int(a), int(b)) for a, b in zip(starts[:-1], starts[1:]))
        node_layer = np.repeat(np.arange(len(sizes)), counts)
        node_index = np.concatenate(shown)
        node_x = np.repeat(np.asarray(column_x), counts)
        node_y = np.concatenate(ys)
        node_bias = np.full(node_index.size, -1, dtype=np.int64)
        for l in range(1, len(sizes)):
            if architecture.bias[l - 1]:
                node_bias[node_slices[l]] = architecture.bias_index(l, shown[l])

        e_layer, e_j, e_k, e_theta, segs = [], [], [], [], []
        for l in range(1, len(sizes)):
            jj = np.repeat(shown[l], shown[l - 1].size)
            kk = np.tile(shown[l - 1], shown[l].size)
            yj = np.repeat(ys[l], shown[l - 1].size)
            yk = np.tile(ys[l - 1], shown[l].size)
            e_layer.append(np.full(jj.size, l))
            e_j.append(jj)
            e_k.append(kk)
            e_theta.append(architecture.weight_index(l, jj, kk))
            segs.append(np.column_stack([
                np.full(jj.size, column_x[l - 1]), yk, np.full(jj.size, column_x[l]), yj,
            ]))
        return cls(
            architecture, column_x, node_layer, node_index, node_x, node_y, node_slices,
            node_bias, hidden, tuple(markers),
            np.concatenate(e_layer), np.concatenate(e_j), np.concatenate(e_k),
            np.concatenate(e_theta).astype(np.int64), np.concatenate(segs), height,
        )

    @property
    def n_edges(self) -> int:
        return int(self.edge_layer.size)

    def node_at(self, layer: int, j: int) -> int | None:
        """The node number of neuron j of layer l, or None if it is not drawn."""
        sl = self.node_slices[layer]
        hits = np.flatnonzero(self.node_index[sl] == j)
        return sl.start + int(hits[0]) if hits.size else None

    def edge_at(self, layer: int, j: int, k: int) -> int | None:
        """The edge number of w^l_jk, or None if it is not drawn."""
        hits = np.flatnonzero((self.edge_layer == layer) & (self.edge_j == j) & (self.edge_k == k))
        return int(hits[0]) if hits.size else None

    def nearest_node(self, x: float, y: float, radius: float) -> int | None:
        """The node whose centre is within ``radius`` of (x, y), nearest first."""
        d2 = (self.node_x - x) ** 2 + (self.node_y - y) ** 2
        i = int(np.argmin(d2))
        return i if d2[i] <= radius * radius else None

    def nearest_edge(self, x: float, y: float, tolerance: float) -> int | None:
        """The edge whose segment passes within ``tolerance`` of (x, y), nearest first."""
        if self.n_edges == 0:
            return None
        x0, y0, x1, y1 = self.segments.T
        dx, dy = x1 - x0, y1 - y0
        t = np.clip(((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy), 0.0, 1.0)
        d2 = (x0 + t * dx - x) ** 2 + (y0 + t * dy - y) ** 2
        i = int(np.argmin(d2))
        return i if d2[i] <= tolerance * tolerance else None


# -- colour levels ----------------------------------------------------------------------------
NICE_STEPS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_ceil(value: float) -> float:
    """The smallest m·10^e ≥ value with m in NICE_STEPS (0 for value ≤ 0): 1.3 -> 1.5.

    A colour scale rounded this way stays put while the weights drift, so the legend and
    the colours do not flicker; the largest value still gets at least 75 % of the colour.
    """
    if not value > 0 or not math.isfinite(value):
        return 0.0
    exponent = math.floor(math.log10(value))
    mantissa = value / 10.0 ** exponent
    step = next(m for m in NICE_STEPS if mantissa <= m * (1 + 1e-12))
    return step * 10.0 ** exponent


def signed_levels(values: Array, scales: Array | float, n_levels: int) -> Array:
    """round(clip(v / s, -1, 1) · (n_levels - 1)): integers in [-(n_levels-1), n_levels-1].

    ``scales`` is one s or one per value; s <= 0 (or not finite) counts as 1, as it should when
    every weight is 0. A diverged value reads as: nan 0, ±inf ±(n_levels - 1).
    """
    s = np.asarray(scales, dtype=float)
    s = np.where((s > 0) & np.isfinite(s), s, 1.0)
    with np.errstate(invalid="ignore"):
        rel = np.nan_to_num(np.asarray(values, dtype=float) / s, nan=0.0, posinf=1.0, neginf=-1.0)
    rel = np.clip(rel, -1.0, 1.0)
    return np.rint(rel * (n_levels - 1)).astype(np.int64)


@dataclass(frozen=True)
class EdgeStyle:
    """Pen widths (px, cosmetic) and opacities at level 0 and at full |level|; the opacity
    grows with (|level| / (n-1)) ** alpha_power: 2 lets weak edges recede on a dark
    background, where the map's light grey would otherwise stand out."""

    min_width: float = 0.7
    max_width: float = 6.0
    min_alpha: float = 0.35
    max_alpha: float = 1.0
    alpha_power: float = 1.0


def level_pens(n_levels: int, style: EdgeStyle, background: QtGui.QColor,
               zero: QtGui.QColor | None = None) -> list[QtGui.QPen]:
    """One pen per signed level -(n-1)..(n-1) (list index level + n - 1).

    Colour: the diverging map at 0.5 + 0.5·level/(n-1) (orange −, grey 0, blue +); width and
    opacity grow with |level| (the opacity with a power of it). The opacity is blended into ``background`` ahead of
    time: Qt's raster engine paints opaque, flat-capped lines many times faster than
    translucent or round-capped ones. ``zero`` replaces the colour of level 0 (a neutral
    that stays visible: the map's light grey vanishes on a white background).
    """
    cmap = diverging_map()
    levels = np.arange(-(n_levels - 1), n_levels)
    rel = levels / (n_levels - 1)
    colours = cmap.map(0.5 + 0.5 * rel, mode="qcolor")
    pens = []
    for r, colour in zip(np.abs(rel), colours):
        alpha = style.min_alpha + (style.max_alpha - style.min_alpha) * r ** style.alpha_power
        pen = QtGui.QPen(blend(QtGui.QColor(colour), background, alpha))
        pen.setWidthF(style.min_width + (style.max_width - style.min_width) * r)
        pen.setCosmetic(True)
        pen.setCapStyle(QtCore.Qt.PenCapStyle.FlatCap)
        pens.append(pen)
    if zero is not None:
        pens[n_levels - 1].setColor(zero)
    return pens


class EdgeBatchItem(pg.GraphicsObject):
    """All edges of the graph, painted as one ``drawLines`` per pen level.

    The end points of each level live in a pyqtgraph ``PrimitiveArray`` (NumPy memory that
    QPainter reads as QLineF[] without a Python object per line; pyqtgraph's own curves use
    it, though it is not public API).

    ``set_segments`` once per architecture; ``set_levels`` per frame (a no-op when no edge
    changed level). Buckets are painted from |level| 0 up, so strong edges lie on top.
    """

    def __init__(self, n_levels: int = 8):
        super().__init__()
        self.n_levels = n_levels
        self._pens = level_pens(n_levels, EdgeStyle(), QtGui.QColor("white"))
        self._antialias = True
        self._segments = np.zeros((0, 4))
        self._levels = np.zeros(0, dtype=np.int64)
        self._bounds = QtCore.QRectF()
        n_buckets = 2 * n_levels - 1
        self._arrays = [PrimitiveArray(QtCore.QLineF, 4) for _ in range(n_buckets)]
        # paint order: level 0, then -1, +1, -2, +2, ...
        self._order = sorted(range(n_buckets), key=lambda b: abs(b - (n_levels - 1)))
        self.paint_count = 0

    def set_style(self, style: EdgeStyle, background: QtGui.QColor,
                  zero: QtGui.QColor | None = None, antialias: bool = True) -> None:
        """Pens for the levels on ``background`` (see :func:`level_pens`). Antialiasing
        costs ~5x on a thousand edges: turn it off for dense graphs."""
        self._pens = level_pens(self.n_levels, style, background, zero)
        self._antialias = antialias
        self.update()

    def set_segments(self, segments: Array) -> None:
        """The edges' end points, shape (n, 4): x0, y0, x1, y1. Resets all levels to 0."""
        self.prepareGeometryChange()
        self._segments = np.ascontiguousarray(segments, dtype=float)
        if len(self._segments):
            lo = self._segments[:, [0, 1]].min(axis=0), self._segments[:, [2, 3]].min(axis=0)
            hi = self._segments[:, [0, 1]].max(axis=0), self._segments[:, [2, 3]].max(axis=0)
            x0, y0 = np.minimum(*lo)
            x1, y1 = np.maximum(*hi)
            # pad: a 1-1 network's only edge is horizontal and must not be culled
            self._bounds = QtCore.QRectF(x0, y0, x1 - x0, y1 - y0).adjusted(-0.5, -0.5, 0.5, 0.5)
        else:
            self._bounds = QtCore.QRectF()
        self._levels = np.full(len(self._segments), -1, dtype=np.int64)
        self.set_levels(np.zeros(len(self._segments), dtype=np.int64))

    def set_levels(self, levels: Array) -> None:
        """Per-edge signed levels in [-(n_levels-1), n_levels-1]; repaints only on change."""
        levels = np.asarray(levels, dtype=np.int64)
        if np.array_equal(levels, self._levels):
            return
        self._levels = levels.copy()
        buckets = levels + (self.n_levels - 1)
        order = np.argsort(buckets, kind="stable")
        ends = np.cumsum(np.bincount(buckets, minlength=len(self._arrays)))
        start = 0
        for array, end in zip(self._arrays, ends):
            array.resize(int(end - start))
            array.ndarray()[:] = self._segments[order[start:end]]
            start = int(end)
        self.update()

    @property
    def levels(self) -> Array:
        """The per-edge signed levels last set."""
        return self._levels

    def pen_for_level(self, level: int) -> QtGui.QPen:
        return self._pens[int(level) + self.n_levels - 1]

    def batches(self) -> list[tuple[QtGui.QPen, Array]]:
        """What paint draws: (pen, segments (m, 4)) per non-empty bucket, in paint order."""
        return [
            (self._pens[b], self._arrays[b].ndarray().copy())
            for b in self._order if len(self._arrays[b])
        ]

    def boundingRect(self) -> QtCore.QRectF:  # Qt override
        return self._bounds

    def paint(self, painter, option, widget=None):  # Qt override
        self.paint_count += 1
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, self._antialias)
        for b in self._order:
            array = self._arrays[b]
            if len(array):
                painter.setPen(self._pens[b])
                painter.drawLines(*array.drawargs())


def packed_lut(cmap: pg.ColorMap, n: int = 256) -> Array:
    """The colour map as ``n`` opaque 32-bit pixels 0xffRRGGBB (QImage.Format_RGB32)."""
    rgb = cmap.getLookupTable(0.0, 1.0, n, alpha=False).astype(np.uint32)
    return (0xFF000000 | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]).astype(np.uint32)


def colour_indices(values: Array, levels: tuple[float, float], n: int = 256) -> Array:
    """Indices 0..n-1 into a colour table: ``values`` scaled from ``levels`` (low, high) to
    [0, 1], clipped; NaN reads as the low end."""
    low, high = levels
    with np.errstate(invalid="ignore"):
        unit = (np.asarray(values, dtype=float) - low) / (high - low)
    unit = np.nan_to_num(unit, nan=0.0, posinf=1.0, neginf=0.0)
    return np.rint(np.clip(unit, 0.0, 1.0) * (n - 1)).astype(np.intp)


@dataclass(frozen=True, eq=False)
class Thumbnail:
    """One neuron's map as drawn: its ``values``, the colour ``levels`` (low, high) they
    were scaled by, its ``rect`` in view coordinates and its ``pixels`` (0xffRRGGBB)."""

    values: Array
    levels: tuple[float, float]
    rect: QtCore.QRectF
    pixels: Array


class ThumbnailBatchItem(pg.GraphicsObject):
    """Small images in rectangles of the view (the neurons' maps over the input plane),
    painted in one call: one QImage per thumbnail over NumPy memory, no graphics item (and
    no per-image colour table) per thumbnail.

    ``set_thumbnails(rects, pixels)``: ``pixels[i]`` is a (rows, columns) array of 32-bit
    0xffRRGGBB colours (see :func:`packed_lut`); row 0 lies along the rectangle's low-y
    edge (the bottom of a view whose y axis points up), column 0 along its low-x edge.
    """

    def __init__(self):
        super().__init__()
        self._rects: list[QtCore.QRectF] = []
        self._pixels: list[Array] = []  # the memory the QImages read
        self._images: list[QtGui.QImage] = []
        self._bounds = QtCore.QRectF()
        self.paint_count = 0

    def set_thumbnails(self, rects: Sequence[QtCore.QRectF], pixels: Sequence[Array]) -> None:
        """The thumbnails to paint; repaints only when a rectangle or a pixel changed (a
        network that has learnt keeps its maps while the snapshots go on)."""
        rects = [QtCore.QRectF(r) for r in rects]
        pixels = [np.ascontiguousarray(p, dtype=np.uint32) for p in pixels]
        if rects == self._rects and len(pixels) == len(self._pixels) \
                and all(np.array_equal(a, b) for a, b in zip(pixels, self._pixels)):
            return
        self.prepareGeometryChange()
        self._rects, self._pixels = rects, pixels
        self._images = [QtGui.QImage(p.data, p.shape[1], p.shape[0], 4 * p.shape[1],
                                     QtGui.QImage.Format.Format_RGB32) for p in self._pixels]
        bounds = QtCore.QRectF()
        for rect in self._rects:
            bounds = bounds.united(rect)
        self._bounds = bounds
        self.update()

    def clear(self) -> None:
        self.set_thumbnails([], [])

    def __len__(self) -> int:
        return len(self._images)

    def image(self, i: int) -> QtGui.QImage:
        """Thumbnail i as drawn (a QImage over the item's memory)."""
        return self._images[i]

    def rect(self, i: int) -> QtCore.QRectF:
        return QtCore.QRectF(self._rects[i])

    def boundingRect(self) -> QtCore.QRectF:  # Qt override
        return self._bounds

    def paint(self, painter, option, widget=None):  # Qt override
        self.paint_count += 1
        for rect, image in zip(self._rects, self._images):
            painter.drawImage(rect, image)


class ColourLegend(pg.GraphicsWidget):
    """A horizontal colour bar with three tick texts under it (left, middle, right) and a
    caption: cheap to relabel every frame, unlike an axis-based ColorBarItem."""

    def __init__(self, cmap: pg.ColorMap, caption: str = "",
                 ticks: tuple[str, str, str] = ("", "", "")):
        super().__init__()
        positions, colours = cmap.getStops()
        self._gradient_stops = [(float(p), QtGui.QColor(*c)) for p, c in zip(positions, colours)]
        self._ticks, self._caption = ticks, caption
        self._font = QtGui.QFont()
        self._foreground = QtGui.QColor("black")
        self._bar = 14.0
        self.setSizePolicy(pg.QtWidgets.QSizePolicy.Policy.Expanding,
                           pg.QtWidgets.QSizePolicy.Policy.Fixed)
        self._resize()

    @property
    def ticks(self) -> tuple[str, str, str]:
        return self._ticks

    @property
    def caption(self) -> str:
        return self._caption

    def set_style(self, font: QtGui.QFont, foreground: QtGui.QColor, bar: float) -> None:
        self._font, self._foreground, self._bar = QtGui.QFont(font), QtGui.QColor(foreground), bar
        self._resize()
        self.update()

    def set_labels(self, ticks: tuple[str, str, str], caption: str) -> None:
        """New tick texts and caption; repaints only when they changed."""
        if (tuple(ticks), caption) != (self._ticks, self._caption):
            self._ticks, self._caption = tuple(ticks), caption
            self.update()

    def _resize(self) -> None:
        line = QtGui.QFontMetricsF(self._font).height()
        self.setFixedHeight(self._bar + 2 * line + 6)

    def paint(self, painter, option, widget=None):  # Qt override
        rect = self.boundingRect()
        metrics = QtGui.QFontMetricsF(self._font)
        margin = max(metrics.horizontalAdvance(t) for t in self._ticks) / 2 + 4
        bar = QtCore.QRectF(rect.left() + margin, rect.top() + 2,
                            max(1.0, rect.width() - 2 * margin), self._bar)
        gradient = QtGui.QLinearGradient(bar.left(), 0, bar.right(), 0)
        for position, colour in self._gradient_stops:
            gradient.setColorAt(position, colour)
        painter.fillRect(bar, gradient)
        painter.setPen(self._foreground)
        painter.drawRect(bar)
        painter.setFont(self._font)
        line = metrics.height()
        centre = QtCore.Qt.AlignmentFlag.AlignHCenter | QtCore.Qt.AlignmentFlag.AlignTop
        for fraction, text in zip((0.0, 0.5, 1.0), self._ticks):
            x = bar.left() + fraction * bar.width()
            painter.drawText(QtCore.QRectF(x - 200, bar.bottom() + 2, 400, line), centre, text)
        painter.drawText(QtCore.QRectF(rect.left(), bar.bottom() + 2 + line, rect.width(), line),
                         centre, self._caption)
