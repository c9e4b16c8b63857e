"""`nnviz render`: a PNG of the requested size that shows something; bad options exit 2."""

import numpy as np
import pytest
from PySide6.QtGui import QImage

from nnviz.cli import main


def distinct_colours(image: QImage) -> int:
    """Distinct RGB colours of an image (read through its raw ARGB32 bytes)."""
    image = image.convertToFormat(QImage.Format_ARGB32)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32,
                           count=image.width() * image.height())
    return len(np.unique(pixels & 0x00FFFFFF))


def test_render_writes_a_png_of_the_requested_size_that_is_not_blank(qapp, tmp_path, capsys):
    out = tmp_path / "xor.png"
    assert main(["render", "--out", str(out), "--size", "1000x640", "--steps", "200"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 640)
    assert distinct_colours(image) > 500  # a heatmap, colour bars, text: not a blank grey
    assert "after 200 steps" in capsys.readouterr().out


def test_render_takes_lessons_and_training_options(qapp, tmp_path, capsys):
    out = tmp_path / "or.png"
    code = main(["render", "--out", str(out), "--size", "800x500", "--dataset", "or",
                 "--layers", "2,1", "--output-activation", "sigmoid", "--lr", "0.5",
                 "--steps", "50", "--dark", "--scale", "1.25"])
    assert code == 0
    assert QImage(str(out)).width() == 800
    assert main(["render", "--out", str(tmp_path / "p.png"), "--size", "800x500",
                 "--lesson", "perceptron", "--steps", "40"]) == 0
    assert "converged" in capsys.readouterr().out


def test_render_with_the_step_through_open_at_a_forward_and_a_backward_step(qapp, tmp_path,
                                                                           capsys):
    """XOR 2-4-1, sample 2: step 3 is z¹₂ (forward), step 30 is ∂ℓ/∂b¹₃ (gradients)."""
    pictures = {}
    for k in (3, 30):
        out = tmp_path / f"walk{k}.png"
        assert main(["render", "--out", str(out), "--size", "1000x640", "--steps", "20",
                     "--walkthrough", str(k), "--sample", "2"]) == 0
        pictures[k] = QImage(str(out)).convertToFormat(QImage.Format_ARGB32)
        assert (pictures[k].width(), pictures[k].height()) == (1000, 640)
    out = capsys.readouterr().out
    assert "sample 2 at step 3 of 57: z1_2" in out and "sample 2 at step 30 of 57: db1_3" in out
    assert pictures[3] != pictures[30]


@pytest.mark.parametrize("args, words", [
    (["--size", "huge"], ["--size huge", "WIDTHxHEIGHT"]),
    (["--size", "10x10"], ["--size 10x10", "width"]),
    (["--out", "/no/such/folder/x.png"], ["/no/such/folder", "does not exist"]),
    (["--out", "picture.jpg"], ["picture.jpg", ".png"]),
    (["--layers", "3,4,1"], ["--layers 3,4,1", "2 features"]),
    (["--lesson", "nope"], ["unknown lesson 'nope'"]),
    (["--steps", "-3"], ["--steps -3"]),
    (["--walkthrough", "0"], ["--walkthrough 0", "≥ 1"]),
    (["--walkthrough", "58", "--steps", "0"], ["--walkthrough 58", "57 steps, numbered 1 to 57"]),
    (["--walkthrough", "1", "--sample", "5", "--steps", "0"],
     ["--sample 5", "no sample 5", "numbered 1 to 4"]),
    (["--walkthrough", "1", "--sample", "0"], ["--sample 0", "≥ 1"]),
    (["--sample", "2"], ["--sample 2", "needs --walkthrough"]),
])
def test_bad_options_give_one_line_and_exit_2(tmp_path, capsys, args, words, monkeypatch):
    monkeypatch.chdir(tmp_path)
    if "--out" not in args:
        args = ["--out", str(tmp_path / "x.png"), *args]
    assert main(["render", *args]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and err.startswith("nnviz: error:")
    for word in words:
        assert word in err
    assert not (tmp_path / "x.png").exists()
