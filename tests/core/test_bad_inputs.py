"""The bad-input table (issue 15): every bad model, CSV table, digit CSV, IDX file and lesson
gives one InputError naming the file and the problem, through the loader and through
`nnviz train` (exit status 2, one line on stderr), and changes no file.

A case is (name, kind, writer, words): ``writer(folder)`` makes the file(s) and returns the
path to open (and for IDX images their labels); ``words`` must all appear in the message.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import struct
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from nnviz.cli import main
from nnviz.core.config import (
    Config,
    DataSpec,
    NetworkSpec,
    build_dataset,
    build_network,
    model_config,
    validate,
)
from nnviz.core.data import load_data_file, make_dataset
from nnviz.core.errors import InputError
from nnviz.core.lessons import load_lesson
from nnviz.core.modelfile import load_model

GOOD_MODEL = {
    "format": "nnviz-model", "version": 1, "loss": "binary_cross_entropy",
    "layers": [{"activation": "tanh", "weights": [[1, -2], [-1, 1]], "bias": [1, 0]},
               {"activation": "sigmoid", "weights": [[1, 1]], "bias": [0]}],
}


def model(**top) -> str:
    return json.dumps({**GOOD_MODEL, **top})


def out_layer(**changes) -> str:
    doc = json.loads(json.dumps(GOOD_MODEL))
    doc["layers"][1].update(changes)
    return json.dumps(doc)


def weight(text: str) -> str:
    """GOOD_MODEL with its first weight written as ``text``."""
    return model().replace("[[1, -2]", f"[[{text}, -2]", 1)


def lesson(body: str, title: bool = True) -> str:
    return ('title = "bad"\n' if title else "") + body


def points(extra: str = "", x: str = "[[0, 0], [1, 1]]", y: str = "[0, 1]") -> str:
    return lesson(f'[data]\nx = {x}\ny = {y}\nkind = "classification"\n{extra}')


def idx_images(n: int = 2, rows: int = 2, cols: int = 2, body: bytes | None = None) -> bytes:
    head = struct.pack(">IIII", 0x803, n, rows, cols)
    return head + (bytes(n * rows * cols) if body is None else body)


def idx_labels(labels: list[int]) -> bytes:
    return struct.pack(">II", 0x801, len(labels)) + bytes(labels)


def digits(rows: list[str]) -> str:
    """A digit CSV of 8×8 images: a header 'label,p1..p64', then ``rows``."""
    return "label," + ",".join(f"p{k}" for k in range(1, 65)) + "\n" + "\n".join(rows) + "\n"


ZEROS = ",".join(["0"] * 64)


def text(name: str, content: str | bytes):
    def write(folder: Path) -> Path:
        path = folder / name
        (path.write_bytes if isinstance(content, bytes) else path.write_text)(content)
        return path
    return write


def fifo(name: str):
    def write(folder: Path) -> Path:
        os.mkfifo(folder / name)
        return folder / name
    return write


def directory(name: str):
    def write(folder: Path) -> Path:
        (folder / name).mkdir()
        return folder / name
    return write


def device(name: str):
    def write(folder: Path) -> Path:
        (folder / name).symlink_to("/dev/zero")
        return folder / name
    return write


def sparse(name: str, start: bytes, size: int):
    """A file of ``size`` bytes that starts with ``start`` (the rest a hole on the disk)."""
    def write(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(start)
        os.truncate(path, size)
        return path
    return write


def missing(name: str):
    return lambda folder: folder / name


def pair(images: bytes, labels: bytes | None, name: str = "train-images-idx3-ubyte"):
    """IDX images and (if given) their labels beside them by MNIST's naming."""
    def write(folder: Path) -> Path:
        (folder / name).write_bytes(images)
        if labels is not None:
            (folder / "train-labels-idx1-ubyte").write_bytes(labels)
        return folder / name
    return write


def with_data_file(data_writer, body: str = ""):
    """A lesson whose [data] file is what ``data_writer`` makes (named 'data.csv')."""
    def write(folder: Path) -> Path:
        data_writer(folder)
        path = folder / "lesson.toml"
        path.write_text(lesson(f'[data]\nfile = "data.csv"\n{body}'))
        return path
    return write


MODEL = [
    ("int 400 digits", text("m.json", weight("9" * 400)), ["too large", "400 characters"]),
    ("int 5000 digits", text("m.json", weight("9" * 5000)), ["too large", "5,000 characters"]),
    ("negative int 400 digits", text("m.json", weight("-" + "9" * 400)), ["too large"]),
    ("float 1e400", text("m.json", weight("1e400")), ["1e400", "too large"]),
    ("arrays 100000 deep", text("m.json", model(layers="@").replace('"@"', "[" * 100_000 + "]" * 100_000)),
     ["nested too deeply"]),
    ("objects 100000 deep", text("m.json", '{"a":' * 100_000 + "1" + "}" * 100_000),
     ["nested too deeply"]),
    ("loss a list", text("m.json", model(loss=["mse"])), ["'loss'", "unknown loss", "a list"]),
    ("loss an object", text("m.json", model(loss={"a": 1})), ["'loss'", "unknown loss"]),
    ("loss a number", text("m.json", model(loss=3)), ["'loss'", "unknown loss", "3"]),
    ("activation an object", text("m.json", out_layer(activation={"a": 1})),
     ["layer 2", "'activation'", "unknown activation"]),
    ("activation a list", text("m.json", out_layer(activation=["sigmoid"])),
     ["layer 2", "unknown activation"]),
    ("duplicate top key", text("m.json", model()[:-1] + ', "loss": "half_squared_error"}'),
     ["'loss'", "appears twice"]),
    ("duplicate layer key", text("m.json", model().replace('"bias": [0]', '"bias": [0], "bias": [1]')),
     ["'bias'", "appears twice"]),
    ("one-neuron softmax", text("m.json", model(loss="softmax_cross_entropy").replace(
        '"sigmoid"', '"softmax"')), ["layer 2", "softmax", "at least 2 neurons"]),
    ("NaN weight", text("m.json", weight("NaN")), ["NaN", "finite"]),
    ("Infinity weight", text("m.json", weight("-Infinity")), ["-Infinity", "finite"]),
    ("not JSON", text("m.json", "hello"), ["not valid JSON", "line 1"]),
    ("empty", text("m.json", ""), ["not valid JSON"]),
    ("cut short", text("m.json", model()[:40]), ["not valid JSON"]),
    ("top level list", text("m.json", "[1, 2]"), ["top level", "JSON object"]),
    ("wrong format", text("m.json", model(format="keras")), ["'format'", "keras"]),
    ("format a list", text("m.json", model(format=[1] * 10_000)), ["'format'", "a list"]),
    ("version 2", text("m.json", model(version=2)), ["'version'", "2"]),
    ("version text", text("m.json", model(version="1")), ["'version'", "'1'"]),
    ("version true", text("m.json", model(version=True)), ["'version'", "True"]),
    ("no layers", text("m.json", json.dumps({k: v for k, v in GOOD_MODEL.items() if k != "layers"})),
     ["missing field", "'layers'"]),
    ("layers empty", text("m.json", model(layers=[])), ["'layers'", "non-empty list"]),
    ("layer a number", text("m.json", model(layers=[3])), ["layer 1", "must be an object"]),
    ("unknown top key", text("m.json", model(extra=1)), ["unknown field", "'extra'"]),
    ("long unknown key", text("m.json", model(**{"k" * 10_000: 1})), ["unknown field", "10,002"]),
    ("unknown layer key", text("m.json", out_layer(dropout=0.5)), ["layer 2", "'dropout'"]),
    ("weights a string", text("m.json", out_layer(weights="1,1")), ["layer 2", "'weights'", "rows"]),
    ("weights ragged", text("m.json", model().replace("[[1, -2], [-1, 1]]", "[[1, -2], [-1]]")),
     ["layer 1", "row has 1 numbers"]),
    ("weight true", text("m.json", weight("true")), ["layer 1", "True", "not a number"]),
    ("weight text", text("m.json", weight('"1"')), ["layer 1", "'1'", "not a number"]),
    ("weight a deep list", text("m.json", weight("[" * 500 + "]" * 500)), ["layer 1", "not a number"]),
    ("bias too short", text("m.json", out_layer(bias=[0, 0])), ["layer 2", "'bias'", "2 numbers for 1"]),
    ("bias an object", text("m.json", out_layer(bias={"b": 0})), ["layer 2", "'bias'"]),
    ("shapes do not chain", text("m.json", out_layer(weights=[[1, 1, 1]])), ["layer 2", "chain"]),
    ("3 inputs for xor", text("m.json", model(layers=[{"activation": "sigmoid",
                                                       "weights": [[1, 2, 3]], "bias": [0]}])),
     ["3 inputs", "2 features"]),
    ("3 outputs for xor", text("m.json", model(loss="half_squared_error").replace(
        '"weights": [[1, 1]], "bias": [0]', '"weights": [[1, 1], [1, 1], [1, 1]], "bias": [0, 0, 0]')),
     ["3 outputs", "needs 1 or 2"]),
    ("not UTF-8", text("m.json", b'{"format": "\xff"}'), ["UTF-8", "line 1"]),
    ("NUL bytes", text("m.json", b"\x00" * 10), ["NUL"]),
    ("FIFO", fifo("m.json"), ["FIFO", "not a model file"]),
    ("directory", directory("m.json"), ["directory"]),
    ("/dev/zero", device("m.json"), ["a device"]),
    ("17 MiB", sparse("m.json", b"{", 17 << 20), ["too big", "16,777,216 bytes"]),
    ("missing", missing("m.json"), ["no such file"]),
]

CSV = [
    ("underscore digits", text("d.csv", "x,y\n1_000,1\n2,0\n"), ["line 2", "'1_000' is not a number"]),
    ("full-width digits", text("d.csv", "x,y\n１２,1\n2,0\n"), ["line 2", "'１２' is not a number"]),
    ("arabic-indic digits", text("d.csv", "x,y\n1,1\n٣,0\n"), ["line 3", "'٣' is not a number"]),
    ("underscore target", text("d.csv", "x,y\n1,1\n2,1_0\n"), ["line 3", "column 2 (y)", "'1_0'"]),
    ("space in number", text("d.csv", "x,y\n1 000,1\n2,0\n"), ["line 2", "'1 000'"]),
    ("hex", text("d.csv", "x,y\n0x10,1\n2,0\n"), ["line 2", "'0x10'"]),
    ("two points", text("d.csv", "x,y\n1.2.3,1\n2,0\n"), ["line 2", "'1.2.3'"]),
    ("word", text("d.csv", "x,y\nabc,1\n2,0\n"), ["line 2", "'abc' is not a number"]),
    ("inf", text("d.csv", "x,y\ninf,1\n2,0\n"), ["line 2", "not a finite number"]),
    ("nan", text("d.csv", "x,y\n1,nan\n2,0\n"), ["line 2", "not a finite number"]),
    ("1e999", text("d.csv", "x,y\n1e999,1\n2,0\n"), ["line 2", "'1e999'", "finite"]),
    ("empty cell", text("d.csv", "x,y\n,1\n2,0\n"), ["line 2", "empty cell"]),
    ("decimal comma", text("d.csv", "x;y\n1,5;1\n2;0\n"), ["line 2", "'1,5'", "'.'"]),
    ("ragged", text("d.csv", "x,y\n1,1\n2,0,3\n"), ["line 3", "3 cells"]),
    ("single column", text("d.csv", "1\n2\n"), ["line 1", "single column"]),
    ("header only", text("d.csv", "x,y\n"), ["no data rows", "line 1"]),
    ("empty", text("d.csv", ""), ["empty"]),
    ("blank lines only", text("d.csv", "\n\n  \n"), ["empty"]),
    ("open quote", text("d.csv", 'x,y\n"1,1\n2,0\n'), ["line 2", "closing quote"]),
    ("not UTF-8", text("d.csv", b"x,y\n1,\xe9\n"), ["UTF-8", "line 2"]),
    ("NUL bytes", text("d.csv", b"x,y\n1,\x001\n"), ["binary data"]),
    ("gzip not IDX", text("d.csv", gzip.compress(b"x,y\n1,2\n")), ["gzip data that is not IDX"]),
    ("IDX labels as data", text("d.csv", idx_labels([1, 2])), ["IDX label file"]),
    ("FIFO", fifo("d.csv"), ["FIFO", "not a data file"]),
    ("directory", directory("d.csv"), ["directory"]),
    ("/dev/zero", device("d.csv"), ["a device"]),
    ("missing", missing("d.csv"), ["no such file"]),
    ("digits: label 10", text("d.csv", digits(["10," + ZEROS])), ["line 2", "column 1", "label 10"]),
    ("digits: pixel 256", text("d.csv", digits(["1," + ZEROS[:-1] + "256"])), ["line 2", "256", "0..255"]),
    ("digits: negative pixel", text("d.csv", digits(["1,-1" + ZEROS[1:]])), ["line 2", "column 2"]),
    ("digits: full-width pixel", text("d.csv", digits(["1,１" + ZEROS[1:]])), ["line 2", "column 2"]),
    ("digits: decimal pixel", text("d.csv", digits(["1,0.5" + ZEROS[1:]])), ["line 2", "'0.5'", "whole"]),
    ("digits: ragged", text("d.csv", digits(["1," + ZEROS, "2," + ZEROS + ",0"])), ["line 3", "66 values"]),
    ("digits: not square", text("d.csv", "label,a,b,c\n1,2,3,4\n"), ["line 2", "square"]),
    ("digits: empty cell", text("d.csv", digits(["1,," + ZEROS[2:]])), ["line 2", "empty"]),
]

IDX = [
    ("no labels beside", pair(idx_images(), None), ["need their labels", "train-labels-idx1-ubyte"]),
    ("cut short", pair(idx_images(body=b"\x00" * 5), idx_labels([1, 2])), ["train-images-idx3-ubyte"]),
    ("extra bytes", pair(idx_images() + b"\x00", idx_labels([1, 2])), ["train-images-idx3-ubyte"]),
    ("10^9 images promised", pair(idx_images(n=10**9, body=b""), idx_labels([1])),
     ["train-images-idx3-ubyte", "1000000000 images"]),
    ("side 5000", pair(idx_images(n=1, rows=5000, cols=5000, body=b""), idx_labels([1])),
     ["train-images-idx3-ubyte", "5000"]),
    ("counts differ", pair(idx_images(), idx_labels([1, 2, 3])), ["2", "3"]),
    ("label 10", pair(idx_images(), idx_labels([1, 10])), ["train-labels-idx1-ubyte", "10"]),
    ("labels cut short", pair(idx_images(), idx_labels([1, 2])[:-1]), ["train-labels-idx1-ubyte"]),
    ("labels not IDX", pair(idx_images(), b"hello there"), ["train-labels-idx1-ubyte"]),
    ("gzip damaged", pair(gzip.compress(idx_images())[:-12], idx_labels([1, 2]),
                          "train-images-idx3-ubyte.gz"), ["gzip"]),
    ("labels a FIFO", lambda folder: (fifo("train-labels-idx1-ubyte")(folder),
                                      text("train-images-idx3-ubyte", idx_images())(folder))[1],
     ["need their labels"]),
    ("labels a directory", lambda folder: (directory("train-labels-idx1-ubyte")(folder),
                                           text("train-images-idx3-ubyte", idx_images())(folder))[1],
     ["need their labels"]),
]

LESSON = [
    ("ragged inline x", text("l.toml", points(x="[[0, 0], [1]]")), ["[data]", "'x'[1]", "every row"]),
    ("x mixes numbers and rows", text("l.toml", points(x="[[0, 0], 1]")), ["[data]", "'x' mixes"]),
    ("mixed-type y", text("l.toml", points(y='[0, "one"]')), ["[data]", "'y'", "class numbers"]),
    ("y rows for classes", text("l.toml", points(y="[[0], [1]]")), ["[data]", "'y'", "class numbers"]),
    ("regression y mixed", text("l.toml", lesson("[data]\nx = [1, 2]\ny = [1, [2]]\n")),
     ["[data]", "'y' mixes"]),
    ("regression y ragged", text("l.toml", lesson("[data]\nx = [1, 2]\ny = [[1, 2], [3]]\n")),
     ["[data]", "'y'[1]"]),
    ("y shorter than x", text("l.toml", points(y="[0]")), ["'x' has 2 rows", "1 targets"]),
    ("x empty", text("l.toml", points(x="[]")), ["[data]", "'x'", "non-empty"]),
    ("y missing", text("l.toml", lesson("[data]\nx = [1, 2]\n")), ["[data]", "'y'"]),
    ("x nan", text("l.toml", points(x="[[0, nan], [1, 1]]")), ["[data]", "nan", "finite"]),
    ("y = [0, 10^8]", text("l.toml", points(y="[0, 100000000]")), ["'y'", "classes", "1,000"]),
    ("y = -5", text("l.toml", points(y="[0, -5]")), ["'y'", "-5"]),
    ("lr in hyperparameters", text("l.toml", lesson("[training.hyperparameters]\nlr = 0.1\n")),
     ["hyperparameters", "'lr'", "learning_rate in [training]"]),
    ("learning_rate in hyperparameters",
     text("l.toml", lesson("[training.hyperparameters]\nlearning_rate = 0.1\n")),
     ["hyperparameters", "'learning_rate'"]),
    ("momentum nan", text("l.toml", lesson("[training]\noptimizer = \"momentum\"\n"
                                           "[training.hyperparameters]\nmomentum = nan\n")),
     ["'momentum'", "finite"]),
    ("learning rate inf", text("l.toml", lesson("[training]\nlearning_rate = inf\n")),
     ["'learning_rate'", "inf"]),
    ("negative network seed", text("l.toml", lesson("[network]\nseed = -1\n")),
     ["[network]", "'seed'", "at least 0", "-1"]),
    ("negative data seed", text("l.toml", lesson("[data]\nseed = -1\n")), ["[data]", "'seed'", "-1"]),
    ("seed 2^40", text("l.toml", lesson("[network]\nseed = 1099511627776\n")),
     ["'seed'", "4,294,967,295"]),
    ("init_range inf", text("l.toml", lesson("[network]\ninit_range = inf\n")), ["'init_range'", "inf"]),
    ("init_range 1e300", text("l.toml", lesson("[network]\ninit_range = 1e300\n")),
     ["'init_range'", "1e+300"]),
    ("init_range nan", text("l.toml", lesson("[network]\ninit_range = nan\n")), ["'init_range'", "nan"]),
    ("params nan", text("l.toml", lesson("[network]\nparams = [nan, 1, 2]\n")),
     ["[network]", "'params'[0]", "finite"]),
    ("params inf", text("l.toml", lesson("[network]\nparams = [1, -inf]\n")), ["'params'[1]", "-inf"]),
    ("speed nan", text("l.toml", lesson("speed = nan\n")), ["'speed'", "nan"]),
    ("speed 0", text("l.toml", lesson("speed = 0\n")), ["'speed'", "0"]),
    ("speed text", text("l.toml", lesson('speed = "fast"\n')), ["'speed'", "fast"]),
    ("n 10^12", text("l.toml", lesson('[data]\ndataset = "moons"\nn = 1000000000000\n')),
     ["[data]", "'n'", "1,000,000"]),
    ("noise inf", text("l.toml", lesson("[data]\nnoise = inf\n")), ["'noise'", "finite"]),
    ("hidden 2^63-1", text("l.toml", lesson("[network]\nhidden = [9223372036854775807]\n")),
     ["'hidden'", "4,096"]),
    ("1000 hidden layers", text("l.toml", lesson(f"[network]\nhidden = [{', '.join(['2'] * 1000)}]\n")),
     ["'hidden'", "16 hidden layers"]),
    ("hidden 0", text("l.toml", lesson("[network]\nhidden = [0]\n")), ["'hidden'", "positive"]),
    ("not TOML", text("l.toml", "title = \n"), ["not valid TOML"]),
    ("no title", text("l.toml", lesson("speed = 3\n", title=False)), ["missing key", "'title'"]),
    ("unknown key", text("l.toml", lesson("colour = 3\n")), ["unknown key", "'colour'"]),
    ("unknown dataset", text("l.toml", lesson('[data]\ndataset = "imagenet"\n')), ["imagenet"]),
    ("two data sources", text("l.toml", lesson('[data]\ndataset = "xor"\nx = [1]\n')),
     ["[data]", "exactly one"]),
    ("not UTF-8", text("l.toml", b'title = "\xff"\n'), ["UTF-8", "line 1"]),
    ("NUL bytes", text("l.toml", b'title = "a\x00"\n'), ["NUL"]),
    ("FIFO", fifo("l.toml"), ["FIFO", "not a lesson file"]),
    ("directory", directory("l.toml"), ["directory"]),
    ("/dev/zero", device("l.toml"), ["a device"]),
    ("17 MiB", sparse("l.toml", b"#", 17 << 20), ["too big"]),
    ("missing", missing("l.toml"), ["no such lesson file"]),
    ("data file a FIFO", with_data_file(fifo("data.csv")), ["data.csv", "FIFO"]),
    ("data file a directory", with_data_file(directory("data.csv")), ["data.csv", "directory"]),
    ("data file /dev/zero", with_data_file(device("data.csv")), ["data.csv", "a device"]),
    ("data file missing", with_data_file(missing("data.csv")), ["data.csv", "no such file"]),
    ("data file 1_000", with_data_file(text("data.csv", "x,y\n1_000,1\n2,0\n")),
     ["data.csv", "'1_000' is not a number"]),
    ("data file full-width", with_data_file(text("data.csv", "x,y\n1,1\n２,0\n")),
     ["data.csv", "line 3", "'２'"]),
]

CASES = ([("model", *c) for c in MODEL] + [("csv", *c) for c in CSV]
         + [("idx", *c) for c in IDX] + [("lesson", *c) for c in LESSON])


def load(kind: str, path: Path):
    if kind == "model":  # as the app opens it: read, then fit to the data (xor)
        return model_config(load_model(path), Config(), make_dataset("xor"), source=str(path))
    if kind == "lesson":  # as the app opens it: read, then build the data and check the network
        config = load_lesson(str(path)).config
        return validate(config, build_dataset(config.data))
    return load_data_file(path)


def cli_args(kind: str, path: Path) -> list[str]:
    what = {"model": ["--model", str(path), "--dataset", "xor"], "csv": ["--data", str(path)],
            "idx": ["--data", str(path)], "lesson": ["--lesson", str(path)]}[kind]
    return ["train", *what, "--steps", "1"]


def folder_state(folder: Path) -> dict[str, tuple]:
    """Every entry's name, type and (regular files) content hash; a FIFO is never opened."""
    state = {}
    for entry in sorted(folder.rglob("*")):
        st = entry.lstat()
        digest = hashlib.sha256(entry.read_bytes()).hexdigest() if entry.is_file() \
            and not entry.is_symlink() else None
        state[str(entry.relative_to(folder))] = (st.st_mode, st.st_size, digest)
    return state


def test_the_table_is_large():
    assert len(CASES) >= 80
    assert len({(kind, name) for kind, name, *_ in CASES}) == len(CASES)


@pytest.mark.parametrize("kind, name, writer, words", CASES,
                         ids=[f"{kind}: {name}" for kind, name, *_ in CASES])
def test_bad_input(tmp_path, capsys, kind, name, writer, words):
    folder = tmp_path / "files"
    folder.mkdir()
    path = writer(folder)
    before = folder_state(folder)
    with pytest.raises(InputError) as caught:  # any other exception fails the test
        load(kind, path)
    message = str(caught.value)
    assert "\n" not in message
    assert str(folder) in message  # the file (the lesson, or the data file it names)
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"
    assert main(cli_args(kind, path)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("nnviz: error: "), err
    assert folder_state(folder) == before


def test_dev_zero_is_refused_before_reading(tmp_path, monkeypatch):
    """/dev/zero never ends: the check comes before open(), so nothing is read at all."""
    opened = []
    real_open = open

    def spy(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spy)
    for kind, name in (("model", "m.json"), ("csv", "d.csv"), ("lesson", "l.toml")):
        path = device(name)(tmp_path)
        with pytest.raises(InputError, match="a device"):
            load(kind, path)
    assert not [f for f in opened if f.startswith(str(tmp_path))]


def test_too_big_is_refused_after_limit_plus_one_bytes(tmp_path, monkeypatch):
    """A file that says it is small but grows (st_size passed) is read to limit + 1 bytes."""
    from nnviz.core import files

    path = tmp_path / "m.json"
    path.write_bytes(b" " * 1000)
    monkeypatch.setattr(files, "check_regular", lambda path, kind: SimpleNamespace(st_size=0))
    reads = []
    real_open = open

    class Counting:
        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.f.close()

        def read(self, n=-1):
            reads.append(n)
            return self.f.read(n)

    monkeypatch.setattr("builtins.open", lambda *a, **k: Counting(real_open(*a, **k)))
    with pytest.raises(InputError, match="too big for a model file"):
        files.read_text(path, "a model file", "JSON", limit=100)
    assert reads == [101]


TWO_SIGMOIDS = {
    "format": "nnviz-model", "version": 1, "loss": "half_squared_error",
    "layers": [{"activation": "sigmoid", "weights": [[1, -2], [-1, 1]], "bias": [1, 0]}],
}


def test_a_two_output_sigmoid_model_fits_from_the_cli_and_the_app(tmp_path, capsys):
    """One rule for what fits: the model `nnviz train --model` trains on xor is one the app's
    File → Open model takes (it said: the network has 3 parameters but 6 starting values were
    given)."""
    path = tmp_path / "two.json"
    path.write_text(json.dumps(TWO_SIGMOIDS))
    assert main(["train", "--model", str(path), "--dataset", "xor", "--steps", "2"]) == 0
    capsys.readouterr()
    network, dataset = load_model(path), make_dataset("xor")
    config = model_config(network, Config(data=DataSpec(name="xor")), dataset)
    assert config.network.outputs == 2 and config.network.hidden == ()
    np.testing.assert_array_equal(config.network.params, [1, -2, -1, 1, 1, 0])  # W^1, b^1
    assert build_network(config, dataset).architecture == network.architecture


def test_one_neuron_softmax_is_refused_by_every_path(capsys):
    """A model file (in the table), a configuration (the app, lessons) and --layers."""
    spec = NetworkSpec(hidden=(), activations=(), output_activation="softmax",
                       loss="softmax_cross_entropy", outputs=1)
    with pytest.raises(InputError, match="softmax output needs at least 2 neurons"):
        validate(Config(network=spec), make_dataset("xor"))
    assert main(["train", "--dataset", "xor", "--layers", "2,1", "--output-activation",
                 "softmax", "--steps", "1"]) == 2
    assert "at least 2 neurons" in capsys.readouterr().err
