"""`nnviz lessons [--json]`: the shipped lessons in teaching order with their step counts."""

from __future__ import annotations

import json

import pytest

from nnviz.commands import lessons as lessons_command
from nnviz.commands.lessons import LessonEntry
from nnviz.core.lesson_pack import LESSON_ORDER
from nnviz.core.lessons import lesson_names, load_lesson

FAKE = [LessonEntry("festival", "Go to the festival?", 4),
        LessonEntry("gradient_descent_1d", "Gradient descent on one weight", 12),
        LessonEntry("xor", "XOR needs σ", 0)]


@pytest.fixture
def fake_pack(monkeypatch):
    monkeypatch.setattr(lessons_command, "shipped_lessons", lambda: list(FAKE))


def test_the_text_is_aligned_columns(run_cli, fake_pack):
    result = run_cli("lessons")
    assert result.status == 0 and result.err == ""
    assert result.out == (
        "#  name                 steps  title\n"
        "1  festival                 4  Go to the festival?\n"
        "2  gradient_descent_1d     12  Gradient descent on one weight\n"
        "3  xor                      0  XOR needs σ\n"
    )


def test_the_json_is_one_array_of_name_title_steps(run_cli, fake_pack):
    result = run_cli("lessons", "--json")
    assert result.status == 0 and result.err == ""
    assert result.out.count("\n") == 1  # one line, one JSON value
    assert json.loads(result.out) == [
        {"name": "festival", "title": "Go to the festival?", "steps": 4},
        {"name": "gradient_descent_1d", "title": "Gradient descent on one weight", "steps": 12},
        {"name": "xor", "title": "XOR needs σ", "steps": 0},
    ]
    assert [list(item) for item in json.loads(result.out)] == [["name", "title", "steps"]] * 3


def test_the_shipped_lessons_in_teaching_order(run_cli):
    result = run_cli("lessons", "--json")
    assert result.status == 0, result.err
    listed = json.loads(result.out.splitlines()[-1])
    names = [item["name"] for item in listed]
    assert names == lesson_names()
    shipped = [name for name in LESSON_ORDER if name in names]
    assert names[:len(shipped)] == shipped  # teaching order first, not alphabetical
    for item in listed:
        lesson = load_lesson(item["name"])
        assert item["title"] == lesson.title and item["steps"] == len(lesson.steps)
    text = run_cli("lessons").out.splitlines()
    assert len(text) == len(listed) + 1
    assert text[1].split()[:3] == ["1", listed[0]["name"], str(listed[0]["steps"])]
    # the title column starts at the same place on every line
    starts = {line.index(item["title"]) for line, item in zip(text[1:], listed)}
    assert len(starts) == 1


def test_a_broken_shipped_lesson_is_one_error_line(run_cli, monkeypatch):
    from nnviz.core import lessons

    def broken(name):
        raise lessons.InputError(f"{name}.toml: step 2: network: params: 3 values for 9")

    monkeypatch.setattr(lessons, "load_lesson", broken)
    result = run_cli("lessons")
    assert result.status == 2 and result.out == ""
    assert result.err.startswith("nnviz: error: ") and result.err.count("\n") == 1
    assert "step 2: network: params" in result.err
