"""User text (lesson titles and narration, CSV column names, file names) shown as written.

Qt guesses whether a tooltip or a label is rich text, and pyqtgraph draws titles, axis
labels and legends as HTML: a lesson title ``<img src="/some/file">`` would make Qt load
that file on the GUI thread. Every piece of user text goes through one of these first.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import Qt


def html_escaped(text: str) -> str:
    """``text`` for a place that reads HTML (pyqtgraph titles, axis labels, legends, rich
    labels): ``<``, ``>`` and ``&`` become entities, so the text shows as written."""
    return escape(str(text), quote=False)


def tooltip_text(text: str) -> str:
    """``text`` for a tooltip: Qt would read it as rich text if it looked like HTML; this is
    the same text as HTML that shows it as written, line breaks kept."""
    return Qt.convertFromPlainText(str(text), Qt.WhiteSpaceMode.WhiteSpaceNormal)
