"""nnviz.core.worked: the worked example's steps, their order, symbols and full-precision values.

Every value must be the one Network.forward / Network.backward computed (hypothesis over small
random networks, every activation and loss); the order is forward (layers ascending), loss,
backward (layers descending), gradients (layers ascending), update.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings

from nnviz.core.network import Network
from nnviz.core.notation import LATEX
from nnviz.core.worked import PHASES, Step, worked_steps
from nnviz.core.worked_numbers import work_out
from tests.core.test_explain import average_network, matrix_example, one_d_example, small_problems


def by_symbol(steps: tuple[Step, ...]) -> dict[str, Step]:
    return {s.symbol: s for s in steps}


# -- the lectures' examples, step by step ----------------------------------------------------------
def test_one_d_example_walks_from_forward_to_the_new_loss():
    steps = worked_steps(work_out(one_d_example(), [2], [3], 0.1))
    assert [(s.phase, s.symbol) for s in steps] == [
        ("forward", "z1_1"), ("forward", "a1_1"), ("loss", "loss"),
        ("backward", "da1_1"), ("backward", "dadz1_1"), ("backward", "delta1_1"),
        ("gradient", "dw1_11"), ("update", "w1_11'"), ("update", "a1'"), ("update", "loss'"),
    ]
    s = by_symbol(steps)
    assert s["z1_1"].value == 5.0 and s["loss"].value == 4.0 and s["dw1_11"].value == 8.0
    assert s["w1_11'"].value == pytest.approx(1.7, abs=1e-12)
    assert s["loss'"].value == pytest.approx(0.16, abs=1e-12)
    assert s["z1_1"].formula == "w¹₁₁·a⁰₁" and s["z1_1"].with_numbers == "2.5·2"
    assert s["dw1_11"].edge == (1, 1) and s["dw1_11"].layer == 1 and s["dw1_11"].neuron == 1
    assert s["w1_11'"].lhs == "w¹₁₁" and s["w1_11'"].op == "←"
    assert s["w1_11'"].sides == ("w¹₁₁ − η·∂ℓ/∂w¹₁₁", "2.5 − 0.1·8", "1.7")


def test_matrix_example_forward_steps():
    steps = worked_steps(work_out(matrix_example(), [1, -1]))
    assert all(s.phase == "forward" for s in steps)
    s = by_symbol(steps)
    assert s["z1_1"].value == 4.0 and s["z1_2"].value == -2.0
    assert round(s["a1_1"].value, 2) == 0.98 and round(s["a1_2"].value, 2) == 0.12
    assert s["a1"].value == (s["a1_1"].value, s["a1_2"].value) and s["a1"].neuron is None
    assert s["a1_2"].sides == ("σ(z¹₂)", "σ(−2)", "0.1192")
    assert s["a1_2"].formula == "σ(z¹₂)" and s["a1_2"].with_numbers == "σ(−2)"


def test_average_network_updates_one_output_weight_and_one_first_layer_weight():
    steps = worked_steps(work_out(average_network(), [0.1, 0.3], [0.25], 0.5))
    s = by_symbol(steps)
    assert s["a2_1"].value == pytest.approx(0.2, abs=1e-15)  # (0.1 + 0.3) / 2
    assert s["da2_1"].value == pytest.approx(0.2 - 0.25, abs=1e-15)  # prediction minus target
    assert s["dw2_11"].value == pytest.approx(-0.05 * 0.4, abs=1e-15)  # a¹₁ = relu(0.4)
    assert s["w2_11'"].value == pytest.approx(0.5 + 0.5 * 0.02, abs=1e-15)
    assert s["dw1_11"].value == pytest.approx(0.1 * 0.5 * -0.05, abs=1e-15)  # x₁ δ¹₁, δ¹₁ = w²₁₁ δ²₁
    assert s["delta1_2"].value == 0.0  # relu'(z¹₂) = 0 since z¹₂ = -0.4
    assert s["dadz1_2"].note[0] == "since "


def test_the_latex_flavour_gives_the_same_steps_and_values():
    numbers = work_out(matrix_example(), [1, -1], [0, 1], 0.1)
    unicode, latex = worked_steps(numbers), worked_steps(numbers, LATEX)
    assert [(s.symbol, s.value) for s in unicode] == [(s.symbol, s.value) for s in latex]
    assert by_symbol(latex)["a1_2"].sides == (r"\sigma(z^{1}_{2})", r"\sigma(-2)", "0.1192")


def test_forward_only_and_no_update_have_no_later_phases():
    assert {s.phase for s in worked_steps(work_out(matrix_example(), [1, -1]))} == {"forward"}
    phases = {s.phase for s in worked_steps(work_out(matrix_example(), [1, -1], [0, 1]))}
    assert phases == {"forward", "loss", "backward", "gradient"}


# -- every network: order and values ----------------------------------------------------------------
@settings(max_examples=60, deadline=None)
@given(small_problems())
def test_steps_come_in_walk_order(problem):
    net, x, y, lr = problem
    steps = worked_steps(work_out(net, x, y, lr))
    ranks = [PHASES.index(s.phase) for s in steps]
    assert ranks == sorted(ranks) and set(ranks) == set(range(len(PHASES)))
    layers = {phase: [s.layer for s in steps if s.phase == phase and s.layer is not None]
              for phase in PHASES}
    assert layers["forward"] == sorted(layers["forward"])
    assert layers["backward"] == sorted(layers["backward"], reverse=True)
    assert layers["gradient"] == sorted(layers["gradient"])
    assert layers["update"] == sorted(layers["update"])
    update = [s for s in steps if s.phase == "update"]
    assert [s.symbol for s in update[-2:]] == [f"a{net.architecture.n_layers}'", "loss'"]
    assert len({s.symbol for s in steps}) == len(steps)  # every step has its own name
    for s in steps:
        assert s.sides and (s.edge is None or s.neuron == s.edge[0])


@settings(max_examples=60, deadline=None)
@given(small_problems())
def test_step_values_are_what_the_network_computed(problem):
    net, x, y, lr = problem
    s = by_symbol(worked_steps(work_out(net, x, y, lr)))
    trace = net.forward(x[None, :])
    grads = net.backward(trace, y[None, :])
    arch = net.architecture
    for l in range(1, arch.n_layers + 1):
        for j in range(1, arch.sizes[l] + 1):
            assert s[f"z{l}_{j}"].value == trace.z[l - 1][0, j - 1]
            delta = s[f"delta{l}_{j}"]
            assert delta.value == grads.delta[l - 1][0, j - 1] and delta.neuron == j
            for k in range(1, arch.sizes[l - 1] + 1):
                assert s[f"dw{l}_{j}{k}"].value == grads.weights[l - 1][j - 1, k - 1]
                assert s[f"w{l}_{j}{k}'"].edge == (j, k)
            if arch.bias[l - 1]:
                assert s[f"db{l}_{j}"].value == grads.biases[l - 1][j - 1]
        a = s.get(f"a{l}_1") if arch.activations[l - 1] != "softmax" else None
        if a is not None:
            assert a.value == trace.a[l - 1][0, 0]
        if arch.sizes[l] > 1 or arch.activations[l - 1] == "softmax":
            assert s[f"a{l}"].value == tuple(trace.a[l - 1][0])
    assert s["loss"].value == grads.cost
    theta = net.params - lr * grads.flat
    new = [s[arch.parameter_name(i) + "'"].value for i in range(arch.n_parameters)]
    np.testing.assert_allclose(new, theta, rtol=0, atol=1e-15)
    assert s["loss'"].value == pytest.approx(Network(arch, theta).cost(x, y), rel=1e-12, abs=1e-15)
