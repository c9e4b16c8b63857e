"""Counting a network the way the lectures do (lectures.md: "a 3-4-2 network has 4 + 2 = 6
neurons, 3·4 + 4·2 = 20 weights, 26 parameters"): the inputs are not neurons; in the headers
of `nnviz train` and `nnviz explain`."""

from __future__ import annotations

import pytest

from nnviz.core.counts import count_text
from nnviz.core.modelfile import save_model
from nnviz.core.network import Architecture, Network


@pytest.mark.parametrize("sizes, bias, text", [
    ([3, 4, 2], True, "3-4-2 network: 6 neurons, 20 weights, 6 biases, 26 parameters"),
    ([2, 2, 2, 2], True, "2-2-2-2 network: 6 neurons, 12 weights, 6 biases, 18 parameters"),
    ([2, 2, 2], True, "2-2-2 network: 4 neurons, 8 weights, 4 biases, 12 parameters"),
    ([1, 1], False, "1-1 network: 1 neuron, 1 weight, no biases, 1 parameter"),
    ([784, 30, 10], True,
     "784-30-10 network: 40 neurons, 23,820 weights, 40 biases, 23,860 parameters"),
])
def test_the_lectures_count(sizes, bias, text):
    assert count_text(Architecture.dense(sizes, "sigmoid", bias=bias)) == text


def test_train_says_the_counts_in_its_header(run_cli):
    result = run_cli("train", "--dataset", "festival", "--layers", "3,4,2",
                     "--output-activation", "softmax", "--steps", "1")
    assert result.status == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].startswith("training a 3-4-2 network (tanh → softmax; "
                               "loss softmax_cross_entropy) on festival")
    assert lines[1] == "3-4-2 network: 6 neurons, 20 weights, 6 biases, 26 parameters"


def test_explain_says_the_counts_of_the_three_layer_example(run_cli, tmp_path):
    """The lecture's three sigmoid layers: f([1, -1]) = [0.62, 0.83]."""
    path = tmp_path / "three.json"
    save_model(Network.from_layers(
        [[[1, -2], [-1, 1]], [[2, -1], [-2, -1]], [[3, -1], [-1, 4]]],
        [[1, 0], [0, 0], [-2, 2]], ["sigmoid"] * 3, "half_squared_error"), path)
    result = run_cli("explain", path, "--input", "1,-1")
    assert result.status == 0, result.err
    paragraph = " ".join(result.out.split("\n\n")[1].split())
    assert paragraph.startswith(
        "A 2-2-2-2 network: 6 neurons, 12 weights, 6 biases, 18 parameters. Layer 1 has 2 "
        "sigmoid neurons; layer 2 has 2 sigmoid neurons; layer 3 (output) has 2 sigmoid "
        "neurons. Loss half_squared_error")
    assert "a³ = (0.6177, 0.8291)" in result.out  # [0.62, 0.83] to two digits
