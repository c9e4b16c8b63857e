"""Lesson scripts beyond the steps: the README's example, [graph] and race tables, and
properties of replay (core/lesson_script.py, core/lessons.py)."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.errors import InputError
from nnviz.core.lesson_script import TrainGoal, WalkAt, apply_step, replay
from nnviz.core.lessons import parse_lesson

README = Path(__file__).resolve().parents[2] / "README.md"

ONE_WEIGHT = """
title = "w"
[data]
x = [[2.0]]
y = [3.0]
kind = "regression"
[network]
hidden = []
output_activation = "identity"
loss = "squared_error"
bias = false
params = [2.5]
[training]
learning_rate = 0.1
"""


def readme_lesson_text() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("### Lesson scripts", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```toml\n(.*?)```", section, flags=re.S)
    assert len(blocks) == 1, "the README's Lesson scripts section has one complete example"
    return blocks[0]


def test_the_readme_example_loads_and_replays():
    les = parse_lesson(readme_lesson_text(), name="readme", source="README.md")
    assert len(les.steps) == 3
    one, two, three = (replay(les, k) for k in (1, 2, 3))
    assert one.theta[0] == pytest.approx(1.7, abs=1e-15)  # as its text says
    assert one.losses == ((1, pytest.approx(0.16, abs=1e-14)),)
    assert one.show == ("landscape", "loss")
    assert two.walk == WalkAt(0, "update", None) and two.selection == one.selection
    assert three.config.training.learning_rate == 0.3 and three.play is True
    assert three.speed == 2.0 and three.walk is None
    assert three.goal_met is False and three.trained_steps == 20  # η = 0.3 diverges: |1 - 8η| > 1
    assert les.steps[2].train == TrainGoal("loss", 0.01, 20)


# -- [graph] -----------------------------------------------------------------------------------
GRAPH = """
title = "chain rule"
[graph]
output = "f"
inputs = { x = -2, y = 5, z = -4 }
nodes = [["q", "add", "x", "y"], ["f", "mul", "q", "z"], ["s", "sigmoid", "f"], ["t", "mul", 2, "s"]]
"""


def test_the_graph_table_builds_the_lectures_graph():
    les = parse_lesson(GRAPH, name="c", source="c.toml")
    graph = les.graph
    assert les.graph_output == "f"
    assert [n.name for n in graph.nodes if n.name] == ["x", "y", "z", "q", "f", "s", "t"]
    assert graph.node("q").value == 3.0 and graph.node("f").value == -12.0
    chain = graph.backward(graph.node(les.graph_output))
    assert chain.gradient("x") == -4.0 and chain.gradient("y") == -4.0
    assert chain.gradient("z") == 3.0 and chain.gradient("q") == -4.0


def test_the_graph_output_defaults_to_none():
    les = parse_lesson(GRAPH.replace('output = "f"\n', ""), name="c", source="c.toml")
    assert les.graph_output is None and les.graph.nodes[-1].name == "t"


@pytest.mark.parametrize("table, words", [
    ('inputs = { x = 1 }\nnodes = [["q", "pow", "x", "x"]]', ["[graph]: node 1", "'pow'"]),
    ('inputs = { x = 1 }\nnodes = [["q", "add", "x"]]', ["[graph]: node 1", "2 operands"]),
    ('inputs = { x = 1 }\nnodes = [["q", "add", "x", "w"]]', ["[graph]: node 1", "'w'"]),
    ('inputs = { x = 1 }\nnodes = [["q", "add", "x", "x"], ["q", "mul", "x", "x"]]',
     ["[graph]: node 2", "'q'"]),
    ('inputs = { x = 1 }\nnodes = [["q"]]', ["[graph]: node 1", "[name, operation"]),
    ('inputs = { x = "one" }', ["[graph]: inputs", "finite number"]),
    ('nodes = []', ["[graph]", "'inputs'"]),
    ('inputs = { x = 1 }\noutput = "f"', ["[graph]: output", "'f'"]),
    ('inputs = { x = 1 }\ncolour = 3', ["[graph]", "'colour'"]),
])
def test_a_bad_graph_is_named(table, words):
    with pytest.raises(InputError) as info:
        parse_lesson('title = "g"\n[graph]\n' + table + "\n", name="g", source="g.toml")
    message = str(info.value)
    assert message.startswith("g.toml: ")
    for word in words:
        assert word in message, message


# -- race ----------------------------------------------------------------------------------
@pytest.mark.parametrize("race, expected", [
    ('{ compare = "learning_rate", values = [0.01, 1, 0.25] }', ("learning_rate", (0.01, 1.0, 0.25))),
    ('{ compare = "batch", values = ["full", 10, "stochastic"] }',
     ("batch", ("full", 10, "stochastic"))),
    ('{ compare = "optimizer", values = ["sgd", "adam"] }', ("optimizer", ("sgd", "adam"))),
])
def test_the_race_table(race, expected):
    les = parse_lesson(f'title = "r"\nrace = {race}\n', name="r", source="r.toml")
    assert les.race == expected


@pytest.mark.parametrize("race, words", [
    ('{ compare = "colour", values = [1] }', ["[race]", "'compare'"]),
    ('{ compare = "batch", values = [] }', ["[race]", "'values'"]),
    ('{ compare = "batch", values = [0] }', ["[race]", "batch", "0"]),
    ('{ compare = "learning_rate", values = [-0.1] }', ["[race]", "positive", "-0.1"]),
    ('{ compare = "learning_rate", values = [true] }', ["[race]", "True"]),
    ('{ compare = "optimizer", values = ["fast"] }', ["[race]", "'fast'", "adam"]),
    ('{ values = [1] }', ["[race]", "'compare'"]),
    ('{ compare = "batch", values = [1], extra = 2 }', ["[race]", "'extra'"]),
    ('3', ["[race]", "table"]),
])
def test_a_bad_race_is_named(race, words):
    with pytest.raises(InputError) as info:
        parse_lesson(f'title = "r"\nrace = {race}\n', name="r", source="r.toml")
    message = str(info.value)
    assert message.startswith("r.toml: ")
    for word in words:
        assert word in message, message


# -- properties ------------------------------------------------------------------------------
ETAS = st.sampled_from([0.01, 0.05, 0.1, 0.2, 0.25])
STEP = st.one_of(
    st.builds(lambda n: f"train = {n}\n", st.integers(0, 12)),
    st.builds(lambda eta: f"training = {{ learning_rate = {eta} }}\n", ETAS),
    st.builds(lambda w: f"network = {{ params = [{w}] }}\n",
              st.sampled_from([-1.0, 0.0, 0.5, 2.5, 4.0])),
    st.builds(lambda v, m: f'train = {{ until = "loss", value = {v}, max_steps = {m} }}\n',
              st.sampled_from([0.0, 0.01, 1.0]), st.integers(1, 15)),
    st.just("reset = true\n"),
    st.just('train = { until = "converged", max_steps = 30 }\n'),
)


@settings(max_examples=40, deadline=None)
@given(st.lists(STEP, min_size=1, max_size=6), st.data())
def test_replay_is_clicking_forward_for_any_script(bodies, data):
    steps = "".join(f'[[step]]\ntitle = "s{k}"\n{body}' for k, body in enumerate(bodies, 1))
    les = parse_lesson(ONE_WEIGHT + steps, name="p", source="p.toml")
    state = replay(les, 0)
    for k, step in enumerate(les.steps, start=1):
        state = apply_step(state, step)
    k = len(les.steps)
    again = replay(les, k)
    assert state.theta.tobytes() == again.theta.tobytes()
    assert state.config == again.config and state.losses == again.losses
    assert state.trained_steps == again.trained_steps == len(state.losses)
    jump = data.draw(st.integers(0, k))
    assert replay(les, jump).theta.tobytes() == replay(les, jump).theta.tobytes()


@settings(max_examples=40, deadline=None)
@given(st.floats(-5, 5, allow_nan=False), ETAS, st.integers(1, 8))
def test_n_steps_of_gradient_descent_on_one_weight(w0, eta, n):
    les = parse_lesson(ONE_WEIGHT.replace("params = [2.5]", f"params = [{w0!r}]")
                       + f'[[step]]\ntitle = "go"\ntraining = {{ learning_rate = {eta} }}\n'
                         f"train = {n}\n", name="p", source="p.toml")
    state = replay(les, 1)
    w = w0
    losses = []
    for _ in range(n):
        w = w - eta * 2 * 2 * (2 * w - 3)  # ∂(2w - 3)²/∂w = 4(2w - 3)
        losses.append((2 * w - 3) ** 2)
    assert state.theta[0] == pytest.approx(w, rel=1e-12, abs=1e-12)
    assert [k for k, _ in state.losses] == list(range(1, n + 1))
    assert np.allclose([c for _, c in state.losses], losses, rtol=1e-12, atol=1e-12)


def test_the_module_docstrings_example_file_loads():
    import textwrap

    from nnviz.core import lessons

    example = lessons.__doc__.split("::\n", 1)[1].split("\n\n", 1)
    # the indented block runs until the first unindented paragraph
    block = []
    for line in lessons.__doc__.split("::\n", 1)[1].splitlines():
        if line and not line.startswith("    "):
            break
        block.append(line)
    les = parse_lesson(textwrap.dedent("\n".join(block)), name="doc", source="doc.toml")
    assert example and les.title == "XOR needs a hidden layer"
    assert les.config.training.hyperparameter_dict() == {"momentum": 0.9}
    assert len(les.steps) == 1 and les.steps[0].train == TrainGoal("accuracy", 1.0, 2000)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.integers(-3, 3), st.integers(-3, 3), st.sampled_from([-1, 1])),
                min_size=2, max_size=6),
       st.lists(st.integers(0, 7), min_size=1, max_size=4))
def test_perceptron_steps_split_anyhow_follow_the_rule_sample_by_sample(points, chunks):
    from nnviz.core.perceptron import perceptron_rule

    labels = [p[2] for p in points]
    if len(set(labels)) < 2:
        labels[0] = -labels[1]
    x = [[float(a), float(b)] for a, b, _ in points]
    text = f"""
title = "p"
[data]
x = {x}
y = {labels}
kind = "classification"
labels = "pm1"
[network]
hidden = []
output_activation = "sign"
loss = "half_squared_error"
init = "zeros"
[training]
rule = "perceptron"
learning_rate = 1.0
shuffle = false
"""
    steps = "".join(f'[[step]]\ntitle = "s"\ntrain = {n}\n' for n in chunks)
    state = replay(parse_lesson(text + steps, name="p", source="p.toml"), len(chunks))
    events = list(perceptron_rule(np.array(x), np.array(labels), bias=0.0, max_steps=sum(chunks)
                                  or 1))
    done = state.trained_steps
    assert done <= sum(chunks)
    if done:
        event = events[done - 1]
        assert state.theta.tolist() == [*event.weights.tolist(), event.bias]
    else:
        assert state.theta.tolist() == [0.0, 0.0, 0.0]
    if done < sum(chunks):  # it stopped early: the rule converged there
        assert state.stopped == "converged" and events[-1].stopped == "converged"


@settings(max_examples=20, deadline=None)
@given(st.lists(st.integers(0, 9), min_size=1, max_size=4), st.sampled_from(["sgd", "momentum",
                                                                                "adam"]))
def test_training_split_over_steps_is_one_run(chunks, optimizer):
    base = f"""
title = "x"
[data]
dataset = "xor"
n = 24
[network]
hidden = [3]
[training]
optimizer = "{optimizer}"
learning_rate = 0.1
batch = 5
"""
    split = parse_lesson(base + "".join(f'[[step]]\ntitle = "s"\ntrain = {n}\n' for n in chunks),
                         name="x", source="x.toml")
    whole = parse_lesson(base + f'[[step]]\ntitle = "s"\ntrain = {sum(chunks)}\n',
                         name="x", source="x.toml")
    a, b = replay(split, len(chunks)), replay(whole, 1)
    assert a.theta.tobytes() == b.theta.tobytes() and a.losses == b.losses
