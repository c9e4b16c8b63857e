"""What a network computes over its input space: grids, neuron maps and the hidden feature space.

The input plane
---------------
For data with two inputs (x1, x2) the views draw the network over a rectangle that holds
every data point plus a margin. An :class:`InputPlane` samples it at the centres of
nx × ny equal cells:

    x1_i = x1_min + (i + ½)·Δx1,   x2_j = x2_min + (j + ½)·Δx2,   i = 0..nx-1, j = 0..ny-1

and every map over it is an array ``m[i, j, ...]`` whose first index runs along x1 and the
second along x2 (pyqtgraph's column-major image order: pixel (i, j) covers the cell whose
centre is (x1_i, x2_j), y pointing up). With more than two inputs the plane is a slice: two
chosen features vary, the others stay at ``base`` (the data mean).

One forward pass over the nx·ny grid points gives, through the network's
:class:`~nnviz.core.network.ForwardTrace`, the output a^L and every z^l_j and a^l_j at once
(:func:`plane_maps`): the output map, and one activation map per hidden neuron, which is
what TensorFlow Playground draws beside each neuron.

The hidden feature space
------------------------
Hidden layer l maps an input x to h = a^l(x) ∈ R^{N_l}. :func:`feature_space` draws the data
points and the lines of the input grid in that space, seen through a :class:`Projection`
u = (h - c) P onto two coordinates: either two chosen neurons (u = (a^l_j, a^l_k)) or the
first two principal components of the layer's activations on the training data. When l is
the last hidden layer the output is z^L = W^L h + b^L, linear in h, so with N_l = 2 the
output neuron's decision level is a straight line in those coordinates: XOR becomes
linearly separable after the hidden layer.
"""

from __future__ import annotations

from dataclasses import dataclass
import numpy as np

from nnviz.core.contours import contour_segments
from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.network import ForwardTrace, Network
from nnviz.core.snapshot import Snapshot
from nnviz.core.training import class_zero_target

Array = np.ndarray

DEFAULT_RESOLUTION = 100  # cells per side of the boundary view's heatmap
THUMBNAIL_RESOLUTION = 32  # cells per side of the per-neuron maps beside the graph
DEFAULT_MARGIN = 0.2  # fraction of the data's span added on each side
GRID_LINES = 11  # input grid lines per direction in the feature space
GRID_LINE_SAMPLES = 64  # points per input grid line


# -- the input plane ---------------------------------------------------------------------


def data_extent(x: Array, margin: float = DEFAULT_MARGIN) -> Array:
    """Per feature (lo, hi): the data's min and max widened by ``margin`` times its span.

    Shape (N_0, 2). A feature that never varies gets the span 2 (lo = v - 1, hi = v + 1)
    before the margin is added; no data at all gives [-1, 1] (plus the margin).
    """
    x = np.asarray(x, dtype=float)
    if x.ndim != 2:
        raise ValueError(f"data must be (samples, features), got shape {x.shape}")
    finite = x[np.all(np.isfinite(x), axis=1)]
    if finite.shape[0] == 0:
        lo, hi = np.full(x.shape[1], -1.0), np.full(x.shape[1], 1.0)
    else:
        lo, hi = finite.min(axis=0), finite.max(axis=0)
        flat = hi - lo <= 1e-12
        lo, hi = np.where(flat, lo - 1.0, lo), np.where(flat, hi + 1.0, hi)
    pad = margin * (hi - lo)
    return np.column_stack([lo - pad, hi + pad])


def dataset_inputs(dataset: Dataset) -> Array:
    """Training and test inputs together, shape (n_train + n_test, N_0)."""
    return np.vstack([dataset.x_train, dataset.x_test])


@dataclass(frozen=True, eq=False)
class InputPlane:
    """A grid of nx × ny cell centres over features ``features`` = (p, q) of the input.

    Grid point (i, j) is the input vector ``base`` with x_p = ``xs[i]`` and x_q = ``ys[j]``.
    """

    x_range: tuple[float, float]
    y_range: tuple[float, float]
    shape: tuple[int, int]  # (nx, ny)
    base: Array  # (N_0,): the value of every input that is not on an axis
    features: tuple[int, int] = (0, 1)

    def __post_init__(self) -> None:
        nx, ny = (int(n) for n in self.shape)
        if nx < 2 or ny < 2:
            raise InputError(translate("InputSpace", "the input grid needs at least 2 x 2 cells, "
                                                     "got {nx} x {ny}").format(nx=nx, ny=ny))
        base = np.array(self.base, dtype=float).reshape(-1)
        p, q = (int(f) for f in self.features)
        if p == q or not (0 <= p < base.size and 0 <= q < base.size):
            raise InputError(translate("InputSpace", "input features {p} and {q} must be two "
                                                     "different inputs of 1..{n}")
                             .format(p=p + 1, q=q + 1, n=base.size))
        base.flags.writeable = False
        object.__setattr__(self, "shape", (nx, ny))
        object.__setattr__(self, "features", (p, q))
        object.__setattr__(self, "base", base)
        object.__setattr__(self, "x_range", (float(self.x_range[0]), float(self.x_range[1])))
        object.__setattr__(self, "y_range", (float(self.y_range[0]), float(self.y_range[1])))

    @classmethod
    def around(
        cls,
        x: Array,
        resolution: int | tuple[int, int] = DEFAULT_RESOLUTION,
        margin: float = DEFAULT_MARGIN,
        features: tuple[int, int] = (0, 1),
    ) -> "InputPlane":
        """The plane over the extent of data ``x`` (rows are samples) plus ``margin``.

        Inputs off the axes are held at the data mean (the centre of the extent without data).
        """
        x = np.asarray(x, dtype=float)
        extent = data_extent(x, margin)
        if x.shape[0]:
            base = np.mean(x, axis=0)
        else:
            base = extent.mean(axis=1)
        shape = (resolution, resolution) if np.isscalar(resolution) else tuple(resolution)
        p, q = features
        if not (0 <= p < x.shape[1] and 0 <= q < x.shape[1]):
            raise InputError(translate("InputSpace", "input features {p} and {q} must be inputs of "
                                                     "1..{n}").format(p=p + 1, q=q + 1, n=x.shape[1]))
        return cls(tuple(extent[p]), tuple(extent[q]), shape, base, (p, q))

    @property
    def n_inputs(self) -> int:
        return self.base.size

    @property
    def cell_size(self) -> tuple[float, float]:
        return (
            (self.x_range[1] - self.x_range[0]) / self.shape[0],
            (self.y_range[1] - self.y_range[0]) / self.shape[1],
        )

    @property
    def xs(self) -> Array:
        """x_p at the cell centres, shape (nx,)."""
        dx = self.cell_size[0]
        return self.x_range[0] + (np.arange(self.shape[0]) + 0.5) * dx

    @property
    def ys(self) -> Array:
        """x_q at the cell centres, shape (ny,)."""
        dy = self.cell_size[1]
        return self.y_range[0] + (np.arange(self.shape[1]) + 0.5) * dy

    @property
    def rect(self) -> tuple[float, float, float, float]:
        """(left, bottom, width, height) of the whole plane, for ``ImageItem.setRect``."""
        (x0, x1), (y0, y1) = self.x_range, self.y_range
        return x0, y0, x1 - x0, y1 - y0

    def points(self) -> Array:
        """All grid points as inputs, shape (nx·ny, N_0); row i·ny + j is grid point (i, j)."""
        nx, ny = self.shape
        pts = np.repeat(self.base[None, :], nx * ny, axis=0)
        pts[:, self.features[0]] = np.repeat(self.xs, ny)
        pts[:, self.features[1]] = np.tile(self.ys, nx)
        return pts

    def index_to_input(self, index: Array) -> Array:
        """Fractional grid indices (i, j) (last axis) to plane coordinates (x_p, x_q)."""
        index = np.asarray(index, dtype=float)
        dx, dy = self.cell_size
        return np.stack(
            [self.x_range[0] + (index[..., 0] + 0.5) * dx,
             self.y_range[0] + (index[..., 1] + 0.5) * dy],
            axis=-1,
        )

    def grid_lines(self, n_lines: int = GRID_LINES, samples: int = GRID_LINE_SAMPLES) -> Array:
        """The input grid as polylines, shape (2·n_lines, samples, N_0).

        The first n_lines run along x_q at n_lines evenly spaced values of x_p from edge to
        edge of the plane; the next n_lines run along x_p.
        """
        (x0, x1), (y0, y1) = self.x_range, self.y_range
        along_x = np.linspace(x0, x1, samples)
        along_y = np.linspace(y0, y1, samples)
        lines = np.repeat(self.base[None, None, :], 2 * n_lines, axis=0)
        lines = np.repeat(lines, samples, axis=1)
        p, q = self.features
        lines[:n_lines, :, p] = np.linspace(x0, x1, n_lines)[:, None]
        lines[:n_lines, :, q] = along_y[None, :]
        lines[n_lines:, :, p] = along_x[None, :]
        lines[n_lines:, :, q] = np.linspace(y0, y1, n_lines)[:, None]
        return lines

    def contour(self, values: Array, level: float) -> Array:
        """Segments where the bilinear interpolant of ``values`` (nx, ny) equals ``level``.

        Shape (m, 2, 2): segment s goes from ``out[s, 0]`` to ``out[s, 1]``, in plane
        coordinates (x_p, x_q).
        """
        return self.index_to_input(contour_segments(values, level))


def input_line(x: Array, samples: int = 200, margin: float = DEFAULT_MARGIN) -> Array:
    """For one-input data: ``samples`` evenly spaced inputs over its extent, shape (samples, 1)."""
    lo, hi = data_extent(np.asarray(x, dtype=float).reshape(-1, 1), margin)[0]
    return np.linspace(lo, hi, samples)[:, None]


# -- maps over the plane -----------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class PlaneMaps(ForwardTrace):
    """The forward pass over an input plane, shaped as its grid.

    ``x`` is (nx, ny, N_0) and ``z[l-1][i, j, k]`` = z^l_k at grid point (i, j), likewise
    ``a``; ``output`` is a^L over the plane, shape (nx, ny, N_L).
    """

    plane: InputPlane

    def neuron(self, layer: int, j: int) -> Array:
        """a^layer_j over the plane (layer 1-based, j 0-based), shape (nx, ny)."""
        return self.a[layer - 1][:, :, j]

    def hidden_images(self) -> list[list[Array]]:
        """One row-major image per hidden neuron, as the graph view's thumbnails take them.

        ``images[l-1][j]`` is a^l_j for l = 1..L-1, shape (ny, nx): ``image[r, c]`` is the
        value at (x_p, x_q) = (xs[c], ys[r]), rows along x_q from bottom to top (the
        transpose of this plane's own column-major maps).
        """
        return [[np.ascontiguousarray(a[:, :, j].T) for j in range(a.shape[2])] for a in self.a[:-1]]


def plane_maps(network: Network, plane: InputPlane) -> PlaneMaps:
    """One vectorised forward pass over every grid point of ``plane``."""
    trace = network.forward(plane.points())
    nx, ny = plane.shape
    return PlaneMaps(
        x=trace.x.reshape(nx, ny, -1),
        z=tuple(z.reshape(nx, ny, -1) for z in trace.z),
        a=tuple(a.reshape(nx, ny, -1) for a in trace.a),
        plane=plane,
    )


def class_margins(output: Array) -> Array:
    """m_c = a^L_c - max_{c' ≠ c} a^L_c' (last axis = classes): > 0 exactly where c wins."""
    output = np.asarray(output, dtype=float)
    top_two = -np.partition(-output, 1, axis=-1)[..., :2]
    best = np.argmax(output, axis=-1)
    is_best = np.arange(output.shape[-1]) == best[..., None]
    rival = np.where(is_best, top_two[..., 1:2], top_two[..., 0:1])
    return output - rival


def class_zero_level(network: Network, dataset: Dataset) -> tuple[float, float]:
    """(low, level) on a single output neuron: the target of class 0 and the decision level.

    Class 1's target is 1; class 0's is ``low`` (-1 for tanh or sign outputs or ±1 labels,
    else 0), as the Trainer encodes them; the predicted class is 1 where a^L > level =
    (low + 1) / 2, so 0.5 for 0/1 targets and 0 for ±1.
    """
    low = class_zero_target(network, dataset)
    return low, (low + 1.0) / 2.0


def neuron_images(
    snapshot: Snapshot, dataset: Dataset, resolution: int = THUMBNAIL_RESOLUTION
) -> list[list[Array]] | None:
    """The per-neuron thumbnails (published as ``SessionState.neuron_maps``, drawn by the graph): ``images[l-1][j]`` is
    a^l_j over the input plane, for the hidden layers l = 1..L-1.

    Only for two-input data and a network with two inputs (else None). Each image is
    (resolution, resolution) and row-major: ``image[r, c]`` is the value at
    (x1, x2) = (xs[c], ys[r]) of ``InputPlane.around(all inputs, resolution)``, rows along
    x2 from bottom to top.
    """
    if dataset.n_features != 2 or snapshot.architecture.n_inputs != 2:
        return None
    plane = InputPlane.around(dataset_inputs(dataset), resolution)
    return plane_maps(snapshot.network(), plane).hidden_images()


# -- the hidden feature space ------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Projection:
    """u = (h - centre) @ axes: two coordinates of a layer's activations h (rows).

    ``axes`` has shape (N_l, 2); ``explained`` is the fraction of the variance each axis
    carries (principal components only); ``neurons`` the chosen (j, k) (neuron mode only).
    """

    centre: Array
    axes: Array
    explained: tuple[float, float] | None = None
    neurons: tuple[int, int] | None = None

    def __call__(self, h: Array) -> Array:
        return (np.asarray(h, dtype=float) - self.centre) @ self.axes


def neuron_projection(n_neurons: int, j: int, k: int) -> Projection:
    """u = (a^l_j, a^l_k) (0-based j, k). A one-neuron layer gives u = (a^l_1, 0)."""
    if n_neurons == 1:
        j, k = 0, -1
    elif not (0 <= j < n_neurons and 0 <= k < n_neurons):
        raise InputError(translate("InputSpace", "neurons {j} and {k} are not both in 1..{n}")
                         .format(j=j + 1, k=k + 1, n=n_neurons))
    axes = np.zeros((n_neurons, 2))
    axes[j, 0] = 1.0
    if k >= 0:
        axes[k, 1] = 1.0
    return Projection(np.zeros(n_neurons), axes, neurons=(j, k))


def pca_projection(h: Array, reference: Projection | None = None) -> Projection:
    """The first two principal components of activations ``h`` (rows are samples).

    With c the mean of h and H = h - c = U S Vᵀ (SVD), the axes are the first two right
    singular vectors v_1, v_2 and u = (h - c) [v_1 v_2]. The sign of each v_k is fixed:
    it points like the same axis of ``reference`` (the previous frame's projection, so the
    picture never flips between frames), else its largest-magnitude entry is positive.
    Missing components (fewer than two neurons or samples) are zero axes.
    """
    h = np.asarray(h, dtype=float)
    n_neurons = h.shape[1]
    centre = h.mean(axis=0) if h.shape[0] else np.zeros(n_neurons)
    _, s, vt = np.linalg.svd(h - centre, full_matrices=False)
    k = min(2, vt.shape[0])
    axes = np.zeros((n_neurons, 2))
    axes[:, :k] = vt[:k].T
    for c in range(k):
        v = axes[:, c]
        along = 0.0
        if reference is not None and reference.axes.shape == axes.shape:
            along = float(reference.axes[:, c] @ v)
        if along < 0 or (along == 0 and v[np.argmax(np.abs(v))] < 0):
            axes[:, c] = -v
    total = float(np.sum(s**2))
    share = [float(s[c] ** 2 / total) if total > 0 and c < k else 0.0 for c in range(2)]
    return Projection(centre, axes, explained=(share[0], share[1]))


def output_level_z(activation: str, level: float) -> float | None:
    """The z^L at which a single output neuron's a^L = σ(z^L) crosses ``level``.

    σ^{-1}(level) for the monotone activations (sigmoid: ln(level / (1 - level)),
    tanh: artanh(level), identity and (leaky) ReLU: level when level > 0), 0 for step and
    sign; None when no z crosses it.
    """
    if activation in ("step", "sign"):
        return 0.0
    if activation == "sigmoid" and 0.0 < level < 1.0:
        return float(np.log(level / (1.0 - level)))
    if activation == "tanh" and -1.0 < level < 1.0:
        return float(np.arctanh(level))
    if activation == "identity" or (activation in ("relu", "leaky_relu") and level > 0):
        return float(level)
    return None


@dataclass(frozen=True, eq=False)
class FeatureSpace:
    """Data and input grid lines seen in hidden layer ``layer`` through ``projection``.

    ``train``/``test``: (n, 2) coordinates u of the data points; ``lines``: (n_lines,
    samples, 2) the input grid lines (None without them); ``decision``: (α, β, γ) with the
    output neuron's decision level on α u_1 + β u_2 + γ = 0 (class 1 where it is > 0), or
    None when that is not a line in these coordinates.
    """

    layer: int
    projection: Projection
    train: Array
    test: Array
    lines: Array | None
    decision: tuple[float, float, float] | None


def feature_space(
    network: Network,
    layer: int,
    x_train: Array,
    x_test: Array,
    lines: Array | None = None,
    neurons: tuple[int, int] | None = None,
    level: float | None = None,
    reference: Projection | None = None,
) -> FeatureSpace:
    """Hidden layer ``layer`` (1-based, 1..L-1) of the data and of input polylines ``lines``.

    One forward pass over the training and test inputs and every point of ``lines``
    (shape (n_lines, samples, N_0)); u = projection(a^layer). ``neurons`` = (j, k) picks
    u = (a^l_j, a^l_k); None uses the first two principal components of a^l on the
    training data (see :func:`pca_projection`; ``reference`` keeps their signs steady).
    ``level`` is the output's decision level, for the decision line.
    """
    arch = network.architecture
    if not 1 <= layer < arch.n_layers:
        raise InputError(translate("InputSpace", "layer {l} is not a hidden layer (hidden layers: "
                                                 "1..{last})").format(l=layer, last=arch.n_layers - 1))
    x_train = np.asarray(x_train, dtype=float).reshape(-1, arch.n_inputs)
    x_test = np.asarray(x_test, dtype=float).reshape(-1, arch.n_inputs)
    parts = [x_train, x_test]
    if lines is not None:
        parts.append(np.asarray(lines, dtype=float).reshape(-1, arch.n_inputs))
    h = network.forward(np.vstack(parts)).a[layer - 1]
    n_train, n_test = len(x_train), len(x_test)
    if neurons is not None:
        projection = neuron_projection(h.shape[1], *neurons)
    else:
        projection = pca_projection(h[:n_train] if n_train else h[:n_test], reference)
    u = projection(h)
    line_u = None
    if lines is not None:
        line_u = u[n_train + n_test:].reshape(lines.shape[0], lines.shape[1], 2)
    decision = None
    if level is not None:
        decision = decision_line(network, layer, projection, level)
    return FeatureSpace(layer, projection, u[:n_train], u[n_train:n_train + n_test], line_u, decision)


def decision_line(
    network: Network, layer: int, projection: Projection, level: float
) -> tuple[float, float, float] | None:
    """The single output neuron's decision level as a line α u_1 + β u_2 + γ = 0.

    Only when ``layer`` = L - 1 feeds the output directly, z^L = w·h + b, and the layer has
    two neurons, so that u = (h - c) P is invertible: h = c + P^{-T} u gives
    w·h + b - z* = (P^{-1} w)·u + (w·c + b - z*), with z* the z^L at which a^L = level.
    """
    arch = network.architecture
    if layer != arch.n_layers - 1 or arch.sizes[layer] != 2 or arch.n_outputs != 1:
        return None
    z_star = output_level_z(network.activations[-1].name, level)
    axes = projection.axes
    if z_star is None or abs(np.linalg.det(axes)) < 1e-12:
        return None
    w = network.weights[-1][0]
    b = network.biases[-1][0] if network.biases[-1] is not None else 0.0
    alpha, beta = np.linalg.solve(axes, w)
    gamma = float(w @ projection.centre + b - z_star)
    if not np.all(np.isfinite([alpha, beta, gamma])) or alpha == beta == 0.0:
        return None
    return float(alpha), float(beta), gamma
