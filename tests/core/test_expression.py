"""The computational graph of lecture 8: the lectures' numbers, the chain rule's product of
local derivatives, accumulation over paths, finite differences on random graphs, the walk."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from nnviz.core.errors import InputError
from nnviz.core.expression import Graph
from nnviz.core.expression_steps import expression_steps, shown_name, step_nodes
from nnviz.core.notation import HTML, LATEX


def lecture_graph() -> tuple[Graph, object]:
    """q = x + y, f = q·z with x = −2, y = 5, z = −4."""
    g = Graph()
    x, y, z = g.input("x", -2), g.input("y", 5), g.input("z", -4)
    q = g.add(x, y, name="q")
    return g, g.mul(q, z, name="f")


def written(step) -> str:
    return f"{step.lhs} {step.op} " + " = ".join(step.sides)


def test_the_lectures_graph_forward_and_backward():
    g, f = lecture_graph()
    chain = g.backward(f)
    assert (g.node("q").value, f.value) == (3.0, -12.0)
    assert chain.gradient("f") == 1.0
    assert chain.gradient("q") == -4.0  # = z
    assert chain.gradient("z") == 3.0  # = q
    assert chain.gradient("x") == chain.gradient("y") == -4.0  # = z


def test_the_lectures_graph_step_by_step():
    g, f = lecture_graph()
    steps = expression_steps(g.backward(f))
    assert [written(s) for s in steps] == [
        "x = −2", "y = 5", "z = −4",
        "q = x + y = −2 + 5 = 3",
        "f = q·z = 3·(−4) = −12",
        "∂f/∂f = 1",
        "∂f/∂q = z·∂f/∂f = (−4)·1 = −4",
        "∂f/∂z = q·∂f/∂f = 3·1 = 3",
        "∂f/∂y = 1·∂f/∂q = 1·(−4) = −4",
        "∂f/∂x = 1·∂f/∂q = 1·(−4) = −4",
    ]
    assert [s.phase for s in steps] == ["forward"] * 5 + ["backward"] * 5
    assert [s.symbol for s in steps][3:7] == ["q", "f", "df/df", "df/dq"]
    assert [s.value for s in steps][-5:] == [1.0, -4.0, 3.0, -4.0, -4.0]
    assert steps.next_block_start(0) == 5  # the forward pass, then the backward pass


def test_each_step_names_its_node():
    g, f = lecture_graph()
    chain = g.backward(f)
    names = [(phase, chain.nodes[i].name) for phase, i in step_nodes(chain)]
    assert names == [("forward", "x"), ("forward", "y"), ("forward", "z"), ("forward", "q"),
                     ("forward", "f"), ("backward", "f"), ("backward", "q"), ("backward", "z"),
                     ("backward", "y"), ("backward", "x")]


ACTIVATION_PAIRS = [("sigmoid", "sigmoid", "sigmoid"), ("tanh", "sigmoid", "tanh"),
                    ("sigmoid", "tanh", "sigmoid"), ("tanh", "tanh", "tanh")]
DERIVATIVE = {"sigmoid": lambda a: a * (1.0 - a), "tanh": lambda a: 1.0 - a * a}
EXACT = {"sigmoid": lambda u: 1.0 / (1.0 + math.exp(-u)), "tanh": math.tanh}


def chain_graph(f1: str, f2: str, f3: str, x=1.5, w1=0.8, b1=-0.3, w2=-1.2, w3=2.0):
    """y = f3(w3·f2(w2·f1(w1·x + b1)))."""
    g = Graph()
    xs = g.input("x", x)
    w1n, b1n, w2n, w3n = g.input("w1", w1), g.input("b1", b1), g.input("w2", w2), g.input("w3", w3)
    a1 = g.apply(f1, g.affine(w1n, xs, b1n, name="z1"), name="a1")
    a2 = g.apply(f2, g.mul(w2n, a1, name="z2"), name="a2")
    return g, g.apply(f3, g.mul(w3n, a2, name="z3"), name="y")


@pytest.mark.parametrize("f1, f2, f3", ACTIVATION_PAIRS)
def test_the_chain_gradient_is_the_product_of_local_derivatives(f1, f2, f3):
    g, y = chain_graph(f1, f2, f3)
    chain = g.backward(y)
    a1, a2, a3 = (g.node(n).value for n in ("a1", "a2", "y"))
    # ∂y/∂w1 = x · f1′(z1) · w2 · f2′(z2) · w3 · f3′(z3), multiplied from the output back
    product = 1.5 * (1.0 * (DERIVATIVE[f1](a1) * (-1.2 * (DERIVATIVE[f2](a2) * (
        2.0 * (DERIVATIVE[f3](a3) * 1.0))))))
    assert chain.gradient("w1") == product
    z1 = 0.8 * 1.5 - 0.3
    z2 = -1.2 * EXACT[f1](z1)
    z3 = 2.0 * EXACT[f2](z2)
    assert a3 == pytest.approx(EXACT[f3](z3), rel=1e-15)
    assert chain.gradient("b1") == pytest.approx(product / 1.5, rel=1e-15)


def test_the_chain_with_a_squared_error_loss():
    """L = (y − t)² as d = y + (−t), L = d·d: ∂L/∂w1 = 2d · ∂y/∂w1 (d is used twice)."""
    g, y = chain_graph("sigmoid", "tanh", "sigmoid")
    d = g.add(y, g.constant(-0.25), name="d")
    loss = g.mul(d, d, name="L")
    by_y = g.backward(y).gradient("w1")
    assert g.backward(loss).gradient("w1") == pytest.approx(2 * d.value * by_y, rel=1e-14)
    steps = expression_steps(g.backward(loss))
    step = next(s for s in steps if s.symbol == "dL/dd")
    assert step.sides[0] == "d·∂L/∂L + d·∂L/∂L"
    assert "used 2 times" in step.note[0]
    assert written(next(s for s in steps if s.symbol == "d")).startswith("d = y + (−0.25) = ")
    assert all(s.symbol != "" for s in steps)  # the unnamed −0.25 gets no step of its own


@given(st.floats(-1e6, 1e6, allow_nan=False))
def test_a_node_used_twice_accumulates(x):
    g = Graph()
    xs = g.input("x", x)
    assert g.backward(g.mul(xs, xs, name="m")).gradient("x") == 2 * x


OPS = ("add", "mul", "sigmoid", "tanh", "relu", "identity", "constant")


@st.composite
def random_graphs(draw):
    """1-3 inputs in [-1.5, 1.5], then 1-7 operations on earlier nodes; the output is the last."""
    g = Graph()
    nodes = [g.input(f"x{k}", draw(st.floats(-1.5, 1.5))) for k in range(draw(st.integers(1, 3)))]
    for k in range(draw(st.integers(1, 7))):
        op = draw(st.sampled_from(OPS))
        u = nodes[draw(st.integers(0, len(nodes) - 1))]
        v = nodes[draw(st.integers(0, len(nodes) - 1))]
        name = f"n{k}"
        if op == "add":
            nodes.append(g.add(u, v, name=name))
        elif op == "mul":
            nodes.append(g.mul(u, v, name=name))
        elif op == "constant":
            nodes.append(g.add(u, g.constant(draw(st.floats(-2, 2))), name=name))
        else:
            assume(op != "relu" or abs(u.value) > 1e-3)  # away from the kink
            nodes.append(g.apply(op, u, name=name))
    return g, nodes[-1]


@settings(max_examples=150, deadline=None)
@given(random_graphs())
def test_gradients_equal_central_finite_differences(case):
    g, f = case
    assume(all(abs(n.value) < 50 for n in g.nodes))
    chain = g.backward(f)
    h = 1e-6
    for node in g.nodes:
        if node.op != "input":
            continue
        up = g.with_inputs({node.name: node.value + h}).node(f.name).value
        down = g.with_inputs({node.name: node.value - h}).node(f.name).value
        numeric = (up - down) / (2 * h)
        assert chain.gradients[node.index] == pytest.approx(numeric, rel=1e-5, abs=1e-5), node.name


def test_with_inputs_does_the_forward_pass_again():
    g, _ = lecture_graph()
    moved = g.with_inputs({"x": 1, "z": 2})
    assert [n.value for n in moved.nodes] == [1.0, 5.0, 2.0, 6.0, 12.0]
    assert moved.backward(moved.node("f")).gradient("x") == 2.0
    assert g.node("f").value == -12.0  # the original is unchanged


def test_nodes_the_output_does_not_need_get_no_step_and_no_gradient():
    g, f = lecture_graph()
    g.mul(g.node("x"), g.node("x"), name="unused")
    chain = g.backward(f)
    assert chain.gradient("unused") == 0.0
    assert all(chain.nodes[i].name != "unused" for _, i in step_nodes(chain))


def test_names_show_their_digits_as_subscripts():
    assert shown_name("w1") == "w₁"
    assert shown_name("w2a1") == "w₂a₁"
    assert shown_name("w12", LATEX) == "w_{12}"
    assert shown_name("b1", HTML) == "b<sub>1</sub>"
    g, y = chain_graph("sigmoid", "tanh", "sigmoid")
    steps = expression_steps(g.backward(y))
    a1 = next(s for s in steps if s.symbol == "a1")
    assert written(a1) == f"a₁ = σ(z₁) = σ(0.9) = {EXACT['sigmoid'](0.9):.4f}"
    z1 = next(s for s in steps if s.symbol == "dy/dz1")
    assert z1.sides[0] == "σ′(z₁)·∂y/∂a₁"
    latex = expression_steps(g.backward(y), LATEX)
    assert next(s for s in latex if s.symbol == "dy/dw1").lhs == \
        r"\frac{\partial y}{\partial w_{1}}"


@pytest.mark.parametrize("build, message", [
    (lambda g: g.input("x", 1) and g.input("x", 2), "already has a node called 'x'"),
    (lambda g: g.input("2x", 1), "not '2x'"),
    (lambda g: g.input("x<b>", 1), "not 'x<b>'"),
    (lambda g: g.input("x", float("nan")), "x must be a finite number"),
    (lambda g: g.input("x", True), "x must be a finite number"),
    (lambda g: g.apply("softmax", g.input("x", 1), name="a"), "not an element-wise activation"),
    (lambda g: g.apply("swish", g.input("x", 1), name="a"), "unknown activation 'swish'"),
    (lambda g: g.add(Graph().input("x", 1), g.input("y", 1), name="s"), "not a node of this graph"),
    (lambda g: g.node("nope"), "no node 'nope'"),
    (lambda g: g.with_inputs({"q": 1}), "'q' is computed by the graph"),
])
def test_bad_input_is_one_clear_message(build, message):
    g, _ = lecture_graph() if message.startswith("'q'") else (Graph(), None)
    with pytest.raises(InputError, match=message.replace("(", r"\(")):
        build(g)


def test_operations_named_as_a_file_names_them():
    """The lectures' graph from rows (name, operation, operands), as a lesson would give it."""
    g = Graph()
    for name, value in (("x", -2), ("y", 5), ("z", -4)):
        g.input(name, value)
    for name, op, operands in (("q", "add", ["x", "y"]), ("f", "mul", ["q", "z"]),
                               ("a", "tanh", ["f"]), ("d", "add", ["a", -0.5])):
        g.operation(op, [g.node(o) if isinstance(o, str) else o for o in operands], name=name)
    assert g.node("f").value == -12.0
    assert g.node("d").value == math.tanh(-12.0) - 0.5
    assert g.backward(g.node("f")).gradient("x") == -4.0


@pytest.mark.parametrize("op, operands, message", [
    ("pow", [1, 2], "q: unknown operation 'pow' \\(known: add, mul, identity"),
    ("add", [1], "q: add takes 2 operands, not 1"),
    ("sigmoid", [1, 2], "q: sigmoid takes 1 operand, not 2"),
    ("add", [1, float("inf")], "q: an operand must be a finite number"),
    ("add", [1, Graph().input("x", 1)], "not a node of this graph"),
])
def test_a_bad_operation_adds_nothing(op, operands, message):
    g = Graph()
    g.input("x", 1)
    with pytest.raises(InputError, match=message):
        g.operation(op, operands, name="q")
    assert [n.name for n in g.nodes] == ["x"]


def test_a_bad_affine_adds_nothing():
    g = Graph()
    w, x, b = g.input("w", 1), g.input("x", 2), g.input("b", 3)
    for kwargs in ({"name": "x"}, {"name": "z", "product_name": "z"}, {"name": "2z"}):
        with pytest.raises(InputError):
            g.affine(w, x, b, **kwargs)
    with pytest.raises(InputError, match="not a node of this graph"):
        g.affine(w, x, Graph().input("b", 0), name="z")
    assert [n.name for n in g.nodes] == ["w", "x", "b"]
    assert g.affine(w, x, b, name="z").value == 5.0
    assert [n.name for n in g.nodes][-2:] == ["wx", "z"]


def central_difference(g: Graph, output: str, name: str, h: float = 1e-6) -> float:
    """(f(node + h) − f(node − h)) / 2h, every node after it computed again."""
    value = g.node(name).value
    up = g.with_values({name: value + h}).node(output).value
    down = g.with_values({name: value - h}).node(output).value
    return (up - down) / (2 * h)


def test_the_lectures_numbers_exactly_and_every_node_against_finite_differences():
    """q = x + y, f = q·z, x = −2, y = 5, z = −4: q = 3, f = −12, ∂f/∂x = ∂f/∂y = −4 (= z),
    ∂f/∂z = 3 (= q), ∂f/∂q = −4; each the slope of f in that node, inner nodes too."""
    g, f = lecture_graph()
    chain = g.backward(f)
    assert [(n.name, n.value) for n in g.nodes] == [
        ("x", -2.0), ("y", 5.0), ("z", -4.0), ("q", 3.0), ("f", -12.0)]
    assert {n.name: chain.gradients[n.index] for n in g.nodes} == {
        "x": -4.0, "y": -4.0, "z": 3.0, "q": -4.0, "f": 1.0}
    for node in g.nodes:  # f is bilinear: the central difference is exact up to rounding
        assert chain.gradients[node.index] == pytest.approx(
            central_difference(g, "f", node.name), rel=1e-9, abs=1e-9), node.name


@pytest.mark.parametrize("f1, f2, f3", ACTIVATION_PAIRS + [("relu", "sigmoid", "tanh")])
def test_the_lectures_chain_every_node_against_finite_differences(f1, f2, f3):
    """y = f3(w3·f2(w2·f1(w1·x + b1))): ∂y/∂(every node), the inputs and z1, a1, z2, a2, z3."""
    g, y = chain_graph(f1, f2, f3)
    chain = g.backward(y)
    assert [n.name for n in g.nodes] == ["x", "w1", "b1", "w2", "w3", "w1x", "z1", "a1", "z2",
                                         "a2", "z3", "y"]
    for node in g.nodes:
        numeric = central_difference(g, "y", node.name)
        assert chain.gradients[node.index] == pytest.approx(numeric, rel=1e-7, abs=1e-9), \
            node.name
    assert chain.gradient("w1") != 0.0 and chain.gradient("y") == 1.0


def test_with_values_holds_an_inner_node():
    g, _ = lecture_graph()
    held = g.with_values({"q": 10})
    assert [n.value for n in held.nodes] == [-2.0, 5.0, -4.0, 10.0, -40.0]
    with pytest.raises(InputError, match="q must be a finite number"):
        g.with_values({"q": float("nan")})
    with pytest.raises(InputError, match="no node 'p'"):
        g.with_values({"p": 1.0})
