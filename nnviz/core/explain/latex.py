"""The worked example laid out as a LaTeX fragment: amsmath align* displays, long
right-hand sides wrapped onto continuation lines, a possible page break every few rows."""

from __future__ import annotations

from nnviz.core.explain.document import Block, Heading, Name, Paragraph
from nnviz.core.notation import latex_escape, visible_length
from nnviz.core.worked import Math, Pieces, Row

LATEX_LINE = 60  # characters per line of an align* (article, 10 pt) before "= ..." wraps
LATEX_SHORT_END = 10  # ... but a short final "= value" stays on its line
LATEX_BREAK_EVERY = 4  # rows of an align* between the places where a page may break


def latex_inline(pieces: Pieces, in_math: bool = False) -> str:
    """Pieces of prose and maths as LaTeX, in text or (``in_math``) inside maths."""
    merged: list = []  # adjacent prose as one piece: one \text{...} in maths
    for p in pieces:
        if isinstance(p, str) and merged and isinstance(merged[-1], str):
            merged[-1] += p
        else:
            merged.append(p)
    out = []
    for p in merged:
        if isinstance(p, Name):
            out.append(rf"\text{{\texttt{{{latex_escape(p.text)}}}}}" if in_math
                       else rf"\texttt{{{latex_escape(p.text)}}}")
        elif isinstance(p, Math):
            out.append(p.text if in_math else f"${p.text}$")
        else:  # words, possibly translated (core/i18n.py): escaped for LaTeX like any text
            text = latex_escape(p)
            out.append(rf"\text{{{text}}}" if in_math else text)
    return "".join(out)


def _latex_row(row: Row) -> str:
    """lhs &op side0 = side1 ... wrapped onto continuation lines (&= ...) when long."""
    lines = [f"{row.lhs} &{row.op} {row.sides[0]}"]
    for i, side in enumerate(row.sides[1:], start=2):
        room = LATEX_LINE + (LATEX_SHORT_END if i == len(row.sides) else 0)
        if r"\\" in side or visible_length(lines[-1]) + visible_length(side) + 3 > room:
            lines.append(f"&= {side}")
        else:
            lines[-1] += f" = {side}"
    if row.note:
        note = latex_inline(("(", *row.note, ")"), in_math=True)
        if visible_length(lines[-1]) + visible_length(note) > LATEX_LINE:
            lines.append(r"&\qquad " + note)
        else:
            lines[-1] += r" \quad " + note
    return " \\\\\n  ".join(lines)


def write_latex(blocks: list[Block]) -> str:
    commands = {1: r"\subsection*{%s}", 2: r"\subsubsection*{%s}",
                3: r"\par\medskip\noindent\textbf{%s}\par\nopagebreak"}
    chunks: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            chunks.append(commands[block.level] % latex_inline(block.pieces))
        elif isinstance(block, Paragraph):
            chunks.append(r"\noindent " + latex_inline(block.pieces))
        else:  # a page may break after every few rows of a long display
            rows = [_latex_row(r) + (r" \displaybreak[0]" if i % LATEX_BREAK_EVERY == 0 else "")
                    for i, r in enumerate(block.rows, start=1)]
            rows[-1] = _latex_row(block.rows[-1])
            chunks.append("\\begin{align*}\n  " + " \\\\\n  ".join(rows) + "\n\\end{align*}")
    return "\n\n".join(chunks) + "\n"
