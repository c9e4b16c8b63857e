"""core/i18n: the translation hook (English by default, %n, install and uninstall)."""

import pytest

from nnviz.core import i18n
from nnviz.core.i18n import QT_TRANSLATE_NOOP, install, language, translate


@pytest.fixture(autouse=True)
def english_after():
    yield
    install(None)


def test_english_by_default():
    assert language() == "en"
    assert translate("Messages", "The file {path} is empty") == "The file {path} is empty"


def test_noop_marks_without_translating():
    install(lambda c, s, d=None, n=-1: "X", "th")
    assert QT_TRANSLATE_NOOP("Views", "Decision boundary") == "Decision boundary"


def test_install_routes_translate_and_records_the_language():
    seen = []

    def thai(context, source, disambiguation=None, n=-1):
        seen.append((context, source, disambiguation, n))
        return {"The file {path} is empty": "ไฟล์ {path} ว่างเปล่า"}.get(source, source)

    install(thai, "th")
    assert language() == "th"
    assert translate("Messages", "The file {path} is empty") == "ไฟล์ {path} ว่างเปล่า"
    assert translate("Counts", "%n step(s)", "d", 2) == "%n step(s)"  # the hook's answer
    assert seen[-1] == ("Counts", "%n step(s)", "d", 2)


def test_format_happens_after_translation_so_fields_can_move():
    install(lambda c, s, d=None, n=-1: "{b} ก่อน {a}", "th")
    assert translate("M", "{a} before {b}").format(a="x", b="y") == "y ก่อน x"


def test_uninstall_returns_to_english():
    install(lambda c, s, d=None, n=-1: "แปล", "th")
    install(None, "th")  # None: back to English, whatever language is named
    assert language() == "en"
    assert translate("M", "Open") == "Open"
    assert i18n.translate("Counts", "%n step(s)", None, 1) == "1 step"
