"""The walk as LaTeX Beamer slides (``--format beamer``): a complete document for pdflatex.

The first frame states the network, its loss and what is given (x, y, η), as the document of
``nnviz explain`` starts. Then every step of the step list, in walk order, one neuron group
per frame (z^l_j with a^l_j; ∂ℓ/∂a^L_j, σ'(z^L_j), δ^L_j; ...), a long group continued on
the next frame. A step reads as the lectures write it: the symbolic formula, the formula with
the numbers, the result, each on its own line unless the whole fits on one. Needs the
beamer class (Debian: texlive-latex-recommended, with pgf from texlive-pictures).
"""

from __future__ import annotations

from nnviz.core.explain.document import introduction
from nnviz.core.explain.latex import latex_inline
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.notation import LATEX, latex_escape, visible_length
from nnviz.core.step_list import StepList
from nnviz.core.worked import Row, Step
from nnviz.core.worked_numbers import WorkedNumbers

BEAMER_LINE = 52  # characters of maths on one line of a frame (\small) before a row wraps
FRAME_LINES = 9  # lines of maths on one frame

PHASE_TITLES = {"forward": QT_TRANSLATE_NOOP("Explain", "Forward pass"),
                "loss": QT_TRANSLATE_NOOP("Explain", "Loss"),
                "backward": QT_TRANSLATE_NOOP("Explain", "Backward pass"),
                "gradient": QT_TRANSLATE_NOOP("Explain", "Gradients"),
                "update": QT_TRANSLATE_NOOP("Explain", "Update")}  # shown with translate("Explain", ...)

PREAMBLE = r"""\documentclass{beamer}
\usepackage{amsmath}
\setbeamertemplate{navigation symbols}{}
"""


def write_beamer(numbers: WorkedNumbers, steps: StepList[Step]) -> str:
    """The whole Beamer document; ``steps`` are the walk written in the LaTeX notation."""
    heading, network, given = introduction(numbers, LATEX)
    title = latex_inline(heading.pieces)
    frames = [_frame(title, "", latex_inline(network.pieces) + "\n" + _align(given.rows))]
    start: int | None = 0 if len(steps) else None
    while start is not None:
        end = steps.next_group_start(start)
        frames += _group_frames(steps, start, len(steps) if end is None else end)
        start = end
    return (PREAMBLE + f"\\title{{{title}}}\n\\begin{{document}}\n\n" + "\n\n".join(frames)
            + "\n\n\\end{document}\n")


def _group_frames(steps: StepList[Step], start: int, end: int) -> list[str]:
    """The frames of steps[start:end] (one neuron group), FRAME_LINES lines of maths each."""
    chunks: list[list[tuple[int, str]]] = [[]]
    used = 0
    for i in range(start, end):
        row = beamer_row(steps[i])
        lines = row.count("\\\\") + 1
        if chunks[-1] and used + lines > FRAME_LINES:
            chunks.append([])
            used = 0
        chunks[-1].append((i, row))
        used += lines
    title = _title(steps[start])
    frames = []
    for n, chunk in enumerate(chunks):
        first, last = chunk[0][0] + 1, chunk[-1][0] + 1
        # words entering LaTeX: a translation is escaped like the rest (latex_escape); "--" is
        # LaTeX's en dash between step numbers
        where = (translate("Explain", "step {i} of {n}").format(i=first, n=len(steps)) if first == last
                 else translate("Explain", "steps {first}--{last} of {n}")
                 .format(first=first, last=last, n=len(steps)))
        body = "\\begin{align*}\n  " + " \\\\\n  ".join(r for _, r in chunk) + "\n\\end{align*}"
        shown = translate("Explain", "{title} (continued)").format(title=title) if n else title
        frames.append(_frame(latex_escape(shown), latex_escape(where), body))
    return frames


def beamer_row(row: Row) -> str:
    """lhs &op formula = numbers = result on one line if it fits, else one side a line."""
    one_line = f"{row.lhs} &{row.op} " + " = ".join(row.sides)
    if "\\\\" not in one_line and visible_length(one_line) <= BEAMER_LINE:
        lines = [one_line]
    else:
        lines = [f"{row.lhs} &{row.op} {row.sides[0]}"] + [f"&= {s}" for s in row.sides[1:]]
    if row.note:
        lines.append(r"&\qquad " + latex_inline(("(", *row.note, ")"), in_math=True))
    return " \\\\\n  ".join(lines)


def _title(step: Step) -> str:
    """The frame's title as plain text (escaped for LaTeX where it is used)."""
    if step.phase == "update" and step.layer is None:
        return translate("Explain", "After the update")
    phase = (translate("Explain", PHASE_TITLES[step.phase]) if step.phase in PHASE_TITLES
             else step.phase.capitalize())
    if step.layer is None:
        title = phase
    elif step.neuron is None:
        title = translate("Explain", "{phase}, layer {l}").format(phase=phase, l=step.layer)
    else:
        title = translate("Explain", "{phase}, layer {l}, neuron {j}").format(
            phase=phase, l=step.layer, j=step.neuron)
    return title


def _align(rows: tuple[Row, ...]) -> str:
    return "\\begin{align*}\n  " + " \\\\\n  ".join(beamer_row(r) for r in rows) + "\n\\end{align*}"


def _frame(title: str, subtitle: str, body: str) -> str:
    sub = f"\\framesubtitle{{{subtitle}}}\n" if subtitle else ""
    return f"\\begin{{frame}}[t]{{{title}}}\n{sub}\\small\n{body}\n\\end{{frame}}"
