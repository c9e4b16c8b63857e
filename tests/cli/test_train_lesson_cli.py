"""`nnviz train --lesson NAME [--lesson-step K]`: training from a lesson's replayed state,
saved and explained; K out of range and options the lesson sets are one error line (exit 2)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from nnviz.core.modelfile import load_model

# The lectures' 1-D example: a = w·x, x = 2, y = 3, loss (a - y)², η = 0.1, w = 2.5:
# loss 4, gradient 8, w = 1.7, loss 0.16; one more step: w = 1.54, loss 0.0064.
ONE_WEIGHT = """\
title = "One weight"
description = "a = w x"

[data]
x = [[2.0]]
y = [3.0]

[network]
hidden = []
output_activation = "identity"
loss = "squared_error"
bias = false
params = [2.5]

[training]
optimizer = "sgd"
learning_rate = 0.1

[[step]]
title = "One step of gradient descent"
train = 1

[[step]]
title = "Start again at w = 1"
network = { params = [1.0] }
"""


@pytest.fixture
def one_weight(tmp_path):
    path = tmp_path / "one_weight.toml"
    path.write_text(ONE_WEIGHT, encoding="utf-8")
    return path


def json_lines(result):
    assert result.status == 0, result.err
    return [json.loads(line) for line in result.out.splitlines()]


def test_from_the_start_of_a_lesson_file(run_cli, one_weight):
    lines = json_lines(run_cli("train", "--lesson", one_weight, "--steps", "1", "--every", "1",
                               "--json"))
    assert [line.get("step") for line in lines] == [0, None]
    assert lines[0]["loss"] == 4.0  # (2.5·2 - 3)²
    assert lines[1]["steps"] == 1 and lines[1]["loss"] == pytest.approx(0.16, abs=1e-12)
    assert lines[1]["stopped"] == "steps"


def test_after_step_1_it_goes_on_from_w_1_7(run_cli, one_weight, tmp_path):
    saved = tmp_path / "w.json"
    lines = json_lines(run_cli("train", "--lesson", one_weight, "--lesson-step", "1",
                               "--steps", "1", "--every", "1", "--json", "--save", saved))
    assert lines[0]["step"] == 0 and lines[0]["loss"] == pytest.approx(0.16, abs=1e-12)
    assert lines[1]["loss"] == pytest.approx(0.0064, abs=1e-12)
    np.testing.assert_allclose(load_model(saved).params, [1.54], atol=1e-12)


def test_after_step_2_the_step_set_w_1(run_cli, one_weight, tmp_path):
    saved = tmp_path / "w.json"
    lines = json_lines(run_cli("train", "--lesson", one_weight, "--lesson-step", "2",
                               "--steps", "0", "--json", "--save", saved))
    assert lines[-1]["steps"] == 0 and lines[-1]["loss"] == 1.0  # (1·2 - 3)²
    assert load_model(saved).params.tolist() == [1.0]


def test_the_text_names_the_lesson_step_and_the_counts(run_cli, one_weight):
    result = run_cli("train", "--lesson", one_weight, "--lesson-step", "1", "--steps", "2",
                     "--lr", "0.05")
    assert result.status == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "lesson one_weight, step 1 of 2: One step of gradient descent"
    assert lines[1] == ("training a 1-1 network (no hidden layer → identity; loss squared_error) "
                        "on points (1 training sample), cost C = 1/n Σ ℓ, sgd η = 0.05, full batch, 2 steps")
    assert lines[2] == "1-1 network: 1 neuron, 1 weight, no biases, 1 parameter"
    assert lines[-1] == "training loss 0.020736"  # w: 1.7 -> 1.62 -> 1.572, (3.144 - 3)²
    start = run_cli("train", "--lesson", one_weight, "--steps", "0").out.splitlines()
    assert start[0] == "lesson one_weight, its start: One weight"


def test_a_shipped_lesson_model_saved_and_explained(run_cli, tmp_path):
    """three_layer at its start: the lecture's f([1, -1]) = [0.62, 0.83]."""
    saved = tmp_path / "three.json"
    lines = json_lines(run_cli("train", "--lesson", "three_layer", "--steps", "0", "--json",
                               "--save", saved))
    assert lines[-1]["steps"] == 0
    explained = run_cli("explain", saved, "--input", "1,-1", "--format", "json")
    assert explained.status == 0, explained.err
    output = json.loads(explained.out)["output"]
    assert [round(v, 2) for v in output] == [0.62, 0.83]


def test_a_perceptron_lesson_trains_by_its_rule(run_cli, tmp_path):
    lesson = tmp_path / "and.toml"
    lesson.write_text('title = "AND"\n[data]\ndataset = "and"\n[network]\nhidden = []\n'
                      'output_activation = "sign"\nloss = "half_squared_error"\n'
                      'params = [0.0, 0.0, 0.0]\n[training]\nrule = "perceptron"\n'
                      'learning_rate = 1.0\nshuffle = false\n', encoding="utf-8")
    result = run_cli("train", "--lesson", lesson, "--steps", "100")
    assert result.status == 0, result.err
    assert "the perceptron rule η = 1, batches of 1, 100 steps" in result.out
    assert "converged" in result.out and "training accuracy 100.0%" in result.out
    bad = run_cli("train", "--lesson", lesson, "--optimizer", "adam")
    assert bad.status == 2
    assert "--optimizer cannot be combined with the perceptron rule of lesson 'and'" in bad.err


@pytest.mark.parametrize("args, message", [
    (["--lesson-step", "3"], ("--lesson-step 3: the lesson 'one_weight' has steps 1 to 2 "
                              "(0 is its start)")),
    (["--lesson-step", "-1"], "--lesson-step -1: the lesson 'one_weight' has steps 1 to 2"),
    (["--dataset", "xor"], "--dataset cannot be combined with --lesson"),
    (["--layers", "1,1"], "--layers cannot be combined with --lesson"),
    (["--seed", "3"], "--seed cannot be combined with --lesson"),
    (["--rule", "gradient"], "--rule cannot be combined with --lesson"),
    (["--steps", "-1"], "--steps -1: must be a whole number ≥ 0"),
])
def test_bad_options_are_one_line_and_exit_2(run_cli, one_weight, args, message):
    result = run_cli("train", "--lesson", one_weight, *args)
    assert result.status == 2 and result.out == ""
    assert result.err.count("\n") == 1 and result.err.startswith("nnviz: error: ")
    assert message in result.err


def test_a_lesson_without_steps_has_only_its_start(run_cli, tmp_path):
    path = tmp_path / "plain.toml"
    path.write_text('title = "Plain"\n[data]\ndataset = "xor"\n', encoding="utf-8")
    result = run_cli("train", "--lesson", path, "--lesson-step", "1")
    assert result.status == 2
    assert "--lesson-step 1: the lesson 'plain' has no steps (only 0, its start)" in result.err
    assert run_cli("train", "--lesson", path, "--lesson-step", "0", "--steps", "1").status == 0


def test_lesson_step_needs_a_lesson_and_train_needs_some_data(run_cli):
    result = run_cli("train", "--lesson-step", "1")
    assert result.status == 2 and "--lesson-step 1 needs --lesson NAME" in result.err
    result = run_cli("train", "--steps", "1")
    assert result.status == 2
    assert "one of --dataset, --data or --lesson is required" in result.err


def test_unknown_lesson(run_cli):
    result = run_cli("train", "--lesson", "nope")
    assert result.status == 2 and "unknown lesson 'nope'" in result.err
