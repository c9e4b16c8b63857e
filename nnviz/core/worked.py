"""The worked example as data: the ordered steps of one forward pass, the loss, one backward
pass, the gradients and one update, each with its formula, its numbers and its value.

Walk order (:data:`PHASES`): forward (layers ascending, neuron by neuron: z^l_j, a^l_j; then
a^l as a vector), loss ℓ, backward (layers descending: ∂ℓ/∂a^L_j, σ'(z^l_j), δ^l_j), gradient
(layers ascending: ∂ℓ/∂w^l_jk = a^{l-1}_k δ^l_j, ∂ℓ/∂b^l_j = δ^l_j), update (w ← w - η ∂ℓ/∂w,
then a^L and ℓ of the updated network). Each :class:`Step` reads
``lhs op sides[0] = sides[1] = ...``: the symbolic formula, the formula with the numbers, the
displayed value (rounded as core/notation.py says); its ``value`` keeps full precision. A
sum (z^l_j, and Σ_k w^{l+1}_kj δ^{l+1}_k in δ^l_j) also comes as data, term by term
(written_sum.py). Everything comes from one :class:`WorkedNumbers` (one Network.forward, one
Network.backward, one update): this module only writes it out.

:func:`step_list` writes a step only when it is read (step_list.py), so that a 784-30-10
network's ~48 000 steps cost nothing until walked; ``max_terms`` summarises wide sums for
the step-through (the documents of ``nnviz explain`` write every term).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from nnviz.core.i18n import translate
from nnviz.core.notation import UNICODE, Unicode, plain_symbol
from nnviz.core.step_list import Segment, StepList, single
from nnviz.core.worked_numbers import LayerForward, LayerGradient, LayerUpdate, WorkedNumbers
from nnviz.core.written_sum import WrittenSum, write_sum

Array = np.ndarray

PHASES = ("forward", "loss", "backward", "gradient", "update")
SYMBOLIC_TERMS = 4  # longer sums are written Σ_k ... in symbols (the numbers are always all there)
SUMMARY_TERMS = 8  # the step-through, `--format steps` and beamer write this many terms of a sum


@dataclass(frozen=True)
class Math:
    """Inline maths in a note or a paragraph."""

    text: str


Pieces = tuple["str | Math", ...]


@dataclass(frozen=True, kw_only=True)
class Row:
    """One line of a worked example: lhs op sides[0] = sides[1] = ...   (note)."""

    lhs: str
    sides: tuple[str, ...]
    op: str = "="
    note: Pieces = ()


@dataclass(frozen=True, kw_only=True)
class Step(Row):
    """A row of the walk: where it is (phase; layer, neuron, edge (j, k) 1-based or None),
    its plain-text ``symbol`` (z1_2, a2_1, delta2_1, dw2_11, w2_11') and its full ``value``
    (a tuple for a whole layer: a softmax output, a^l as a vector). ``sum``: the sum the step
    adds up, term by term (z^l_j; δ^l_j of a hidden layer), else None."""

    phase: str
    layer: int | None
    neuron: int | None = None
    edge: tuple[int, int] | None = None
    symbol: str
    value: float | tuple[float, ...]
    sum: WrittenSum | None = None

    @property
    def formula(self) -> str:
        """The symbolic right-hand side ("" when the row only states a value)."""
        return self.sides[0] if len(self.sides) > 1 else ""

    @property
    def with_numbers(self) -> str:
        """The right-hand sides between the formula and the displayed value, joined by " = "."""
        return " = ".join(self.sides[1:-1])

    @property
    def result(self) -> str:
        """The displayed value (the last right-hand side)."""
        return self.sides[-1]


def worked_steps(numbers: WorkedNumbers, notation: Unicode = UNICODE) -> tuple[Step, ...]:
    """Every step of the worked example in walk order, written in ``notation``."""
    return tuple(step_list(numbers, notation))


def step_list(numbers: WorkedNumbers, notation: Unicode = UNICODE,
              max_terms: int | None = None) -> StepList[Step]:
    """The steps of the worked example in walk order, each written when first read.

    ``max_terms``: write at most that many terms of a sum, the largest |w·a| first, and the
    rest as one summarised piece (None: every term, in k order). Neuron groups: z^l_j with
    a^l_j; ∂ℓ/∂a^L_j, σ'(z^L_j), δ^L_j; σ'(z^l_j) with δ^l_j; the ∂ℓ/∂w^l_jk and ∂ℓ/∂b^l_j
    (the updates) of neuron j.
    """
    w = StepWriter(numbers, notation, max_terms)
    segments = [seg for s in numbers.layers for seg in w.forward(s)]
    if numbers.gradients is not None:
        segments.append(single("loss", None, w.loss))
        segments += [seg for g in reversed(numbers.gradients) for seg in w.backward(g)]
        segments += [w.gradients(s, g) for s, g in zip(numbers.layers, numbers.gradients)]
    if numbers.updated is not None:
        segments += [w.update(s, g, u) for s, g, u
                     in zip(numbers.layers, numbers.gradients, numbers.updated)]
        segments += w.after_update()
    return StepList(segments)


def _value(v) -> float | tuple[float, ...]:
    return float(v) if np.ndim(v) == 0 else tuple(float(x) for x in v)


@dataclass(frozen=True)
class _Operand:
    """A symbol or a number in a formula: ``lead`` where it comes first, ``inner`` elsewhere
    (a negative number is parenthesised there: 2·(−1), 3 − (−1))."""

    lead: str
    inner: str


class StepWriter:
    """The steps of one :class:`WorkedNumbers` in one notation, section by section."""

    def __init__(self, numbers: WorkedNumbers, notation: Unicode, max_terms: int | None = None):
        self.e, self.m = numbers, notation
        self.n_layers = numbers.architecture.n_layers
        self.max_terms = max_terms

    # -- forward -----------------------------------------------------------------------------
    def forward(self, s: LayerForward) -> list[Segment[Step]]:
        """z^l_j then a^l_j for every j (or every z^l_j, then a^l = f(z^l) for softmax), then
        a^l as a vector."""
        m, l, n = self.m, s.layer, s.z.size
        a_vec, z_vec = m.var("a", l), m.var("z", l)
        if s.activation.elementwise:
            segments = [Segment("forward", l, 2 * n, 2, lambda i: (
                self.a_step(s, i // 2) if i % 2 else self.z_step(s, i // 2)))]
            if n > 1:
                segments.append(single("forward", l, lambda: Step(
                    lhs=a_vec, sides=(m.vector(s.a),), phase="forward", layer=l,
                    symbol=plain_symbol("a", l), value=_value(s.a))))
            return segments
        f = m.function(s.activation)
        return [Segment("forward", l, n, 1, lambda j: self.z_step(s, j)),
                single("forward", l, lambda: Step(
                    lhs=a_vec, sides=(f"{f}({z_vec})", f"{f}({m.vector(s.z)})", m.vector(s.a)),
                    phase="forward", layer=l, symbol=plain_symbol("a", l), value=_value(s.a)))]

    def z_step(self, s: LayerForward, j: int) -> Step:
        """z^l_j = w^l_j1 a^{l-1}_1 + ... + b^l_j = numbers = value."""
        m, l = self.m, s.layer
        n_in = s.inputs.size
        if n_in <= SYMBOLIC_TERMS:
            symbolic = [m.mul_symbols(m.var("w", l, j + 1, k + 1), m.var("a", l - 1, k + 1))
                        for k in range(n_in)]
        else:
            symbolic = [m.sum_k + m.mul_symbols(m.var("w", l, j + 1, "k"), m.var("a", l - 1, "k"))]
        if s.bias is not None:
            symbolic.append(m.var("b", l, j + 1))
        written = write_sum(m, s.weights[j], s.inputs,
                            lambda k: m.mul_symbols(m.var("w", l, j + 1, k), m.var("a", l - 1, k)),
                            None if s.bias is None else s.bias[j], self.max_terms)
        return Step(lhs=m.var("z", l, j + 1),
                    sides=(m.add(symbolic), written.numbers, m.number(s.z[j])),
                    note=_summary(written),
                    phase="forward", layer=l, neuron=j + 1, symbol=plain_symbol("z", l, j + 1),
                    value=_value(s.z[j]), sum=written)

    def a_step(self, s: LayerForward, j: int) -> Step:
        """a^l_j = σ(z^l_j) = σ(value) = value."""
        m, l = self.m, s.layer
        z_sym = m.var("z", l, j + 1)
        if s.activation.name == "identity":
            sides = (z_sym, m.number(s.a[j]))
        else:
            f = m.function(s.activation)
            sides = (f"{f}({z_sym})", f"{f}({m.number(s.z[j])})", m.number(s.a[j]))
        return Step(lhs=m.var("a", l, j + 1), sides=sides, phase="forward", layer=l,
                    neuron=j + 1, symbol=plain_symbol("a", l, j + 1), value=_value(s.a[j]))

    # -- loss --------------------------------------------------------------------------------
    def loss(self) -> Step:
        """ℓ(a^L, y)."""
        e = self.e
        return self.loss_step(e.layers[-1].a, e.loss_value, "loss", "loss")

    def loss_step(self, a: Array, value: float, phase: str, symbol: str,
                  note: Pieces = ()) -> Step:
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
        return Step(lhs=m.ell, sides=tuple(s for s in sides if s is not None), note=note,
                    phase=phase, layer=None, symbol=symbol, value=float(value))

    # -- backward ----------------------------------------------------------------------------
    def backward(self, g: LayerGradient) -> list[Segment[Step]]:
        return self.output_delta(g) if g.layer == self.n_layers else [self.hidden_delta(g)]

    def delta_step(self, layer: int, j: int, sides: tuple[str, ...], value: float,
                   written: WrittenSum | None = None) -> Step:
        return Step(lhs=self.m.var(self.m.delta, layer, j + 1), sides=sides, phase="backward",
                    layer=layer, neuron=j + 1, symbol=plain_symbol("delta", layer, j + 1),
                    value=_value(value), sum=written, note=() if written is None else _summary(written))

    def output_delta(self, g: LayerGradient) -> list[Segment[Step]]:
        """δ^L_j from ∂ℓ/∂a^L_j and σ'(z^L_j), or a^L_j - y_j for a fused cross-entropy."""
        e, m, L = self.e, self.m, g.layer
        s = e.layers[-1]
        n = s.a.size
        if g.grad_a is None:
            return [Segment("backward", L, n, 1, lambda j: self.delta_step(L, j, (
                m.sub(m.var("a", L, j + 1), m.var("y", None, j + 1)),
                m.sub(m.number(s.a[j]), m.factor(e.target[j])), m.number(g.delta[j])),
                g.delta[j]))]

        if s.activation.elementwise:
            def delta(j: int) -> Step:
                return self.delta_step(L, j, (
                    m.mul_symbols(m.d(m.var("a", L, j + 1)), self.prime_of(s, j)),
                    m.mul_numbers(m.factor(g.grad_a[j]), m.factor(g.sigma_prime[j])),
                    m.number(g.delta[j])), g.delta[j])

            def neuron_step(i: int) -> Step:  # ∂ℓ/∂a^L_j, σ'(z^L_j), δ^L_j for j = i // 3
                j, part = divmod(i, 3)
                return (self.loss_gradient_step(j) if part == 0 else
                        self.derivative_step(s, j, g.sigma_prime[j]) if part == 1 else delta(j))
            return [Segment("backward", L, 3 * n, 3, neuron_step)]

        # softmax with a loss of its outputs: δ_j = a_j (∂ℓ/∂a_j - s), s = Σ_i a_i ∂ℓ/∂a_i
        weighted = float(np.dot(g.grad_a, s.a))

        def coupling() -> Step:
            sides = [m.add([m.mul_symbols(m.var("a", L, j + 1), m.d(m.var("a", L, j + 1)))
                            for j in range(n)])] if n <= SYMBOLIC_TERMS else []
            sides += [m.add([m.mul_numbers(m.factor(a), m.factor(d))
                             for a, d in zip(s.a, g.grad_a)]), m.number(weighted)]
            return Step(lhs="s", sides=tuple(sides), phase="backward", layer=L,
                        symbol=plain_symbol("s", L), value=weighted)

        return [Segment("backward", L, n, 1, self.loss_gradient_step),
                single("backward", L, coupling),
                Segment("backward", L, n, 1, lambda j: self.delta_step(L, j, (
                    m.mul_symbols(m.var("a", L, j + 1),
                                  f"({m.sub(m.d(m.var('a', L, j + 1)), 's')})"),
                    m.mul_numbers(m.factor(s.a[j]),
                                  f"({m.sub(m.number(g.grad_a[j]), m.factor(weighted))})"),
                    m.number(g.delta[j])), g.delta[j]))]

    def hidden_delta(self, g: LayerGradient) -> Segment[Step]:
        """σ'(z^l_j), then δ^l_j = σ'(z^l_j) · Σ_k w^{l+1}_kj δ^{l+1}_k, for every j."""
        s = self.e.layers[g.layer - 1]
        return Segment("backward", g.layer, 2 * s.z.size, 2, lambda i: (
            self.hidden_delta_step(g, i // 2) if i % 2
            else self.derivative_step(s, i // 2, g.sigma_prime[i // 2])))

    def hidden_delta_step(self, g: LayerGradient, j: int) -> Step:
        """δ^l_j = σ'(z^l_j) · (Σ_k w^{l+1}_kj δ^{l+1}_k) = numbers = σ'·∂ℓ/∂a^l_j = value."""
        m, l = self.m, g.layer
        s, above = self.e.layers[l - 1], self.e.layers[l]
        delta_above = self.e.gradients[l].delta
        if delta_above.size <= SYMBOLIC_TERMS:
            terms = [m.mul_symbols(m.var("w", l + 1, k + 1, j + 1), m.var(m.delta, l + 1, k + 1))
                     for k in range(delta_above.size)]
        else:
            terms = [m.sum_k + m.mul_symbols(m.var("w", l + 1, "k", j + 1),
                                             m.var(m.delta, l + 1, "k"))]
        written = write_sum(m, above.weights[:, j], delta_above,
                            lambda k: m.mul_symbols(m.var("w", l + 1, k, j + 1),
                                                    m.var(m.delta, l + 1, k)),
                            None, self.max_terms)
        sides = [m.mul_symbols(self.prime_of(s, j), _bracket(m.add(terms), len(terms))),
                 m.mul_numbers(m.factor(g.sigma_prime[j]),
                               _bracket(written.numbers, written.pieces))]
        if delta_above.size > 1:  # the sum Σ_k w^{l+1}_kj δ^{l+1}_k = ∂ℓ/∂a^l_j, worked out
            sides.append(m.mul_numbers(m.factor(g.sigma_prime[j]), m.factor(g.grad_a[j])))
        sides.append(m.number(g.delta[j]))
        return self.delta_step(l, j, tuple(sides), g.delta[j], written)

    def prime_of(self, s: LayerForward, j: int) -> str:
        """σ'(z^l_j) in symbols."""
        return f"{self.m.prime(self.m.function(s.activation))}({self.m.var('z', s.layer, j + 1)})"

    def derivative_step(self, s: LayerForward, j: int, value: float) -> Step:
        """σ'(z^l_j) = its formula with the numbers = value (the value from the activation)."""
        m = self.m
        z, a = float(s.z[j]), float(s.a[j])
        a_sym = m.var("a", s.layer, j + 1)
        name = s.activation.name
        note: Pieces = ()
        if name == "sigmoid":
            sides = (m.mul_symbols(a_sym, f"({m.sub('1', a_sym)})"),
                     m.mul_numbers(m.factor(a), f"({m.sub('1', m.factor(a))})"), m.number(value))
        elif name == "tanh":
            sides = (m.sub("1", m.square(f"({a_sym})")), m.sub("1", m.square(m.factor(a))),
                     m.number(value))
        else:
            sides = (m.number(value),)
            if name in ("relu", "leaky_relu"):
                relation = ">" if z > 0 else m.less_equal
                note = (translate("Worked", "since "),
                        Math(f"{m.var('z', s.layer, j + 1)} = {m.number(z)} {relation} 0"))
            elif name in ("step", "sign"):
                note = (translate("Worked", "{name} is flat: no gradient flows back through it")
                        .format(name=name),)
        return Step(lhs=self.prime_of(s, j), sides=sides, note=note, phase="backward",
                    layer=s.layer, neuron=j + 1, symbol=plain_symbol("dadz", s.layer, j + 1),
                    value=_value(value))

    def loss_gradient_step(self, j: int) -> Step:
        """∂ℓ/∂a^L_j = the loss's derivative with the numbers = value (from the loss)."""
        e, m, L = self.e, self.m, self.n_layers
        a_sym, y_sym = m.var("a", L, j + 1), m.var("y", None, j + 1)
        a, y = e.layers[-1].a[j], e.target[j]
        grad = e.gradients[-1].grad_a[j]
        value = m.number(grad)
        symbolic, numeric = m.sub(a_sym, y_sym), m.sub(m.number(a), m.factor(y))
        sides = {
            "squared_error": (m.mul_symbols("2", f"({symbolic})"),
                              m.mul_numbers("2", f"({numeric})"), value),
            "half_squared_error": (symbolic, numeric, value),
            "absolute_error": (f"{m.sign}({symbolic})", f"{m.sign}({numeric})", value),
        }.get(e.loss.name, (value,))
        return Step(lhs=m.d(a_sym), sides=sides, phase="backward", layer=L, neuron=j + 1,
                    symbol=plain_symbol("da", L, j + 1), value=_value(grad))

    # -- gradients and the update ------------------------------------------------------------
    def gradients(self, s: LayerForward, g: LayerGradient) -> Segment[Step]:
        """∂ℓ/∂w^l_jk = a^{l-1}_k δ^l_j for every k, then ∂ℓ/∂b^l_j = δ^l_j, neuron by neuron."""
        m, l = self.m, s.layer
        n_in = s.inputs.size
        per_neuron = n_in + (g.bias is not None)

        def step(i: int) -> Step:
            j, k = divmod(i, per_neuron)
            if k == n_in:
                return Step(lhs=m.d(m.var("b", l, j + 1)),
                            sides=(m.var(m.delta, l, j + 1), m.number(g.bias[j])),
                            phase="gradient", layer=l, neuron=j + 1,
                            symbol=plain_symbol("db", l, j + 1), value=_value(g.bias[j]))
            return Step(lhs=m.d(m.var("w", l, j + 1, k + 1)),
                        sides=(m.mul_symbols(m.var("a", l - 1, k + 1), m.var(m.delta, l, j + 1)),
                               m.mul_numbers(m.factor(s.inputs[k]), m.factor(g.delta[j])),
                               m.number(g.weights[j, k])),
                        phase="gradient", layer=l, neuron=j + 1, edge=(j + 1, k + 1),
                        symbol=plain_symbol("dw", l, j + 1, k + 1), value=_value(g.weights[j, k]))

        return Segment("gradient", l, s.z.size * per_neuron, per_neuron, step)

    def update(self, s: LayerForward, g: LayerGradient, u: LayerUpdate) -> Segment[Step]:
        """w ← w - η ∂ℓ/∂w for every weight and bias of layer l, neuron by neuron."""
        m, l, eta = self.m, s.layer, self.e.learning_rate
        n_in = s.inputs.size
        per_neuron = n_in + (s.bias is not None)

        def step(i: int) -> Step:
            j, k = divmod(i, per_neuron)
            if k == n_in:
                symbol, plain, edge = m.var("b", l, j + 1), plain_symbol("b", l, j + 1), None
                old, grad, new = s.bias[j], g.bias[j], u.bias[j]
            else:
                symbol, edge = m.var("w", l, j + 1, k + 1), (j + 1, k + 1)
                plain = plain_symbol("w", l, j + 1, k + 1)
                old, grad, new = s.weights[j, k], g.weights[j, k], u.weights[j, k]
            return Step(lhs=symbol, op=m.leftarrow,
                        sides=(m.sub(symbol, m.mul_symbols(m.eta, m.d(symbol))),
                               m.sub(m.number(old), m.mul_numbers(m.factor(eta), m.factor(grad))),
                               m.number(new)),
                        phase="update", layer=l, neuron=j + 1, edge=edge, symbol=plain + "'",
                        value=_value(new))

        return Segment("update", l, s.z.size * per_neuron, per_neuron, step)

    def after_update(self) -> list[Segment[Step]]:
        """a^L and ℓ from a forward pass of the updated network, next to their values before."""
        e, m, L = self.e, self.m, self.n_layers
        before = translate("Worked", "before the update: ")
        before_a = (before, Math(m.vector(e.output)))
        before_loss = (before, Math(f"{m.ell} = {m.number(e.loss_value)}"))
        return [single("update", None, lambda: Step(
                    lhs=m.var("a", L), sides=(m.vector(e.output_after),), note=before_a,
                    phase="update", layer=None, symbol=plain_symbol("a", L) + "'",
                    value=_value(e.output_after))),
                single("update", None, lambda: self.loss_step(
                    e.output_after, e.loss_after, "update", "loss'", note=before_loss))]


def _summary(written: WrittenSum) -> Pieces:
    """The note under a summarised sum (none when every term is written out)."""
    if not written.more:
        return ()
    shown = len(written.terms)
    return (translate("Worked", "the {shown} largest of {total} terms written out, largest first")
            .format(shown=shown, total=shown + written.more),)


def _bracket(sum_text: str, n_terms: int) -> str:
    """A sum used as a factor: in parentheses unless it is a single term."""
    return f"({sum_text})" if n_terms > 1 else sum_text


def _symbols(texts: Sequence[str]) -> list[_Operand]:
    return [_Operand(t, t) for t in texts]


def _numbers(m: Unicode, values: Sequence[float]) -> list[_Operand]:
    return [_Operand(m.number(v), m.factor(v)) for v in values]


def _loss_terms(m: Unicode, name: str, mul: Callable[..., str],
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
