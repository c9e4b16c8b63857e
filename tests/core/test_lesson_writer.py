"""lesson_text: a configuration and θ written as a lesson file that parse_lesson reads back
exactly (an exact small file, then hypothesis over configurations and θ)."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nnviz.core.config import (
    CSV,
    INLINE,
    Config,
    DataSpec,
    NetworkSpec,
    TrainingSpec,
    resolve,
)
from nnviz.core.errors import InputError
from nnviz.core.lesson_writer import lesson_text
from nnviz.core.lessons import load_lesson, parse_lesson
from nnviz.core.optimizers import OPTIMIZERS, make_optimizer

PERCEPTRON = Config(
    data=DataSpec(name=INLINE, x=((1.0, -1.0), (0.0, 0.5)), y=(1, 0), kind="classification",
                  labels="pm1"),
    network=NetworkSpec(hidden=(), activations=(), output_activation="sign",
                        loss="half_squared_error"),
    training=TrainingSpec(optimizer="sgd", learning_rate=1.0, rule="perceptron"),
)

PERCEPTRON_TEXT = '''\
title = "Perceptron \\"start\\""
description = "two\\nlines"

[data]
x = [[1.0, -1.0], [0.0, 0.5]]
y = [1, 0]
kind = "classification"
seed = 0
labels = "pm1"

[network]
hidden = []
output_activation = "sign"
loss = "half_squared_error"
bias = true
init = "xavier"
init_range = 0.5
seed = 0
params = [0.0, -0.1, 0.30000000000000004]

[training]
optimizer = "sgd"
learning_rate = 1.0
batch = "full"
shuffle = true
rule = "perceptron"
cost = "mean"
'''


def read_back(text: str, base=None):
    return parse_lesson(text, name="saved", source="saved.toml", base=base)


def test_an_exact_small_lesson():
    theta = [0.0, -0.1, 0.1 + 0.2]
    text = lesson_text(PERCEPTRON, theta, 'Perceptron "start"', "two\nlines")
    assert text == PERCEPTRON_TEXT
    lesson = read_back(text)
    assert lesson.title == 'Perceptron "start"' and lesson.description == "two\nlines"
    assert lesson.config == replace(PERCEPTRON, network=replace(PERCEPTRON.network,
                                                                params=tuple(theta)))
    assert lesson.config.network.params[2] == 0.30000000000000004  # repr: bit for bit


def test_generated_data_hyperparameters_and_a_mini_batch():
    config = Config(
        data=DataSpec(name="moons", n=60, noise=0.125, test_ratio=0.25, seed=7),
        network=NetworkSpec(hidden=(3, 2), activations=("relu", "tanh"), seed=4,
                            init="he", init_range=0.75, bias=False),
        training=TrainingSpec(optimizer="adam", learning_rate=0.01, batch_mode="mini-batch",
                              batch_size=8, shuffle=False, hyperparameters={"beta1": 0.8},
                              cost="sum"),
    )
    text = lesson_text(config, None, "Moons", speed=float("inf"),
                       lecture_views=["boundary", "loss"])
    assert 'dataset = "moons"\nn = 60\nnoise = 0.125\ntest_ratio = 0.25\nseed = 7\n' in text
    assert 'activation = ["relu", "tanh"]' in text and "batch = 8\n" in text
    assert '[training.hyperparameters]\n"beta1" = 0.8\n' in text
    assert "params" not in text  # θ drawn from the seed, as in the config
    lesson = read_back(text)
    assert lesson.config == config
    assert lesson.speed == math.inf and lesson.lecture_views == ("boundary", "loss")


def test_a_csv_file_is_written_by_its_path(tmp_path):
    csv = tmp_path / "points.csv"
    csv.write_text("x1,x2,y\n0,0,0\n1,1,1\n", encoding="utf-8")
    config = Config(data=DataSpec(name=CSV, path=str(csv), test_ratio=0.0, seed=3))
    text = lesson_text(config, None, "CSV")
    assert f'file = "{csv}"' in text
    assert read_back(text).config == config
    # saved beside it: relative, and read from that folder it is the same file again
    relative = lesson_text(config, None, "CSV", relative_to=tmp_path)
    assert 'file = "points.csv"' in relative
    assert read_back(relative, base=tmp_path).config == config


def test_idx_images_are_written_with_their_labels_file(tmp_path):
    config = Config(data=DataSpec(name=CSV, path=str(tmp_path / "images.idx3"),
                                  labels_path=str(tmp_path / "labels.idx1"), seed=3))
    relative = lesson_text(config, None, "IDX", relative_to=tmp_path)
    assert 'file = "images.idx3"' in relative and 'labels_file = "labels.idx1"' in relative
    assert read_back(relative, base=tmp_path).config == config


def test_a_shipped_lesson_round_trips_with_trained_weights():
    lesson = load_lesson("xor")
    theta = np.linspace(-1.5, 1.5, 17) / 3.0
    again = read_back(lesson_text(lesson.config, theta, lesson.title, lesson.description,
                                  speed=lesson.speed, lecture_views=lesson.lecture_views))
    assert resolve(again.config) == resolve(lesson.config.with_network(params=tuple(theta)))
    assert np.array_equal(np.asarray(again.config.network.params), theta)
    assert (again.title, again.description, again.speed, again.lecture_views) == (
        lesson.title, lesson.description, lesson.speed, lesson.lecture_views)


@pytest.mark.parametrize("theta", [[0.0, math.nan], [math.inf, 1.0]])
def test_a_diverged_network_is_refused(theta):
    with pytest.raises(InputError, match="not all finite"):
        lesson_text(PERCEPTRON, theta, "Diverged")


def test_an_empty_title_is_refused():
    with pytest.raises(InputError, match="needs a title"):
        lesson_text(PERCEPTRON, None, "  ")


# -- hypothesis: any configuration and θ come back the same ------------------------------------
finite = st.floats(allow_nan=False, allow_infinity=False, width=64)
positive = st.floats(min_value=1e-12, max_value=1e6, allow_nan=False, allow_infinity=False)
names = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20).filter(str.strip)
seeds = st.integers(min_value=0, max_value=2**32 - 1)
maybe = st.none


@st.composite
def data_specs(draw):
    common = {
        "n": draw(maybe() | st.integers(1, 10_000)),
        "noise": draw(maybe() | st.floats(0, 5, allow_nan=False)),
        "test_ratio": draw(maybe() | st.floats(0, 0.99, allow_nan=False)),
        "seed": draw(seeds),
    }
    source = draw(st.sampled_from(["generated", "inline", "inline_rows", "csv"]))
    if source == "generated":
        return DataSpec(name=draw(st.sampled_from(["xor", "moons", "festival", "line", "and"])),
                        labels=draw(maybe() | st.sampled_from(["01", "pm1"])), **common)
    if source == "csv":
        return DataSpec(name=CSV, path=draw(st.sampled_from(["/data/a.csv", "b c/d\\e.csv"])),
                        labels_path=draw(maybe() | st.just("/data/train-labels-idx1-ubyte")),
                        labels=draw(maybe() | st.just("01")), **common)
    width = draw(st.integers(1, 3))
    rows = draw(st.integers(1, 5))
    x = tuple(tuple(draw(finite) for _ in range(width)) for _ in range(rows))
    if source == "inline_rows":
        targets = draw(st.integers(1, 3))
        y = tuple(tuple(draw(finite) for _ in range(targets)) for _ in range(rows))
        return DataSpec(name=INLINE, x=x, y=y, kind="regression", **common)
    kind = draw(st.sampled_from(["regression", "classification"]))
    y = tuple(draw(st.integers(0, 3)) if kind == "classification" else draw(finite)
              for _ in range(rows))
    return DataSpec(name=INLINE, x=x, y=y, kind=kind,
                    labels=draw(maybe() | st.sampled_from(["01", "pm1"])), **common)


@st.composite
def network_specs(draw):
    hidden = tuple(draw(st.lists(st.integers(1, 64), max_size=4)))
    hidden_acts = st.sampled_from(["tanh", "relu", "sigmoid", "identity", "leaky_relu"])
    if draw(st.booleans()) and hidden:
        activations = (draw(hidden_acts),) * len(hidden)
    else:
        activations = tuple(draw(hidden_acts) for _ in hidden)
    return NetworkSpec(
        hidden=hidden, activations=activations,
        output_activation=draw(st.sampled_from(["sigmoid", "softmax", "identity", "sign"])),
        loss=draw(st.sampled_from(["binary_cross_entropy", "half_squared_error", "squared_error"])),
        bias=draw(st.booleans()), init=draw(st.sampled_from(["xavier", "he", "zeros", "uniform"])),
        init_range=draw(positive), seed=draw(seeds),
    )


@st.composite
def training_specs(draw):
    optimizer = draw(st.sampled_from(OPTIMIZERS))
    keys = [k for k in make_optimizer(optimizer).hyperparameters() if k != "lr"]
    hyper = {k: draw(positive) for k in draw(st.lists(st.sampled_from(keys), unique=True))} \
        if keys else {}
    mode = draw(st.sampled_from(["full", "stochastic", "mini-batch"]))
    return TrainingSpec(
        optimizer=optimizer, learning_rate=draw(positive), hyperparameters=hyper,
        batch_mode=mode, batch_size=draw(st.integers(1, 500)) if mode == "mini-batch" else 16,
        shuffle=draw(st.booleans()), rule=draw(st.sampled_from(["gradient", "perceptron"])),
        cost=draw(st.sampled_from(["mean", "sum"])),
    )


@given(data=data_specs(), network=network_specs(), training=training_specs(),
       theta=maybe() | st.lists(finite, max_size=40), title=names,
       description=st.text(st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_any_configuration_and_theta_read_back_exactly(data, network, training, theta, title,
                                                       description):
    config = Config(data, network, training)
    lesson = read_back(lesson_text(config, theta, title, description))
    expected = config if theta is None else config.with_network(params=tuple(theta))
    assert lesson.config == expected
    assert resolve(lesson.config) == resolve(expected)
    if theta is not None:  # bit for bit, the sign of zero included
        assert [math.copysign(1, v) for v in lesson.config.network.params] == \
            [math.copysign(1, v) for v in theta]
    assert (lesson.title, lesson.description) == (title, description)
