"""The translation hook for the Qt-free parts that produce user text (messages, lesson panel
labels, the words of ``nnviz explain``).

    from nnviz.core.i18n import translate
    translate("Messages", "The file {path} is empty").format(path=path)
    translate("Counts", "%n step(s)", None, n)          # plural forms: %n is replaced by n
                                                        # (English: "1 step", "3 steps")

The spelling is Qt's ``QCoreApplication.translate(context, source, disambiguation, n)``, so
``pyside6-lupdate`` extracts these calls like the GUI's ``self.tr``. The source text is
English; the GUI (or ``--lang`` on the command line) installs Qt's translator with
:func:`install`. Until then, and for any text without a translation, the English stands.
Formatting happens after translation (``.format``), so a translator may move ``{path}``.
A text defined before any translator exists (a table of names at import time) is marked with
``QT_TRANSLATE_NOOP(context, source)`` for lupdate and translated where it is shown, with
``translate(context, text)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Translator = Callable[[str, str, "str | None", int], str]

SOURCE_LANGUAGE = "en"


_PLURAL_ENDING = re.compile(r"(?<=\w)\((\w{1,3})\)")  # the "(s)" of "%n step(s)"


def _english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """No translation: the source text; with n >= 0, %n replaced by n and the English plural
    spelled out ("%n step(s)": "1 step", "0 steps", "3 steps")."""
    if n < 0:
        return source
    return _PLURAL_ENDING.sub("" if n == 1 else r"\1", source).replace("%n", str(n))


_translator: Translator = _english
_language: str = SOURCE_LANGUAGE


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` (English) in the installed language; ``n`` >= 0 picks the plural form and
    replaces %n."""
    return _translator(context, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (Qt's marker name)
    """Mark ``source`` for extraction into ``context``; it stays English until shown."""
    return source


def install(translator: Translator | None, language: str = SOURCE_LANGUAGE) -> None:
    """Route :func:`translate` through ``translator`` (None: back to English) and record
    ``language`` (a code such as "th", "vi", "pt_BR" or "en")."""
    global _translator, _language
    _translator = translator or _english
    _language = language if translator else SOURCE_LANGUAGE


def language() -> str:
    """The installed language's code ("en" when none is installed)."""
    return _language


@contextmanager
def english() -> Iterator[None]:
    """English inside the block (a document whose words must stay English, such as LaTeX for
    pdflatex), the installed language again after. Not thread-safe: for one thread at a time
    (the CLI, or the GUI thread exporting)."""
    translator, code = _translator, _language
    install(None)
    try:
        yield
    finally:
        install(translator, code)
