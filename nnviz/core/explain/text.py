"""The worked example laid out as plain text (88 columns, underlined headings, long
equations wrapped under their "=") or as markdown (headings, one bullet per equation)."""

from __future__ import annotations

import textwrap
import unicodedata

from nnviz.core.explain.document import Block, Heading, Name, Paragraph
from nnviz.core.worked import Math, Pieces, Row

TEXT_WIDTH = 88
NBSP = "\u00a0"


def inline_text(pieces: Pieces, markdown: bool = False) -> str:
    """Pieces of prose and maths as one line of plain text (names in backticks in markdown)."""
    return "".join(f"`{p.text}`" if isinstance(p, Name) and markdown
                   else p.text if isinstance(p, (Name, Math)) else p for p in pieces)


def _row_text(row: Row, markdown: bool) -> str:
    """lhs op side0 = side1 = ...   (note); plain text wraps a long chain under its "="."""
    note = f"   ({inline_text(row.note, markdown)})" if row.note else ""
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


def write_text(blocks: list[Block]) -> str:
    chunks: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            title = inline_text(block.pieces)
            underline = {1: "=", 2: "-"}.get(block.level)
            chunk = f"{title}\n{underline * _columns(title)}" if underline else title
        elif isinstance(block, Paragraph):
            # formulas are not broken across lines: their spaces are non-breaking while wrapping
            pieces = [Math(p.text.replace(" ", NBSP)) if isinstance(p, Math) else p
                      for p in block.pieces]
            chunk = textwrap.fill(inline_text(tuple(pieces)), TEXT_WIDTH, break_long_words=False,
                                  break_on_hyphens=False).replace(NBSP, " ")
        else:
            chunk = "\n".join("  " + _row_text(r, markdown=False) for r in block.rows)
        chunks.append(chunk)
    return _join(blocks, chunks)


def _columns(text: str) -> int:
    """How many columns ``text`` takes: Thai vowel and tone marks (and other combining
    marks) sit on the letter before them, so an underline is as long as the heading looks."""
    return sum(unicodedata.category(c) not in ("Mn", "Me", "Cf") for c in text)


def write_markdown(blocks: list[Block]) -> str:
    chunks: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            chunks.append("#" * block.level + " " + inline_text(block.pieces, markdown=True))
        elif isinstance(block, Paragraph):
            chunks.append(inline_text(block.pieces, markdown=True))
        else:
            chunks.append("\n".join("- " + _row_text(r, markdown=True) for r in block.rows))
    return "\n\n".join(chunks) + "\n"


def _join(blocks: list[Block], chunks: list[str]) -> str:
    """Blank lines between blocks, except under a layer heading."""
    out = chunks[0]
    for previous, chunk in zip(blocks, chunks[1:]):
        tight = isinstance(previous, Heading) and previous.level == 3
        out += ("\n" if tight else "\n\n") + chunk
    return out + "\n"
