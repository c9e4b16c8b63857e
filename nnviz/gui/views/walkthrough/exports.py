"""The Step-through panel's exports: the current step as PNG / SVG, the whole walk as
markdown, LaTeX or Beamer.

The documents are exactly ``nnviz explain``'s (core.explain.render of the walk's worked
numbers), written atomically (a reader sees the old file or the new one, never half).
The file dialog is the kit's (gui/kit/dialogs.py: tests replace it); images go through the
kit's export (gui/kit/export.py).
"""

from __future__ import annotations

from pathlib import Path

from nnviz.core.explain import render
from nnviz.core.files import write_atomically
from nnviz.core.i18n import QT_TRANSLATE_NOOP
from nnviz.core.worked_numbers import WorkedNumbers

# what the panel offers: (label, explain format or "image", suggested file name, dialog filter);
# the label and the filter are shown through translate("StepThroughView", ...)
DOCUMENTS = (
    (QT_TRANSLATE_NOOP("StepThroughView", "Current step as PNG or SVG…"), "image", "step.png",
     QT_TRANSLATE_NOOP("StepThroughView", "Images (*.png *.svg)")),
    (QT_TRANSLATE_NOOP("StepThroughView", "Walk as markdown…"), "markdown", "walk.md",
     QT_TRANSLATE_NOOP("StepThroughView", "Markdown (*.md)")),
    (QT_TRANSLATE_NOOP("StepThroughView", "Walk as LaTeX…"), "latex", "walk.tex",
     QT_TRANSLATE_NOOP("StepThroughView", "LaTeX (*.tex)")),
    (QT_TRANSLATE_NOOP("StepThroughView", "Walk as Beamer slides…"), "beamer", "walk-slides.tex",
     QT_TRANSLATE_NOOP("StepThroughView", "LaTeX (*.tex)")),
)


def export_walk(numbers: WorkedNumbers, fmt: str, path: str | Path) -> None:
    """Write ``nnviz explain``'s ``fmt`` document of ``numbers`` to ``path``; an InputError
    names a path that cannot be written and why (the file that was there is then unchanged)."""
    write_atomically(Path(path), render(numbers, fmt))

