"""A sum of products as a worked example writes it: Σ_k u_k·v_k (+ b), term by term.

The forward pass sums z^l_j = Σ_k w^l_jk a^{l-1}_k + b^l_j, the backward pass
Σ_k w^{l+1}_kj δ^{l+1}_k. Each term u_k·v_k is a :class:`Term` (k 1-based, its symbols, its
numbers, its full value). A wide layer (784 inputs) is summarised: only the ``max_terms``
terms of largest |u_k·v_k| are written out, largest first, and the rest is one piece
"(… 776 more terms = s)" with s their exact sum, so that the written terms + s + b equal the
sum (up to float rounding); the step's own value is never recomputed from the pieces.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

from nnviz.core.notation import Unicode

Array = np.ndarray


@dataclass(frozen=True)
class Term:
    """The term u_k·v_k of a sum: k (1-based), its symbols, its numbers and its value."""

    index: int
    symbol: str
    numbers: str
    factors: tuple[float, float]
    value: float


@dataclass(frozen=True)
class WrittenSum:
    """``terms`` written out, ``more`` further terms summarised as their sum ``more_value``,
    then the bias (None: no bias); ``numbers`` is the whole sum written with the numbers."""

    terms: tuple[Term, ...]
    more: int
    more_value: float
    bias: float | None
    numbers: str

    @property
    def pieces(self) -> int:
        """How many pieces are added in ``numbers`` (a single piece needs no parentheses)."""
        return len(self.terms) + (self.more > 0) + (self.bias is not None)

    @property
    def total(self) -> float:
        """The written terms + the summarised rest + the bias, summed exactly (math.fsum)."""
        return math.fsum([t.value for t in self.terms] + [self.more_value, self.bias or 0.0])


def write_sum(m: Unicode, left: Array, right: Array, symbol: Callable[[int], str],
              bias: float | None = None, max_terms: int | None = None) -> WrittenSum:
    """Σ_k left_k·right_k (+ bias) in notation ``m``; ``symbol(k)`` writes term k (1-based)
    in symbols. All terms in k order when ``max_terms`` is None or not exceeded."""
    products = np.multiply(left, right)
    n = products.size
    if max_terms is None or n <= max_terms:
        shown = range(n)
        rest = np.empty(0, dtype=int)
    else:
        order = np.argsort(-np.abs(products), kind="stable")
        shown, rest = order[:max_terms], order[max_terms:]
    terms = tuple(Term(int(k) + 1, symbol(int(k) + 1),
                       m.mul_numbers(m.factor(left[k]), m.factor(right[k])),
                       (float(left[k]), float(right[k])), float(products[k]))
                  for k in shown)
    more_value = math.fsum(products[rest].tolist())
    pieces = [t.numbers for t in terms]
    if rest.size:
        pieces.append(m.more_terms(int(rest.size), m.number(more_value)))
    if bias is not None:
        pieces.append(m.factor(bias))
    return WrittenSum(terms, int(rest.size), more_value,
                      None if bias is None else float(bias), m.add(pieces))
