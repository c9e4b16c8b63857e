"""Loss landscapes: the cost C(θ) over 1-D and 2-D slices of parameter space, and the paths
optimizers take over a surface.

A 2-D slice through θ0 along two directions d1, d2 (vectors laid out like θ):

    θ(u, v) = θ0 + (u − u0) d1 + (v − v0) d2

where (u0, v0) are the plot coordinates of θ0. Three kinds of slice:

    two parameters   d1 = e_i, d2 = e_j, (u0, v0) = (θ0_i, θ0_j): the axes are the values of
                     the two parameters themselves (w^l_jk or b^l_j), all others stay fixed.
    random           two random directions, filter-normalised (Li et al. 2018): for every
                     weight matrix W^l, row j of the direction is drawn from N(0, I) and scaled
                     to the length ‖W^l_j‖ of row j of θ0; bias components are 0. (u0, v0) = 0.
    PCA              the first two principal directions of a recorded trajectory θ_0..θ_T,
                     through the final point θ_T (or the mean): the plane that holds as much
                     of the path as a plane can. Every recorded θ_t projects onto it.

The cost over a grid of (u, v) is computed for many parameter points at once: the layers
before the first one the directions touch are computed once (the network's own forward
pass at θ0); that first layer is affine in (α, β) = (u − u0, v − v0),

    z^m(θ0 + α d1 + β d2) = z^m(θ0) + α (a^{m-1} (D1^m)ᵀ + d1_b^m) + β (a^{m-1} (D2^m)ᵀ + d2_b^m),

so it costs three matrix products for the whole grid; the layers after it run through
:func:`nnviz.core.network.batched_forward_output` on chunks of grid points, which bounds
the memory. The cost is C = mean over the samples of ℓ(a^L, y), as in ``Network.cost``; with
``cost="sum"`` (the lesson's training cost) it is L = Σ ℓ, the sum over the samples.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from nnviz.core import contours
from nnviz.core.activations import get_activation
from nnviz.core.errors import Cancelled, InputError
from nnviz.core.i18n import translate
from nnviz.core.losses import MEAN, check_cost, get_loss
from nnviz.core.network import Architecture, Network, batched_forward_output

Array = np.ndarray

# Floats a chunk of grid points may hold in its intermediate arrays (2**22 floats = 32 MiB).
CHUNK_FLOATS = 2**22
# An optimizer whose point leaves this radius (or becomes NaN/inf) has diverged.
DIVERGENCE_RADIUS = 1e8

Progress = Callable[[int, int], object]


# -- slices ---------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class Slice:
    """The plane θ(u, v) = θ0 + (u − u0) d1 + (v − v0) d2 through parameter space.

    ``origin`` is θ0, ``centre`` = (u0, v0) its plot coordinates, ``labels`` the names of the
    two axes, ``kind`` "parameters", "random" or "pca". ``indices`` = (i, j) for a slice
    along two parameters, else None.
    """

    origin: Array
    d1: Array
    d2: Array
    centre: tuple[float, float] = (0.0, 0.0)
    labels: tuple[str, str] = ("α", "β")
    kind: str = "random"
    indices: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        for name in ("origin", "d1", "d2"):
            a = np.array(getattr(self, name), dtype=float)
            if a.ndim != 1 or a.shape != np.shape(self.origin):
                raise InputError(f"slice: {name} has shape {a.shape}, expected {np.shape(self.origin)}")
            if not np.all(np.isfinite(a)):
                raise InputError(f"slice: {name} holds a value that is not finite")
            a.flags.writeable = False
            object.__setattr__(self, name, a)
        gram = self.gram
        if gram[0, 0] == 0 or gram[1, 1] == 0:
            raise InputError(translate("Landscape", "slice: a direction is zero (are all the "
                                                    "weights zero?)"))
        if np.linalg.det(gram) <= 1e-12 * gram[0, 0] * gram[1, 1]:
            raise InputError(translate("Landscape", "slice: the two directions are parallel"))
        object.__setattr__(self, "centre", (float(self.centre[0]), float(self.centre[1])))

    @property
    def gram(self) -> Array:
        """G = DᵀD for D = [d1 d2]: the 2x2 matrix of dot products of the directions."""
        return np.array([[self.d1 @ self.d1, self.d1 @ self.d2],
                         [self.d2 @ self.d1, self.d2 @ self.d2]])

    def point(self, u: float, v: float) -> Array:
        """θ(u, v), a new array."""
        return self.origin + (u - self.centre[0]) * self.d1 + (v - self.centre[1]) * self.d2

    def project(self, thetas: Array) -> Array:
        """Plot coordinates (u, v) of parameter vectors: (k, n) -> (k, 2); (n,) -> (2,).

        The least-squares solution of θ ≈ θ(u, v): (α, β) = G⁻¹ Dᵀ (θ − θ0). For unit
        directions e_i, e_j this is (θ_i, θ_j) itself; a θ off the plane lands on its
        orthogonal projection.
        """
        thetas = np.asarray(thetas, dtype=float)
        diff = thetas - self.origin
        rhs = np.stack([diff @ self.d1, diff @ self.d2], axis=-1)
        coeff = np.linalg.solve(self.gram, rhs.reshape(-1, 2).T).T.reshape(rhs.shape)
        return coeff + np.asarray(self.centre)

    def gradient(self, grad_theta: Array) -> Array:
        """∇ of C(θ(u, v)) in (u, v) from ∂C/∂θ: (∂C/∂θ · d1, ∂C/∂θ · d2) (the chain rule)."""
        g = np.asarray(grad_theta, dtype=float)
        return np.array([g @ self.d1, g @ self.d2])


def parameter_slice(architecture: Architecture, theta0: Array, i: int, j: int) -> Slice:
    """The plane of θ_i and θ_j through θ0 (all other parameters fixed at θ0)."""
    theta0 = _theta(architecture, theta0)
    n = architecture.n_parameters
    for name, index in (("first", i), ("second", j)):
        if not isinstance(index, (int, np.integer)) or not 0 <= index < n:
            raise InputError(f"{name} parameter index {index!r} out of range 0..{n - 1}")
    if i == j:
        raise InputError(translate("Landscape", "choose two different parameters (both are "
                                                "{name})").format(name=architecture.parameter_name(i)))
    d1, d2 = np.zeros(n), np.zeros(n)
    d1[i] = d2[j] = 1.0
    return Slice(theta0, d1, d2, (theta0[i], theta0[j]),
                 (architecture.parameter_name(i), architecture.parameter_name(j)),
                 "parameters", (int(i), int(j)))


def filter_normalised_direction(
    architecture: Architecture, theta0: Array, rng: np.random.Generator
) -> Array:
    """A random direction d with, for every layer l and row j, ‖D^l_j‖ = ‖W^l_j‖ of θ0.

    Li et al. 2018, "Visualizing the loss landscape of neural nets": each row of D^l
    (the weights into neuron j of layer l) is drawn from N(0, I) and rescaled to the norm of
    the same row of W^l, so the plot's scale matches the network's own; bias parts are 0.
    A zero weight row gets a zero direction row.
    """
    theta0 = _theta(architecture, theta0)
    d = np.zeros_like(theta0)
    d_weights, _ = architecture.unflatten(d)
    weights, _ = architecture.unflatten(theta0)
    for dw, w in zip(d_weights, weights):
        g = rng.standard_normal(w.shape)
        g_norm = np.linalg.norm(g, axis=1, keepdims=True)
        dw[...] = g * (np.linalg.norm(w, axis=1, keepdims=True) / np.where(g_norm > 0, g_norm, 1.0))
    return d


def random_slice(architecture: Architecture, theta0: Array, seed: int | None = 0) -> Slice:
    """The plane through θ0 along two random filter-normalised directions (axes α, β)."""
    theta0 = _theta(architecture, theta0)
    if not any(np.any(w) for w in architecture.unflatten(theta0)[0]):
        raise InputError(translate("Landscape", "filter-normalised directions need non-zero "
                                                "weights (all are zero)"))
    rng = np.random.default_rng(seed)
    d1 = filter_normalised_direction(architecture, theta0, rng)
    d2 = filter_normalised_direction(architecture, theta0, rng)
    return Slice(theta0, d1, d2, (0.0, 0.0), ("α (random direction 1)", "β (random direction 2)"),
                 "random")


@dataclass(frozen=True, eq=False)
class TrajectoryPCA:
    """The principal plane of a trajectory: the slice, every point's coordinates, and how much
    of the trajectory's variance each of the two directions explains.

    With M the (T+1, n) matrix of θ_t − θ_ref (θ_ref the final point or the mean) and its
    singular values s_1 ≥ s_2 ≥ ..., ``explained_variance_ratio`` = (s_1², s_2²) / Σ s_k²;
    the squared distance of the trajectory from its projection is Σ_{k>2} s_k².
    """

    slice: Slice
    coordinates: Array  # (T+1, 2): (u, v) of every θ_t
    explained_variance_ratio: Array  # (2,)
    singular_values: Array  # all of them, largest first


def pca_slice(architecture: Architecture, trajectory: Array, reference: str = "final") -> TrajectoryPCA:
    """The plane of the first two principal directions of θ_0..θ_T (rows of ``trajectory``).

    ``reference`` "final" puts θ_T at the origin (as Li et al. 2018 do), "mean" the mean of
    the trajectory. The directions are the first two right singular vectors of
    M = [θ_t − θ_ref], signed so that the start θ_0 has coordinates ≤ 0.
    """
    t = np.asarray(trajectory, dtype=float)
    if t.ndim != 2 or t.shape[1] != architecture.n_parameters:
        raise InputError(
            f"trajectory has shape {t.shape}, expected (steps, {architecture.n_parameters})"
        )
    if architecture.n_parameters < 2:
        raise InputError(translate("Landscape", "a one-parameter model has no plane: use the 1-D "
                                                "loss curve"))
    if reference not in ("final", "mean"):
        raise InputError(f"reference must be 'final' or 'mean', not {reference!r}")
    origin = t[-1] if reference == "final" else t.mean(axis=0)
    m = t - origin
    _, s, vt = np.linalg.svd(m, full_matrices=False)
    if s.size < 2 or s[1] <= 1e-12 * max(s[0], 1e-300):
        raise InputError(translate("Landscape", "PCA needs a trajectory that is not a single "
                                                "point or a straight line: train a few more steps"))
    directions = vt[:2].copy()
    coords = m @ directions.T
    flip = np.where(coords[0] > 0, -1.0, 1.0)
    directions *= flip[:, None]
    coords *= flip
    total = float(np.sum(s**2))
    ratio = s[:2] ** 2 / total
    slc = Slice(origin, directions[0], directions[1], (0.0, 0.0),
                (f"PC1 ({100 * ratio[0]:.1f} %)", f"PC2 ({100 * ratio[1]:.1f} %)"), "pca")
    return TrajectoryPCA(slc, coords, ratio, s)


# -- the cost over a slice ----------------------------------------------------------------
def surface(
    architecture: Architecture,
    slc: Slice,
    u: Array,
    v: Array,
    x: Array,
    y: Array,
    *,
    chunk_floats: int = CHUNK_FLOATS,
    progress: Progress | None = None,
    cost: str = MEAN,
) -> Array:
    """C(θ(u_c, v_r)) for every grid point: shape (len(v), len(u)), rows along v (``cost``
    "sum": L = Σ ℓ instead of the mean C).

    ``x`` (n, N_0) are the inputs and ``y`` (n, N_L) the targets the cost is averaged over.
    ``progress(done, total)`` is called after each chunk of grid points; if it returns
    False the computation stops with :class:`Cancelled`. Values may be inf where the cost
    overflows.
    """
    u = np.asarray(u, dtype=float).ravel()
    v = np.asarray(v, dtype=float).ravel()
    uu, vv = np.meshgrid(u - slc.centre[0], v - slc.centre[1])
    coeffs = np.stack([uu.ravel(), vv.ravel()], axis=1)
    costs = plane_costs(architecture, slc.origin, np.stack([slc.d1, slc.d2]), coeffs, x, y,
                        chunk_floats=chunk_floats, progress=progress, cost=cost)
    return costs.reshape(len(v), len(u))


def line_costs(
    architecture: Architecture, theta0: Array, direction: Array, t: Array, x: Array, y: Array,
    *, cost: str = MEAN,
) -> Array:
    """C(θ0 + t_k d) for every t_k: the loss along a line through parameter space."""
    d = np.asarray(direction, dtype=float)[None]
    return plane_costs(architecture, theta0, d, np.asarray(t, dtype=float).reshape(-1, 1), x, y,
                       cost=cost)


def parameter_curve(
    architecture: Architecture, theta0: Array, index: int, values: Array, x: Array, y: Array,
    *, cost: str = MEAN,
) -> Array:
    """C as θ_index takes each of ``values`` (all other parameters fixed at θ0).

    For the one-parameter model ŷ = w·x this is the whole loss curve C(w).
    """
    theta0 = _theta(architecture, theta0)
    if not 0 <= index < architecture.n_parameters:
        raise InputError(f"parameter index {index} out of range 0..{architecture.n_parameters - 1}")
    d = np.zeros_like(theta0)
    d[index] = 1.0
    return line_costs(architecture, theta0, d, np.asarray(values, dtype=float) - theta0[index], x, y,
                      cost=cost)


def plane_costs(
    architecture: Architecture,
    theta0: Array,
    directions: Array,
    coeffs: Array,
    x: Array,
    y: Array,
    *,
    chunk_floats: int = CHUNK_FLOATS,
    progress: Progress | None = None,
    cost: str = MEAN,
) -> Array:
    """C(θ0 + Σ_k c_pk d_k) for every row c_p of ``coeffs`` (P, K); ``directions`` is (K, n);
    ``cost`` "sum": L = Σ ℓ over the samples instead of the mean C.

    The layers before the first one any direction touches are computed once, that layer is
    affine in c, and the rest runs batched over chunks of rows (see the module docstring).
    """
    theta0 = _theta(architecture, theta0)
    directions = np.asarray(directions, dtype=float)
    coeffs = np.asarray(coeffs, dtype=float)
    if directions.ndim != 2 or directions.shape[1] != theta0.size:
        raise InputError(f"directions have shape {directions.shape}, expected (K, {theta0.size})")
    if coeffs.ndim != 2 or coeffs.shape[1] != directions.shape[0]:
        raise InputError(f"coefficients have shape {coeffs.shape}, expected (P, {directions.shape[0]})")
    cost = check_cost(cost)
    x, y = _samples(architecture, x, y)
    loss = get_loss(architecture.loss)
    reduce = np.mean if cost == MEAN else np.add.reduce
    n_points = coeffs.shape[0]
    offsets = [start for start, *_ in architecture._layout] + [architecture.n_parameters]
    touched = [l for l in range(1, architecture.n_layers + 1)
               if np.any(directions[:, offsets[l - 1]:offsets[l]])]
    net = Network(architecture, theta0)
    if not touched or n_points == 0:
        return np.full(n_points, net.cost(x, y, cost=cost))

    m = touched[0]
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        trace = net.forward(x)
        a_prev = trace.layer_input(m - 1)
        z0 = trace.z[m - 1]
        # ∂z^m/∂c_k = a^{m-1} (D_k^m)ᵀ + d_k^m(bias): one (n, N_m) slope per direction.
        slopes = np.stack([_layer_z_slope(architecture, m, d, a_prev) for d in directions])
        act_m = get_activation(architecture.activations[m - 1])
        tail = slice(offsets[m], offsets[-1])
        tail_dirs = directions[:, tail]
        tail_varies = bool(np.any(tail_dirs))
        n = x.shape[0]
        widest = max(architecture.sizes[m:])
        per_point = 4 * n * widest + (tail_dirs.shape[1] if tail_varies else 0)
        chunk = max(1, int(chunk_floats // max(per_point, 1)))
        costs = np.empty(n_points)
        for start in range(0, n_points, chunk):
            c = coeffs[start:start + chunk]
            z = z0 + np.tensordot(c, slopes, axes=(1, 0))  # (p, n, N_m)
            z_out, a_out = z, act_m.f(z)
            if m < architecture.n_layers:
                thetas = theta0[tail][None] + (c @ tail_dirs if tail_varies else 0.0)
                z_out, a_out = batched_forward_output(architecture, thetas, a_out, first_layer=m + 1)
            costs[start:start + chunk] = reduce(loss.value(z_out, a_out, y), axis=-1)
            if progress is not None and progress(min(start + chunk, n_points), n_points) is False:
                raise Cancelled()
    return costs


def _layer_z_slope(architecture: Architecture, layer: int, d: Array, a_prev: Array) -> Array:
    """a^{l-1} (D^l)ᵀ + d_b^l: how z^l moves per unit step along d (a_prev fixed)."""
    d_weights, d_biases = architecture.unflatten(d)
    slope = a_prev @ d_weights[layer - 1].T
    if d_biases[layer - 1] is not None:
        slope = slope + d_biases[layer - 1]
    return slope


def _theta(architecture: Architecture, theta: Array) -> Array:
    theta = np.asarray(theta, dtype=float)
    if theta.shape != (architecture.n_parameters,):
        raise InputError(f"θ has shape {theta.shape}, expected ({architecture.n_parameters},)")
    return theta


def _samples(architecture: Architecture, x: Array, y: Array) -> tuple[Array, Array]:
    """Inputs (n, N_0) and targets (n, N_L) as float arrays; InputError naming a bad shape."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.ndim == 1 and architecture.n_inputs == 1:
        x = x.reshape(-1, 1)
    if y.ndim == 1 and architecture.n_outputs == 1:
        y = y.reshape(-1, 1)
    if x.ndim != 2 or x.shape[1] != architecture.n_inputs:
        raise InputError(f"inputs have shape {x.shape}, expected (n, {architecture.n_inputs})")
    if y.shape != (x.shape[0], architecture.n_outputs):
        raise InputError(f"targets have shape {y.shape}, expected ({x.shape[0]}, {architecture.n_outputs})")
    if x.shape[0] == 0:
        raise InputError(translate("Landscape", "no samples to compute the loss over"))
    return x, y


# -- contour lines ------------------------------------------------------------------------
def contour_segments(u: Array, v: Array, values: Array, levels: Array | float) -> list[Array]:
    """The iso-lines C = level of a grid (rows along v), one (k, 2, 2) array of line segments
    per level, each segment two points (u, v).

    Marching squares (:func:`nnviz.core.contours.contour_segments`) over ``values``ᵀ, whose
    first index runs along u. Cells with a non-finite corner draw nothing.
    """
    f = np.asarray(values, dtype=float)
    u = np.asarray(u, dtype=float).ravel()
    v = np.asarray(v, dtype=float).ravel()
    levels = np.atleast_1d(np.asarray(levels, dtype=float))
    if f.shape != (v.size, u.size):
        return [np.empty((0, 2, 2)) for _ in levels]
    return [contours.contour_segments(f.T, level, (u, v)) for level in levels]


# -- optimizer paths ----------------------------------------------------------------------
class Objective(Protocol):
    """A function of two variables with its gradient, as an optimizer race needs it."""

    def f(self, x: Array, y: Array) -> Array: ...

    def grad(self, x: Array, y: Array) -> tuple[Array, Array]: ...


class StepOptimizer(Protocol):
    def step(self, params: Array, grad: Array) -> None: ...


@dataclass(frozen=True, eq=False)
class OptimizerPath:
    """Where an optimizer went: ``points`` (k+1, 2) from the start, ``losses`` f there.

    k = the steps asked for, unless the optimizer ``diverged`` (a point became NaN or inf or
    left the radius :data:`DIVERGENCE_RADIUS`), in which case the path ends before that point.
    """

    points: Array
    losses: Array
    diverged: bool


def optimizer_path(objective: Objective, optimizer: StepOptimizer, start: tuple[float, float],
                   steps: int) -> OptimizerPath:
    """Run ``optimizer`` (``.step(params, grad)`` in place) on ``objective`` from ``start``.

    p_0 = start; p_{t+1} = p_t after one step with g = ∇f(p_t). Returns the points and f.
    """
    if steps < 0:
        raise InputError(f"steps must be 0 or more, got {steps}")
    points = np.empty((steps + 1, 2))
    losses = np.empty(steps + 1)
    p = np.array(start, dtype=float)
    if p.shape != (2,) or not np.all(np.isfinite(p)):
        raise InputError(f"start must be two finite numbers, got {start!r}")
    diverged = False
    with np.errstate(over="ignore", invalid="ignore"):
        points[0] = p
        losses[0] = float(objective.f(p[0], p[1]))
        done = 0
        for t in range(1, steps + 1):
            gx, gy = objective.grad(p[0], p[1])
            optimizer.step(p, np.array([gx, gy], dtype=float))
            value = float(objective.f(p[0], p[1]))
            if not (np.all(np.isfinite(p)) and np.isfinite(value)) or np.hypot(*p) > DIVERGENCE_RADIUS:
                diverged = True
                break
            points[t] = p
            losses[t] = value
            done = t
    return OptimizerPath(points[:done + 1].copy(), losses[:done + 1].copy(), diverged)


class SliceObjective:
    """The network's cost on a 2-D slice, C(θ(u, v)), as an :class:`Objective`.

    ``f`` evaluates a whole grid at once; ``grad`` runs one forward and backward pass at a
    point and projects ∂C/∂θ onto the slice (:meth:`Slice.gradient`).
    """

    def __init__(self, architecture: Architecture, slc: Slice, x: Array, y: Array,
                 cost: str = MEAN):
        self.architecture = architecture
        self.cost = check_cost(cost)
        self.slice = slc
        self.x, self.y = _samples(architecture, x, y)
        self._net = Network(architecture, slc.origin)

    def f(self, u: Array, v: Array) -> Array:
        u, v = np.broadcast_arrays(np.asarray(u, dtype=float), np.asarray(v, dtype=float))
        coeffs = np.stack([u.ravel() - self.slice.centre[0], v.ravel() - self.slice.centre[1]], 1)
        costs = plane_costs(self.architecture, self.slice.origin,
                            np.stack([self.slice.d1, self.slice.d2]), coeffs, self.x, self.y,
                            cost=self.cost)
        return costs.reshape(u.shape)

    def grad(self, u: float, v: float) -> tuple[float, float]:
        self._net.set_params(self.slice.point(float(u), float(v)))
        trace = self._net.forward(self.x)
        g = self.slice.gradient(self._net.backward(trace, self.y, cost=self.cost).flat)
        return float(g[0]), float(g[1])
