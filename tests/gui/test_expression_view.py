"""The computational graph view (issue 13, chain_rule): the lecture's q = x + y, f = q·z
stepped forward then backward node by node, the values and gradients each box shows, the
highlighted node, the formula, the keys, a click, the lesson's graph, and the picture whole
in a small dock at 200 %."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from nnviz.core.expression import Graph
from nnviz.core.expression_steps import expression_steps
from nnviz.gui.colors import backward_colour, blend
from nnviz.gui.theme import Theme
from nnviz.gui.views.expression import ExpressionView
from nnviz.gui.views.expression.layout import columns, layout
from nnviz.gui.views.expression.view import NO_GRAPH, lesson_graph, node_texts, written
from nnviz.gui.views.registry import registered_views
from nnviz.session.commands import Walk
from nnviz.session.state import SessionState
from tests.core.test_expression import chain_graph, lecture_graph

ORDER = [("forward", "x"), ("forward", "y"), ("forward", "z"), ("forward", "q"),
         ("forward", "f"), ("backward", "f"), ("backward", "q"), ("backward", "z"),
         ("backward", "y"), ("backward", "x")]
FORMULAS = ["x = −2", "y = 5", "z = −4", "q = x + y = −2 + 5 = 3", "f = q·z = 3·(−4) = −12",
            "∂f/∂f = 1", "∂f/∂q = z·∂f/∂f = (−4)·1 = −4", "∂f/∂z = q·∂f/∂f = 3·1 = 3",
            "∂f/∂y = 1·∂f/∂q = 1·(−4) = −4", "∂f/∂x = 1·∂f/∂q = 1·(−4) = −4"]


@pytest.fixture
def view(qtbot):
    v = ExpressionView()
    qtbot.addWidget(v)
    v.apply_theme(Theme())
    v.resize(900, 520)
    g, f = lecture_graph()
    v.set_graph(g, f)
    v.show()
    qtbot.waitExposed(v)
    return v


def names(v: ExpressionView, indices) -> set[str]:
    return {v.chain.nodes[i].name for i in indices}


def test_registered_lazily_under_its_key():
    assert ExpressionView in registered_views()
    assert (ExpressionView.key, ExpressionView.title) == ("expression", "Computational graph")
    assert ExpressionView.builds_when_shown


def test_each_box_says_what_it_computes_its_value_and_its_gradient():
    g, f = lecture_graph()
    chain = g.backward(f)
    texts = {chain.nodes[i].name: t for i, t in node_texts(chain).items()}
    assert [(texts[n].definition, texts[n].value, texts[n].lines(False)[2])
            for n in "xyzqf"] == [
        ("x", "−2", "∂f/∂x = −4"), ("y", "5", "∂f/∂y = −4"), ("z", "−4", "∂f/∂z = 3"),
        ("q = x + y", "3", "∂f/∂q = −4"), ("f = q·z", "−12", "∂f/∂f = 1")]
    assert texts["q"].lines(True)[2:] == ("∂f/∂q", "= −4")
    g, y = chain_graph("sigmoid", "tanh", "sigmoid")
    chain = g.backward(y)
    texts = {chain.nodes[i].name: t.definition for i, t in node_texts(chain).items()}
    assert (texts["z1"], texts["a1"], texts["a2"], texts["w1x"]) == (
        "z₁ = w₁x + b₁", "a₁ = σ(z₁)", "a₂ = tanh(z₂)", "w₁x = w₁·x")


def test_columns_by_depth_inputs_left_output_right():
    g, f = lecture_graph()
    chain = g.backward(f)
    by_name = {chain.nodes[i].name: c for i, c in columns(chain).items()}
    assert by_name == {"x": 0, "y": 0, "q": 1, "z": 1, "f": 2}
    g, y = chain_graph("sigmoid", "tanh", "sigmoid")
    chain = g.backward(y)
    places = {chain.nodes[p.index].name: p for p in layout(chain)}
    chain_nodes = ["w1x", "z1", "a1", "z2", "a2", "z3", "y"]
    assert [places[n].column for n in chain_nodes] == [1, 2, 3, 4, 5, 6, 7]
    assert len({places[n].row for n in chain_nodes}) == 1  # the chain runs straight
    assert (places["w2"].column, places["w3"].column) == (3, 5)  # beside what reads them
    assert places["w2"].row > places["z2"].row  # the weights below the chain
    spots = [(p.column, p.row) for p in places.values()]
    assert len(set(spots)) == len(spots)  # no two boxes in one place


def test_stepping_forward_then_backward_node_by_node(view):
    assert (view.position, len(view.steps)) == (0, 10)
    seen, formulas = [], []
    for k in range(10):
        phase, index = view.current
        seen.append((phase, view.chain.nodes[index].name))
        formulas.append(view.formula.text())
        assert view.location.text().startswith(f"Step {k + 1} of 10 · {phase} pass")
        view.move(Walk("next"))
    assert seen == ORDER
    assert formulas == FORMULAS == [written(s) for s in expression_steps(view.chain)]
    assert view.position == 9  # the last step stays the last
    view.move(Walk("previous"))
    assert view.current == ("backward", 1)  # y


def test_values_appear_forward_and_gradients_only_after_the_backward_steps(view):
    canvas = view.canvas
    view.step_to(3)  # q = x + y
    assert names(view, canvas.progress.valued) == {"x", "y", "z", "q"}
    assert canvas.progress.graded == set()
    assert names(view, {j for j, _ in canvas.progress.read}) == {"x", "y"}
    view.step_to(6)  # ∂f/∂q = z·∂f/∂f
    assert names(view, canvas.progress.valued) == set("xyzqf")
    assert names(view, canvas.progress.graded) == {"f", "q"}
    assert [(view.chain.nodes[a].name, view.chain.nodes[b].name)
            for a, b in canvas.progress.read] == [("q", "f")]  # the use of q it multiplies
    view.move(Walk("last"))
    assert names(view, canvas.progress.graded) == set("xyzqf")
    assert view.formula.text() == "∂f/∂x = 1·∂f/∂q = 1·(−4) = −4"
    assert {view.chain.nodes[i].name: g for i, g in enumerate(view.chain.gradients)} == {
        "x": -4.0, "y": -4.0, "z": 3.0, "q": -4.0, "f": 1.0}


def box_fill(view: ExpressionView, name: str) -> QColor:
    """The colour just inside the left edge of the node's box, as painted."""
    image = view.canvas.grab().toImage()
    box = view.canvas.boxes[next(n.index for n in view.chain.nodes if n.name == name)]
    ratio = image.devicePixelRatio()
    return image.pixelColor(QPoint(round((box.left() + 8) * ratio),
                                   round((box.top() + 8) * ratio)))


def close(a: QColor, b: QColor) -> bool:
    return all(abs(x - y) <= 3 for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


def test_the_highlight_follows_the_steps(view):
    theme = Theme()
    background = QColor(theme.plot_background)
    forward_fill = blend(QColor(theme.highlight), background, 0.22)
    backward_fill = blend(backward_colour(False), background, 0.22)
    view.step_to(3)
    assert close(box_fill(view, "q"), forward_fill)
    assert not close(box_fill(view, "f"), forward_fill)
    view.move(Walk("next"))
    assert close(box_fill(view, "f"), forward_fill) and not close(box_fill(view, "q"), forward_fill)
    view.move(Walk("next", "phase"))  # the backward pass starts at f
    assert view.current == ("backward", 4)
    assert close(box_fill(view, "f"), backward_fill)
    view.move(Walk("next", "phase"))  # already in the last pass: its last step
    assert view.current == ("backward", 0)
    assert close(box_fill(view, "x"), backward_fill) and not close(box_fill(view, "f"),
                                                                   backward_fill)
    assert view.formula.styleSheet() == f"color: {backward_colour(False).name()}"


def test_the_keys_step_while_the_focus_is_in_the_view(view, qtbot):
    view.canvas.setFocus()
    qtbot.waitUntil(view.canvas.hasFocus)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(view.canvas, Qt.Key.Key_PageDown)
    assert view.position == 2
    qtbot.keyClick(view.canvas, Qt.Key.Key_Left)
    assert view.position == 1
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert view.current == ("backward", 4)  # the backward pass starts at f
    qtbot.keyClick(view.canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert view.position == 0
    qtbot.keyClick(view.canvas, Qt.Key.Key_End)
    assert view.position == 9
    qtbot.keyClick(view.canvas, Qt.Key.Key_Home)
    assert view.position == 0
    view.buttons["Next ▶"].click()
    assert view.position == 1 and not view.buttons["Next ▶"].hasFocus()


def test_a_click_on_a_node_goes_to_its_step(view, qtbot):
    view.canvas.grab()  # painted: the boxes are known
    q = next(n.index for n in view.chain.nodes if n.name == "q")
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton,
                     pos=view.canvas.boxes[q].center().toPoint())
    assert view.current == ("forward", q)
    view.move(Walk("last"))
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton,
                     pos=view.canvas.boxes[q].center().toPoint())
    assert view.current == ("backward", q)  # in the backward pass: its backward step


def test_the_lessons_graph_and_none(qtbot):
    lesson = SimpleNamespace(title="a lesson without a graph")  # as today's Lesson
    session = SessionState(lesson, None, None)
    v = ExpressionView()
    qtbot.addWidget(v)
    v.bind(session)
    assert v.chain is None and v.message == NO_GRAPH and v.empty.isVisibleTo(v)
    g, _ = lecture_graph()
    g.mul(g.node("f"), g.node("x"), name="h")  # the lesson names f: h is left out
    session.set_lesson(SimpleNamespace(graph=g, graph_output="f"))
    assert v.chain is not None and v.chain.output_node.name == "f" and v.message == ""
    assert v.canvas.isVisibleTo(v) and not v.empty.isVisibleTo(v)
    assert "h" not in names(v, v.canvas.texts)
    session.set_lesson(SimpleNamespace(graph=SimpleNamespace(graph=g, output="h")))
    assert v.chain.output_node.name == "h" and len(v.steps) == 12
    session.set_lesson(lesson)
    assert v.chain is None
    v.unbind()
    assert lesson_graph(SimpleNamespace(graph=Graph())) is None


@pytest.mark.parametrize("size, scale, scrolls", [
    ((1366, 700), 2.0, False), ((900, 520), 1.0, False), ((683, 384), 1.0, False),
    ((370, 590), 2.0, True),  # a narrow dock at 200 %: readable, scrolled to the step
])
def test_the_chain_is_drawn_whole_or_scrolled_to_the_step(qtbot, size, scale, scrolls):
    v = ExpressionView()
    qtbot.addWidget(v)
    v.apply_theme(Theme(scale=scale))
    g, y = chain_graph("sigmoid", "tanh", "sigmoid")
    v.set_graph(g, y)
    v.resize(*size)
    v.show()
    qtbot.waitExposed(v)
    assert v.width() <= size[0]  # the view never holds its dock wider
    viewport = v.scroll.viewport()
    for position in (14, 23, 0):
        v.step_to(position)
        v.canvas.grab()
        area = v.canvas.rect()
        assert len(v.canvas.boxes) == 12
        assert all(area.contains(box.toRect()) for box in v.canvas.boxes.values())
        boxes = list(v.canvas.boxes.values())
        assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
        current = v.canvas.boxes[v.current[1]].toRect()
        seen = current.translated(v.canvas.mapTo(viewport, QPoint(0, 0)))
        assert viewport.rect().contains(seen), (position, seen, viewport.rect())
    assert (v.canvas.width() > viewport.width()) == scrolls
    assert v.canvas.fit() >= 0.5  # never smaller than readable


def test_the_chain_rule_lesson_opens_on_its_graph(qtbot):
    """The shipped chain_rule lesson's [graph]: q = x + y, f = q·z with x = −2, y = 5, z = −4."""
    from nnviz.core.lessons import load_lesson

    lesson = load_lesson("chain_rule")
    v = ExpressionView()
    qtbot.addWidget(v)
    v.bind(SessionState(lesson, None, None))
    assert v.chain.output_node.name == "f" and v.message == ""
    assert [(n.name, n.value) for n in v.chain.nodes] == [
        ("x", -2.0), ("y", 5.0), ("z", -4.0), ("q", 3.0), ("f", -12.0)]
    v.move(Walk("last"))
    assert v.formula.text() == FORMULAS[-1]
    assert "expression" in lesson.lecture_views
    v.unbind()
