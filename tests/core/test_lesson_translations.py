"""Lesson files carry translated texts: ``title_th``, ``text_vi``, ``description_pt_BR`` beside
the English field; the loader shows the installed language's, saving keeps them all."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from nnviz.core import i18n, lessons
from nnviz.core.errors import InputError
from nnviz.core.lesson_script import LANGUAGES, STEP_TEXTS
from nnviz.core.lesson_writer import lesson_text
from nnviz.core.lessons import TEXT_FIELDS, lesson_heading, lesson_names, parse_lesson

LESSON = '''\
title = "Gates"
title_th = "เกต"
title_vi = "Cổng"
description = "AND and OR."
description_pt_BR = "E e OU."

[data]
dataset = "and"

[[step]]
title = "Train"
title_th = "ฝึก"
text = "Press Play."
text_th = "กดเล่น"
text_vi = "Nhấn Chạy."
train = 5

[[step]]
title = "Look"
'''


@pytest.fixture
def speak():
    """``speak("th")`` installs a translator that leaves the code's texts as they are but sets
    the language; English again afterwards."""
    def install(code: str) -> None:
        i18n.install(lambda c, s, d, n: s.replace("%n", str(n)) if n >= 0 else s, code)
    yield install
    i18n.install(None)


def read(text: str = LESSON):
    return parse_lesson(text, name="gates", source="gates.toml")


def test_english_when_no_language_is_installed():
    lesson = read()
    assert (lesson.title, lesson.description) == ("Gates", "AND and OR.")
    assert [(s.title, s.text) for s in lesson.steps] == [("Train", "Press Play."), ("Look", "")]


def test_the_installed_languages_texts_and_english_where_there_is_none(speak):
    speak("th")
    lesson = read()
    assert (lesson.title, lesson.description) == ("เกต", "AND and OR.")
    assert [(s.title, s.text) for s in lesson.steps] == [("ฝึก", "กดเล่น"), ("Look", "")]
    speak("vi")
    lesson = read()
    assert (lesson.title, lesson.description) == ("Cổng", "AND and OR.")
    assert [(s.title, s.text) for s in lesson.steps] == [("Train", "Nhấn Chạy."), ("Look", "")]
    speak("pt_BR")
    lesson = read()
    assert (lesson.title, lesson.description) == ("Gates", "E e OU.")
    assert lesson.steps[0].title == "Train"


def test_the_lesson_keeps_every_text_as_written(speak):
    speak("vi")
    lesson = read()
    assert lesson.texts == (("title", "Gates"), ("title_th", "เกต"), ("title_vi", "Cổng"),
                            ("description", "AND and OR."),
                            ("description_pt_BR", "E e OU."))
    assert lesson.steps[0].texts == (("title", "Train"), ("title_th", "ฝึก"),
                                     ("text", "Press Play."), ("text_th", "กดเล่น"),
                                     ("text_vi", "Nhấn Chạy."))
    assert lesson == read()  # the same lesson, whatever language it was read in


def test_an_empty_translation_shows_the_english(speak):
    speak("th")
    lesson = read('title = "Gates"\ntitle_th = ""\n')
    assert lesson.title == "Gates"


def test_the_step_through_state_shows_the_translation(speak):
    from nnviz.core.lesson_script import replay
    speak("th")
    lesson = read()
    assert (replay(lesson, 1).title, replay(lesson, 1).text) == ("ฝึก", "กดเล่น")
    assert replay(lesson, 0).text == "AND and OR."  # no description_th: the English


@pytest.mark.parametrize("text, message", [
    ('title = "t"\ntitle_fr = "x"',
     "bad.toml: top level: unknown key 'title_fr' (a translation of 'title' is 'title' with "
     "the suffix of a known language: _th, _vi, _pt_BR)"),
    ('title = "t"\ndescription_pt = "x"',
     "bad.toml: top level: unknown key 'description_pt' (a translation of 'description' is "
     "'description' with the suffix of a known language: _th, _vi, _pt_BR)"),
    ('title = "t"\n[[step]]\ntitle = "s"\ntext_de = "x"',
     "bad.toml: step 1: unknown key 'text_de' (a translation of 'text' is 'text' with the "
     "suffix of a known language: _th, _vi, _pt_BR)"),
    ('title = "t"\ndescription_th = "x"',
     "bad.toml: top level: 'description_th' translates 'description', which is missing: "
     "give the English 'description' too"),
    ('title_vi = "x"',
     "bad.toml: top level: 'title_vi' translates 'title', which is missing: give the English "
     "'title' too"),
    ('title = "t"\n[[step]]\ntitle = "s"\ntext_th = "x"',
     "bad.toml: step 1: 'text_th' translates 'text', which is missing: give the English "
     "'text' too"),
    ('title = "t"\ntitle_th = 3', "bad.toml: top level: 'title_th' must be str, not 3"),
    ('title = "t"\n[[step]]\ntitle = "s"\ntitle_pt_BR = ["x"]',
     "bad.toml: step 1: 'title_pt_BR' must be str, not ['x']"),
])
def test_bad_translations_are_refused_with_one_message(text, message):
    with pytest.raises(InputError) as e:
        parse_lesson(text, name="bad", source="bad.toml")
    assert str(e.value) == message


def test_an_unknown_key_that_is_no_translation_keeps_its_message():
    with pytest.raises(InputError, match="^bad.toml: top level: unknown key 'colour' "
                                         r"\(allowed: "):
        parse_lesson('title = "t"\ncolour = 1', name="bad", source="bad.toml")


@pytest.mark.parametrize("code", ["th", "vi", "pt_BR", "en"])
def test_saving_keeps_the_translations_in_any_language(speak, code):
    if code != "en":
        speak(code)
    lesson = read()
    text = lesson_text(lesson.config, None, lesson.title, lesson.description,
                       texts=lesson.texts)
    assert text.startswith('title = "Gates"\ntitle_th = "เกต"\ntitle_vi = "Cổng"\n'
                           'description = "AND and OR."\ndescription_pt_BR = "E e OU."\n\n')
    again = read(text)
    assert again.texts == lesson.texts
    assert (again.title, again.description) == (lesson.title, lesson.description)


def test_a_changed_title_is_saved_without_the_old_translations(speak):
    speak("th")
    lesson = read()
    text = lesson_text(lesson.config, None, "My gates", lesson.description, texts=lesson.texts)
    assert text.startswith('title = "My gates"\ndescription = "AND and OR."\n'
                           'description_pt_BR = "E e OU."\n\n')


def test_saving_without_texts_is_as_before():
    lesson = read()
    assert lesson_text(lesson.config, None, "Gates", "AND and OR.").startswith(
        'title = "Gates"\ndescription = "AND and OR."\n\n[data]')


def _lessons_dir(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "gates.toml").write_text(LESSON, encoding="utf-8")
    (tmp_path / "plain.toml").write_text('title = "Plain"\n[data]\ndataset = "or"\n',
                                         encoding="utf-8")
    monkeypatch.setattr("nnviz.core.lessons.lesson_dir", lambda: tmp_path)


def test_the_lesson_menu_heading_is_translated(speak, tmp_path, monkeypatch):
    _lessons_dir(tmp_path, monkeypatch)
    assert lesson_heading("gates") == ("Gates", 2)
    speak("th")
    assert lesson_heading("gates") == ("เกต", 2)
    assert lesson_heading("plain") == ("Plain", 0)
    speak("pt_BR")
    assert lesson_heading("gates") == ("Gates", 2)


def test_nnviz_lessons_lists_the_translated_titles(speak, tmp_path, monkeypatch):
    from nnviz.commands.lessons import shipped_lessons
    _lessons_dir(tmp_path, monkeypatch)
    speak("vi")
    assert [(e.name, e.title, e.steps) for e in shipped_lessons()] == [
        ("gates", "Cổng", 2), ("plain", "Plain", 0)]


# -- the shipped lessons -----------------------------------------------------------------------
def _fields(doc: dict):
    """(where, table, fields) of every text table of a lesson file."""
    yield "top level", doc, TEXT_FIELDS
    for number, step in enumerate(doc.get("step", []), start=1):
        yield f"step {number}", step, STEP_TEXTS


def _doc(name: str) -> dict:
    return tomllib.loads((lessons.lesson_dir() / f"{name}.toml").read_text(encoding="utf-8"))


def _missing(name: str, code: str) -> list[str]:
    """The text fields of the shipped lesson ``name`` with English text and no translation
    into ``code``."""
    doc = _doc(name)
    return [f"{where}: {key}_{code}" for where, table, fields in _fields(doc) for key in fields
            if table.get(key) and not table.get(f"{key}_{code}")]


def _translated(name: str, code: str) -> bool:
    doc = _doc(name)
    return any(table.get(f"{key}_{code}") for _, table, fields in _fields(doc) for key in fields)


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("name", lesson_names())
def test_a_shipped_lesson_is_translated_wholly_or_not_at_all(name, code):
    if _translated(name, code):
        assert _missing(name, code) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_shipped_lesson_has_a_heading_in_every_language(speak, code):
    """(test_lessons loads each one: the checks of its translations do not depend on the
    language shown.)"""
    speak(code)
    for name in lesson_names():
        title, _ = lesson_heading(name)
        assert title and title == (_doc(name).get(f"title_{code}") or _doc(name)["title"])


def test_every_shipped_lesson_carries_all_three_languages():
    missing = {(name, code): _missing(name, code) for name in lesson_names()
               for code in LANGUAGES}
    assert {k: v for k, v in missing.items() if v} == {}


def test_the_consistency_check_catches_a_half_translated_lesson(tmp_path, monkeypatch):
    _lessons_dir(tmp_path, monkeypatch)
    assert _translated("gates", "th") and not _translated("plain", "th")
    assert _missing("gates", "th") == ["top level: description_th", "step 2: title_th"]
    assert _missing("gates", "vi") == ["top level: description_vi", "step 1: title_vi",
                                       "step 2: title_vi"]


def test_the_messages_about_a_lesson_file_are_translated():
    """The reader's words go through core.i18n.translate; file, key and value stay as written."""
    words = {("Lessons", "top level"): "ระดับบนสุด",
             ("Lessons", "missing key {key!r}"): "ไม่มีคีย์ {key!r}",
             ("Lessons", "step {number}"): "ขั้น {number}",
             ("Lessons", "must be a table"): "ต้องเป็นตาราง"}
    i18n.install(lambda c, s, d, n: words.get((c, s), s), "th")
    try:
        with pytest.raises(InputError) as e:
            parse_lesson('description = "x"', name="bad", source="bad.toml")
        assert str(e.value) == "bad.toml: ระดับบนสุด: ไม่มีคีย์ 'title'"
        with pytest.raises(InputError) as e:
            parse_lesson('title = "t"\n[[step]]\ntitle = "s"\nnetwork = 3', name="bad",
                         source="bad.toml")
        assert str(e.value) == "bad.toml: ขั้น 1: network: ต้องเป็นตาราง"
    finally:
        i18n.install(None)
