"""The fully connected feed-forward network, in the lectures' notation.

Layers are numbered l = 1..L; layer 0 is the input. Layer l has N_l neurons, weights W^l of
shape (N_l, N_{l-1}) (w^l_jk goes from neuron k of layer l-1 to neuron j of layer l), an
optional bias b^l of shape (N_l,) and an activation σ^l:

    z^l = W^l a^{l-1} + b^l,    a^l = σ^l(z^l),    a^0 = x.

A batch is rows: inputs X have shape (batch, N_0), so z = a_prev @ W.T + b.

Backpropagation, with δ^l = ∂ℓ/∂z^l per sample:

    δ^L = σ'(z^L) ⊙ ∂ℓ/∂a^L      (or a^L - y for the fused cross-entropies)
    δ^l = σ'(z^l) ⊙ (W^{l+1})ᵀ δ^{l+1}
    ∂C/∂W^l = mean over the batch of δ^l (a^{l-1})ᵀ,    ∂C/∂b^l = mean of δ^l

with C = 1/n Σ ℓ; under the cost convention "sum" (losses.py), L = Σ ℓ and the means become
sums over the batch: ∂L/∂W^l = Σ δ^l (a^{l-1})ᵀ, ∂L/∂b^l = Σ δ^l.

All parameters live in one flat float64 vector θ = (W^1, b^1, W^2, b^2, ...), row-major;
the per-layer ``weights`` and ``biases`` are views into it, so optimizers, landscapes and
snapshots work on θ while everything else reads the matrices.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from nnviz.core.activations import Activation, get_activation
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.losses import MEAN, Loss, batch_cost, get_loss
from nnviz.core.notation import plain_symbol

Array = np.ndarray

INITIALISERS = ("zeros", "uniform", "xavier", "he")


@dataclass(frozen=True)
class Architecture:
    """The shape of a network: sizes N_0..N_L, σ^1..σ^L, which layers have a bias, the loss."""

    sizes: tuple[int, ...]
    activations: tuple[str, ...]
    bias: tuple[bool, ...]
    loss: str = "half_squared_error"

    def __post_init__(self) -> None:
        object.__setattr__(self, "sizes", tuple(int(n) for n in self.sizes))
        object.__setattr__(self, "activations", tuple(self.activations))
        object.__setattr__(self, "bias", tuple(bool(b) for b in self.bias))
        if len(self.sizes) < 2:
            raise InputError(translate("Network", "a network needs an input size and at least one "
                                                  "layer"))
        if any(n < 1 for n in self.sizes):
            raise InputError(translate("Network", "every layer needs at least one neuron (sizes "
                                                  "{sizes})").format(sizes=list(self.sizes)))
        n_layers = len(self.sizes) - 1
        if len(self.activations) != n_layers or len(self.bias) != n_layers:
            raise InputError(translate("Network", "{layers} layers need {layers} activations and "
                                                  "bias flags, got {activations} and {biases}")
                             .format(layers=n_layers, activations=len(self.activations),
                                     biases=len(self.bias)))
        for l, name in enumerate(self.activations, start=1):
            if get_activation(name).output_only and l != n_layers:
                raise InputError(translate("Network", "layer {l}: {name} is for the output layer "
                                                      "only").format(l=l, name=name))
        loss = get_loss(self.loss)
        if loss.requires_activation and self.activations[-1] != loss.requires_activation:
            raise InputError(translate("Network", "loss {loss} needs a {needed} output layer, not "
                                                  "{given}")
                             .format(loss=loss.name, needed=loss.requires_activation,
                                     given=self.activations[-1]))

    @classmethod
    def dense(
        cls,
        sizes: Sequence[int],
        activation: str = "sigmoid",
        output_activation: str | None = None,
        loss: str = "half_squared_error",
        bias: bool = True,
    ) -> "Architecture":
        """Hidden layers use ``activation``, the output layer ``output_activation``."""
        n_layers = len(sizes) - 1
        acts = [activation] * (n_layers - 1) + [output_activation or activation]
        return cls(tuple(sizes), tuple(acts), (bias,) * n_layers, loss)

    @property
    def n_layers(self) -> int:
        """L, the number of layers with weights (the input layer does not count)."""
        return len(self.sizes) - 1

    @property
    def n_inputs(self) -> int:
        return self.sizes[0]

    @property
    def n_outputs(self) -> int:
        return self.sizes[-1]

    @property
    def n_neurons(self) -> int:
        """Σ_{l=1..L} N_l (inputs are not neurons): 6 for a 3-4-2 network."""
        return sum(self.sizes[1:])

    @property
    def n_weights(self) -> int:
        """Σ_l N_l N_{l-1}: 20 for a 3-4-2 network."""
        return sum(a * b for a, b in zip(self.sizes[1:], self.sizes[:-1]))

    @property
    def n_biases(self) -> int:
        return sum(n for n, has in zip(self.sizes[1:], self.bias) if has)

    @functools.cached_property
    def n_parameters(self) -> int:
        """Weights plus biases: 26 for a 3-4-2 network."""
        return self.n_weights + self.n_biases

    @functools.cached_property
    def _layout(self) -> tuple[tuple[int, int, int, int, int | None], ...]:
        """Per layer: where W^l starts and ends in θ, its shape, and where b^l ends (or None)."""
        layout = []
        i = 0
        for n_out, n_in, has_bias in zip(self.sizes[1:], self.sizes[:-1], self.bias):
            end = i + n_out * n_in
            layout.append((i, end, n_out, n_in, end + n_out if has_bias else None))
            i = end + (n_out if has_bias else 0)
        return tuple(layout)

    def unflatten(self, theta: Array) -> tuple[list[Array], list[Array | None]]:
        """Per-layer views (W^l, b^l) into the flat parameter vector θ."""
        if theta.shape != (self.n_parameters,):
            raise ValueError(
                f"expected {self.n_parameters} parameters, got array of shape {theta.shape}"
            )
        weights = [theta[i:end].reshape(n_out, n_in) for i, end, n_out, n_in, _ in self._layout]
        biases = [None if b_end is None else theta[end:b_end]
                  for _, end, _, _, b_end in self._layout]
        return weights, biases

    def parameter_name(self, index: int) -> str:
        """The lectures' name of θ[index]: w^l_jk or b^l_j, as plain text ``w2_13``/``b1_2``
        (``w1_12,3`` once an index has two digits: the notation's one spelling)."""
        i = 0
        for l, (n_out, n_in, has_bias) in enumerate(
            zip(self.sizes[1:], self.sizes[:-1], self.bias), start=1
        ):
            if index < i + n_out * n_in:
                j, k = divmod(index - i, n_in)
                return plain_symbol("w", l, j + 1, k + 1)
            i += n_out * n_in
            if has_bias:
                if index < i + n_out:
                    return plain_symbol("b", l, index - i + 1)
                i += n_out
        raise IndexError(f"parameter index {index} out of range ({self.n_parameters} parameters)")

    def weight_index(self, layer: int, j: int, k: int) -> int:
        """Index in θ of w^layer_jk (layer 1-based, j and k 0-based)."""
        return self._offset(layer) + j * self.sizes[layer - 1] + k

    def bias_index(self, layer: int, j: int) -> int:
        """Index in θ of b^layer_j (layer 1-based, j 0-based)."""
        if not self.bias[layer - 1]:
            raise ValueError(f"layer {layer} has no bias")
        return self._offset(layer) + self.sizes[layer] * self.sizes[layer - 1] + j

    def _offset(self, layer: int) -> int:
        if not 1 <= layer <= self.n_layers:
            raise IndexError(f"layer {layer} out of range 1..{self.n_layers}")
        return self._layout[layer - 1][0]


@dataclass(frozen=True, eq=False)
class ForwardTrace:
    """Everything a forward pass computed, for the whole batch.

    ``z[i]`` and ``a[i]`` belong to layer l = i + 1 and have shape (batch, N_l).
    """

    x: Array
    z: tuple[Array, ...]
    a: tuple[Array, ...]

    @property
    def output(self) -> Array:
        """a^L, shape (batch, N_L)."""
        return self.a[-1]

    def layer_input(self, i: int) -> Array:
        """a^{l-1} for layer l = i + 1 (the input x for the first layer)."""
        return self.x if i == 0 else self.a[i - 1]


@dataclass(frozen=True, eq=False)
class Gradients:
    """Everything a backward pass computed.

    ``delta[i]`` = ∂ℓ/∂z^l per sample, shape (batch, N_l), for layer l = i + 1;
    ``weights[i]`` = ∂C/∂W^l and ``biases[i]`` = ∂C/∂b^l (None without a bias) are averaged
    over the batch (summed under the cost "sum": ∂L/∂W^l, ∂L/∂b^l) and are views into
    ``flat``, laid out like the network's θ.
    """

    delta: tuple[Array, ...]
    weights: tuple[Array, ...]
    biases: tuple[Array | None, ...]
    flat: Array
    cost: float  # C = 1/n Σ ℓ (or L = Σ ℓ) over the batch, at the forward pass's parameters


class Network:
    """A feed-forward network with all parameters in the flat vector ``params`` (θ)."""

    def __init__(self, architecture: Architecture, params: Array | None = None):
        self.architecture = architecture
        self.params = np.zeros(architecture.n_parameters)
        if params is not None:
            self.set_params(params)
        self.weights, self.biases = architecture.unflatten(self.params)
        self.activations: tuple[Activation, ...] = tuple(
            get_activation(n) for n in architecture.activations
        )
        self.loss: Loss = get_loss(architecture.loss)

    # -- construction -----------------------------------------------------------------
    @classmethod
    def from_layers(
        cls,
        weights: Sequence[Sequence[Sequence[float]]],
        biases: Sequence[Sequence[float] | None],
        activations: Sequence[str],
        loss: str = "half_squared_error",
    ) -> "Network":
        """A network from explicit W^l (lists of rows) and b^l (or None per layer)."""
        ws = [np.asarray(w, dtype=float) for w in weights]
        sizes = [ws[0].shape[1]] + [w.shape[0] for w in ws]
        arch = Architecture(tuple(sizes), tuple(activations), tuple(b is not None for b in biases), loss)
        net = cls(arch)
        for l, (w, b) in enumerate(zip(ws, biases), start=1):
            if w.shape != net.weights[l - 1].shape:
                raise InputError(translate("Network", "layer {l}: weights have shape {shape}, "
                                                      "expected {expected}")
                                 .format(l=l, shape=w.shape, expected=net.weights[l - 1].shape))
            net.weights[l - 1][...] = w
            if b is not None:
                net.biases[l - 1][...] = np.asarray(b, dtype=float)
        return net

    @classmethod
    def create(
        cls,
        sizes: Sequence[int],
        activation: str = "sigmoid",
        output_activation: str | None = None,
        loss: str = "half_squared_error",
        init: str = "xavier",
        seed: int | np.random.Generator | None = 0,
        bias: bool = True,
        init_range: float = 0.5,
    ) -> "Network":
        """A new network of the given sizes N_0..N_L, initialised by ``init``."""
        net = cls(Architecture.dense(sizes, activation, output_activation, loss, bias))
        net.initialise(init, np.random.default_rng(seed), init_range)
        return net

    def initialise(self, init: str, rng: np.random.Generator, init_range: float = 0.5) -> None:
        """Draw new parameters.

        zeros: all 0.  uniform: every w and b ~ U(-r, r).
        xavier (Glorot): w ~ U(-√(6/(N_{l-1}+N_l)), +√(6/(N_{l-1}+N_l))), b = 0.
        he: w ~ N(0, 2/N_{l-1}), b = 0.
        """
        if init not in INITIALISERS:
            raise InputError(translate("Network", "unknown initialiser {name!r} (known: {known})")
                             .format(name=init, known=", ".join(INITIALISERS)))
        self.params[:] = 0.0
        for w, b in zip(self.weights, self.biases):
            fan_out, fan_in = w.shape
            if init == "uniform":
                w[...] = rng.uniform(-init_range, init_range, w.shape)
                if b is not None:
                    b[...] = rng.uniform(-init_range, init_range, b.shape)
            elif init == "xavier":
                limit = np.sqrt(6.0 / (fan_in + fan_out))
                w[...] = rng.uniform(-limit, limit, w.shape)
            elif init == "he":
                w[...] = rng.normal(0.0, np.sqrt(2.0 / fan_in), w.shape)

    def set_params(self, theta: Array) -> None:
        """Copy θ into the network (the views stay valid)."""
        theta = np.asarray(theta, dtype=float)
        if theta.shape != self.params.shape:
            raise ValueError(f"expected {self.params.size} parameters, got shape {theta.shape}")
        self.params[...] = theta

    def copy(self) -> "Network":
        return Network(self.architecture, self.params.copy())

    # -- the maths ----------------------------------------------------------------------
    def forward(self, x: Array) -> ForwardTrace:
        """z^l = a^{l-1} @ (W^l)ᵀ + b^l, a^l = σ^l(z^l) for l = 1..L; x is (batch, N_0)."""
        x = self._as_batch(x, self.architecture.n_inputs, "input")
        zs: list[Array] = []
        activations: list[Array] = []
        a = x
        for w, b, act in zip(self.weights, self.biases, self.activations):
            z = a @ w.T
            if b is not None:
                z += b
            a = act.f(z)
            zs.append(z)
            activations.append(a)
        return ForwardTrace(x, tuple(zs), tuple(activations))

    def predict(self, x: Array) -> Array:
        """a^L for the inputs x."""
        return self.forward(x).output

    def cost(self, x: Array, y: Array, *, cost: str = MEAN) -> float:
        """C = 1/n Σ ℓ(a^L, y) over the batch (``cost`` "sum": L = Σ ℓ)."""
        trace = self.forward(x)
        return self.cost_of(trace, y, cost=cost)

    def cost_of(self, trace: ForwardTrace, y: Array, loss: Loss | None = None, *,
                cost: str = MEAN) -> float:
        """C (or L) of an existing forward pass."""
        loss = loss or self.loss
        y = self._as_batch(y, self.architecture.n_outputs, "target", trace.x.shape[0])
        return batch_cost(loss.value(trace.z[-1], trace.output, y), cost)

    def backward(self, trace: ForwardTrace, y: Array, loss: str | Loss | None = None, *,
                 cost: str = MEAN) -> Gradients:
        """δ^l, ∂C/∂W^l and ∂C/∂b^l for every layer, from a forward pass and targets y
        (``cost`` "sum": ∂L/∂W^l and ∂L/∂b^l, the sums over the batch)."""
        loss = get_loss(loss) if isinstance(loss, str) else (loss or self.loss)
        n = trace.x.shape[0]
        y = self._as_batch(y, self.architecture.n_outputs, "target", n)
        last = len(self.weights) - 1
        z_out, a_out = trace.z[last], trace.a[last]
        if loss.fused:
            if self.activations[last].name != loss.requires_activation:
                raise InputError(translate("Network", "loss {loss} needs a {needed} output layer, "
                                                      "not {given}")
                                 .format(loss=loss.name, needed=loss.requires_activation,
                                         given=self.activations[last].name))
            delta = a_out - y
        else:
            delta = self.activations[last].backprop(z_out, a_out, loss.grad_a(a_out, y))
        flat = np.empty_like(self.params)
        grad_w, grad_b = self.architecture.unflatten(flat)
        deltas: list[Array] = [delta] * (last + 1)
        for i in range(last, -1, -1):  # sums over the batch here, for the mean divided by n below
            np.matmul(delta.T, trace.layer_input(i), out=grad_w[i])
            if grad_b[i] is not None:
                np.add.reduce(delta, axis=0, out=grad_b[i])
            if i > 0:
                delta = self.activations[i - 1].backprop(
                    trace.z[i - 1], trace.a[i - 1], delta @ self.weights[i]
                )
                deltas[i - 1] = delta
        if cost == MEAN:
            flat /= n  # the batch means, as np.mean computes them: every sum divided by n at once
        total = batch_cost(loss.value(z_out, a_out, y), cost)
        return Gradients(tuple(deltas), tuple(grad_w), tuple(grad_b), flat, total)

    def gradient(self, x: Array, y: Array) -> Gradients:
        """One forward and one backward pass."""
        return self.backward(self.forward(x), y)

    @staticmethod
    def _as_batch(v: Array, width: int, what: str, rows: int | None = None) -> Array:
        """``v`` as a (batch, width) float array; a 1-D vector is one sample (or a column)."""
        v = np.asarray(v, dtype=float)
        if v.ndim == 1:
            v = v.reshape(-1, 1) if width == 1 and (rows is None or rows == v.size) else v.reshape(1, -1)
        if v.ndim != 2 or v.shape[1] != width or (rows is not None and v.shape[0] != rows):
            expect = f"({rows if rows is not None else 'batch'}, {width})"
            raise InputError(f"{what} has shape {v.shape}, expected {expect}")
        return v


def batched_forward_output(
    architecture: Architecture, thetas: Array, x: Array, *, first_layer: int = 1
) -> tuple[Array, Array]:
    """z^L and a^L for P parameter vectors θ_1..θ_P at once: the forward pass with a leading axis.

    The same maths as :meth:`Network.forward`, z^l = a^{l-1} (W^l)ᵀ + b^l and a^l = σ^l(z^l)
    with the same activation objects, but every array carries a leading axis p over the
    parameter vectors: W^l is (P, N_l, N_{l-1}), b^l is (P, N_l), a^l is (P, batch, N_l).
    Loss landscapes use it to evaluate a whole grid of θ in a few matrix products.

    ``thetas`` is (P, n_parameters), each row laid out like ``Network.params``, or only the
    part of each row from layer ``first_layer`` on; with P = 1 that one θ serves every row
    set of ``x``. ``x`` is a^{first_layer-1} (the input x for ``first_layer`` = 1), either
    (batch, N_{first_layer-1}) shared by every θ_p, or (P, batch, N_{first_layer-1}) one per
    θ_p. Returns (z^L, a^L), each (P, batch, N_L).
    """
    if not 1 <= first_layer <= architecture.n_layers:
        raise IndexError(f"layer {first_layer} out of range 1..{architecture.n_layers}")
    offset = architecture._offset(first_layer)
    thetas = np.asarray(thetas, dtype=float)
    if thetas.ndim != 2 or thetas.shape[1] not in (architecture.n_parameters,
                                                   architecture.n_parameters - offset):
        raise ValueError(
            f"expected (P, {architecture.n_parameters}) parameters (or their "
            f"{architecture.n_parameters - offset} from layer {first_layer} on), "
            f"got shape {thetas.shape}"
        )
    if thetas.shape[1] == architecture.n_parameters:
        thetas = thetas[:, offset:]
    a = np.asarray(x, dtype=float)
    n_thetas = thetas.shape[0]
    i = 0
    z = a
    for l in range(first_layer, architecture.n_layers + 1):
        n_out, n_in = architecture.sizes[l], architecture.sizes[l - 1]
        w = thetas[:, i:i + n_out * n_in].reshape(n_thetas, n_out, n_in)
        i += n_out * n_in
        if n_thetas == 1:  # one W^l for all: one matrix product over every row
            z = (a.reshape(-1, n_in) @ w[0].T).reshape(a.shape[:-1] + (n_out,))
        elif a.ndim == 2:  # one input for all θ_p: x (W_p)ᵀ for every p in one product
            z = (a @ w.reshape(n_thetas * n_out, n_in).T).reshape(a.shape[0], n_thetas, n_out)
            z = z.transpose(1, 0, 2)
        else:
            z = np.matmul(a, w.transpose(0, 2, 1))
        if architecture.bias[l - 1]:
            z = z + thetas[:, i:i + n_out][:, None, :]
            i += n_out
        a = get_activation(architecture.activations[l - 1]).f(z)
    if z.ndim == 2:  # one θ and one shared input: still (P = 1, batch, N_L)
        z, a = z[None], a[None]
    return z, a
