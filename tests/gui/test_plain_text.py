"""User text is shown as written: never read as HTML (kit/plain_text)."""

from hypothesis import given, strategies as st
from PySide6.QtGui import QTextDocument

from nnviz.gui.kit.plain_text import html_escaped, tooltip_text

HOSTILE = '<img src="/dev/zero"> <b>bold</b> & a<br>b'


def _shown(html: str) -> str:
    """What Qt's rich-text engine displays for ``html``."""
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_markup_is_shown_as_written_not_read(qapp):
    assert _shown(html_escaped(HOSTILE)) == HOSTILE
    assert _shown(tooltip_text(HOSTILE)) == HOSTILE
    assert "<img" not in html_escaped(HOSTILE) and "<img" not in tooltip_text(HOSTILE)


def test_tooltip_keeps_line_breaks(qapp):
    assert _shown(tooltip_text("loss C\n= 0.25")) == "loss C\n= 0.25"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=40))
def test_any_text_round_trips(qapp, text):
    assert _shown(html_escaped(text)).split() == text.split()
