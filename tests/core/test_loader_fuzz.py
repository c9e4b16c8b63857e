"""Fuzz of every loader (issue 15): random bytes, random text and mutated valid files given to
the model, CSV table, digit CSV, IDX and lesson loaders; the only exception that may escape is
InputError (then the loaders' callers show one line). Derandomised: the same examples in CI."""

from __future__ import annotations

import gzip
import json
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnviz.core.config import build_dataset, validate
from nnviz.core.data import load_data_file
from nnviz.core.data.idx import read_digit_csv, read_idx_images, read_idx_labels
from nnviz.core.errors import InputError
from nnviz.core.lessons import load_lesson
from nnviz.core.modelfile import load_model

FUZZ = settings(max_examples=200, derandomize=True, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

MODEL = json.dumps({
    "format": "nnviz-model", "version": 1, "loss": "binary_cross_entropy",
    "layers": [{"activation": "tanh", "weights": [[1, -2.5], [-1, 1e-3]], "bias": [1, 0]},
               {"activation": "sigmoid", "weights": [[1, 1]], "bias": None}],
}).encode()
TABLE = b"x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1.5e0,0\n"
DIGITS = ("label," + ",".join(f"p{k}" for k in range(1, 65)) + "\n"
          + "".join(f"{d}," + ",".join(str((d * 37 + k) % 256) for k in range(64)) + "\n"
                    for d in range(4))).encode()
IMAGES = struct.pack(">IIII", 0x803, 3, 2, 2) + bytes(range(12))
LABELS = struct.pack(">II", 0x801, 3) + bytes([0, 1, 9])
LESSON = b"""title = "fuzz"
speed = 5
[data]
x = [[0, 0], [0, 1], [1, 0], [1, 1]]
y = [0, 1, 1, 0]
kind = "classification"
[network]
hidden = [2]
activation = "tanh"
seed = 3
[training]
learning_rate = 0.5
batch = 2
[[step]]
title = "one"
train = 3
"""
TEXT_ALPHABET = st.sampled_from(list('0123456789,.;-+eE[]{}:"=\n\t _#x') + ["１", "é", "\x00"])


def mutated(valid: bytes):
    """``valid`` with up to 8 edits: a byte replaced, inserted or deleted, or a slice repeated."""
    @st.composite
    def edit(draw) -> bytes:
        data = bytearray(valid)
        for _ in range(draw(st.integers(1, 8))):
            op = draw(st.sampled_from(["replace", "insert", "delete", "repeat", "cut"]))
            i = draw(st.integers(0, max(len(data) - 1, 0)))
            if op == "replace" and data:
                data[i] = draw(st.sampled_from(list(b"0123456789,.-e[]{}\"=\n x\x00\xff")))
            elif op == "insert":
                data[i:i] = draw(st.binary(min_size=1, max_size=4))
            elif op == "delete" and data:
                del data[i]
            elif op == "repeat":
                j = draw(st.integers(i, min(len(data), i + 16)))
                data[i:i] = data[i:j] * draw(st.integers(1, 50))
            elif op == "cut":
                del data[i:]
        return bytes(data)
    return edit()


def inputs(valid: bytes):
    """Random bytes, random text from characters the formats use, or a mutated valid file."""
    return st.one_of(st.binary(max_size=300),
                     st.text(TEXT_ALPHABET, max_size=300).map(str.encode),
                     mutated(valid))


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def only_input_errors(load, path: Path, content: bytes) -> None:
    path.write_bytes(content)
    try:
        load(path)
    except InputError as e:
        assert str(e) and "\n" not in str(e)


@FUZZ
@given(content=inputs(MODEL))
def test_model_loader(folder, content):
    only_input_errors(load_model, folder / "m.json", content)


@FUZZ
@given(content=inputs(TABLE))
def test_csv_table_loader(folder, content):
    only_input_errors(load_data_file, folder / "t.csv", content)


@FUZZ
@given(content=inputs(DIGITS))
def test_digit_csv_loader(folder, content):
    only_input_errors(read_digit_csv, folder / "d.csv", content)
    only_input_errors(load_data_file, folder / "d.csv", content)


@FUZZ
@given(content=inputs(IMAGES), gz=st.booleans())
def test_idx_images_loader(folder, content, gz):
    content = gzip.compress(content) if gz else content
    only_input_errors(read_idx_images, folder / "fuzz-images-idx3-ubyte", content)
    (folder / "fuzz-labels-idx1-ubyte").write_bytes(LABELS)
    only_input_errors(load_data_file, folder / "fuzz-images-idx3-ubyte", content)


@FUZZ
@given(content=inputs(LABELS))
def test_idx_labels_loader(folder, content):
    only_input_errors(read_idx_labels, folder / "l-labels-idx1-ubyte", content)
    (folder / "m-labels-idx1-ubyte").write_bytes(content)  # beside the images, by MNIST's naming
    only_input_errors(load_data_file, folder / "m-images-idx3-ubyte", IMAGES)


def open_lesson(path: Path) -> None:
    """As the app opens a lesson: read it (its steps dry-run), build its data, check it."""
    config = load_lesson(str(path)).config
    validate(config, build_dataset(config.data))


@FUZZ
@given(content=inputs(LESSON))
def test_lesson_loader(folder, content):
    only_input_errors(open_lesson, folder / "fuzz.toml", content)


def test_the_valid_files_load(folder):
    """The files the mutations start from are good ones: the fuzz explores around them."""
    (folder / "ok.json").write_bytes(MODEL)
    assert load_model(folder / "ok.json").architecture.sizes == (2, 2, 1)
    (folder / "ok.csv").write_bytes(TABLE)
    assert load_data_file(folder / "ok.csv").n_features == 2
    (folder / "ok.digits.csv").write_bytes(DIGITS)
    assert read_digit_csv(folder / "ok.digits.csv")[0].shape == (4, 8, 8)
    (folder / "ok-images-idx3-ubyte").write_bytes(IMAGES)
    (folder / "ok-labels-idx1-ubyte").write_bytes(LABELS)
    assert load_data_file(folder / "ok-images-idx3-ubyte", test_ratio=0).image_shape == (2, 2)
    (folder / "ok.toml").write_bytes(LESSON)
    open_lesson(folder / "ok.toml")
