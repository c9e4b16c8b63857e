"""What the Step-through panel writes for the cursor's step, as text and rich text (no widgets).

A step reads as the lectures write it, in three lines (core/worked.py's Step):

    lhs op formula              z¹₁ = w¹₁₁·a⁰₁ + w¹₁₂·a⁰₂ + b¹₁   (lhs alone: no formula)
    = with the numbers          = 1·1 + (−2)·(−1) + 1
    = result                    = 4          ("= ?" while predict-first hides it)

On a term of a sum (z^l_j = Σ_k w^l_jk a^{l-1}_k + b^l_j, Σ_k w^{l+1}_kj δ^{l+1}_k) that term
is emphasised in both lines and the result is not computed yet ("= …"). In the backward
pass and the gradients the step's symbol and result (δ, ∂ℓ/∂a, σ', ∂ℓ/∂w) wear the
backward-pass colour, as on the graph. Every symbol and
number comes from the step list (printed through core/notation.py); the rich text only adds
escaping and emphasis. The matrix form of a forward layer, z^l = W^l a^{l-1} + b^l, is an
HTML table with the active row j highlighted.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.notation import HTML, UNICODE
from nnviz.core.worked import Math, Step
from nnviz.core.worked_numbers import LayerForward
from nnviz.core.written_sum import Term
from nnviz.session.walk import WalkState

HIDDEN = "?"  # predict first: the class guesses the result
NOT_YET = "…"  # on a term: the sum is not added up yet
MATRIX_COLUMNS = 6  # a wider W^l shows its first columns, then "…"
MATRIX_ROWS = 9  # a taller W^l shows the rows around the active one
BACKWARD_PHASES = ("backward", "gradient")  # their quantities wear the backward-pass colour
# the phases' names (core.worked.PHASES) as the location line shows them, translated there
PHASE_NAMES = (QT_TRANSLATE_NOOP("StepThroughView", "forward"), QT_TRANSLATE_NOOP("StepThroughView", "loss"),
               QT_TRANSLATE_NOOP("StepThroughView", "backward"), QT_TRANSLATE_NOOP("StepThroughView", "gradient"),
               QT_TRANSLATE_NOOP("StepThroughView", "update"))


@dataclass(frozen=True)
class StepLines:
    """The three lines of a step as plain text, and as rich text with the term emphasised."""

    formula: str
    numbers: str
    result: str
    formula_html: str
    numbers_html: str
    result_html: str
    term: str  # "term 2 of 3: w¹₁₂·a⁰₂ = (−2)·(−1) = 2" on a term, else ""
    note: str  # the step's note in words ("since z¹₂ < 0"), else ""


def step_lines(step: Step, term: int | None, result_hidden: bool, emphasis: str,
               backward: str | None = None) -> StepLines:
    """The lines of ``step``, the cursor on its written term ``term`` (0-based) or on the whole
    step (None); ``emphasis`` is the CSS colour of the current term, ``backward`` that of the
    backward pass's quantities (None: the text colour)."""
    head = f"{step.lhs} {step.op}"
    formula = f"{head} {step.formula}" if step.formula else step.lhs
    numbers = f"= {step.with_numbers}" if step.with_numbers else ""
    shown = HIDDEN if result_hidden else step.result
    result = f"= {NOT_YET if term is not None else shown}"
    formula_html, numbers_html, term_text = escape(formula), escape(numbers), ""
    if term is not None and step.sum is not None:
        current = step.sum.terms[term]
        # -1 when the formula writes Σ_k instead of the terms: nothing to emphasise there
        formula_html = _emphasise(formula, formula.find(current.symbol, len(head)),
                                  len(current.symbol), emphasis)
        numbers_html = _emphasise(numbers, _term_offset(numbers, step, term),
                                  len(current.numbers), emphasis)
        term_text = _term_line(current, term, len(step.sum.terms), result_hidden)
    result_html = escape(result)
    if backward is not None and step.phase in BACKWARD_PHASES:
        lhs = escape(step.lhs)
        formula_html = _coloured(lhs, backward) + formula_html[len(lhs):]
        result_html = _coloured(result_html, backward)
    return StepLines(formula, numbers, result, formula_html, numbers_html, result_html,
                     term_text, _note(step))


def location(walk: WalkState) -> str:
    """Where the cursor is: "Step 3 of 38 · forward · layer 1 · neuron 2 · training sample 4"."""
    steps, step = walk.walkthrough.steps, walk.walkthrough.step
    parts = [translate("StepThroughView", "Step {k} of {n}").format(k=walk.walkthrough.number, n=len(steps)),
             translate("StepThroughView", step.phase)]
    if step.layer is not None:
        parts.append(translate("StepThroughView", "layer {l}").format(l=step.layer))
    if step.neuron is not None:
        parts.append(translate("StepThroughView", "neuron {j}").format(j=step.neuron))
    if step.edge is not None:
        parts.append(translate("StepThroughView", "weight from {k}").format(k=step.edge[1]))
    parts.append(walk.sample_name or translate("StepThroughView", "sample {i}").format(i=walk.sample + 1))
    return " · ".join(parts)


def matrix_html(layer: LayerForward, active: int | None, highlight: str) -> str:
    """z^l = W^l a^{l-1} + b^l with the numbers: one table row per neuron j, the row
    [w^l_j1 … w^l_jn] · a^{l-1} + b^l_j = z^l_j (row ``active``, 0-based, highlighted); wide
    or tall layers show a window of it."""
    n_out, n_in = layer.weights.shape
    l = layer.layer
    columns = range(min(n_in, MATRIX_COLUMNS))
    more = "<td>…</td>" if n_in > len(columns) else ""
    rows = []
    for j in _window(n_out, active, MATRIX_ROWS):
        style = f' style="background-color:{highlight}; color:#ffffff"' if j == active else ""
        weights = "".join(f"<td align='right'>{HTML.number(layer.weights[j, k])}</td>"
                          for k in columns)
        bias = ("" if layer.bias is None
                else f"<td>+</td><td align='right'>{HTML.number(layer.bias[j])}</td>")
        rows.append(f"<tr{style}><td>{HTML.var('z', l, j + 1)} =</td><td>[</td>{weights}{more}"
                    f"<td>]·{HTML.var('a', l - 1)}</td>{bias}<td>=</td>"
                    f"<td align='right'>{HTML.number(layer.z[j])}</td></tr>")
    shown = len(columns)
    inputs = (UNICODE.vector(layer.inputs[:shown])[:-1] + (", …)" if n_in > shown else ")"))
    bias_symbol = "" if layer.bias is None else f" + {HTML.var('b', l)}"
    return (f"<p>{HTML.var('z', l)} = {HTML.var('W', l)} {HTML.var('a', l - 1)}{bias_symbol}"
            " &nbsp; " + escape(translate("StepThroughView", "(W is {rows}×{cols})").format(rows=n_out, cols=n_in))
            + "</p>"
            f"<table cellspacing='0' cellpadding='3'>{''.join(rows)}</table>"
            f"<p>{HTML.var('a', l - 1)} = {escape(inputs)}</p>")


# -- inside ---------------------------------------------------------------------------------
def _term_line(term: Term, index: int, count: int, hidden: bool) -> str:
    value = HIDDEN if hidden else UNICODE.number(term.value)
    return translate("StepThroughView", "term {i} of {n}: {symbol} = {numbers} = {value}").format(
        i=index + 1, n=count, symbol=term.symbol, numbers=term.numbers, value=value)


def _note(step: Step) -> str:
    return "".join(piece.text if isinstance(piece, Math) else piece for piece in step.note)


def _term_offset(numbers: str, step: Step, term: int) -> int:
    """Where written term ``term`` starts in the numbers line: the sum's pieces are joined
    by " + " (notation.add), so it follows the earlier terms and their separators."""
    written = step.sum
    start = numbers.find(written.numbers)
    if start < 0:
        return -1
    return start + sum(len(t.numbers) + len(" + ") for t in written.terms[:term])


def _emphasise(text: str, start: int, length: int, colour: str) -> str:
    if start < 0:
        return escape(text)
    middle = escape(text[start:start + length])
    return (escape(text[:start]) + f'<span style="color:{colour}; font-weight:bold; '
            f'text-decoration:underline">{middle}</span>' + escape(text[start + length:]))


def _coloured(html: str, colour: str) -> str:
    return f'<span style="color:{colour}">{html}</span>'


def _window(count: int, active: int | None, size: int) -> range:
    if count <= size:
        return range(count)
    centre = 0 if active is None else active
    first = min(max(0, centre - size // 2), count - size)
    return range(first, first + size)
