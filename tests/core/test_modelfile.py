"""The JSON model file: round trips and the bad-file suite."""

import json
import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.errors import InputError
from nnviz.core.modelfile import load_model, model_to_dict, save_model
from nnviz.core.network import Architecture, Network

LECTURE = {
    "format": "nnviz-model",
    "version": 1,
    "loss": "half_squared_error",
    "layers": [{"activation": "sigmoid", "weights": [[1, -2], [-1, 1]], "bias": [1, 0]}],
}


def write(tmp_path, content, name="model.json"):
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    return path


def test_lecture_model_loads_and_runs(tmp_path):
    net = load_model(write(tmp_path, LECTURE))
    np.testing.assert_array_equal(net.forward([1, -1]).z[0], [[4, -2]])
    assert model_to_dict(net) == {**LECTURE, "layers": [
        {"activation": "sigmoid", "weights": [[1.0, -2.0], [-1.0, 1.0]], "bias": [1.0, 0.0]}]}


@settings(max_examples=40, deadline=None)
@given(
    sizes=st.lists(st.integers(1, 5), min_size=2, max_size=4),
    bias=st.booleans(),
    seed=st.integers(0, 1000),
)
def test_round_trip_is_exact(tmp_path_factory, sizes, bias, seed):
    arch = Architecture.dense(sizes, "tanh", "identity", "absolute_error", bias)
    net = Network(arch, np.random.default_rng(seed).normal(size=arch.n_parameters) * 1e3)
    path = tmp_path_factory.mktemp("m") / "net.json"
    save_model(net, path)
    back = load_model(path)
    assert back.architecture == net.architecture
    np.testing.assert_array_equal(back.params, net.params)


def test_save_is_atomic_and_leaves_no_temp_files(tmp_path, monkeypatch):
    path = tmp_path / "net.json"
    net = Network.create([2, 2, 1], seed=0)
    save_model(net, path)
    before = path.read_text()

    def fail(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        save_model(Network.create([2, 5, 1], seed=1), path)
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["net.json"]


def layer(**changes):
    doc = json.loads(json.dumps(LECTURE))
    doc["layers"][0].update(changes)
    return doc


BAD = [
    ("not json at all", "not valid JSON"),
    ('{"format": "nnviz-model", "version": 1, "loss"', "not valid JSON"),
    ("[1, 2]", "top level must be a JSON object"),
    ({**LECTURE, "format": "keras"}, "field 'format' must be 'nnviz-model'"),
    ({**LECTURE, "version": 2}, "field 'version' must be 1"),
    ({**LECTURE, "version": True}, "field 'version' must be 1"),
    ({k: v for k, v in LECTURE.items() if k != "loss"}, "missing field 'loss'"),
    ({**LECTURE, "loss": "mse"}, "field 'loss': unknown loss 'mse'"),
    ({**LECTURE, "layers": []}, "'layers' must be a non-empty list"),
    ({**LECTURE, "extra": 1}, "top level: unknown field 'extra'"),
    (layer(dropout=0.5), "layer 1: unknown field 'dropout'"),
    (layer(activation="swish"), "layer 1, field 'activation': unknown activation 'swish'"),
    (layer(weights=[[1, -2], [-1]]), r"layer 1, field 'weights'\[1\]: row has 1 numbers"),
    (layer(weights=[[1, "x"], [-1, 1]]), r"layer 1, field 'weights'\[0\]\[1\]: 'x' is not a number"),
    (layer(bias=[1, 0, 3]), "layer 1, field 'bias': 3 numbers for 2 neurons"),
    (layer(bias=[1, True]), r"field 'bias'\[1\]: True is not a number"),
    (layer(weights=[[1, 1e999], [0, 0]]), "not a finite number"),
    ('{"format": "nnviz-model", "version": 1, "loss": "half_squared_error", "layers": '
     '[{"activation": "sigmoid", "weights": [[NaN, 1]], "bias": null}]}', "NaN is not a finite number"),
    ({**LECTURE, "layers": LECTURE["layers"] + [
        {"activation": "sigmoid", "weights": [[1, 2, 3]], "bias": None}]},
     "layer 2, field 'weights': rows have 3 numbers but layer 1 has 2 neurons"),
    ({**LECTURE, "loss": "binary_cross_entropy", "layers": [layer(activation="tanh")["layers"][0]]},
     "needs a sigmoid output layer"),
]


@pytest.mark.parametrize("content, message", BAD)
def test_bad_files_are_named(tmp_path, content, message):
    path = write(tmp_path, content)
    with pytest.raises(InputError, match=message) as err:
        load_model(path)
    assert str(path) in str(err.value)


def test_missing_binary_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_model(tmp_path / "nope.json")
    (tmp_path / "bin.json").write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(InputError, match="not a text file"):
        load_model(tmp_path / "bin.json")
    with pytest.raises(InputError, match="is a directory"):
        load_model(tmp_path)


def test_layer_without_bias_round_trips(tmp_path):
    net = Network.from_layers([[[2.5]]], [None], ["identity"], "squared_error")
    path = tmp_path / "w.json"
    save_model(net, path)
    doc = json.loads(path.read_text())
    assert doc["layers"][0]["bias"] is None
    assert load_model(path).biases == [None]


def test_a_file_that_is_not_utf8_names_its_line(tmp_path):
    """The model loader reads files as the CSV loader does (core/files.py): the line is named."""
    (tmp_path / "latin1.json").write_bytes(b'{"format": "nnviz-model",\n "loss": "caf\xe9"}')
    with pytest.raises(InputError, match=r"not a UTF-8 text file \(line 2 has a byte"):
        load_model(tmp_path / "latin1.json")


@pytest.mark.parametrize("sizes, words", [
    ([2] + [1] * 17 + [1], "at most 16 hidden layers, not 17"),
    ([2, 5000, 1], "at most 4,096 neurons, not 5,000"),
])
def test_a_model_beyond_the_limits_is_refused_like_a_lesson(tmp_path, sizes, words):
    """Model files go through core.limits as lessons and --layers do (train --model and
    explain never pass config.validate)."""
    net = Network.create(sizes, seed=0)
    path = tmp_path / "big.json"
    path.write_text(json.dumps(model_to_dict(net)))
    with pytest.raises(InputError, match="field 'layers'") as e:
        load_model(path)
    assert words in str(e.value)
