"""How far the step-through has got, as the graph draws it (Qt-free).

The walk goes forward (layers ascending, neuron by neuron: z^l_j, a^l_j), the loss,
backward (layers descending: ∂ℓ/∂a^L_j, σ'(z^l_j), δ^l_j), the gradients (layers ascending,
neuron by neuron: ∂ℓ/∂w^l_jk for k = 1..N_{l-1}, then ∂ℓ/∂b^l_j) and the update (the same
order, θ_i ← θ_i − η ∂ℓ/∂θ_i). At the cursor, :func:`walk_progress` says what is computed
so far: a^l_j, δ^l_j, ∂ℓ/∂θ_i or θ'_i; the step's own result only once it is shown (not on
a term of its sum, not while predict-first hides it). It also names what the step works
on: the active neuron, the edges being summed (w^l_jk into z^l_j; w^{l+1}_kj carrying
δ^{l+1}_k back to δ^l_j), the current term's or the step's own edge. Indices here are
0-based: neuron (l, j) is a^l_{j+1}.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from nnviz.core import notation
from nnviz.core.network import Architecture
from nnviz.core.worked import PHASES
from nnviz.gui.views.graph.layout import GraphLayout

Array = np.ndarray
Edge = tuple[int, int, int]  # (l, j, k): w^l_jk, 0-based j and k

FORWARD, LOSS, BACKWARD, GRADIENT, UPDATE = PHASES


@dataclass(frozen=True, eq=False)
class WalkProgress:
    """What the graph shows at one cursor position.

    ``a_known[l]`` / ``delta_known[l]`` (l = 0..L): which a^l_j / δ^l_j are computed and
    shown; ``reached`` per θ index: the forward pass has reached the weight's edge (its
    target's z is begun); ``edge_known`` per θ index: ∂ℓ/∂θ_i (gradient phase) or θ'_i
    (update phase) is computed. ``active``: the neuron the step is about; ``summed``: the
    edges its sum adds up, ``reverse`` when they carry δ backwards; ``focus_edge``: the
    current term's or the step's own edge; ``label``: "lhs = result", the result "?" until
    shown."""

    phase: str
    a_known: tuple[Array, ...]
    delta_known: tuple[Array, ...]
    reached: Array
    edge_known: Array
    active: tuple[int, int] | None
    summed: tuple[Edge, ...]
    reverse: bool
    focus_edge: Edge | None
    label: str


@functools.lru_cache(maxsize=8)
def parameter_order(arch: Architecture) -> Array:
    """The rank of every θ index in the walk's gradient (and update) order: layer by
    layer, neuron j by neuron, w^l_j1 .. w^l_jN then b^l_j."""
    rank = np.empty(arch.n_parameters, dtype=np.int64)
    start = 0
    for l in range(1, arch.n_layers + 1):
        n_out, n_in = arch.sizes[l], arch.sizes[l - 1]
        per_neuron = n_in + arch.bias[l - 1]
        jj, kk = np.divmod(np.arange(n_out * n_in), n_in)
        rank[arch.weight_index(l, jj, kk)] = start + jj * per_neuron + kk
        if arch.bias[l - 1]:
            j = np.arange(n_out)
            rank[arch.bias_index(l, j)] = start + j * per_neuron + n_in
        start += n_out * per_neuron
    return rank


def walk_progress(walk) -> WalkProgress:
    """The progress of ``walk`` (a session.walk.WalkState) at its cursor."""
    arch = walk.snapshot.architecture
    numbers = walk.numbers  # softmax is not element-wise: its δ^L come after every ∂ℓ/∂a^L_j
    elementwise = ((True,) * arch.n_layers if numbers is None
                   else tuple(s.activation.elementwise for s in numbers.layers))
    w = walk.walkthrough
    step = w.step
    term = w.term
    shown = not w.result_hidden and term is None  # the step's own result is on the screen
    phase, layer = step.phase, step.layer
    neuron = None if step.neuron is None else step.neuron - 1
    symbol = step.symbol
    sizes = arch.sizes
    n_layers = arch.n_layers

    a_known = [np.ones(n, bool) if l == 0 else np.zeros(n, bool) for l, n in enumerate(sizes)]
    delta_known = [np.zeros(n, bool) for n in sizes]
    reached = np.ones(arch.n_parameters, bool)
    edge_known = np.zeros(arch.n_parameters, bool)
    summed: tuple[Edge, ...] = ()
    reverse = False
    focus: Edge | None = None

    if phase == FORWARD:
        reached[:] = False
        if layer is not None:
            for l in range(1, layer):
                a_known[l][:] = True
            begun = sizes[layer] if neuron is None else neuron + 1
            reached = _reached(arch, layer, begun)
            if neuron is None:  # a^l as a vector (softmax: a^l = f(z^l))
                a_known[layer][:] = shown
            else:
                a_known[layer][:neuron] = True
                a_known[layer][neuron] = shown and symbol.startswith(("a", "yhat"))
            if step.sum is not None:
                summed = tuple((layer, neuron, k) for k in range(sizes[layer - 1]))
                if term is not None:
                    focus = (layer, neuron, term.index - 1)
    else:
        for known in a_known:
            known[:] = True

    if phase == BACKWARD and layer is not None:
        for l in range(layer + 1, n_layers + 1):
            delta_known[l][:] = True
        if symbol.startswith("delta"):
            delta_known[layer][:neuron] = True
            delta_known[layer][neuron] = shown
        elif neuron is not None and elementwise[layer - 1]:
            delta_known[layer][:neuron] = True
        if step.sum is not None:  # δ^l_j = σ'(z^l_j) Σ_k w^{l+1}_kj δ^{l+1}_k
            summed = tuple((layer + 1, k, neuron) for k in range(sizes[layer + 1]))
            reverse = True
            if term is not None:
                focus = (layer + 1, term.index - 1, neuron)
    elif phase in (GRADIENT, UPDATE):
        for known in delta_known[1:]:
            known[:] = True

    if phase in (GRADIENT, UPDATE):
        current = _parameter(arch, step)
        if current is None:  # after the update, or the perceptron's "no mistake": all done
            edge_known[:] = True
        else:
            order = parameter_order(arch)
            edge_known = order < order[current] + shown
        if step.edge is not None:
            focus = (layer, step.edge[0] - 1, step.edge[1] - 1)

    if walk.kind != "network":
        delta_known = [np.zeros(n, bool) for n in sizes]  # the perceptron rule has no δ
    active = None if layer is None or neuron is None else (layer, neuron)
    return WalkProgress(phase, tuple(a_known), tuple(delta_known), reached, edge_known, active,
                        summed, reverse, focus, _label(step, shown, active, focus))


def _reached(arch: Architecture, layer: int, begun: int) -> Array:
    """Per θ index: the parameters of layers 1..layer-1 and those of the first ``begun``
    neurons of ``layer`` (the forward pass has reached their edges and bias rings)."""
    before = sum(arch.sizes[l] * (arch.sizes[l - 1] + arch.bias[l - 1]) for l in range(1, layer))
    return parameter_order(arch) < before + begun * (arch.sizes[layer - 1] + arch.bias[layer - 1])


def _parameter(arch: Architecture, step) -> int | None:
    """The θ index the gradient or update step is about (None: a step about no one parameter)."""
    if step.layer is None or step.neuron is None:
        return None
    if step.edge is not None:
        j, k = step.edge
        return arch.weight_index(step.layer, j - 1, k - 1)
    if step.symbol.startswith(("db", "b")):
        return arch.bias_index(step.layer, step.neuron - 1)
    return None


def _label(step, shown: bool, active: tuple[int, int] | None, focus: Edge | None) -> str:
    """"lhs = result" of a step about one neuron, one parameter or the loss; "" for a step
    about a whole layer (its values stand on the neurons)."""
    if active is None and focus is None and step.phase != LOSS and not step.symbol.startswith("loss"):
        return ""
    return f"{step.lhs} {step.op} {step.result if shown else '?'}"


def unknown_nodes(progress: WalkProgress, layout: GraphLayout) -> Array:
    """Per drawn neuron of ``layout`` (node order): its a^l_j is not computed yet."""
    return ~np.concatenate([progress.a_known[l][layout.node_index[sl]]
                            for l, sl in enumerate(layout.node_slices)])


def edge_values(progress: WalkProgress, params: Array, update) -> tuple[Array, Array, bool]:
    """(values, scale source, gradients?) per θ index for the edges and bias rings at the
    cursor: θ where the forward pass has reached (0, the neutral "not yet", elsewhere); θ in
    the loss and the backward pass; ∂ℓ/∂θ where computed in the gradient phase; during the
    update θ' where updated and θ elsewhere. ``update`` is the walk's ParameterUpdate (None:
    nothing changes)."""
    if progress.phase == FORWARD:
        return np.where(progress.reached, params, 0.0), params, False
    if update is None or progress.phase in (LOSS, BACKWARD):
        return params, params, False
    if progress.phase == GRADIENT:
        return np.where(progress.edge_known, update.gradient, 0.0), update.gradient, True
    both = np.maximum(np.abs(update.old), np.abs(update.new))
    return np.where(progress.edge_known, update.new, update.old), both, False


def edge_texts(progress: WalkProgress, update, edge_theta: Array) -> list[str] | None:
    """Per drawn edge (θ indices ``edge_theta``): ∂ℓ/∂w once computed (gradient phase);
    "old → new" on the update step's own edge (update phase: where edges leave a neuron close
    together more would overlap, and the panel's table has them all); "" elsewhere; None in
    the other phases."""
    if update is None or progress.phase not in (GRADIENT, UPDATE):
        return None
    if progress.phase == GRADIENT:
        known = progress.edge_known[edge_theta]
        return [notation.number(float(update.gradient[i])) if k else ""
                for i, k in zip(edge_theta, known)]
    focus = -1 if progress.focus_edge is None \
        else update.architecture.weight_index(*progress.focus_edge)
    return [f"{notation.number(float(update.old[i]))} → {notation.number(float(update.new[i]))}"
            if i == focus else "" for i in edge_theta]
