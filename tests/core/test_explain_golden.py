"""`nnviz explain` byte for byte: the lectures' worked examples in all four formats.

Every case below is written out by :func:`explain` + :func:`render` (and, for the matrix
example, by the command line) and compared with a stored file in tests/core/golden/explain/.
The cases cover every branch of the writer: each activation (sigmoid, tanh, relu, leaky
relu, step, sign, identity, softmax), each loss, layers with and without bias, forward only,
forward + backward, and the update; sums short enough to be written out in symbols and long
ones written Σ_k.

A deliberate change of the output regenerates the files with
``python -m tests.core.test_explain_golden`` (then read the diff before committing it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, NamedTuple

import numpy as np
import pytest

from nnviz.core.explain import render
from nnviz.core.worked_numbers import work_out
from nnviz.core.modelfile import save_model
from nnviz.core.network import Network

GOLDEN = Path(__file__).parent / "golden" / "explain"
EXTENSIONS = {"text": "txt", "markdown": "md", "latex": "tex", "json": "json"}


class Case(NamedTuple):
    make: Callable[[], Network]
    x: list[float]
    target: list[float] | None = None
    learning_rate: float | None = None


def matrix_example() -> Network:
    """σ([[1, -2], [-1, 1]] · x + [1, 0]), half squared error (lectures.md, section 5)."""
    return Network.from_layers([[[1, -2], [-1, 1]]], [[1, 0]], ["sigmoid"])


def three_layer_example() -> Network:
    """The matrix example continued to three sigmoid layers: f([1, -1]) = [0.62, 0.83]."""
    return Network.from_layers(
        [[[1, -2], [-1, 1]], [[2, -1], [-2, -1]], [[3, -1], [-1, 4]]],
        [[1, 0], [0, 0], [-2, 2]], ["sigmoid"] * 3,
    )


def one_d_example() -> Network:
    """a = w·x, w = 2.5, no bias, loss (a - y)² (lectures.md, section 7)."""
    return Network.from_layers([[[2.5]]], [None], ["identity"], "squared_error")


def average_network() -> Network:
    """The 2-3-1 "average of the two inputs" network with ReLU hidden neurons, untrained."""
    return Network.from_layers(
        [[[0.5, 0.2], [-0.3, 0.8], [0.4, -0.6]], [[0.7, -0.5, 0.3]]],
        [[0.1, 0.0, -0.1], [0.05]], ["relu", "identity"],
    )


def softmax_network() -> Network:
    """2-3-2, relu hidden layer, softmax output without bias, softmax cross-entropy."""
    return Network.from_layers(
        [[[0.5, -1.0], [2.0, 0.25], [-0.5, 1.5]], [[1.0, -2.0, 0.5], [-1.0, 0.5, 2.0]]],
        [[0.1, -0.2, 0.0], None], ["relu", "softmax"], "softmax_cross_entropy",
    )


def tanh_sigmoid_network() -> Network:
    """2-1-2, tanh then sigmoid, binary cross-entropy (fused: δ = a - y)."""
    return Network.from_layers([[[0.5, -1.0]], [[2.0], [-1.5]]], [[0.1], [0.0, 0.2]],
                               ["tanh", "sigmoid"], "binary_cross_entropy")


def softmax_squared_network() -> Network:
    """2-3 softmax with squared error: δ through the softmax Jacobian."""
    return Network.from_layers([[[0.5, -1.0], [1, 1], [0, 2]]], [[0.1, 0.2, 0.3]],
                               ["softmax"], "squared_error")


def leaky_step_network() -> Network:
    """Leaky relu, step, identity; tiny and huge numbers; absolute error."""
    return Network.from_layers([[[0.5, -1.0], [1e-6, 1]], [[3, -2]], [[-2e5]]],
                               [[0.1, -0.2], [1e5], None],
                               ["leaky_relu", "step", "identity"], "absolute_error")


def sign_network() -> Network:
    """A sign hidden layer (flat: no gradient flows back) under a tanh output."""
    return Network.from_layers([[[1.0, -1.0], [0.5, 0.5]], [[0.75, -0.25]]],
                               [[0.0, -2.0], [0.1]], ["sign", "tanh"])


def wide_network() -> Network:
    """6-5-6: sums over more than four terms are written Σ_k, long vectors wrap."""
    return Network.create([6, 5, 6], activation="tanh", output_activation="sigmoid",
                          init="uniform", init_range=1.5, seed=7)


def big_network() -> Network:
    """12 inputs, 10 softmax outputs: long sums and vectors that must break across lines."""
    return Network.create([12, 10], activation="softmax", loss="softmax_cross_entropy",
                          init="uniform", init_range=2.0, seed=3)


CASES: dict[str, Case] = {
    "matrix_forward": Case(matrix_example, [1, -1]),
    "matrix_backward": Case(matrix_example, [1, -1], [0, 1]),
    "matrix_update": Case(matrix_example, [1, -1], [0, 1], 0.1),
    "three_layer_forward": Case(three_layer_example, [1, -1]),
    "three_layer_forward_at_zero": Case(three_layer_example, [0, 0]),
    "three_layer_update": Case(three_layer_example, [1, -1], [0, 1], 0.5),
    "one_d_forward": Case(one_d_example, [2]),
    "one_d_update": Case(one_d_example, [2], [3], 0.1),
    "average_update_1": Case(average_network, [0.1, 0.3], [0.2], 0.1),
    "average_update_2": Case(average_network, [0.1, -0.1], [0.0], 0.1),
    "average_update_3": Case(average_network, [-0.8, 0.2], [-0.3], 0.1),
    "softmax_cross_entropy_forward": Case(softmax_network, [1, -2]),
    "softmax_cross_entropy_update": Case(softmax_network, [1, -2], [0, 1], 0.5),
    "tanh_binary_cross_entropy_update": Case(tanh_sigmoid_network, [0.3, -0.7], [1, 0], 0.1),
    "softmax_squared_error_update": Case(softmax_squared_network, [1, 2], [0, 0, 1], 0.1),
    "leaky_relu_step_absolute_error_update": Case(leaky_step_network, [1, -2], [-0.5], 0.1),
    "sign_tanh_update": Case(sign_network, [0.5, 2.0], [0.25], 0.2),
    "wide_update": Case(wide_network, list(np.linspace(-1, 1, 6)), [0, 1, 0, 1, 0, 1], 0.1),
    "big_softmax_update": Case(big_network, list(np.linspace(-1, 1, 12)), list(np.eye(10)[3]),
                               0.1),
}


def rendered(case: Case, fmt: str) -> str:
    return render(work_out(case.make(), case.x, case.target, case.learning_rate), fmt)


def golden_path(name: str, fmt: str) -> Path:
    return GOLDEN / f"{name}.{EXTENSIONS[fmt]}"


@pytest.mark.parametrize("fmt", list(EXTENSIONS))
@pytest.mark.parametrize("name", list(CASES))
def test_explain_output_is_byte_for_byte_the_stored_one(name, fmt):
    expected = golden_path(name, fmt).read_bytes()
    assert rendered(CASES[name], fmt).encode("utf-8") == expected


@pytest.mark.parametrize("fmt", list(EXTENSIONS))
def test_the_command_line_prints_the_same_bytes(run_cli_bytes, tmp_path, fmt):
    """`nnviz explain model.json --input 1,-1 --target 0,1 --lr 0.1 --format F` = the file."""
    model = tmp_path / "matrix.json"
    save_model(matrix_example(), model)
    out = run_cli_bytes("explain", model, "--input", "1,-1", "--target", "0,1", "--lr", "0.1",
                        "--format", fmt)
    assert out == golden_path("matrix_update", fmt).read_bytes()


@pytest.fixture
def run_cli_bytes(capsysbinary):
    """nnviz.cli.main in-process; its stdout as bytes (exit status 0 and no stderr asserted)."""
    from nnviz.cli import main

    def run(*argv) -> bytes:
        assert main([str(a) for a in argv]) == 0
        out, err = capsysbinary.readouterr()
        assert err == b""
        return out

    return run


def write_golden_files() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name, case in CASES.items():
        for fmt in EXTENSIONS:
            golden_path(name, fmt).write_bytes(rendered(case, fmt).encode("utf-8"))


if __name__ == "__main__":
    write_golden_files()
