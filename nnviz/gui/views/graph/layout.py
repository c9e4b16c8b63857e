"""Where the graph draws every neuron and edge of an architecture (view coordinates).

Layer l = 0..L is column l; neuron j of layer l (0-based here, j + 1 in the lectures) sits in
that column, neuron 1 at the top. The edge from neuron k of layer l-1 to neuron j of layer l
carries w^l_jk. Large layers are compacted: at most ``max_shown`` neurons per column (the
first and the last few) with a gap that holds a "⋮ n more" marker; edges are drawn only
between shown neurons. The tallest column's rows are 1 unit apart; a column of fewer rows
spreads them over the same height, at most MAX_PITCH apart (ten outputs beside 25 rows of
inputs get room for their names).

Image inputs (a data set with an image_shape, rows × cols = N_0) are not drawn as N_0
neurons: the input column holds one square ``block`` (the picture of x, IMAGE_SHARE of the
graph's height) and the layers' columns move right of it, at most IMAGE_MAX_SHOWN neurons
each (fewer rows: the picture and the neurons larger in a small dock); pixel (r, c) of the block is input
k = cols·r + c. The N_0 · N_1 weights w^1_jk are summarised by one ``fan`` line per drawn
neuron j of layer 1, from the block's right side to the neuron.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from nnviz.core.network import Architecture

Array = np.ndarray

MAX_SHOWN = 24
MAX_PITCH = 3.0  # the most view units between two neighbours of a short column
IMAGE_SHARE = 0.6  # an input image's side, as a share of the graph's height
IMAGE_COLUMN = 0.55  # beside it, columns this share of the height apart (room for headers)
IMAGE_MAX_SHOWN = 16  # beside a picture the layers are compacted further: larger rows
MIN_IMAGE_SIDE = 3.0


@dataclass(frozen=True)
class Hit:
    """What lies under the pointer: input x_j (kind "input", layer 0), neuron j of layer
    l ≥ 1 ("neuron"), the edge w^l_jk ("edge"), or the fan line from an input picture into
    neuron j of layer 1 ("fan"). j and k are 0-based."""

    kind: str
    layer: int
    j: int
    k: int = -1


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
    ``row_pitch[l]`` is the distance between neighbours in column l (1 in the tallest).
    With image inputs (``image_shape`` (rows, cols)) layer 0 has no nodes and no edges into
    layer 1; ``block`` = (x0, y0, x1, y1) is the picture's square, centred on column 0, and
    ``fan_j`` / ``fan_segments`` the lines from it to the drawn neurons j of layer 1.
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
    row_pitch: tuple[float, ...]
    image_shape: tuple[int, int] | None = None
    block: tuple[float, float, float, float] | None = None
    fan_j: Array | None = None
    fan_segments: Array | None = None

    @classmethod
    def build(cls, architecture: Architecture, max_shown: int = MAX_SHOWN,
              image_shape: tuple[int, int] | None = None) -> "GraphLayout":
        """The layout of ``architecture``; ``image_shape`` (rows, cols) with rows·cols = N_0
        draws the inputs as one picture (see the module docstring)."""
        sizes = architecture.sizes
        if image_shape is not None and image_shape[0] * image_shape[1] != sizes[0]:
            raise ValueError(f"a {image_shape} image is not {sizes[0]} inputs")
        if image_shape is not None:
            max_shown = min(max_shown, IMAGE_MAX_SHOWN)
        shown = [shown_neurons(n, max_shown) for n in sizes]
        if image_shape is not None:
            shown[0] = shown[0][:0]
        hidden = tuple(0 if l == 0 and image_shape is not None else n - s.size
                       for l, (n, s) in enumerate(zip(sizes, shown)))
        # rows per column: one per shown neuron, plus one for the marker when compacted
        rows = [s.size + (1 if h else 0) for s, h in zip(shown, hidden)]
        height = float(max(rows))
        dx = max(3.0, (0.45 if image_shape is None else IMAGE_COLUMN) * height)
        side = max(MIN_IMAGE_SIDE, IMAGE_SHARE * (height - 1.0))
        shift = 0.0 if image_shape is None else side / 2.0 + 0.15 * dx  # the block's half, a gap
        column_x = tuple(l * dx + (shift if l else 0.0) for l in range(len(sizes)))
        pitch = tuple(min(MAX_PITCH, (height - 1) / (r - 1)) if r > 1 else 1.0 for r in rows)

        ys, markers = [], []
        for s, h, r, p in zip(shown, hidden, rows, pitch):
            slot = np.arange(s.size, dtype=float)
            head = s.size // 2 if h else s.size
            slot[head:] += 1.0 if h else 0.0  # leave the marker's row free
            ys.append(p * ((r - 1) / 2.0 - slot))
            markers.append(p * ((r - 1) / 2.0 - head) if h else np.nan)

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

        block = fan_segments = None
        if image_shape is not None:
            block = (-side / 2, -side / 2, side / 2, side / 2)
            # from the block's right side, spread over its height, to each drawn neuron
            y1 = ys[1]
            y0 = y1 * (side / max(height - 1.0, 1.0)) * 0.9
            fan_segments = np.column_stack([np.full(y1.size, side / 2), y0,
                                            np.full(y1.size, column_x[1]), y1])
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
            np.concatenate(e_theta).astype(np.int64), np.concatenate(segs), height, pitch,
            image_shape, block, None if block is None else shown[1], fan_segments,
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
        return self._edge_numbers.get((layer, j, k))

    @functools.cached_property
    def _edge_numbers(self) -> dict[tuple[int, int, int], int]:
        """(l, j, k) -> edge number, made on the first look-up (a walk looks up the N_{l-1}
        edges of a sum on every step: 784 for a digits network)."""
        return {(int(l), int(j), int(k)): n
                for n, (l, j, k) in enumerate(zip(self.edge_layer, self.edge_j, self.edge_k))}

    def nearest_node(self, x: float, y: float, radius: float) -> int | None:
        """The node whose centre is within ``radius`` of (x, y), nearest first."""
        d2 = (self.node_x - x) ** 2 + (self.node_y - y) ** 2
        i = int(np.argmin(d2))
        return i if d2[i] <= radius * radius else None

    def nearest_edge(self, x: float, y: float, tolerance: float,
                     segments: Array | None = None) -> int | None:
        """The edge whose segment passes within ``tolerance`` of (x, y), nearest first (of
        ``segments``: the layout's edges unless given)."""
        segments = self.segments if segments is None else segments
        if len(segments) == 0:
            return None
        x0, y0, x1, y1 = segments.T
        dx, dy = x1 - x0, y1 - y0
        t = np.clip(((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy), 0.0, 1.0)
        d2 = (x0 + t * dx - x) ** 2 + (y0 + t * dy - y) ** 2
        i = int(np.argmin(d2))
        return i if d2[i] <= tolerance * tolerance else None

    def pixel_at(self, x: float, y: float) -> int | None:
        """The input k whose pixel of the block holds (x, y) (row 0 at the top), or None."""
        if self.block is None:
            return None
        x0, y0, x1, y1 = self.block
        if not (x0 <= x < x1 and y0 < y <= y1):
            return None
        rows, cols = self.image_shape
        r = min(int((y1 - y) / (y1 - y0) * rows), rows - 1)
        c = min(int((x - x0) / (x1 - x0) * cols), cols - 1)
        return r * cols + c

    def hit(self, x: float, y: float, node_radius: float, edge_tolerance: float) -> Hit | None:
        """The input, neuron or edge at (x, y); an input image's pixels first, then neurons
        (within ``node_radius``), then edges (within ``edge_tolerance``)."""
        pixel = self.pixel_at(x, y)
        if pixel is not None:
            return Hit("input", 0, pixel)
        node = self.nearest_node(x, y, node_radius)
        if node is not None:
            l, j = int(self.node_layer[node]), int(self.node_index[node])
            return Hit("input", 0, j) if l == 0 else Hit("neuron", l, j)
        edge = self.nearest_edge(x, y, edge_tolerance)
        if edge is not None:
            return Hit("edge", int(self.edge_layer[edge]), int(self.edge_j[edge]),
                       int(self.edge_k[edge]))
        if self.fan_segments is not None:
            line = self.nearest_edge(x, y, edge_tolerance, self.fan_segments)
            if line is not None:
                return Hit("fan", 1, int(self.fan_j[line]))
        return None
