"""The step list as JSON lines: one object per step, in walk order (``--format steps``).

Each object: "index" (1-based), "phase", "layer" and "neuron" (1-based or null), "edge"
([j, k] or null), "symbol" (plain text: z1_2, delta2_1, w2_11'), "lhs" and "op" (as the
lectures write them), "formula" (symbolic), "numbers" (the formula with the numbers),
"result" (the displayed value, rounded as core/notation.py says), "value" (full precision;
a list for a vector), "note" (plain text or ""), and "sum": null, or for a sum its written
terms ({"index" k, "symbol", "numbers", "factors" [u, v], "value" u·v}), "more_terms" and
"more_value" (the summarised rest) and "bias".
"""

from __future__ import annotations

import json
from typing import Iterable

from nnviz.core.explain.text import inline_text
from nnviz.core.worked import Step
from nnviz.core.written_sum import WrittenSum


def step_record(index: int, step: Step) -> dict:
    """The JSON object of ``step``, the ``index``-th (1-based) of the walk."""
    value = step.value
    return {
        "index": index,
        "phase": step.phase,
        "layer": step.layer,
        "neuron": step.neuron,
        "edge": None if step.edge is None else list(step.edge),
        "symbol": step.symbol,
        "lhs": step.lhs,
        "op": step.op,
        "formula": step.formula,
        "numbers": step.with_numbers,
        "result": step.result,
        "value": list(value) if isinstance(value, tuple) else value,
        "note": inline_text(step.note),
        "sum": None if step.sum is None else _sum_record(step.sum),
    }


def _sum_record(written: WrittenSum) -> dict:
    return {
        "terms": [{"index": t.index, "symbol": t.symbol, "numbers": t.numbers,
                   "factors": list(t.factors), "value": t.value} for t in written.terms],
        "more_terms": written.more,
        "more_value": written.more_value,
        "bias": written.bias,
    }


def write_steps(steps: Iterable[Step]) -> str:
    """One line of JSON per step (full float precision, UTF-8 symbols kept as they are)."""
    return "".join(json.dumps(step_record(i, s), ensure_ascii=False, allow_nan=False) + "\n"
                   for i, s in enumerate(steps, start=1))
