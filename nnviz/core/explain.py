"""A worked example: one forward pass, one backward pass and one gradient-descent update.

:func:`explain` runs :meth:`Network.forward` and :meth:`Network.backward` once, for one sample,
and keeps every number in an :class:`Explanation`; :func:`render` writes that record out in the
lectures' notation as plain text, markdown, a LaTeX fragment (amsmath ``align*``) or JSON:

    z^l_j = Σ_k w^l_jk a^{l-1}_k + b^l_j,      a^l_j = σ(z^l_j),      a^0 = x
    δ^L_j = ∂ℓ/∂a^L_j · σ'(z^L_j)              (= a^L_j - y_j for the fused cross-entropies)
    δ^l_j = σ'(z^l_j) · Σ_k w^{l+1}_kj δ^{l+1}_k
    ∂ℓ/∂w^l_jk = a^{l-1}_k δ^l_j,              ∂ℓ/∂b^l_j = δ^l_j
    w ← w - η ∂ℓ/∂w,                           b ← b - η ∂ℓ/∂b

Numbers are shown with 4 significant digits (:func:`format_number`), the same in every
format; JSON keeps full float precision. This module only formats what the network computed:
the maths lives in network.py, activations.py and losses.py.
"""

from __future__ import annotations

import json
import math
import re
import textwrap
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from nnviz.core.activations import LEAKY_SLOPE, Activation
from nnviz.core.errors import InputError
from nnviz.core.losses import Loss
from nnviz.core.network import Architecture, ForwardTrace, Gradients, Network

Array = np.ndarray

FORMATS = ("text", "markdown", "latex", "json")
SIGNIFICANT_DIGITS = 4


# ---------------------------------------------------------------------------------------------
# The record
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class LayerStep:
    """The forward pass through layer l: a^{l-1} -> z^l = W^l a^{l-1} + b^l -> a^l = σ(z^l)."""

    layer: int
    activation: Activation
    weights: Array  # W^l, (N_l, N_{l-1})
    bias: Array | None  # b^l, (N_l,), None for a layer without bias
    inputs: Array  # a^{l-1}, (N_{l-1},)
    z: Array
    a: Array


@dataclass(frozen=True, eq=False)
class LayerGradient:
    """The backward pass through layer l.

    ``grad_a`` is ∂ℓ/∂a^l: from the loss at the output layer, Σ_k w^{l+1}_kj δ^{l+1}_k below it,
    None for the fused cross-entropies (δ^L = a^L - y). ``sigma_prime`` is σ'(z^l) for an
    element-wise activation that δ went through, else None. ``delta`` is δ^l = ∂ℓ/∂z^l,
    ``weights`` ∂ℓ/∂W^l (w^l_jk: a^{l-1}_k δ^l_j) and ``bias`` ∂ℓ/∂b^l = δ^l.
    """

    layer: int
    grad_a: Array | None
    sigma_prime: Array | None
    delta: Array
    weights: Array
    bias: Array | None


@dataclass(frozen=True, eq=False)
class LayerUpdate:
    """W^l - η ∂ℓ/∂W^l and b^l - η ∂ℓ/∂b^l."""

    layer: int
    weights: Array
    bias: Array | None


@dataclass(frozen=True, eq=False)
class Explanation:
    """Every number of one worked example; layers are l = 1..L in order."""

    architecture: Architecture
    loss: Loss
    x: Array
    layers: tuple[LayerStep, ...]
    target: Array | None = None
    loss_value: float | None = None
    gradients: tuple[LayerGradient, ...] | None = None
    learning_rate: float | None = None
    updated: tuple[LayerUpdate, ...] | None = None
    output_after: Array | None = None  # a^L of the updated network
    loss_after: float | None = None

    @property
    def output(self) -> Array:
        """a^L."""
        return self.layers[-1].a

    def to_dict(self) -> dict:
        """The JSON document (full precision; null for the parts that were not asked for)."""

        def optional(v: Array | None) -> list | None:
            return None if v is None else v.tolist()

        return {
            "input": self.x.tolist(),
            "layers": [{"z": s.z.tolist(), "a": s.a.tolist()} for s in self.layers],
            "output": self.output.tolist(),
            "loss": self.loss_value,
            "gradients": None if self.gradients is None else [
                {"delta": g.delta.tolist(), "weights": g.weights.tolist(), "bias": optional(g.bias)}
                for g in self.gradients
            ],
            "updated": None if self.updated is None else [
                {"weights": u.weights.tolist(), "bias": optional(u.bias)} for u in self.updated
            ],
            "loss_after": self.loss_after,
        }


# ---------------------------------------------------------------------------------------------
# Computing it (one forward, one backward, one update: all through Network)
# ---------------------------------------------------------------------------------------------
def check_vector(values: Sequence[float] | Array, size: int, name: str, unit: str) -> Array:
    """``values`` as a float vector of ``size`` finite numbers, else an :class:`InputError`.

    ``name`` is what the user called it ("--input"), ``unit`` what the network has ("input").
    """
    v = np.asarray(values, dtype=float)
    if v.ndim != 1 or v.size == 0:
        raise InputError(f"{name} must be a non-empty list of numbers")
    if not np.all(np.isfinite(v)):
        bad = v[~np.isfinite(v)][0]
        raise InputError(f"{name}: {bad} is not a finite number")
    if v.size != size:
        raise InputError(
            f"{name} has {_count(v.size, 'number')} but the network has {_count(size, unit)}"
        )
    return v


def check_learning_rate(value: float, name: str = "learning rate") -> float:
    """η as a float; an :class:`InputError` unless it is finite and positive."""
    eta = float(value)
    if not (math.isfinite(eta) and eta > 0):
        raise InputError(f"{name} must be a positive number, got {value}")
    return eta


def explain(
    network: Network,
    x: Sequence[float] | Array,
    target: Sequence[float] | Array | None = None,
    learning_rate: float | None = None,
) -> Explanation:
    """The worked example for input x (one sample), with the loss and backward pass if a
    target y is given, and with the update θ ← θ - η ∇θ ℓ if a learning rate η is given too.

    Numbers too large for float64 are an :class:`InputError` (checked, so NumPy's overflow
    warnings are silenced here), never an inf or a NaN in the slides.
    """
    arch = network.architecture
    x = check_vector(x, arch.n_inputs, "input", "input")
    if learning_rate is not None and target is None:
        raise InputError("a learning rate needs a target: the update follows the loss gradient")
    y = None if target is None else check_vector(target, arch.n_outputs, "target", "output")
    eta = None if learning_rate is None else check_learning_rate(learning_rate)
    with np.errstate(over="ignore", invalid="ignore"):
        return _explain(network, x, y, eta)


def _explain(network: Network, x: Array, y: Array | None, eta: float | None) -> Explanation:
    arch = network.architecture
    trace = network.forward(x[None, :])
    layers = tuple(
        LayerStep(i + 1, act, w.copy(), None if b is None else b.copy(),
                  trace.layer_input(i)[0], trace.z[i][0], trace.a[i][0])
        for i, (w, b, act) in enumerate(zip(network.weights, network.biases, network.activations))
    )
    _require_finite([s.z for s in layers] + [s.a for s in layers],
                    "the forward pass overflows: the weights or inputs are too large")
    record = Explanation(arch, network.loss, x, layers)
    if y is None:
        return record

    grads = network.backward(trace, y[None, :])
    gradients = tuple(_layer_gradient(network, trace, grads, y, i) for i in range(arch.n_layers))
    _require_finite([grads.flat, np.array(grads.cost)],
                    "the loss or its gradient overflows: the weights or inputs are too large")
    record = Explanation(arch, network.loss, x, layers, y, grads.cost, gradients)
    if eta is None:
        return record

    after = Network(arch, network.params - eta * grads.flat)
    trace_after = after.forward(x[None, :])
    loss_after = after.cost_of(trace_after, y[None, :])
    _require_finite([after.params, trace_after.output, np.array(loss_after)],
                    "the update overflows: use a smaller learning rate")
    updated = tuple(
        LayerUpdate(i + 1, w.copy(), None if b is None else b.copy())
        for i, (w, b) in enumerate(zip(after.weights, after.biases))
    )
    return Explanation(arch, network.loss, x, layers, y, grads.cost, gradients,
                       eta, updated, trace_after.output[0].copy(), loss_after)


def _layer_gradient(
    network: Network, trace: ForwardTrace, grads: Gradients, y: Array, i: int
) -> LayerGradient:
    """Layer l = i + 1 of the backward pass, with the intermediates the explanation shows."""
    act = network.activations[i]
    z, a = trace.z[i][0], trace.a[i][0]
    if i == network.architecture.n_layers - 1:
        grad_a = None if network.loss.fused else network.loss.grad_a(a, y)
    else:
        grad_a = network.weights[i + 1].T @ grads.delta[i + 1][0]
    sigma_prime = act.derivative(z, a) if grad_a is not None and act.elementwise else None
    bias = grads.biases[i]
    return LayerGradient(i + 1, grad_a, sigma_prime, grads.delta[i][0].copy(),
                         grads.weights[i].copy(), None if bias is None else bias.copy())


def _require_finite(arrays: list[Array], message: str) -> None:
    if not all(np.all(np.isfinite(v)) for v in arrays):
        raise InputError(message)


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


# ---------------------------------------------------------------------------------------------
# Numbers and symbols: one notation for text and markdown (Unicode), one for LaTeX
# ---------------------------------------------------------------------------------------------
def format_number(value: float, digits: int = SIGNIFICANT_DIGITS) -> tuple[str, int | None]:
    """``value`` rounded to ``digits`` significant digits, as (mantissa, power of ten or None).

    4.0 -> ("4", None), 0.98201 -> ("0.982", None), -1.23456e-05 -> ("-1.235", -5).
    Anything that rounds to zero is "0", never "-0".
    """
    if not math.isfinite(value):
        return ("nan" if math.isnan(value) else "-inf" if value < 0 else "inf"), None
    text = f"{value:.{digits}g}"
    if "e" not in text:
        return ("0" if text == "-0" else text), None
    mantissa, exponent = text.split("e")
    return mantissa, int(exponent)


_SUPERSCRIPT = str.maketrans("0123456789-−+l", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻⁺ˡ")
_SUBSCRIPT = str.maketrans("0123456789ijk", "₀₁₂₃₄₅₆₇₈₉ᵢⱼₖ")


class _Unicode:
    """Text and markdown: σ(z¹₁), w¹₁₂·a⁰₂, (−0.5), 1.5×10⁻⁵, ∂ℓ/∂w¹₁₂."""

    minus = "−"
    leftarrow = "←"
    half = "½"
    eta = "η"
    ell = "ℓ"
    delta = "δ"
    sum_i = "Σᵢ "
    sum_k = "Σₖ "
    sign = "sign"
    less_equal = "≤"

    def number(self, value: float) -> str:
        mantissa, exponent = format_number(value)
        mantissa = mantissa.replace("-", self.minus).replace("inf", "∞")
        if exponent is None:
            return mantissa
        power = "10" + str(exponent).translate(_SUPERSCRIPT)
        return {"1": power, self.minus + "1": self.minus + power}.get(
            mantissa, f"{mantissa}×{power}")

    def factor(self, value: float) -> str:
        """A number as a factor or a later term: in parentheses if negative or a power of ten."""
        text = self.number(value)
        negative = value < 0 and text != "0"
        return f"({text})" if negative or format_number(value)[1] is not None else text

    def var(self, base: str, layer: int | None, *indices: int | str) -> str:
        """base^layer_indices, e.g. w^1_12; indices above 9 are separated by commas."""
        sep = "," if any(isinstance(i, int) and i > 9 for i in indices) else ""
        sup = "" if layer is None else str(layer).translate(_SUPERSCRIPT)
        return base + sup + sep.join(str(i) for i in indices).translate(_SUBSCRIPT)

    def d(self, of: str) -> str:
        """∂ℓ/∂(of)."""
        return f"∂ℓ/∂{of}"

    def mul_symbols(self, *factors: str) -> str:
        return "·".join(factors)

    def mul_numbers(self, *factors: str) -> str:
        return "·".join(factors)

    def add(self, terms: Sequence[str]) -> str:
        return " + ".join(terms)

    def sub(self, left: str, right: str) -> str:
        return f"{left} {self.minus} {right}"

    def chain(self, items: Sequence[str], separator: str) -> str:
        return separator.join(items)

    def vector(self, values: Sequence[float]) -> str:
        return "(" + ", ".join(self.number(v) for v in values) + ")"

    def prime(self, function: str) -> str:
        return function + "′"

    def square(self, base: str) -> str:
        return base + "²"

    def absolute(self, inner: str) -> str:
        return f"|{inner}|"

    def log(self, argument: str) -> str:
        return f"log({argument})"

    def function(self, activation: Activation) -> str:
        """The activation's name in formulas: σ for the sigmoid, else its own name."""
        return activation.formula.split("(")[0]

    def definition(self, activation: Activation) -> str:
        return _tidy(activation.formula)

    def loss_definition(self, loss: Loss) -> str:
        return _tidy(loss.formula)


def _tidy(formula: str) -> str:
    """A plain-text formula of activations.py or losses.py in this notation: a_j -> aⱼ, - -> −."""
    return formula.replace("_j", "ⱼ").replace("_k", "ₖ").replace("-", "−")


# LaTeX of each activation's definition (the plain-text one is Activation.formula).
_LATEX_DEFINITIONS = {
    "identity": r"\operatorname{identity}(z) = z",
    "step": r"\operatorname{step}(z) = 1 \text{ if } z > 0 \text{, else } 0",
    "sign": r"\operatorname{sign}(z) = +1 \text{ if } z \ge 0 \text{, else } -1",
    "sigmoid": r"\sigma(z) = \frac{1}{1 + e^{-z}}",
    "tanh": r"\tanh(z) = \frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}",
    "relu": r"\operatorname{relu}(z) = \max(0, z)",
    "leaky_relu": rf"\operatorname{{lrelu}}(z) = \max({LEAKY_SLOPE}\, z, z)",
    "softmax": r"\operatorname{softmax}(z)_j = \frac{e^{z_j}}{\sum_k e^{z_k}}",
}


class _Latex(_Unicode):
    """LaTeX math for an amsmath align*: \\sigma(z^{1}_{1}), w^{1}_{12}\\, a^{0}_{2}, (-0.5)."""

    minus = "-"
    leftarrow = r"\leftarrow"
    half = r"\tfrac{1}{2}"
    eta = r"\eta"
    ell = r"\ell"
    delta = r"\delta"
    sum_i = r"\sum_i "
    sum_k = r"\sum_k "
    sign = r"\operatorname{sign}"
    less_equal = r"\le"
    # a new line of the align* inside a right-hand side; a page may break there (a sum over
    # hundreds of inputs is longer than a page)
    LINE_BREAK = r" \displaybreak[0] \\ &\qquad "

    def number(self, value: float) -> str:
        mantissa, exponent = format_number(value)
        mantissa = mantissa.replace("inf", r"\infty").replace("nan", r"\mathrm{NaN}")
        if exponent is None:
            return mantissa
        power = f"10^{{{exponent}}}"
        return {"1": power, "-1": "-" + power}.get(mantissa, rf"{mantissa} \times {power}")

    def var(self, base: str, layer: int | None, *indices: int | str) -> str:
        sep = "," if any(isinstance(i, int) and i > 9 for i in indices) else ""
        sup = "" if layer is None else f"^{{{layer}}}"
        sub = f"_{{{sep.join(str(i) for i in indices)}}}" if indices else ""
        return base + sup + sub

    def d(self, of: str) -> str:
        return rf"\frac{{\partial \ell}}{{\partial {of}}}"

    def mul_symbols(self, *factors: str) -> str:
        return r"\, ".join(factors)

    def mul_numbers(self, *factors: str) -> str:
        return r" \cdot ".join(factors)

    def add(self, terms: Sequence[str]) -> str:
        """A sum; a long one goes on over several lines of the align*."""
        return self.chain(terms, " + ")

    def vector(self, values: Sequence[float]) -> str:
        return "(" + self.chain([self.number(v) for v in values], ", ") + ")"

    def chain(self, items: Sequence[str], separator: str) -> str:
        """items joined by separator, broken onto new align* lines when a line gets long."""
        lines = [items[0]]
        for item in items[1:]:
            if _visible_length(lines[-1]) + _visible_length(separator + item) > LATEX_CHAIN:
                lines.append(item)
            else:
                lines[-1] += separator + item
        glue = separator.rstrip() + self.LINE_BREAK if separator.startswith(",") \
            else self.LINE_BREAK + separator.lstrip()
        return glue.join(lines)

    def prime(self, function: str) -> str:
        return function + "'"

    def square(self, base: str) -> str:
        return base + "^2"

    def absolute(self, inner: str) -> str:
        return rf"\lvert {inner} \rvert"

    def log(self, argument: str) -> str:
        return rf"\log({argument})"

    def function(self, activation: Activation) -> str:
        name = activation.latex.replace("({z})", "")
        return name if "{z}" not in name else rf"\operatorname{{{_escape(activation.name)}}}"

    def definition(self, activation: Activation) -> str:
        return _LATEX_DEFINITIONS.get(activation.name, self.function(activation) + "(z)")

    def loss_definition(self, loss: Loss) -> str:
        return loss.latex


def _escape(text: str) -> str:
    """Plain text made safe for LaTeX."""
    specials = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
                "_": r"\_", "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}",
                "^": r"\textasciicircum{}"}
    return "".join(specials.get(c, c) for c in text)


# ---------------------------------------------------------------------------------------------
# The document: headings, paragraphs and rows of equations, written once for every format
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Math:
    """Inline maths in a paragraph or a note."""

    text: str


@dataclass(frozen=True)
class _Name:
    """The name of an activation or a loss (code font)."""

    text: str


Pieces = tuple[str | _Math | _Name, ...]


@dataclass(frozen=True)
class _Heading:
    level: int  # 1 title, 2 section, 3 layer
    pieces: Pieces


@dataclass(frozen=True)
class _Paragraph:
    pieces: Pieces


@dataclass(frozen=True)
class _Row:
    """lhs op sides[0] = sides[1] = ...   (note)."""

    lhs: str
    sides: tuple[str, ...]
    op: str = "="
    note: Pieces = ()


@dataclass(frozen=True)
class _Rows:
    rows: tuple[_Row, ...]


_Block = _Heading | _Paragraph | _Rows


@dataclass(frozen=True)
class _Operand:
    """A symbol or a number in a formula: ``lead`` where it comes first, ``inner`` elsewhere
    (a negative number is parenthesised there: 2·(−1), 3 − (−1))."""

    lead: str
    inner: str


def _symbols(texts: Sequence[str]) -> list[_Operand]:
    return [_Operand(t, t) for t in texts]


def _numbers(m: _Unicode, values: Sequence[float]) -> list[_Operand]:
    return [_Operand(m.number(v), m.factor(v)) for v in values]


SYMBOLIC_TERMS = 4  # longer sums are written Σ_k ... in symbols (the numbers are always all there)


class _Writer:
    """Builds the blocks of one explanation in one notation."""

    def __init__(self, e: Explanation, m: _Unicode):
        self.e, self.m = e, m
        self.n_layers = e.architecture.n_layers

    # -- the whole document ------------------------------------------------------------------
    def blocks(self) -> list[_Block]:
        e = self.e
        parts = "forward pass" if e.gradients is None else (
            "forward pass, loss and backward pass" if e.updated is None
            else "forward pass, backward pass and one gradient-descent step")
        out: list[_Block] = [_Heading(1, (f"Worked example: {parts}",)), self.network()]
        out.append(_Rows(tuple(self.given())))
        out += self.forward()
        if e.gradients is not None:
            out += self.loss_section()
            out += self.backward()
            out += self.parameter_gradients()
        if e.updated is not None:
            out += self.update()
        return out

    def network(self) -> _Paragraph:
        e, m = self.e, self.m
        pieces: list = [f"A {'-'.join(str(n) for n in e.architecture.sizes)} network: "]
        for s in e.layers:
            n = s.z.size
            pieces += [f"layer {s.layer}{' (output)' if s.layer == self.n_layers else ''} has {n} ",
                       _Name(s.activation.name), " neuron" if n == 1 else " neurons",
                       "" if s.bias is not None else " and no bias",
                       "; " if s.layer < self.n_layers else ". "]
        pieces += ["Loss ", _Name(e.loss.name), ": ", _Math(m.loss_definition(e.loss)), "."]
        return _Paragraph(tuple(pieces))

    def given(self) -> list[_Row]:
        e, m = self.e, self.m
        rows = [_Row("x", (m.var("a", 0), m.vector(e.x)))]
        if e.target is not None:
            rows.append(_Row("y", (m.vector(e.target),)))
        if e.learning_rate is not None:
            rows.append(_Row(m.eta, (m.number(e.learning_rate),)))
        return rows

    def layer_heading(self, layer: int, *more) -> _Heading:
        last = " (output layer)" if layer == self.n_layers else ""
        return _Heading(3, (f"Layer {layer}{last}", *more))

    # -- forward -----------------------------------------------------------------------------
    def forward(self) -> list[_Block]:
        m = self.m
        out: list[_Block] = [_Heading(2, ("Forward pass",))]
        for s in self.e.layers:
            act = s.activation
            more = [": ", _Name(act.name), ", ", _Math(m.definition(act))]
            if s.bias is None:
                more.append(", no bias")
            out.append(self.layer_heading(s.layer, *more))
            rows = [self.z_row(s, j) for j in range(s.z.size)]
            a_vec, z_vec = m.var("a", s.layer), m.var("z", s.layer)
            if act.elementwise:
                rows += [self.a_row(s, j) for j in range(s.z.size)]
                if s.z.size > 1:
                    rows.append(_Row(a_vec, (m.vector(s.a),)))
            else:
                f = m.function(act)
                rows.append(_Row(a_vec, (f"{f}({z_vec})", f"{f}({m.vector(s.z)})", m.vector(s.a))))
            out.append(_Rows(tuple(rows)))
        return out

    def z_row(self, s: LayerStep, j: int) -> _Row:
        """z^l_j = w^l_j1 a^{l-1}_1 + ... + b^l_j = numbers = value."""
        m, l = self.m, s.layer
        n_in = s.inputs.size
        if n_in <= SYMBOLIC_TERMS:
            symbolic = [m.mul_symbols(m.var("w", l, j + 1, k + 1), m.var("a", l - 1, k + 1))
                        for k in range(n_in)]
        else:
            symbolic = [m.sum_k + m.mul_symbols(m.var("w", l, j + 1, "k"), m.var("a", l - 1, "k"))]
        numeric = [m.mul_numbers(m.factor(w), m.factor(a)) for w, a in zip(s.weights[j], s.inputs)]
        if s.bias is not None:
            symbolic.append(m.var("b", l, j + 1))
            numeric.append(m.factor(s.bias[j]))
        return _Row(m.var("z", l, j + 1), (m.add(symbolic), m.add(numeric), m.number(s.z[j])))

    def a_row(self, s: LayerStep, j: int) -> _Row:
        """a^l_j = σ(z^l_j) = σ(value) = value."""
        m = self.m
        z_sym = m.var("z", s.layer, j + 1)
        if s.activation.name == "identity":
            return _Row(m.var("a", s.layer, j + 1), (z_sym, m.number(s.a[j])))
        f = m.function(s.activation)
        return _Row(m.var("a", s.layer, j + 1),
                    (f"{f}({z_sym})", f"{f}({m.number(s.z[j])})", m.number(s.a[j])))

    # -- loss --------------------------------------------------------------------------------
    def loss_section(self) -> list[_Block]:
        e = self.e
        return [_Heading(2, ("Loss",)),
                _Rows((self.loss_row(e.layers[-1].a, e.loss_value),))]

    def loss_row(self, a: Array, value: float, note: Pieces = ()) -> _Row:
        """ℓ = the loss written out in symbols, then with the numbers = value."""
        e, m, L = self.e, self.m, self.n_layers
        n = a.size
        sides = []
        if n <= SYMBOLIC_TERMS:
            sides.append(_loss_terms(m, e.loss.name, m.mul_symbols,
                                     _symbols([m.var("y", None, j + 1) for j in range(n)]),
                                     _symbols([m.var("a", L, j + 1) for j in range(n)])))
        sides.append(_loss_terms(m, e.loss.name, m.mul_numbers,
                                 _numbers(m, e.target), _numbers(m, a)))
        sides.append(m.number(value))
        return _Row(m.ell, tuple(s for s in sides if s is not None), note=note)

    # -- backward ----------------------------------------------------------------------------
    def backward(self) -> list[_Block]:
        m = self.m
        out: list[_Block] = [
            _Heading(2, ("Backward pass",)),
            _Paragraph(("The error of neuron ", _Math("j"), " in layer ", _Math("l"), " is ",
                        _Math(f"{m.var(m.delta, 'l', 'j')} = {m.d(m.var('z', 'l', 'j'))}"),
                        ", computed from the output layer back.")),
        ]
        for g in reversed(self.e.gradients):
            if g.layer == self.n_layers:
                out += self.output_delta(g)
            else:
                out += [self.layer_heading(g.layer), _Rows(tuple(self.hidden_delta(g)))]
        return out

    def output_delta(self, g: LayerGradient) -> list[_Block]:
        """δ^L_j from ∂ℓ/∂a^L_j and σ'(z^L_j), or a^L_j - y_j for a fused cross-entropy."""
        e, m, L = self.e, self.m, g.layer
        s = e.layers[-1]
        n = s.a.size
        if g.grad_a is None:
            cancels = ((_Math(m.prime(m.function(s.activation))), " cancels")
                       if s.activation.elementwise else ("the softmax Jacobian cancels",))
            rule = f"{m.var(m.delta, L, 'j')} = {m.sub(m.var('a', L, 'j'), m.var('y', None, 'j'))}"
            note = _Paragraph((_Name(e.loss.name), " with a ", _Name(s.activation.name),
                               " output layer: ", *cancels, ", so ", _Math(rule), "."))
            rows = [_Row(m.var(m.delta, L, j + 1),
                         (m.sub(m.var("a", L, j + 1), m.var("y", None, j + 1)),
                          m.sub(m.number(s.a[j]), m.factor(e.target[j])),
                          m.number(g.delta[j])))
                    for j in range(n)]
            return [self.layer_heading(L), note, _Rows(tuple(rows))]

        if s.activation.elementwise:
            rows = []
            for j in range(n):
                rows += [self.loss_gradient_row(j), self.derivative_row(s, j, g.sigma_prime[j]),
                         _Row(m.var(m.delta, L, j + 1),
                              (m.mul_symbols(m.d(m.var("a", L, j + 1)), self.prime_of(s, j)),
                               m.mul_numbers(m.factor(g.grad_a[j]), m.factor(g.sigma_prime[j])),
                               m.number(g.delta[j])))]
            return [self.layer_heading(L), _Rows(tuple(rows))]

        # softmax with a loss of its outputs: δ_j = a_j (∂ℓ/∂a_j - Σ_i a_i ∂ℓ/∂a_i)
        rule = (f"{m.var(m.delta, L, 'j')} = "
                f"{m.mul_symbols(m.var('a', L, 'j'), '(' + m.sub(m.d(m.var('a', L, 'j')), 's') + ')')}")
        a_i = m.var("a", L, "i")
        note = _Paragraph(("softmax couples its outputs: ", _Math(rule), ", with ",
                           _Math(f"s = {m.sum_i}{m.mul_symbols(a_i, m.d(a_i))}"), "."))
        weighted = float(np.dot(g.grad_a, s.a))
        rows = [self.loss_gradient_row(j) for j in range(n)]
        sides = [m.add([m.mul_symbols(m.var("a", L, j + 1), m.d(m.var("a", L, j + 1)))
                        for j in range(n)])] if n <= SYMBOLIC_TERMS else []
        sides += [m.add([m.mul_numbers(m.factor(a), m.factor(d)) for a, d in zip(s.a, g.grad_a)]),
                  m.number(weighted)]
        rows.append(_Row("s", tuple(sides)))
        rows += [_Row(m.var(m.delta, L, j + 1),
                      (m.mul_symbols(m.var("a", L, j + 1),
                                     f"({m.sub(m.d(m.var('a', L, j + 1)), 's')})"),
                       m.mul_numbers(m.factor(s.a[j]),
                                     f"({m.sub(m.number(g.grad_a[j]), m.factor(weighted))})"),
                       m.number(g.delta[j])))
                 for j in range(n)]
        return [self.layer_heading(L), note, _Rows(tuple(rows))]

    def hidden_delta(self, g: LayerGradient) -> list[_Row]:
        """σ'(z^l_j), then δ^l_j = σ'(z^l_j) · Σ_k w^{l+1}_kj δ^{l+1}_k."""
        m, l = self.m, g.layer
        s, above = self.e.layers[l - 1], self.e.layers[l]
        delta_above = self.e.gradients[l].delta
        rows = []
        for j in range(s.z.size):
            if delta_above.size <= SYMBOLIC_TERMS:
                terms = [m.mul_symbols(m.var("w", l + 1, k + 1, j + 1), m.var(m.delta, l + 1, k + 1))
                         for k in range(delta_above.size)]
            else:
                terms = [m.sum_k + m.mul_symbols(m.var("w", l + 1, "k", j + 1),
                                                 m.var(m.delta, l + 1, "k"))]
            numbers = [m.mul_numbers(m.factor(w), m.factor(d))
                       for w, d in zip(above.weights[:, j], delta_above)]
            rows.append(self.derivative_row(s, j, g.sigma_prime[j]))
            sides = [m.mul_symbols(self.prime_of(s, j), _bracket(m.add(terms), len(terms))),
                     m.mul_numbers(m.factor(g.sigma_prime[j]),
                                   _bracket(m.add(numbers), len(numbers)))]
            if len(numbers) > 1:  # the sum Σ_k w^{l+1}_kj δ^{l+1}_k = ∂ℓ/∂a^l_j, worked out
                sides.append(m.mul_numbers(m.factor(g.sigma_prime[j]), m.factor(g.grad_a[j])))
            sides.append(m.number(g.delta[j]))
            rows.append(_Row(m.var(m.delta, l, j + 1), tuple(sides)))
        return rows

    def prime_of(self, s: LayerStep, j: int) -> str:
        """σ'(z^l_j) in symbols."""
        return f"{self.m.prime(self.m.function(s.activation))}({self.m.var('z', s.layer, j + 1)})"

    def derivative_row(self, s: LayerStep, j: int, value: float) -> _Row:
        """σ'(z^l_j) = its formula with the numbers = value (the value from the activation)."""
        m = self.m
        z, a = float(s.z[j]), float(s.a[j])
        a_sym = m.var("a", s.layer, j + 1)
        lhs, name = self.prime_of(s, j), s.activation.name
        if name == "sigmoid":
            sides = (m.mul_symbols(a_sym, f"({m.sub('1', a_sym)})"),
                     m.mul_numbers(m.factor(a), f"({m.sub('1', m.factor(a))})"), m.number(value))
            return _Row(lhs, sides)
        if name == "tanh":
            return _Row(lhs, (m.sub("1", m.square(f"({a_sym})")),
                              m.sub("1", m.square(m.factor(a))), m.number(value)))
        if name in ("relu", "leaky_relu"):
            relation = ">" if z > 0 else m.less_equal
            return _Row(lhs, (m.number(value),), note=(
                "since ", _Math(f"{m.var('z', s.layer, j + 1)} = {m.number(z)} {relation} 0")))
        if name in ("step", "sign"):
            return _Row(lhs, (m.number(value),),
                        note=(f"{name} is flat: no gradient flows back through it",))
        return _Row(lhs, (m.number(value),))

    def loss_gradient_row(self, j: int) -> _Row:
        """∂ℓ/∂a^L_j = the loss's derivative with the numbers = value (from the loss)."""
        e, m, L = self.e, self.m, self.n_layers
        a_sym, y_sym = m.var("a", L, j + 1), m.var("y", None, j + 1)
        a, y = e.layers[-1].a[j], e.target[j]
        value = m.number(e.gradients[-1].grad_a[j])
        symbolic, numeric = m.sub(a_sym, y_sym), m.sub(m.number(a), m.factor(y))
        sides = {
            "squared_error": (m.mul_symbols("2", f"({symbolic})"),
                              m.mul_numbers("2", f"({numeric})"), value),
            "half_squared_error": (symbolic, numeric, value),
            "absolute_error": (f"{m.sign}({symbolic})", f"{m.sign}({numeric})", value),
        }.get(e.loss.name, (value,))
        return _Row(m.d(a_sym), sides)

    # -- gradients and the update ------------------------------------------------------------
    def parameter_gradients(self) -> list[_Block]:
        m = self.m
        rule_w = (f"{m.d(m.var('w', 'l', 'jk'))} = "
                  f"{m.mul_symbols(m.var('a', 'l' + m.minus + '1', 'k'), m.var(m.delta, 'l', 'j'))}")
        rule_b = f"{m.d(m.var('b', 'l', 'j'))} = {m.var(m.delta, 'l', 'j')}"
        out: list[_Block] = [
            _Heading(2, ("Gradients",)),
            _Paragraph(("Each weight's gradient is the input on that weight times the error of "
                        "its neuron: ", _Math(rule_w), "; each bias's gradient is the error: ",
                        _Math(rule_b), ".")),
        ]
        for s, g in zip(self.e.layers, self.e.gradients):
            l = s.layer
            rows = []
            for j in range(s.z.size):
                for k in range(s.inputs.size):
                    rows.append(_Row(m.d(m.var("w", l, j + 1, k + 1)), (
                        m.mul_symbols(m.var("a", l - 1, k + 1), m.var(m.delta, l, j + 1)),
                        m.mul_numbers(m.factor(s.inputs[k]), m.factor(g.delta[j])),
                        m.number(g.weights[j, k]))))
                if g.bias is not None:
                    rows.append(_Row(m.d(m.var("b", l, j + 1)),
                                     (m.var(m.delta, l, j + 1), m.number(g.bias[j]))))
            out += [self.layer_heading(l), _Rows(tuple(rows))]
        return out

    def update(self) -> list[_Block]:
        e, m = self.e, self.m
        eta = e.learning_rate
        out: list[_Block] = [
            _Heading(2, ("Update",)),
            _Paragraph(("One step of gradient descent with ",
                        _Math(f"{m.eta} = {m.number(eta)}"), ": ",
                        _Math(f"w {m.leftarrow} "
                              f"{m.sub('w', m.mul_symbols(m.eta, m.d('w')))}"),
                        " for every weight and bias.")),
        ]

        def row(symbol: str, old: float, grad: float, new: float) -> _Row:
            return _Row(symbol, (m.sub(symbol, m.mul_symbols(m.eta, m.d(symbol))),
                                 m.sub(m.number(old), m.mul_numbers(m.factor(eta), m.factor(grad))),
                                 m.number(new)), op=m.leftarrow)

        for s, g, u in zip(e.layers, e.gradients, e.updated):
            l = s.layer
            rows = []
            for j in range(s.z.size):
                rows += [row(m.var("w", l, j + 1, k + 1), s.weights[j, k], g.weights[j, k],
                             u.weights[j, k]) for k in range(s.inputs.size)]
                if s.bias is not None:
                    rows.append(row(m.var("b", l, j + 1), s.bias[j], g.bias[j], u.bias[j]))
            out += [self.layer_heading(l), _Rows(tuple(rows))]

        before_a = ("before the update: ", _Math(m.vector(e.output)))
        before_loss = ("before the update: ", _Math(f"{m.ell} = {m.number(e.loss_value)}"))
        out += [
            _Heading(2, ("After the update",)),
            _Paragraph(("A forward pass of the updated network gives:",)),
            _Rows((_Row(m.var("a", self.n_layers), (m.vector(e.output_after),), note=before_a),
                   self.loss_row(e.output_after, e.loss_after, note=before_loss))),
        ]
        return out


def _bracket(sum_text: str, n_terms: int) -> str:
    """A sum used as a factor: in parentheses unless it is a single term."""
    return f"({sum_text})" if n_terms > 1 else sum_text


def _loss_terms(m: _Unicode, name: str, mul: Callable[..., str],
                y: Sequence[_Operand], a: Sequence[_Operand]) -> str | None:
    """The loss ℓ(a, y) written out over the outputs j (None for a loss this does not know)."""
    n = len(y)
    differences = [m.sub(y[j].lead, a[j].inner) for j in range(n)]
    if name == "squared_error":
        return m.add([m.square(f"({d})") for d in differences])
    if name == "half_squared_error":
        squares = m.add([m.square(f"({d})") for d in differences])
        return m.half + (f"[{squares}]" if n > 1 else squares)
    if name == "absolute_error":
        return m.add([m.absolute(d) for d in differences])
    if name == "binary_cross_entropy":
        terms = []
        for j in range(n):
            one_minus_y = f"({m.sub('1', y[j].inner)})"
            log_one_minus_a = m.log(m.sub("1", a[j].inner))
            terms.append(f"[{mul(y[j].inner, m.log(a[j].lead))} + {mul(one_minus_y, log_one_minus_a)}]")
        return m.minus + m.chain(terms, f" {m.minus} ")
    if name == "softmax_cross_entropy":
        terms = [mul(y[j].inner, m.log(a[j].lead)) for j in range(n)]
        return m.minus + (f"({m.add(terms)})" if n > 1 else terms[0])
    return None


# ---------------------------------------------------------------------------------------------
# Writing the blocks out
# ---------------------------------------------------------------------------------------------
TEXT_WIDTH = 88
NBSP = "\u00a0"


def _inline(pieces: Pieces, markdown: bool = False) -> str:
    return "".join(f"`{p.text}`" if isinstance(p, _Name) and markdown
                   else p.text if isinstance(p, (_Name, _Math)) else p for p in pieces)


def _row_text(row: _Row, markdown: bool) -> str:
    """lhs op side0 = side1 = ...   (note); plain text wraps a long chain under its "="."""
    note = f"   ({_inline(row.note, markdown)})" if row.note else ""
    if markdown:
        return f"{row.lhs} {row.op} " + " = ".join(row.sides) + note
    lines = [f"{row.lhs} {row.op} {row.sides[0]}"]
    indent = " " * len(row.lhs) + " = "
    for side in row.sides[1:]:
        if len(lines[-1]) + len(side) + 3 > TEXT_WIDTH:
            lines.append(indent + side)
        else:
            lines[-1] += " = " + side
    if note and len(lines[-1]) + len(note) > TEXT_WIDTH:
        lines.append(" " * len(indent) + note.strip())
    else:
        lines[-1] += note
    return "\n  ".join(lines)


def _write_text(blocks: list[_Block]) -> str:
    chunks: list[str] = []
    for block in blocks:
        if isinstance(block, _Heading):
            title = _inline(block.pieces)
            underline = {1: "=", 2: "-"}.get(block.level)
            chunk = f"{title}\n{underline * len(title)}" if underline else title
        elif isinstance(block, _Paragraph):
            # formulas are not broken across lines: their spaces are non-breaking while wrapping
            pieces = [_Math(p.text.replace(" ", NBSP)) if isinstance(p, _Math) else p
                      for p in block.pieces]
            chunk = textwrap.fill(_inline(tuple(pieces)), TEXT_WIDTH, break_long_words=False,
                                  break_on_hyphens=False).replace(NBSP, " ")
        else:
            chunk = "\n".join("  " + _row_text(r, markdown=False) for r in block.rows)
        chunks.append(chunk)
    return _join(blocks, chunks)


def _write_markdown(blocks: list[_Block]) -> str:
    chunks: list[str] = []
    for block in blocks:
        if isinstance(block, _Heading):
            chunks.append("#" * block.level + " " + _inline(block.pieces, markdown=True))
        elif isinstance(block, _Paragraph):
            chunks.append(_inline(block.pieces, markdown=True))
        else:
            chunks.append("\n".join("- " + _row_text(r, markdown=True) for r in block.rows))
    return "\n\n".join(chunks) + "\n"


def _join(blocks: list[_Block], chunks: list[str]) -> str:
    """Blank lines between blocks, except under a layer heading."""
    out = chunks[0]
    for previous, chunk in zip(blocks, chunks[1:]):
        tight = isinstance(previous, _Heading) and previous.level == 3
        out += ("\n" if tight else "\n\n") + chunk
    return out + "\n"


LATEX_LINE = 60  # characters per line of an align* (article, 10 pt) before "= ..." wraps
LATEX_SHORT_END = 10  # ... but a short final "= value" stays on its line
LATEX_CHAIN = 48  # characters per line of a long sum or vector
LATEX_BREAK_EVERY = 4  # rows of an align* between the places where a page may break


def _latex_inline(pieces: Pieces, in_math: bool = False) -> str:
    merged: list = []  # adjacent prose as one piece: one \text{...} in maths
    for p in pieces:
        if isinstance(p, str) and merged and isinstance(merged[-1], str):
            merged[-1] += p
        else:
            merged.append(p)
    out = []
    for p in merged:
        if isinstance(p, _Name):
            out.append(rf"\text{{\texttt{{{_escape(p.text)}}}}}" if in_math
                       else rf"\texttt{{{_escape(p.text)}}}")
        elif isinstance(p, _Math):
            out.append(p.text if in_math else f"${p.text}$")
        else:
            text = _escape(p)
            out.append(rf"\text{{{text}}}" if in_math else text)
    return "".join(out)


def _visible_length(latex: str) -> int:
    """Roughly how many characters wide a piece of LaTeX maths is, on its last line."""
    last_line = latex.rsplit("\\\\", 1)[-1]
    last_line = re.sub(r"\\frac\{\\partial \\ell\}\{\\partial ((?:[^{}]|\{[^{}]*\})*)\}",
                       r"dl/d\1", last_line)
    last_line = re.sub(r"\\(log|max|tanh|sigma|lvert|rvert|cdot|times|ell|eta|delta|dots)\b",
                       lambda match: "log" if match.group(1) in ("log", "max") else "x", last_line)
    return len(re.sub(r"\\[a-zA-Z]+\*?|[{}^_&\\]", "", last_line))


def _latex_row(row: _Row) -> str:
    """lhs &op side0 = side1 ... wrapped onto continuation lines (&= ...) when long."""
    lines = [f"{row.lhs} &{row.op} {row.sides[0]}"]
    for i, side in enumerate(row.sides[1:], start=2):
        room = LATEX_LINE + (LATEX_SHORT_END if i == len(row.sides) else 0)
        if r"\\" in side or _visible_length(lines[-1]) + _visible_length(side) + 3 > room:
            lines.append(f"&= {side}")
        else:
            lines[-1] += f" = {side}"
    if row.note:
        note = _latex_inline(("(", *row.note, ")"), in_math=True)
        if _visible_length(lines[-1]) + _visible_length(note) > LATEX_LINE:
            lines.append(r"&\qquad " + note)
        else:
            lines[-1] += r" \quad " + note
    return " \\\\\n  ".join(lines)


def _write_latex(blocks: list[_Block]) -> str:
    commands = {1: r"\subsection*{%s}", 2: r"\subsubsection*{%s}",
                3: r"\par\medskip\noindent\textbf{%s}\par\nopagebreak"}
    chunks: list[str] = []
    for block in blocks:
        if isinstance(block, _Heading):
            chunks.append(commands[block.level] % _latex_inline(block.pieces))
        elif isinstance(block, _Paragraph):
            chunks.append(r"\noindent " + _latex_inline(block.pieces))
        else:  # a page may break after every few rows of a long display
            rows = [_latex_row(r) + (r" \displaybreak[0]" if i % LATEX_BREAK_EVERY == 0 else "")
                    for i, r in enumerate(block.rows, start=1)]
            rows[-1] = _latex_row(block.rows[-1])
            chunks.append("\\begin{align*}\n  " + " \\\\\n  ".join(rows) + "\n\\end{align*}")
    return "\n\n".join(chunks) + "\n"


def _json(value, level: int = 0) -> str:
    """JSON with one line per list of numbers (full float precision), indented by 2."""
    pad, inner = "  " * level, "  " * (level + 1)
    if isinstance(value, dict):
        items = [f"{inner}{json.dumps(k)}: {_json(v, level + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and any(isinstance(v, (list, dict)) for v in value):
        return "[\n" + ",\n".join(inner + _json(v, level + 1) for v in value) + "\n" + pad + "]"
    return json.dumps(value, allow_nan=False)


def render(explanation: Explanation, fmt: str = "text") -> str:
    """The explanation as ``text``, ``markdown``, ``latex`` (an amsmath fragment) or ``json``."""
    if fmt == "json":
        return _json(explanation.to_dict()) + "\n"
    if fmt == "latex":
        return _write_latex(_Writer(explanation, _Latex()).blocks())
    if fmt == "markdown":
        return _write_markdown(_Writer(explanation, _Unicode()).blocks())
    if fmt == "text":
        return _write_text(_Writer(explanation, _Unicode()).blocks())
    raise InputError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
