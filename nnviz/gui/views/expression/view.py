"""The computational graph of lecture 8 (issue 13, chain_rule): scalar operations as boxes
in columns (inputs left, the output f right), stepped like the step-through: the forward
pass node by node (each value from its operands), then the backward pass from f back to the
inputs (∂f/∂node = the local derivative times the one from above, summed over every use).

The graph comes from the lesson (``Lesson.graph``, built from its ``[graph]`` table with
core/expression.py) or from :meth:`ExpressionView.set_graph`; the values, gradients and
written steps are core/expression.py's and core/expression_steps.py's, this view only
shows them. The walk is the view's own (it does not depend on training): the buttons, a
click on a node, and the step-through's keys (gui/kit/walk_keys.py: → ← PageDown PageUp step,
Ctrl with them a phase, Home, End) while the focus is in the view. The step's formula is
shown below the picture, in the lectures' notation: ∂f/∂q = z·∂f/∂f = (−4)·1 = −4.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.expression import CONSTANT, INPUT, Backward, Graph, Node
from nnviz.core.expression_steps import (
    BACKWARD,
    FORWARD,
    expression_steps,
    shown_name,
    step_nodes,
)
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.notation import UNICODE
from nnviz.core.snapshot import Snapshot
from nnviz.core.worked import Step
from nnviz.gui.colors import backward_colour
from nnviz.gui.kit.flow_layout import FlowLayout
from nnviz.gui.kit.walk_keys import install_walk_keys
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.views.base import View
from nnviz.gui.views.expression.canvas import GraphCanvas, NodeText, phase_progress
from nnviz.session.commands import Walk
from nnviz.session.state import LESSON

FORMULA_SCALE = 1.6  # the step's formula, relative to the theme's text (as the step-through's)
COMPACT_FORMULA_SCALE = 1.15  # ... in a short dock, where the graph needs the room
COMPACT_HEIGHT = 300  # a view shorter than this (pixels at scale 1) is laid out compactly
LOCATION_SCALE = 0.9
NO_GRAPH = QT_TRANSLATE_NOOP("ExpressionView", "This lesson has no computational graph. A lesson's [graph] "
                             "table gives one (the chain_rule lesson: q = x + y, f = q·z); its forward values "
                             "and backward gradients are then stepped here node by node.")
PHASE_NAMES = {FORWARD: QT_TRANSLATE_NOOP("ExpressionView", "forward pass"),
               BACKWARD: QT_TRANSLATE_NOOP("ExpressionView", "backward pass")}
# the navigation buttons, by their English text (the keys of ExpressionView.buttons)
FIRST, PREVIOUS_PHASE, BACK = (QT_TRANSLATE_NOOP("ExpressionView", "« First"),
                               QT_TRANSLATE_NOOP("ExpressionView", "◀ Phase"),
                               QT_TRANSLATE_NOOP("ExpressionView", "◀ Back"))
NEXT, NEXT_PHASE, LAST = (QT_TRANSLATE_NOOP("ExpressionView", "Next ▶"),
                          QT_TRANSLATE_NOOP("ExpressionView", "Phase ▶"),
                          QT_TRANSLATE_NOOP("ExpressionView", "Last »"))


def written(step: Step) -> str:
    """A step as one line: ``lhs = side = side ...``."""
    return f"{step.lhs} {step.op} " + " = ".join(step.sides)


def node_texts(chain: Backward) -> dict[int, NodeText]:
    """The three lines of every node's box: "q = x + y", "3", "∂f/∂q = −4"."""
    m = UNICODE
    f = shown_name(chain.output_node.name) if chain.output_node.name else "f"
    texts = {}
    for i in chain.forward_order:
        node = chain.nodes[i]
        symbol = shown_name(node.name) if node.name else m.number(node.value)
        if node.op in (INPUT, CONSTANT):
            definition = symbol
        else:
            definition = f"{symbol} = {_operation(chain, node)}"
        gradient = (m.d(symbol, f), m.number(chain.gradients[i])) if node.name else ("", "")
        texts[i] = NodeText(definition, m.number(node.value), *gradient)
    return texts


def _operation(chain: Backward, node: Node) -> str:
    """What a computed node computes, in symbols: x + y, q·z, σ(z₁)."""
    m = UNICODE
    names = [shown_name(chain.nodes[j].name) if chain.nodes[j].name
             else m.factor(chain.nodes[j].value) for j in node.inputs]
    if node.op == "add":
        return m.add(names)
    if node.op == "mul":
        return m.mul_symbols(*names)
    if node.op == "identity":
        return names[0]
    return f"{m.function(node.activation)}({names[0]})"


def lesson_graph(lesson: Any) -> tuple[Graph, Node] | None:
    """The graph and its output from a lesson's ``graph`` (a core.expression.Graph, whose last
    node is the output unless the lesson names it in ``graph_output``, or any object with
    ``.graph`` and ``.output``); None when the lesson has none."""
    graph = getattr(lesson, "graph", None)
    if graph is None:
        return None
    output: Any = getattr(lesson, "graph_output", None)
    if not isinstance(graph, Graph) and hasattr(graph, "graph"):
        graph, output = graph.graph, getattr(graph, "output", None)
    if not isinstance(graph, Graph) or not graph.nodes:
        return None
    return graph, _output_node(graph, output)


def _output_node(graph: Graph, output: Node | str | None) -> Node:
    if output is None:
        return graph.nodes[-1]
    return graph.node(output) if isinstance(output, str) else output


class _Canvas(GraphCanvas):
    """The canvas, reporting a click on a node."""

    node_clicked = Signal(int)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        index = self.node_at(QPointF(event.position()))
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.node_clicked.emit(index)
        super().mousePressEvent(event)


class ExpressionView(View):
    """The computational graph and its forward and backward passes (dock "expression")."""

    key = "expression"
    title = QT_TRANSLATE_NOOP("Views", "Computational graph")
    builds_when_shown = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = current_theme()
        self.compact = False  # a short dock: a smaller formula, tight margins
        self.chain: Backward | None = None
        self.steps: tuple[Step, ...] = ()
        self.walk: tuple[tuple[str, int], ...] = ()  # (phase, node index) of every step
        self.position = -1  # the current step, 0-based; −1: no graph

        self.location = _label("")
        self.canvas = _Canvas()
        self.canvas.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.canvas.node_clicked.connect(self.step_to_node)
        self.formula = _label("")
        self.note = _label("")
        self.empty = _label(translate("ExpressionView", NO_GRAPH))
        self.buttons: dict[str, QPushButton] = {}
        self.navigation = QWidget()
        navigation = FlowLayout(self.navigation)  # wraps in a narrow dock
        for text, command in ((FIRST, Walk("first")), (PREVIOUS_PHASE, Walk("previous", "phase")),
                              (BACK, Walk("previous")), (NEXT, Walk("next")),
                              (NEXT_PHASE, Walk("next", "phase")), (LAST, Walk("last"))):
            button = QPushButton(translate("ExpressionView", text))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the view
            button.clicked.connect(lambda _=False, c=command: self.move(c))
            navigation.addWidget(button)
            self.buttons[text] = button
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.addWidget(self.empty)
        layout.addWidget(self.location)
        self.scroll = QScrollArea()  # a graph too wide for the dock scrolls, still readable
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.formula)
        layout.addWidget(self.note)
        layout.addWidget(self.navigation)
        self.keys = install_walk_keys(self, self.move, lambda: self.chain is not None)
        self.apply_theme(self._theme)
        self._refresh()

    # -- the graph --------------------------------------------------------------------------
    def set_graph(self, graph: Graph | None, output: Node | str | None = None) -> None:
        """Show ``graph`` differentiated from ``output`` (a node, its name, or None: the last
        node), at its first step; None shows that there is no graph."""
        if graph is None or not graph.nodes:
            self.chain, self.steps, self.walk, self.position = None, (), (), -1
            self.canvas.set_graph(None, {})
        else:
            self.chain = graph.backward(_output_node(graph, output))
            self.steps = tuple(expression_steps(self.chain))
            self.walk = step_nodes(self.chain)
            self.canvas.set_graph(self.chain, node_texts(self.chain))
            self.position = 0
        self._refresh()

    def _follow_lesson(self, lesson: Any) -> None:
        found = lesson_graph(lesson)
        try:
            self.set_graph(*found) if found else self.set_graph(None)
        except InputError:  # an output the graph does not have: nothing to show
            self.set_graph(None)

    def bind(self, session) -> None:
        super().bind(session)
        self._unsubscribe.append(session.subscribe(LESSON, self._follow_lesson))
        self._follow_lesson(session.lesson)

    # -- the walk ---------------------------------------------------------------------------
    @property
    def step(self) -> Step | None:
        """The current step (None: no graph)."""
        return self.steps[self.position] if 0 <= self.position < len(self.steps) else None

    @property
    def current(self) -> tuple[str, int] | None:
        """(phase, node index) of the current step."""
        return self.walk[self.position] if 0 <= self.position < len(self.walk) else None

    def step_to(self, position: int) -> None:
        """Go to step ``position`` (0-based, clamped to the walk)."""
        if not self.steps:
            return
        self.position = max(0, min(len(self.steps) - 1, int(position)))
        self._refresh()

    def move(self, command: Walk) -> None:
        """A Walk from a button or a key: next / previous step (a neuron is a step here) or
        phase, first, last, or "to" a 1-based step number."""
        if not self.steps:
            return
        n_forward = sum(1 for phase, _ in self.walk if phase == FORWARD)
        starts = [0, n_forward] if 0 < n_forward < len(self.walk) else [0]
        here = self.position
        if command.move == "first":
            target = 0
        elif command.move == "last":
            target = len(self.steps) - 1
        elif command.move == "to" and command.number is not None:
            target = command.number - 1
        elif command.level == "phase":
            if command.move == "next":
                target = next((s for s in starts if s > here), len(self.steps) - 1)
            else:
                target = max((s for s in starts if s < here), default=0)
        else:
            target = here + (1 if command.move == "next" else -1)
        self.step_to(target)

    def step_to_node(self, index: int) -> None:
        """A click on a node: its step in the pass the walk is in (its forward step if it
        has no backward one, as a constant)."""
        phase = self.current[0] if self.current else FORWARD
        for wanted in (phase, FORWARD):
            for k, (p, i) in enumerate(self.walk):
                if p == wanted and i == index:
                    self.step_to(k)
                    return

    def _refresh(self) -> None:
        has = self.chain is not None
        for widget in (self.location, self.scroll, self.formula, self.note):
            widget.setVisible(has)
        self.navigation.setVisible(has)
        for text in (PREVIOUS_PHASE, NEXT_PHASE):  # a short dock: Ctrl + → ← still jump a phase
            self.buttons[text].setVisible(not self.compact)
        self.empty.setVisible(not has)
        if not has:
            return
        step, (phase, _) = self.step, self.current
        assert step is not None
        self.location.setText(translate("ExpressionView", "Step {step} of {count} · {phase}").format(
            step=self.position + 1, count=len(self.steps),
            phase=translate("ExpressionView", PHASE_NAMES[phase])))
        self.formula.setText(written(step))
        self.note.setText("; ".join(step.note) if phase == BACKWARD or step.note != ("input",)
                          else translate("ExpressionView", "an input: the output is differentiated by it"))
        colour = backward_colour(self._theme.dark).name() if phase == BACKWARD \
            else self._theme.text
        self.formula.setStyleSheet(f"color: {colour}")
        last = len(self.steps) - 1
        for text, enabled in ((FIRST, self.position > 0), (PREVIOUS_PHASE, self.position > 0),
                              (BACK, self.position > 0), (NEXT, self.position < last),
                              (NEXT_PHASE, self.position < last), (LAST, self.position < last)):
            self.buttons[text].setEnabled(enabled)
        self.canvas.set_progress(phase_progress(self.walk, self.position, self.chain))
        self.show_current()

    def show_current(self) -> None:
        """Scroll the step's node to the middle of the view (a graph wider than the dock):
        its neighbours, where the step's arrows go, in sight on both sides."""
        if self.current is None or not self.canvas.isVisibleTo(self):
            return
        self.canvas.arrange()
        box = self.canvas.boxes.get(self.current[1])
        if box is not None:
            viewport = self.scroll.viewport()
            self.scroll.ensureVisible(round(box.center().x()), round(box.center().y()),
                                      max(1, viewport.width() // 2 - 1),
                                      max(1, viewport.height() // 2 - 1))

    # -- the view contract ------------------------------------------------------------------
    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Training does not change the graph: nothing to draw."""

    def set_dataset(self, dataset: Dataset) -> None:
        """The data does not change the graph: nothing to draw."""

    def apply_theme(self, theme: Theme) -> None:
        """Text at the theme's size, the formula FORMULA_SCALE times larger."""
        self._theme = theme
        self.compact = self.height() < COMPACT_HEIGHT * theme.scale
        big = QFont(self.font())
        big.setPointSizeF(theme.point_size * (COMPACT_FORMULA_SCALE if self.compact
                                              else FORMULA_SCALE))
        self.formula.setFont(big)
        small = QFont(self.font())
        small.setPointSizeF(theme.point_size * LOCATION_SCALE)
        for label in (self.location, self.note, self.empty):
            label.setFont(small if label is not self.empty else QFont(self.font()))
            label.setStyleSheet(f"color: {theme.muted}")
        margin = round((2 if self.compact else 6) * theme.scale)
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self.canvas.apply_theme(theme)
        self._refresh()

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        if (self.height() < COMPACT_HEIGHT * self._theme.scale) != self.compact:
            self.apply_theme(self._theme)  # a short dock: the formula smaller
        self.show_current()

    @property
    def message(self) -> str:
        return "" if self.chain is not None else translate("ExpressionView", NO_GRAPH)


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a lesson's names shown as written
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label
