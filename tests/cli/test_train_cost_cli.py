"""`nnviz train --cost mean|sum`: the mean C = 1/n Σ ℓ (the default, or the lesson's) or the
sum L = Σ ℓ (n times C, its gradient n times the mean's); named in the header; refused for the
perceptron rule."""

from __future__ import annotations

import json

import numpy as np
import pytest

from nnviz.core.modelfile import load_model

# Two samples of a = w·x, loss (a − y)², w = 2.5: ℓ = (5 − 3)² = 4 and (2.5 − 3)² = 0.25,
# so C = 2.125 and L = 4.25; ∂L/∂w = 2·2·2 + 2·1·(−0.5) = 7 (∂C/∂w = 3.5).
TWO_POINTS = """\
title = "Two points"
description = "a = w x on two points"

[data]
x = [[2.0], [1.0]]
y = [3.0, 3.0]

[network]
hidden = []
output_activation = "identity"
loss = "squared_error"
bias = false
params = [2.5]

[training]
optimizer = "sgd"
learning_rate = 0.1
cost = "sum"
"""


def json_lines(result):
    assert result.status == 0, result.err
    return [json.loads(line) for line in result.out.splitlines()]


def xor(run_cli, *options):
    return run_cli("train", "--dataset", "xor", "--optimizer", "sgd", "--lr", "0.1", *options)


def test_the_sum_is_n_times_the_mean_and_so_is_its_step(run_cli, tmp_path):
    n = 4  # XOR's four samples
    start, mean, total = (tmp_path / f"{name}.json" for name in ("start", "mean", "sum"))
    lines = json_lines(xor(run_cli, "--steps", "0", "--json", "--save", start))
    default = lines[-1]["loss"]
    assert json_lines(xor(run_cli, "--steps", "0", "--json", "--cost", "mean"))[-1]["loss"] == default
    summed = json_lines(xor(run_cli, "--steps", "0", "--json", "--cost", "sum"))[-1]["loss"]
    assert summed == pytest.approx(n * default, rel=1e-12)
    json_lines(xor(run_cli, "--steps", "1", "--json", "--save", mean))
    json_lines(xor(run_cli, "--steps", "1", "--json", "--save", total, "--cost", "sum"))
    theta0 = load_model(start).params
    np.testing.assert_allclose(load_model(total).params - theta0,
                               n * (load_model(mean).params - theta0), rtol=1e-9, atol=1e-15)


def test_the_header_names_the_cost(run_cli):
    plain = xor(run_cli, "--steps", "1")
    assert plain.status == 0, plain.err
    header = plain.out.splitlines()[0]
    assert header.startswith("training a 2-4-1 network (tanh → sigmoid; loss binary_cross_entropy)")
    assert "(4 training samples), cost C = 1/n Σ ℓ, sgd η = 0.1," in header
    summed = xor(run_cli, "--steps", "1", "--cost", "sum").out.splitlines()[0]
    assert "(4 training samples), cost L = Σ ℓ, sgd η = 0.1," in summed


def test_a_lessons_cost_is_the_default_and_cost_overrides_it(run_cli, tmp_path):
    lesson = tmp_path / "two_points.toml"
    lesson.write_text(TWO_POINTS, encoding="utf-8")
    saved = tmp_path / "w.json"
    lines = json_lines(run_cli("train", "--lesson", lesson, "--steps", "1", "--every", "1",
                               "--json", "--save", saved))
    assert lines[0]["loss"] == 4.25  # L = 4 + 0.25
    np.testing.assert_allclose(load_model(saved).params, [2.5 - 0.1 * 7.0], atol=1e-12)
    lines = json_lines(run_cli("train", "--lesson", lesson, "--steps", "1", "--every", "1",
                               "--json", "--save", saved, "--cost", "mean"))
    assert lines[0]["loss"] == 2.125  # C = (4 + 0.25) / 2
    np.testing.assert_allclose(load_model(saved).params, [2.5 - 0.1 * 3.5], atol=1e-12)
    text = run_cli("train", "--lesson", lesson, "--steps", "0")
    assert "cost L = Σ ℓ, sgd η = 0.1" in text.out.splitlines()[1]


def test_the_perceptron_rule_has_no_cost(run_cli):
    result = run_cli("train", "--dataset", "and", "--rule", "perceptron", "--cost", "sum")
    assert result.status == 2 and "--cost does not apply to --rule perceptron" in result.err
    result = run_cli("train", "--lesson", "perceptron", "--cost", "mean")
    assert result.status == 2 and "--cost cannot be combined with the perceptron rule" in result.err
    bad = run_cli("train", "--dataset", "xor", "--cost", "median")
    assert bad.status == 2 and "invalid choice: 'median'" in bad.err
