"""``nnviz explain``'s formats: the worked example written out for slides.

:func:`render` writes a :class:`~nnviz.core.worked_numbers.WorkedNumbers` in the lectures'
notation (core/notation.py) as plain text, markdown, a LaTeX fragment (amsmath ``align*``)
or JSON. Text, markdown and LaTeX lay out the same document (document.py): the steps of
worked.py under headings, in walk order:

    z^l_j = Σ_k w^l_jk a^{l-1}_k + b^l_j,      a^l_j = σ(z^l_j),      a^0 = x
    δ^L_j = ∂ℓ/∂a^L_j · σ'(z^L_j)              (= a^L_j - y_j for the fused cross-entropies)
    δ^l_j = σ'(z^l_j) · Σ_k w^{l+1}_kj δ^{l+1}_k
    ∂ℓ/∂w^l_jk = a^{l-1}_k δ^l_j,              ∂ℓ/∂b^l_j = δ^l_j
    w ← w - η ∂ℓ/∂w,                           b ← b - η ∂ℓ/∂b

Numbers are shown with 4 significant digits, the same in every format; JSON keeps full
float precision.

Two more formats walk the step list itself (worked.py's :func:`step_list`), with wide sums
summarised to their ``max_terms`` largest terms: ``steps`` (JSON lines, one object per step:
steps.py) and ``beamer`` (a complete LaTeX Beamer document, one neuron group per frame:
beamer.py).

The words (headings, sentences, frame titles) are in the installed language (core/i18n.py),
except in ``latex`` and ``beamer``: those stay English, with a one-line LaTeX comment saying so
when another language is installed, because pdflatex typesets Thai and Vietnamese only with
font packages the output does not load. The notation and the numbers never change.
"""

from __future__ import annotations

import json

from nnviz.core import i18n
from nnviz.core.errors import InputError
from nnviz.core.explain.beamer import write_beamer
from nnviz.core.explain.document import document
from nnviz.core.explain.latex import write_latex
from nnviz.core.explain.steps import write_steps
from nnviz.core.explain.text import write_markdown, write_text
from nnviz.core.i18n import translate
from nnviz.core.notation import LATEX, UNICODE
from nnviz.core.worked import SUMMARY_TERMS, step_list
from nnviz.core.worked_numbers import WorkedNumbers

FORMATS = ("text", "markdown", "latex", "json", "steps", "beamer")


def render(numbers: WorkedNumbers, fmt: str = "text", max_terms: int = SUMMARY_TERMS) -> str:
    """The worked example as ``text``, ``markdown``, ``latex`` (an amsmath fragment), ``json``,
    ``steps`` (JSON lines) or ``beamer``; ``max_terms`` is for the last two only."""
    if fmt == "steps":
        return write_steps(step_list(numbers, UNICODE, max_terms))
    if fmt in ("beamer", "latex"):
        note = "" if i18n.language() == i18n.SOURCE_LANGUAGE else LATEX_ENGLISH_NOTE
        with i18n.english():
            if fmt == "beamer":
                return note + write_beamer(numbers, step_list(numbers, LATEX, max_terms))
            return note + write_latex(document(numbers, LATEX))
    if fmt == "json":
        return _json(numbers.to_dict()) + "\n"
    if fmt == "markdown":
        return write_markdown(document(numbers, UNICODE))
    if fmt == "text":
        return write_text(document(numbers, UNICODE))
    raise InputError(translate("Explain", "unknown format {format} (known: {formats})")
                     .format(format=repr(fmt), formats=", ".join(FORMATS)))


LATEX_ENGLISH_NOTE = ("% nnviz explain: the words of LaTeX output stay in English (pdflatex needs "
                      "extra font packages for Thai and Vietnamese)\n")


def _json(value, level: int = 0) -> str:
    """JSON with one line per list of numbers (full float precision), indented by 2."""
    pad, inner = "  " * level, "  " * (level + 1)
    if isinstance(value, dict):
        items = [f"{inner}{json.dumps(k)}: {_json(v, level + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and any(isinstance(v, (list, dict)) for v in value):
        return "[\n" + ",\n".join(inner + _json(v, level + 1) for v in value) + "\n" + pad + "]"
    return json.dumps(value, allow_nan=False)

