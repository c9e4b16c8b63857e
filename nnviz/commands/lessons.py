"""`nnviz lessons [--json]`: the shipped lessons in teaching order, with their step counts.

    $ nnviz lessons
     #  name             steps  title
     1  festival             4  Go to the festival? The perceptron as a decision rule
     2  perceptron_rule      6  Rosenblatt's perceptron learning rule
    ...

With ``--json`` stdout is one JSON array of objects ``{"name", "title", "steps"}`` in the same
order (one line). A name opens the lesson: ``nnviz --lesson NAME``, ``nnviz render --lesson
NAME --lesson-step K``, ``nnviz train --lesson NAME --lesson-step K``.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import dataclass

from nnviz.core.i18n import translate


@dataclass(frozen=True)
class LessonEntry:
    name: str
    title: str
    steps: int


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "lessons", help="list the shipped lessons in teaching order, with their step counts",
        description="List the lessons shipped with nnviz in the lectures' teaching order: "
                    "name, number of script steps and title.",
    )
    p.add_argument("--json", action="store_true",
                   help='one JSON array of {"name", "title", "steps"} objects')
    p.set_defaults(run=run)
    return p


def shipped_lessons() -> list[LessonEntry]:
    """Every shipped lesson in teaching order (lessons.lesson_names), read and checked."""
    from nnviz.core.lessons import lesson_names, load_lesson

    entries = []
    for name in lesson_names():
        lesson = load_lesson(name)
        entries.append(LessonEntry(name, lesson.title, len(getattr(lesson, "steps", ()))))
    return entries


def table(entries: list[LessonEntry]) -> str:
    """Aligned columns: number in teaching order, name, steps, title (the long one last)."""
    rows = [("#", translate("Commands", "name"), translate("Commands", "steps"),
             translate("Commands", "title"))]
    rows += [(str(i), e.name, str(e.steps), e.title) for i, e in enumerate(entries, start=1)]
    number, name, steps = (max(_columns(r[i]) for r in rows) for i in range(3))
    return "".join(f"{_pad(r[0], number, right=True)}  {_pad(r[1], name)}  "
                   f"{_pad(r[2], steps, right=True)}  {r[3]}".rstrip() + "\n" for r in rows)


def _columns(text: str) -> int:
    """The columns ``text`` takes on a terminal: Thai tone and vowel marks (combining marks)
    take none, so a translated header lines up."""
    return sum(unicodedata.category(c) not in ("Mn", "Me", "Cf") for c in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    space = " " * (width - _columns(text))
    return space + text if right else text + space


def run(args: argparse.Namespace) -> int:
    entries = shipped_lessons()
    if args.json:
        text = json.dumps([{"name": e.name, "title": e.title, "steps": e.steps}
                           for e in entries], ensure_ascii=False) + "\n"
    else:
        text = table(entries)
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:  # a console that cannot show a title's σ or →
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()
    return 0
