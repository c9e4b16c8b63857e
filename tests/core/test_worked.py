"""nnviz.core.worked: the worked example's steps, their order, symbols and full-precision values.

Every value must be the one Network.forward / Network.backward computed (hypothesis over small
random networks, every activation and loss); the order is forward (layers ascending), loss,
backward (layers descending), gradients (layers ascending), update.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.network import Network
from nnviz.core.notation import LATEX
from nnviz.core.worked import PHASES, Step, step_list, worked_steps
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


# -- the walk goes neuron by neuron; the list is written lazily ----------------------------------
def test_forward_walks_neuron_by_neuron_z_then_a():
    steps = worked_steps(work_out(matrix_example(), [1, -1]))
    assert [s.symbol for s in steps] == ["z1_1", "a1_1", "z1_2", "a1_2", "a1"]
    assert [s.neuron for s in steps] == [1, 1, 2, 2, None]


def test_step_list_is_worked_steps_and_makes_a_step_only_when_read():
    numbers = work_out(Network.create([784, 30, 10], seed=1), np.linspace(0, 1, 784),
                       np.eye(10)[3], 0.1)
    steps = step_list(numbers)
    arch = numbers.architecture
    n_forward = 2 * 30 + 1 + 2 * 10 + 1
    n_backward = 3 * 10 + 2 * 30
    assert len(steps) == n_forward + 1 + n_backward + 2 * arch.n_parameters + 2
    assert steps._made == {}  # nothing written yet
    last = steps[-1]
    assert last.symbol == "loss'" and len(steps._made) == 1
    assert steps[5] is steps[5]  # made once


def test_groups_and_blocks_of_the_average_network():
    steps = step_list(work_out(average_network(), [0.1, 0.3], [0.25], 0.5))
    symbols = [s.symbol for s in steps]
    group_starts = [i for i in range(len(steps)) if steps.group_start(i) == i]
    assert [symbols[i] for i in group_starts] == [
        "z1_1", "z1_2", "a1", "z2_1", "loss", "da2_1", "dadz1_1", "dadz1_2",
        "dw1_11", "dw1_21", "dw2_11", "w1_11'", "w1_21'", "w2_11'", "a2'", "loss'"]
    block_starts = sorted({steps.block_start(i) for i in range(len(steps))})
    assert [(symbols[i], steps.phase_and_layer(i)) for i in block_starts] == [
        ("z1_1", ("forward", 1)), ("z2_1", ("forward", 2)), ("loss", ("loss", None)),
        ("da2_1", ("backward", 2)), ("dadz1_1", ("backward", 1)), ("dw1_11", ("gradient", 1)),
        ("dw2_11", ("gradient", 2)), ("w1_11'", ("update", 1)), ("w2_11'", ("update", 2)),
        ("a2'", ("update", None))]
    for i in range(len(steps)):
        following = steps.next_group_start(i)
        assert following is None or steps.group_start(following) == following > i
        assert steps.next_block_start(i) in [b for b in block_starts if b > i][:1] or (
            steps.next_block_start(i) is None and i >= block_starts[-1])
    with pytest.raises(IndexError, match="out of range"):
        steps[len(steps)]


# -- sums as data; wide sums summarised ----------------------------------------------------------
def test_a_sum_comes_term_by_term():
    s = by_symbol(worked_steps(work_out(matrix_example(), [1, -1], [0, 1])))
    z = s["z1_1"].sum
    assert [(t.index, t.symbol, t.numbers, t.value) for t in z.terms] == [
        (1, "w¹₁₁·a⁰₁", "1·1", 1.0), (2, "w¹₁₂·a⁰₂", "(−2)·(−1)", 2.0)]
    assert z.bias == 1.0 and z.more == 0 and z.total == 4.0
    assert s["a1_1"].sum is None and s["delta1_1"].sum is None  # an output δ has no sum


def test_hidden_delta_sums_over_the_layer_above():
    s = by_symbol(worked_steps(work_out(average_network(), [0.1, 0.3], [0.25], 0.5)))
    written = s["delta1_1"].sum
    assert [t.symbol for t in written.terms] == ["w²₁₁·δ²₁"]
    assert written.terms[0].factors == (0.5, s["delta2_1"].value) and written.bias is None


def wide_network() -> Network:
    return Network.create([256, 4, 1], activation="tanh", init="uniform", init_range=1.0, seed=5)


def test_a_wide_sum_writes_its_largest_terms_then_the_rest():
    numbers = work_out(wide_network(), np.linspace(-1, 1, 256), [0.5], 0.1)
    z = step_list(numbers, max_terms=6)[0]
    products = numbers.layers[0].weights[0] * numbers.layers[0].inputs
    largest = np.argsort(-np.abs(products), kind="stable")[:6]
    assert [t.index for t in z.sum.terms] == [k + 1 for k in largest]
    assert z.sum.more == 250
    rest = z.sides[1].split(" + ")[6]
    assert rest.startswith("(… 250 more terms = ") and rest.endswith(")")
    assert z.note == ("the 6 largest of 256 terms written out, largest first",)
    assert z.value == numbers.layers[0].z[0]  # the value is Network.forward's, not the pieces'
    # the documents of `nnviz explain` still write every term, in k order
    full = worked_steps(numbers)[0]
    assert len(full.sum.terms) == 256 and full.sides[1].count(" + ") == 256


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 40), st.integers(0, 2**32 - 1), st.booleans())
def test_the_written_terms_and_the_summarised_rest_add_up_to_z(max_terms, seed, bias):
    rng = np.random.default_rng(seed)
    n_in = int(rng.integers(1, 300))
    net = Network.from_layers([rng.normal(0, 1, (3, n_in)), rng.normal(0, 1, (2, 3))],
                              [rng.normal(0, 1, 3) if bias else None, None], ["sigmoid", "identity"])
    x, y = rng.normal(0, 2, n_in), rng.normal(0, 1, 2)
    numbers = work_out(net, x, y, 0.1)
    for step in step_list(numbers, max_terms=max_terms):
        if step.sum is not None:
            assert len(step.sum.terms) == min(max_terms, len(step.sum.terms) + step.sum.more)
            shown = [abs(t.value) for t in step.sum.terms]
            assert shown == sorted(shown, reverse=True) or step.sum.more == 0
            expected = step.value if step.phase == "forward" else numbers.gradients[
                step.layer - 1].grad_a[step.neuron - 1]
            assert step.sum.total == pytest.approx(expected, rel=1e-9, abs=1e-9)


def test_summarised_steps_carry_the_same_values_as_the_full_ones():
    numbers = work_out(wide_network(), np.linspace(-1, 1, 256), [0.5], 0.1)
    full, short = worked_steps(numbers), step_list(numbers, max_terms=3)
    assert [(s.symbol, s.value) for s in full] == [(s.symbol, s.value) for s in short]
