"""`nnviz train --data FILE [--data-labels FILE]`: IDX images and digit CSVs as well as tables."""

from __future__ import annotations

import json

import numpy as np
import pytest

from tests.core.test_data_files import write_digit_csv, write_idx

# 20 images 3×3, two of each digit: digit d is a bright pixel d (and its twin is dimmer)
IMAGES = np.zeros((20, 9), dtype=np.uint8)
IMAGES[np.arange(20), np.arange(20) % 9] = np.where(np.arange(20) < 10, 255, 128)
IMAGES = IMAGES.reshape(20, 3, 3)
LABELS = np.arange(20) % 10


def final(run_cli, *argv):
    result = run_cli("train", *argv, "--steps", "3", "--json")
    assert result.status == 0, result.err
    return json.loads(result.out.splitlines()[-1])


def test_idx_images_train_with_their_labels_found_beside(run_cli, tmp_path):
    path = write_idx(tmp_path / "train-images-idx3-ubyte.gz", IMAGES, LABELS, gz=True)
    report = final(run_cli, "--data", path, "--layers", "9,5,10")
    assert report["steps"] == 3 and report["test_accuracy"] is not None  # 0.2 held out
    again = final(run_cli, "--data", path, "--layers", "9,5,10", "--test-ratio", "0")
    assert again["test_accuracy"] is None  # nothing held out: no test accuracy


def test_explicit_labels_and_the_digit_csv_train_alike(run_cli, tmp_path):
    images = write_idx(tmp_path / "pics", IMAGES, LABELS, labels_path=tmp_path / "tags")
    csv = write_digit_csv(tmp_path / "digits.csv", IMAGES, LABELS)
    from_idx = final(run_cli, "--data", images, "--data-labels", tmp_path / "tags")
    assert from_idx == final(run_cli, "--data", csv)  # the same pixels, split and start


@pytest.mark.parametrize("make, extra, words", [
    (lambda p: write_idx(p / "t10k-images-idx3-ubyte", IMAGES, None), (),
     "no t10k-labels-idx1-ubyte (or t10k-labels-idx1-ubyte.gz) beside it"),
    (lambda p: write_idx(p / "train-images-idx3-ubyte", IMAGES, LABELS[:19]), (),
     "20 images but 19 labels"),
    (lambda p: write_idx(p / "train-images-idx3-ubyte", IMAGES, LABELS).with_name(
        "train-labels-idx1-ubyte"), (), "is an IDX label file"),
    (lambda p: write_idx(p / "pics", IMAGES, LABELS, labels_path=p / "tags"),
     ("--data-labels", "missing-tags"), "missing-tags: no such file"),
    (lambda p: write_digit_csv(p / "d.csv", IMAGES, LABELS + 10), (), "label 10 is outside 0..9"),
    (lambda p: write_digit_csv(p / "d.csv", IMAGES, LABELS), ("--kind", "regression"),
     "not regression"),
])
def test_bad_files_are_one_line_naming_the_file(run_cli, tmp_path, monkeypatch, make, extra, words):
    monkeypatch.chdir(tmp_path)
    path = make(tmp_path)
    result = run_cli("train", "--data", path, *extra)
    assert result.status == 2 and result.out == ""
    assert result.err.count("\n") == 1 and result.err.startswith("nnviz: error:")
    named = extra[1] if extra[:1] == ("--data-labels",) else path.name  # the file at fault
    assert words in result.err and named in result.err


def test_data_labels_need_idx_images(run_cli, tmp_path):
    result = run_cli("train", "--dataset", "xor", "--data-labels", "tags")
    assert result.status == 2 and "--data-labels applies to IDX images (--data)" in result.err
    table = tmp_path / "t.csv"
    table.write_text("x,y\n0,0\n1,1\n")
    result = run_cli("train", "--data", table, "--data-labels", "tags")
    assert result.status == 2 and "goes with IDX images" in result.err and "t.csv" in result.err


def test_render_draws_idx_images_with_explicit_labels_and_their_test_share(qapp, tmp_path, capsys):
    """render --data/--data-labels: the labels given are read (else: no labels beside, an
    error) and images hold out their 20 % (the status line counts the test samples)."""
    from nnviz.cli import main
    images = write_idx(tmp_path / "pics", IMAGES, LABELS, labels_path=tmp_path / "tags")
    out = tmp_path / "x.png"
    args = ["render", "--out", str(out), "--size", "900x600", "--data", str(images),
            "--layers", "9,5,10", "--steps", "2"]
    assert main(args) == 2 and "labels" in capsys.readouterr().err
    assert main([*args, "--data-labels", str(tmp_path / "tags")]) == 0, capsys.readouterr().err
    assert out.exists()
    assert main(["render", "--out", str(out), "--lesson", "xor", "--lesson-step", "1",
                 "--data-labels", str(tmp_path / "tags")]) == 2
    assert "--data-labels" in capsys.readouterr().err
