"""Lesson → Save as lesson keeps the lesson's translated title and description."""

import tomllib

from nnviz.core.lessons import load_lesson


def test_saving_a_translated_lesson_keeps_its_translations(window, tmp_path):
    target = tmp_path / "mine.toml"
    assert window.save_lesson(str(target))
    saved = tomllib.loads(target.read_text(encoding="utf-8"))
    xor = dict(load_lesson("xor").texts)
    for language in ("th", "vi", "pt_BR"):
        assert saved[f"title_{language}"] == xor[f"title_{language}"]
        assert saved[f"description_{language}"] == xor[f"description_{language}"]
    assert saved["title"] == xor["title"]
