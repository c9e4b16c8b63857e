"""`nnviz slides`: the lesson's steps and one step-through as a folder of numbered PNGs, the
walk's Beamer frames and a markdown outline; bad arguments are one line and change nothing."""

import re

import pytest
from PySide6.QtGui import QImage

from nnviz.core.lessons import load_lesson

SMALL = ("--size", "640x400")


def names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_the_xor_deck_has_a_picture_per_lesson_step_and_per_walk_step(qapp, run_cli, tmp_path):
    out = tmp_path / "deck"
    result = run_cli("slides", "--out", out, *SMALL)
    assert result.status == 0, result.err
    lesson = load_lesson("xor")
    lesson_pages = [f"lesson-{k:02d}.png" for k in range(len(lesson.steps) + 1)]
    outline = (out / "slides.md").read_text(encoding="utf-8")
    walk_headings = re.findall(r"^## training sample 1, step (\d+) of (\d+)$", outline, re.M)
    n = int(walk_headings[0][1])
    assert [int(k) for k, _ in walk_headings] == list(range(1, n + 1))
    assert names(out) == sorted(lesson_pages + [f"walk-{k:03d}.png" for k in range(1, n + 1)]
                                + ["slides.md", "walk-slides.tex"])
    assert result.out == (f"wrote {out}: {len(lesson_pages)} pictures of the lesson xor, "
                          f"{n} of the step-through\n")
    images = {name: QImage(str(out / name)) for name in ("lesson-01.png", "lesson-02.png",
                                                          "walk-001.png", f"walk-{n:03d}.png")}
    assert {(i.width(), i.height()) for i in images.values()} == {(640, 400)}
    assert images["lesson-01.png"] != images["lesson-02.png"]  # the hidden layer came back
    assert images["walk-001.png"] != images[f"walk-{n:03d}.png"]
    # the outline names every picture in slide order, with each step's title and narration
    assert re.findall(r"!\[\]\((.+)\)", outline) == lesson_pages + [
        f"walk-{k:03d}.png" for k in range(1, n + 1)]
    assert f"## Step 2 of {len(lesson.steps)}: {lesson.steps[1].title}" in outline
    assert " ".join(lesson.steps[1].text.split()) in outline
    tex = (out / "walk-slides.tex").read_text(encoding="utf-8")
    assert tex.startswith("\\documentclass{beamer}") and tex.endswith("\\end{document}\n")


def test_no_walk_writes_the_lesson_steps_only_and_replaces_an_earlier_deck(qapp, run_cli,
                                                                           tmp_path):
    out = tmp_path / "deck"
    out.mkdir()
    (out / "walk-099.png").write_bytes(b"an earlier deck's page")
    result = run_cli("slides", "--out", out, "--no-walk", "--lesson", "festival", *SMALL)
    assert result.status == 0, result.err
    steps = len(load_lesson("festival").steps)
    assert names(out) == [f"lesson-{k:02d}.png" for k in range(steps + 1)] + ["slides.md"]


@pytest.mark.parametrize("args, error", [
    (("--sample", "0"), "--sample 0: must be a whole number ≥ 1"),
    (("--sample", "5"), "sample 5: the data set has samples 1 to 4"),
    (("--size", "10x10"), None),
    (("--scale", "9"), None),
])
def test_bad_arguments_are_one_line_and_write_nothing(qapp, run_cli, tmp_path, args, error):
    out = tmp_path / "deck"
    result = run_cli("slides", "--out", out, "--lesson", "xor", *SMALL, *args)
    assert result.status == 2 and result.out == "" and result.err.count("\n") == 1
    if error is not None:
        assert result.err == f"nnviz: error: {error}\n"
    assert names(tmp_path) == []


def test_a_folder_holding_other_files_is_refused_before_drawing(qapp, run_cli, tmp_path):
    out = tmp_path / "talk"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    result = run_cli("slides", "--out", out, *SMALL)
    assert result.status == 2
    assert result.err == (f"nnviz: error: --out {out}: holds other files (notes.txt); "
                          f"choose a new or empty folder\n")
    assert names(out) == ["notes.txt"]
