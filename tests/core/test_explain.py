"""nnviz.core.worked_numbers and nnviz.core.explain: the worked example's numbers, its formulas in every format, its errors.

The numbers come from ../shared/lectures.md (the matrix example of section 5, the 1-D gradient
descent example of section 7, the "average of two inputs" network) and from Network.backward,
which every gradient in an explanation must equal.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.errors import InputError
from nnviz.core.explain import FORMATS, render
from nnviz.core.network import Network
from nnviz.core.notation import UNICODE
from nnviz.core.worked_numbers import WorkedNumbers, work_out


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))


# -- the lectures' networks ---------------------------------------------------------------------
def matrix_example() -> Network:
    """σ([[1, -2], [-1, 1]] · x + [1, 0]), half squared error."""
    return Network.from_layers([[[1, -2], [-1, 1]]], [[1, 0]], ["sigmoid"])


def one_d_example() -> Network:
    """a = w·x with w = 2.5, no bias, identity, loss (a - y)²."""
    return Network.from_layers([[[2.5]]], [None], ["identity"], "squared_error")


def average_network() -> Network:
    """Outputs (x1 + x2) / 2 exactly: h = relu(±(x1 + x2)), a = h1/2 - h2/2."""
    return Network.from_layers(
        [[[1, 1], [-1, -1]], [[0.5, -0.5]]], [[0, 0], [0]], ["relu", "identity"]
    )


def softmax_network() -> Network:
    """2-3-2, relu hidden layer, softmax output without bias, softmax cross-entropy."""
    return Network.from_layers(
        [[[0.5, -1.0], [2.0, 0.25], [-0.5, 1.5]], [[1.0, -2.0, 0.5], [-1.0, 0.5, 2.0]]],
        [[0.1, -0.2, 0.0], None], ["relu", "softmax"], "softmax_cross_entropy",
    )


# -- the worked examples through the Python API ----------------------------------------------------
def test_matrix_example_forward_pass():
    e = work_out(matrix_example(), [1, -1])
    assert np.array_equal(e.layers[0].z, [4.0, -2.0])
    np.testing.assert_allclose(e.output, sigmoid([4.0, -2.0]), rtol=1e-15)
    assert np.round(e.output, 2).tolist() == [0.98, 0.12]
    assert np.array_equal(e.layers[0].inputs, [1.0, -1.0])
    assert e.loss_value is None and e.gradients is None and e.updated is None
    assert e.loss_after is None


def test_one_d_example_loss_gradient_update_and_new_loss():
    e = work_out(one_d_example(), [2], [3], 0.1)
    assert e.layers[0].z.tolist() == [5.0]  # a = w·x = 2.5·2
    assert e.loss_value == 4.0  # (5 - 3)²
    grad = e.gradients[0]
    assert grad.grad_a.tolist() == [4.0]  # ∂ℓ/∂a = 2(a - y)
    assert grad.delta.tolist() == [4.0]  # identity: σ' = 1
    assert grad.weights.tolist() == [[8.0]]  # ∂ℓ/∂w = x·δ
    assert grad.bias is None
    assert e.updated[0].weights[0, 0] == pytest.approx(1.7, abs=1e-12)  # 2.5 - 0.1·8
    assert e.updated[0].bias is None
    assert e.loss_after == pytest.approx(0.16, abs=1e-12)  # (3 - 1.7·2)²
    assert e.output_after[0] == pytest.approx(3.4, abs=1e-12)


@pytest.mark.parametrize("x, mean", [((0.1, 0.3), 0.2), ((0.1, -0.1), 0.0), ((-0.8, 0.2), -0.3)])
def test_average_network_is_exact_so_its_gradient_is_zero_and_the_update_changes_nothing(x, mean):
    e = work_out(average_network(), x, [mean], 0.5)
    assert e.output[0] == pytest.approx(mean, abs=1e-15)
    assert e.loss_value == pytest.approx(0.0, abs=1e-30)
    for g, s, u in zip(e.gradients, e.layers, e.updated):
        np.testing.assert_allclose(g.weights, 0.0, atol=1e-15)
        np.testing.assert_allclose(u.weights, s.weights, atol=1e-15)
    assert e.loss_after == pytest.approx(0.0, abs=1e-30)


def test_softmax_output_is_a_probability_vector_and_its_delta_is_a_minus_y():
    e = work_out(softmax_network(), [1, -2], [0, 1])
    z = e.layers[1].z
    np.testing.assert_allclose(e.output, np.exp(z) / np.exp(z).sum(), rtol=1e-14)
    out = e.gradients[-1]
    assert out.grad_a is None and out.sigma_prime is None  # fused: no ∂ℓ/∂a, no σ'
    np.testing.assert_allclose(out.delta, e.output - [0, 1], rtol=1e-14)
    assert out.bias is None and e.layers[1].bias is None


# -- agreement with Network.backward, hypothesis over small random networks -----------------------
ELEMENTWISE = ("identity", "sigmoid", "tanh", "relu", "leaky_relu")
OUTPUTS = (  # (output activation, loss)
    ("identity", "squared_error"), ("identity", "half_squared_error"),
    ("tanh", "absolute_error"), ("sigmoid", "binary_cross_entropy"),
    ("softmax", "softmax_cross_entropy"), ("softmax", "squared_error"),
    ("relu", "half_squared_error"),
)


@st.composite
def small_problems(draw, smooth: bool = False):
    """A random network (1-3 layers of 1-3 neurons), one input, one target, a learning rate."""
    hidden_names = ("identity", "sigmoid", "tanh") if smooth else ELEMENTWISE
    outputs = [o for o in OUTPUTS
               if not smooth or o[0] != "relu" and o[1] != "absolute_error"]  # kinks
    sizes = draw(st.lists(st.integers(1, 3), min_size=2, max_size=4))
    n_layers = len(sizes) - 1
    output_act, loss = draw(st.sampled_from(outputs))
    acts = [draw(st.sampled_from(hidden_names)) for _ in range(n_layers - 1)] + [output_act]
    bias = [draw(st.booleans()) for _ in range(n_layers)]
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    weights = [rng.uniform(-2, 2, (n_out, n_in)) for n_in, n_out in zip(sizes, sizes[1:])]
    biases = [rng.uniform(-1, 1, n) if has else None for n, has in zip(sizes[1:], bias)]
    net = Network.from_layers(weights, biases, acts, loss)
    x = rng.uniform(-2, 2, sizes[0])
    y = rng.uniform(0, 1, sizes[-1])
    if output_act == "softmax":
        y = y / y.sum()
    lr = draw(st.floats(0.001, 2.0))
    return net, x, y, lr


@settings(max_examples=60, deadline=None)
@given(small_problems())
def test_explanation_equals_network_backward_and_the_update_is_theta_minus_eta_grad(problem):
    net, x, y, lr = problem
    params_before = net.params.copy()
    e = work_out(net, x, y, lr)
    np.testing.assert_array_equal(net.params, params_before)  # explain never moves the network

    trace = net.forward(x[None, :])
    grads = net.backward(trace, y[None, :])
    assert e.loss_value == grads.cost
    for i, (s, g) in enumerate(zip(e.layers, e.gradients)):
        np.testing.assert_array_equal(s.z, trace.z[i][0])
        np.testing.assert_array_equal(s.a, trace.a[i][0])
        np.testing.assert_array_equal(g.delta, grads.delta[i][0])
        np.testing.assert_array_equal(g.weights, grads.weights[i])
        if g.bias is None:
            assert grads.biases[i] is None
        else:
            np.testing.assert_array_equal(g.bias, grads.biases[i])

    theta = np.concatenate([np.concatenate([u.weights.ravel()] + ([] if u.bias is None else [u.bias]))
                            for u in e.updated])
    np.testing.assert_allclose(theta, params_before - lr * grads.flat, rtol=0, atol=1e-15)
    after = Network(net.architecture, params_before - lr * grads.flat)
    assert e.loss_after == pytest.approx(after.cost(x, y), rel=1e-12, abs=1e-15)


@settings(max_examples=60, deadline=None)
@given(small_problems())
def test_the_shown_intermediate_numbers_obey_the_backprop_equations(problem):
    """What the explanation writes out (∂ℓ/∂a, σ', Σ w δ) really gives the δ and ∂ℓ/∂w shown."""
    net, x, y, lr = problem
    e = work_out(net, x, y)
    for l, (s, g) in enumerate(zip(e.layers, e.gradients), start=1):
        np.testing.assert_allclose(g.weights, np.outer(g.delta, s.inputs), rtol=1e-13, atol=1e-15)
        if g.bias is not None:
            np.testing.assert_array_equal(g.bias, g.delta)
        if l < len(e.layers):  # hidden: ∂ℓ/∂a^l_j = Σ_k w^{l+1}_kj δ^{l+1}_k, δ = σ'(z) ∂ℓ/∂a
            above, g_above = e.layers[l], e.gradients[l]
            np.testing.assert_allclose(g.grad_a, above.weights.T @ g_above.delta, rtol=1e-13,
                                       atol=1e-15)
            np.testing.assert_allclose(g.delta, g.sigma_prime * g.grad_a, rtol=1e-13, atol=1e-15)
        elif g.grad_a is None:  # a fused cross-entropy
            np.testing.assert_allclose(g.delta, s.a - e.target, rtol=1e-13, atol=1e-15)
        elif g.sigma_prime is not None:
            np.testing.assert_allclose(g.delta, g.sigma_prime * g.grad_a, rtol=1e-13, atol=1e-15)
        else:  # softmax with a loss of its outputs: δ_j = a_j (∂ℓ/∂a_j - Σ_i a_i ∂ℓ/∂a_i)
            np.testing.assert_allclose(g.delta, s.a * (g.grad_a - s.a @ g.grad_a), rtol=1e-12,
                                       atol=1e-15)


@settings(max_examples=40, deadline=None)
@given(small_problems(smooth=True))
def test_explained_gradients_match_central_finite_differences(problem):
    net, x, y, _ = problem
    e = work_out(net, x, y)
    shown = np.concatenate([np.concatenate([g.weights.ravel()] + ([] if g.bias is None else [g.bias]))
                            for g in e.gradients])
    h = 1e-6
    numeric = np.empty_like(net.params)
    for i in range(net.params.size):
        plus, minus = net.copy(), net.copy()
        plus.params[i] += h
        minus.params[i] -= h
        numeric[i] = (plus.cost(x, y) - minus.cost(x, y)) / (2 * h)
    np.testing.assert_allclose(shown, numeric, rtol=1e-6, atol=1e-8)


@settings(max_examples=40, deadline=None)
@given(small_problems(), st.sampled_from(FORMATS))
def test_every_network_renders_in_every_format(problem, fmt):
    net, x, y, lr = problem
    e = work_out(net, x, y, lr)
    out = render(e, fmt)
    assert out.endswith("\n")
    if fmt == "json":
        assert json.loads(out) == e.to_dict()  # full precision: floats survive exactly
    else:
        assert "nan" not in out.lower() and "inf" not in out.lower()


# -- the JSON document ----------------------------------------------------------------------------
def test_json_document_has_exactly_the_documented_shape():
    net = softmax_network()
    forward_only = json.loads(render(work_out(net, [1, -2]), "json"))
    assert list(forward_only) == ["input", "layers", "output", "loss", "gradients", "updated",
                                  "loss_after"]
    assert forward_only["loss"] is None and forward_only["gradients"] is None
    assert forward_only["updated"] is None and forward_only["loss_after"] is None
    assert [len(layer["z"]) for layer in forward_only["layers"]] == [3, 2]

    full = json.loads(render(work_out(net, [1, -2], [0, 1], 0.5), "json"))
    assert [len(g["delta"]) for g in full["gradients"]] == [3, 2]
    assert [np.shape(g["weights"]) for g in full["gradients"]] == [(3, 2), (2, 3)]
    assert full["gradients"][1]["bias"] is None and full["updated"][1]["bias"] is None
    assert len(full["gradients"][0]["bias"]) == 3
    assert isinstance(full["loss"], float) and isinstance(full["loss_after"], float)

    no_update = json.loads(render(work_out(net, [1, -2], [0, 1]), "json"))
    assert no_update["gradients"] is not None
    assert no_update["updated"] is None and no_update["loss_after"] is None


# -- the formulas in text, markdown and LaTeX ------------------------------------------------------
MATRIX_Z1 = "z¹₁ = w¹₁₁·a⁰₁ + w¹₁₂·a⁰₂ + b¹₁ = 1·1 + (−2)·(−1) + 1 = 4"
MATRIX_Z2 = "z¹₂ = w¹₂₁·a⁰₁ + w¹₂₂·a⁰₂ + b¹₂ = (−1)·1 + 1·(−1) + 0 = −2"
MATRIX_A1 = "a¹₁ = σ(z¹₁) = σ(4) = 0.982"  # σ(4) = 0.98201...
MATRIX_A2 = "a¹₂ = σ(z¹₂) = σ(−2) = 0.1192"  # σ(-2) = 0.119202...


def test_text_writes_the_matrix_example_neuron_by_neuron():
    out = render(work_out(matrix_example(), [1, -1]), "text")
    for line in (MATRIX_Z1, MATRIX_Z2, MATRIX_A1, MATRIX_A2, "a¹ = (0.982, 0.1192)",
                 "x = a⁰ = (1, −1)"):
        assert f"  {line}\n" in out
    assert "Forward pass\n------------\n" in out
    assert "Backward" not in out and "Loss\n" not in out  # no target: no loss, no backward pass


def test_text_writes_the_one_d_example_from_loss_to_new_loss():
    out = render(work_out(one_d_example(), [2], [3], 0.1), "text")
    for line in (
        "z¹₁ = w¹₁₁·a⁰₁ = 2.5·2 = 5",  # no bias: no "+ b" term
        "a¹₁ = z¹₁ = 5",  # identity
        "ℓ = (y₁ − a¹₁)² = (3 − 5)² = 4",
        "∂ℓ/∂a¹₁ = 2·(a¹₁ − y₁) = 2·(5 − 3) = 4",
        "δ¹₁ = ∂ℓ/∂a¹₁·identity′(z¹₁) = 4·1 = 4",
        "∂ℓ/∂w¹₁₁ = a⁰₁·δ¹₁ = 2·4 = 8",
        "w¹₁₁ ← w¹₁₁ − η·∂ℓ/∂w¹₁₁ = 2.5 − 0.1·8 = 1.7",
        "ℓ = (y₁ − a¹₁)² = (3 − 3.4)² = 0.16   (before the update: ℓ = 4)",
    ):
        assert f"  {line}\n" in out, line
    assert "b¹" not in out


def test_text_backward_pass_of_the_matrix_example():
    # a = σ(4), σ(-2); y = (0, 1): ∂ℓ/∂a = a - y, σ' = a(1 - a), δ = their product
    a1, a2 = sigmoid(4.0), sigmoid(-2.0)
    d1, d2 = a1 * a1 * (1 - a1), (a2 - 1) * a2 * (1 - a2)
    t = UNICODE
    out = render(work_out(matrix_example(), [1, -1], [0, 1], 0.1), "text")
    assert f"σ′(z¹₁) = a¹₁·(1 − a¹₁) = 0.982·(1 − 0.982) = {t.number(a1 * (1 - a1))}" in out
    assert f"δ¹₁ = ∂ℓ/∂a¹₁·σ′(z¹₁) = 0.982·{t.number(a1 * (1 - a1))} = {t.number(d1)}" in out
    assert f"∂ℓ/∂a¹₂ = a¹₂ − y₂ = 0.1192 − 1 = {t.number(a2 - 1)}" in out
    assert f"∂ℓ/∂w¹₂₂ = a⁰₂·δ¹₂ = (−1)·({t.number(d2)}) = {t.number(-d2)}" in out
    assert f"∂ℓ/∂b¹₁ = δ¹₁ = {t.number(d1)}" in out
    assert f"b¹₂ ← b¹₂ − η·∂ℓ/∂b¹₂ = 0 − 0.1·({t.number(d2)}) = {t.number(-0.1 * d2)}" in out
    half_loss = 0.5 * (a1**2 + (1 - a2) ** 2)
    assert (f"ℓ = ½[(y₁ − a¹₁)² + (y₂ − a¹₂)²] = ½[(0 − 0.982)² + (1 − 0.1192)²] = "
            f"{t.number(half_loss)}") in out


def test_text_hidden_delta_sums_over_the_next_layer():
    e = work_out(softmax_network(), [1, -2], [0, 1])
    out = render(e, "text")
    d = e.gradients[1].delta  # δ² = a² - y
    t = UNICODE
    # relu'(z¹₁) = 1 since z¹₁ = 0.5·1 + (-1)·(-2) + 0.1 = 2.6; w²₁₁ = 1, w²₂₁ = -1
    assert "relu′(z¹₁) = 1   (since z¹₁ = 2.6 > 0)" in out
    assert (f"δ¹₁ = relu′(z¹₁)·(w²₁₁·δ²₁ + w²₂₁·δ²₂) = 1·(1·{t.number(d[0])} + (−1)·({t.number(d[1])}))"
            f" = 1·{t.number(d[0] - d[1])} = {t.number(d[0] - d[1])}") in out
    assert "relu′(z¹₃) = 0   (since z¹₃ = −3.5 ≤ 0)" in out
    # softmax: a vector, and δ = a - y because the cross-entropy is fused
    assert f"a² = softmax(z²) = softmax((0, −1.95)) = {t.vector(e.output)}" in out
    assert f"δ²₂ = a²₂ − y₂ = {t.number(e.output[1])} − 1 = {t.number(d[1])}" in out
    assert "the softmax Jacobian cancels" in out
    # layer 2 has no bias: its z has no "+ b" term and there is no ∂ℓ/∂b²
    assert "z²₁ = w²₁₁·a¹₁ + w²₁₂·a¹₂ + w²₁₃·a¹₃ = 1·2.6 + (−2)·1.3 + 0.5·0 = 0\n" in out
    assert "b²" not in out


def test_markdown_has_headings_and_one_bullet_per_formula():
    out = render(work_out(matrix_example(), [1, -1], [0, 1], 0.1), "markdown")
    for line in (MATRIX_Z1, MATRIX_Z2, MATRIX_A1, MATRIX_A2):
        assert f"\n- {line}\n" in out
    for heading in ("# Worked example", "## Forward pass", "## Loss", "## Backward pass",
                    "## Gradients", "## Update", "## After the update"):
        assert f"\n{heading}" in "\n" + out
    assert "`half_squared_error`" in out and "`sigmoid`" in out
    assert "](" not in out  # nothing that markdown would take for a link


def test_latex_writes_the_matrix_example_with_real_minus_signs():
    out = render(work_out(matrix_example(), [1, -1]), "latex")
    assert (r"z^{1}_{1} &= w^{1}_{11}\, a^{0}_{1} + w^{1}_{12}\, a^{0}_{2} + b^{1}_{1} = "
            r"1 \cdot 1 + (-2) \cdot (-1) + 1 = 4") in out
    assert r"a^{1}_{2} &= \sigma(z^{1}_{2}) = \sigma(-2) = 0.1192" in out
    assert "−" not in out and "σ" not in out  # LaTeX gets ASCII maths: - is a minus in math mode
    assert out.count(r"\begin{align*}") == out.count(r"\end{align*}") >= 2


# -- the LaTeX compiles ----------------------------------------------------------------------------
def big_network() -> Network:
    """12 inputs, 10 softmax outputs: long sums and vectors that must break across lines."""
    return Network.create([12, 10], activation="softmax", loss="softmax_cross_entropy",
                          init="uniform", init_range=2.0, seed=3)


LATEX_CASES = {
    "matrix example (sigmoid)": (matrix_example, [1, -1], [0, 1]),
    "1-D, no bias, identity": (one_d_example, [2], [3]),
    "relu + softmax, no bias, negatives": (softmax_network, [1, -2], [0, 1]),
    "tanh + sigmoid, binary cross-entropy": (
        lambda: Network.from_layers([[[0.5, -1.0]], [[2.0], [-1.5]]], [[0.1], [0.0, 0.2]],
                                    ["tanh", "sigmoid"], "binary_cross_entropy"),
        [0.3, -0.7], [1, 0]),
    "softmax with squared error": (
        lambda: Network.from_layers([[[0.5, -1.0], [1, 1], [0, 2]]], [[0.1, 0.2, 0.3]],
                                    ["softmax"], "squared_error"), [1, 2], [0, 0, 1]),
    "leaky relu, step, tiny and huge numbers, absolute error": (
        lambda: Network.from_layers([[[0.5, -1.0], [1e-6, 1]], [[3, -2]], [[-2e5]]],
                                    [[0.1, -0.2], [1e5], None],
                                    ["leaky_relu", "step", "identity"], "absolute_error"),
        [1, -2], [-0.5]),
    "12 inputs, 10 softmax outputs": (big_network, np.linspace(-1, 1, 12), np.eye(10)[3]),
}


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex is not installed")
@pytest.mark.parametrize("case", list(LATEX_CASES))
def test_latex_fragment_compiles_inside_a_minimal_article(case, tmp_path):
    make, x, y = LATEX_CASES[case]
    fragment = render(work_out(make(), x, y, 0.1), "latex")
    document = ("\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n"
                + fragment + "\\end{document}\n")
    (tmp_path / "example.tex").write_text(document, encoding="utf-8")
    result = subprocess.run(
        ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "example.tex"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert (tmp_path / "example.pdf").stat().st_size > 0


# -- bad input --------------------------------------------------------------------------------------
@pytest.mark.parametrize("x, target, lr, message", [
    ([1, 2, 3], None, None, "input has 3 numbers but the network has 2 inputs"),
    ([1], None, None, "input has 1 number but the network has 2 inputs"),
    ([], None, None, "input must be a non-empty list of numbers"),
    ([1, float("nan")], None, None, "input: nan is not a finite number"),
    ([float("inf"), 1], None, None, "input: inf is not a finite number"),
    ([1, -1], [0, 1, 0], None, "target has 3 numbers but the network has 2 outputs"),
    ([1, -1], None, 0.1, "a learning rate needs a target"),
    ([1, -1], [0, 1], -0.1, "learning rate must be a positive number, got -0.1"),
    ([1, -1], [0, 1], 0.0, "learning rate must be a positive number"),
    ([1, -1], [0, 1], float("nan"), "learning rate must be a positive number"),
])
def test_bad_input_is_an_input_error_naming_the_problem(x, target, lr, message):
    with pytest.raises(InputError, match=message.replace("(", r"\(")):
        work_out(matrix_example(), x, target, lr)


def test_overflow_is_an_input_error_not_a_nan_in_the_slides():
    net = Network.from_layers([[[1e300, 1e300]]], [None], ["identity"])
    with pytest.raises(InputError, match="overflows"):
        work_out(net, [1e10, 1e10])
    with pytest.raises(InputError, match="smaller learning rate"):
        work_out(one_d_example(), [2], [3], 1e307)


def test_unknown_format_is_an_input_error():
    with pytest.raises(InputError, match="unknown format 'pdf'"):
        render(work_out(matrix_example(), [1, -1]), "pdf")


def test_worked_numbers_are_immutable():
    e = work_out(matrix_example(), [1, -1])
    assert isinstance(e, WorkedNumbers)
    with pytest.raises(AttributeError):
        e.loss_value = 1.0  # type: ignore[misc]
