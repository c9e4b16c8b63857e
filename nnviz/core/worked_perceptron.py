"""Rosenblatt's perceptron rule on one sample, as the steps of a worked example.

The same :class:`~nnviz.core.worked.Step` records as the gradient walk, in four phases:

    forward   the sample x (label y); z¹₁ = w·x + b = Σ_k w¹₁ₖ x_k + b¹₁;
              ŷ = sign(z¹₁) with sign(0) = +1 (a step neuron: ŷ = +1 only when z¹₁ > 0)
    loss      mistake = [ŷ ≠ y]
    update    on a mistake w¹₁ₖ ← w¹₁ₖ + η·y·x_k for every k and b¹₁ ← b¹₁ + η·y (old → new);
              else one step saying that w and b stay

The prediction, the mistake and the new w and b are the rule's own
(:func:`nnviz.core.perceptron.perceptron_rule`, one event); this module only writes them out.
The lectures' worked start: w = (0, 0), x = (1, −1), y = −1: z = 0, ŷ = +1, a mistake,
w = (−1, 1).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from nnviz.core.i18n import translate
from nnviz.core.notation import UNICODE, Unicode, plain_symbol
from nnviz.core.perceptron import perceptron_rule
from nnviz.core.step_list import Segment, StepList, single
from nnviz.core.worked import SYMBOLIC_TERMS, Math, Step
from nnviz.core.written_sum import write_sum

Array = np.ndarray


def perceptron_steps(weights: Sequence[float] | Array, bias: float | None,
                     x: Sequence[float] | Array, y: int, *, eta: float = 1.0,
                     activation: str = "sign", notation: Unicode = UNICODE,
                     max_terms: int | None = None) -> StepList[Step]:
    """The rule's steps for sample ``x`` with label ``y`` ∈ {−1, +1}, from w = ``weights`` and
    b = ``bias`` (None: no bias). Bad input is the rule's :class:`InputError`."""
    w = np.asarray(weights, dtype=float)
    x = np.asarray(x, dtype=float)
    event = next(perceptron_rule(x[None, :] if x.ndim == 1 else x, np.array([y]), weights=w,
                                 bias=bias, eta=eta, activation=activation, max_steps=1))
    m = notation
    n = w.size
    z = float(w @ event.x) + (bias or 0.0)  # the rule's own w·x + b
    z_sym = m.var("z", 1, 1)
    x_sym = [m.var("x", None, k + 1) for k in range(n)]
    def label(v: int) -> str:  # ±1 as the lectures write it: +1, −1
        return ("+" if v > 0 else "") + m.number(v)

    y_text = label(event.y)

    def sample() -> Step:
        return Step(lhs="x", sides=(m.vector(event.x),), note=("label ", Math(f"y = {y_text}")),
                    phase="forward", layer=None, symbol="x", value=tuple(event.x.tolist()))

    def weighted_sum() -> Step:
        if n <= SYMBOLIC_TERMS:
            symbolic = [m.mul_symbols(m.var("w", 1, 1, k + 1), x_sym[k]) for k in range(n)]
        else:
            symbolic = [m.sum_k + m.mul_symbols(m.var("w", 1, 1, "k"), m.var("x", None, "k"))]
        if bias is not None:
            symbolic.append(m.var("b", 1, 1))
        written = write_sum(m, w, event.x,
                            lambda k: m.mul_symbols(m.var("w", 1, 1, k), m.var("x", None, k)),
                            bias, max_terms)
        return Step(lhs=z_sym, sides=(m.add(symbolic), written.numbers, m.number(z)),
                    phase="forward", layer=1, neuron=1, symbol="z1_1", value=z, sum=written)

    def prediction() -> Step:
        result = label(event.prediction)
        if activation == "sign":
            sides = (f"{m.sign}({z_sym})", f"{m.sign}({m.number(z)})", result)
            note = ("sign(0) = +1",) if z == 0 else ()
        else:
            when, otherwise = translate("Worked", " if "), translate("Worked", ", else ")

            def rule(z_text: str) -> str:
                return f"+1{m.text(when)}{z_text} > 0{m.text(otherwise)}{m.minus}1"
            sides = (rule(z_sym), rule(m.factor(z)), result)
            note = ()
        return Step(lhs=m.y_hat, sides=sides, note=note, phase="forward", layer=1, neuron=1,
                    symbol="yhat", value=float(event.prediction))

    def check() -> Step:
        return Step(lhs=m.text(translate("Worked", "mistake")),
                    sides=(f"[{m.y_hat} {m.not_equal} y]",
                           f"[{label(event.prediction)} {m.not_equal} {y_text}]",
                           m.text(translate("Worked", "yes") if event.mistake
                                  else translate("Worked", "no"))),
                    phase="loss", layer=None, symbol="mistake", value=float(event.mistake))

    segments = [single("forward", None, sample), single("forward", 1, weighted_sum),
                single("forward", 1, prediction), single("loss", None, check)]
    if not event.mistake:
        segments.append(single("update", 1, lambda: Step(
            lhs="w", sides=(m.vector(w),),
            note=(translate("Worked", "no mistake: w and b stay as they are"),),
            phase="update", layer=1, neuron=1, symbol="w'", value=tuple(w.tolist()))))
        return StepList(segments)

    def update(k: int) -> Step:
        eta_y = m.mul_symbols(m.eta, "y")
        if k == n:
            symbol, edge, plain = m.var("b", 1, 1), None, plain_symbol("b", 1, 1)
            old, new, factors, formula = bias, event.bias, (), f"{m.var('b', 1, 1)} + {eta_y}"
        else:
            symbol, edge, plain = m.var("w", 1, 1, k + 1), (1, k + 1), plain_symbol("w", 1, 1, k + 1)
            old, new, factors = w[k], event.weights[k], (m.factor(event.x[k]),)
            formula = f"{symbol} + {m.mul_symbols(eta_y, x_sym[k])}"
        numbers = f"{m.number(old)} + {m.mul_numbers(m.factor(eta), m.factor(event.y), *factors)}"
        return Step(lhs=symbol, op=m.leftarrow, sides=(formula, numbers, m.number(new)),
                    phase="update", layer=1, neuron=1, edge=edge, symbol=plain + "'",
                    value=float(new))

    count = n + (bias is not None)
    segments.append(Segment("update", 1, count, count, update))
    return StepList(segments)
