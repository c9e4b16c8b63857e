"""The computational graph of lecture 8: scalar operations, a forward and a backward pass.

A :class:`Graph` is built node by node from plain Python (no strings are parsed)::

    g = Graph()
    x, y, z = g.input("x", -2), g.input("y", 5), g.input("z", -4)
    q = g.add(x, y, name="q")          # q = x + y = 3
    f = g.mul(q, z, name="f")          # f = q·z = −12
    chain = g.backward(f)              # ∂f/∂q = z = −4, ∂f/∂z = q = 3, ∂f/∂x = ∂f/∂y = −4

Operations: an input (a number the output is differentiated by), a constant, u + v, u·v and
an activation σ(u) of core/activations.py (sigmoid, tanh, relu, identity, ...);
w·x + b is the composition :meth:`Graph.affine`. Every value is computed when its node is
made, so nodes come in the order of the forward pass (inputs before what uses them).

The backward pass from an output f is the chain rule, the local derivative times the one from
above, summed over every use of a node (a node used twice, as in x·x, gets both terms):

    ∂f/∂f = 1,    ∂f/∂u = Σ_{nodes n that use u} ∂n/∂u · ∂f/∂n,

with the local derivatives ∂(u + v)/∂u = 1, ∂(u·v)/∂u = v, ∂σ(u)/∂u = σ′(u).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from nnviz.core.activations import ACTIVATIONS, Activation, get_activation
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate

INPUT, CONSTANT, ADD, MUL = "input", "constant", "add", "mul"
# σ(u) for every element-wise activation: sigmoid, tanh, relu, identity, ...
ACTIVATION_OPS = tuple(name for name, a in ACTIVATIONS.items() if a.elementwise)
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*")


@dataclass(frozen=True)
class Node:
    """One node: its place in the forward pass, its name (None: an unnamed constant, written
    as its number), its operation, the nodes it reads (indices) and its forward value."""

    index: int
    name: str | None
    op: str
    inputs: tuple[int, ...]
    value: float

    @property
    def activation(self) -> Activation | None:
        """σ of an activation node, else None."""
        return ACTIVATIONS[self.op] if self.op in ACTIVATION_OPS else None


class Graph:
    """A computational graph, built one node at a time; every method returns the new node."""

    def __init__(self) -> None:
        self._nodes: list[Node] = []

    @property
    def nodes(self) -> tuple[Node, ...]:
        """Every node, in the order of the forward pass."""
        return tuple(self._nodes)

    def node(self, name: str) -> Node:
        """The node called ``name``; an InputError naming the known ones if none."""
        for n in self._nodes:
            if n.name == name:
                return n
        known = ", ".join(n.name for n in self._nodes if n.name)
        raise InputError(translate("Expression", "the graph has no node {name!r} (nodes: {known})")
                         .format(name=name, known=known))

    # -- building ------------------------------------------------------------------------------
    def input(self, name: str, value: float) -> Node:
        """An input the output is differentiated by: x = value."""
        return self._add(name, INPUT, (), _finite(value, name))

    def constant(self, value: float, name: str | None = None) -> Node:
        """A fixed number (a target, a −1), written by its name or, without one, its number."""
        return self._add(name, CONSTANT, (),
                         _finite(value, name or translate("Expression", "a constant")))

    def add(self, u: Node, v: Node, *, name: str) -> Node:
        """name = u + v."""
        return self._add(name, ADD, (self._own(u), self._own(v)), u.value + v.value)

    def mul(self, u: Node, v: Node, *, name: str) -> Node:
        """name = u·v."""
        return self._add(name, MUL, (self._own(u), self._own(v)), u.value * v.value)

    def apply(self, activation: str, u: Node, *, name: str) -> Node:
        """name = σ(u) for the element-wise activation called ``activation``."""
        if get_activation(activation).name not in ACTIVATION_OPS:
            raise InputError(translate("Expression", "{name} is not an element-wise activation "
                                                     "(known: {known})")
                             .format(name=activation, known=", ".join(ACTIVATION_OPS)))
        index = self._own(u)
        return self._add(name, activation, (index,), _apply(activation, u.value))

    def affine(self, w: Node, x: Node, b: Node, *, name: str,
               product_name: str | None = None) -> Node:
        """name = w·x + b, as two nodes: the product (called ``product_name``, by default the
        two names side by side, "w1x") and the sum."""
        product_name = product_name or f"{w.name or 'c'}{x.name or 'c'}"
        self._check_name(name)  # every check before the first new node: nothing half-built
        self._own(b)
        if product_name == name:
            raise InputError(translate("Expression", "w·x + b needs two names, not {name!r} twice")
                             .format(name=name))
        product = self.mul(w, x, name=product_name)
        return self.add(product, b, name=name)

    def operation(self, op: str, operands: Sequence[Node | float], *, name: str) -> Node:
        """name = op(operands), the operation named as a file names it: "add" or "mul" with
        two operands, an activation ("sigmoid", "tanh", ...) with one; a number among the
        operands is an unnamed constant."""
        wanted = 2 if op in (ADD, MUL) else 1 if op in ACTIVATION_OPS else None
        if wanted is None:
            raise InputError(translate("Expression", "{name}: unknown operation {op!r} (known: "
                                                     "{known})")
                             .format(name=name, op=op, known=", ".join((ADD, MUL, *ACTIVATION_OPS))))
        if len(operands) != wanted:
            takes = (translate("Expression", "{name}: {op} takes {wanted} operands, not {count}")
                     if wanted > 1 else
                     translate("Expression", "{name}: {op} takes {wanted} operand, not {count}"))
            raise InputError(takes.format(name=name, op=op, wanted=wanted, count=len(operands)))
        self._check_name(name)
        for u in operands:  # every check before the first new node: nothing half-built
            if isinstance(u, Node):
                self._own(u)
            else:
                _finite(u, translate("Expression", "{name}: an operand").format(name=name))
        nodes = [u if isinstance(u, Node) else self.constant(u) for u in operands]
        if op == ADD:
            return self.add(*nodes, name=name)
        if op == MUL:
            return self.mul(*nodes, name=name)
        return self.apply(op, nodes[0], name=name)

    def with_inputs(self, values: Mapping[str, float]) -> Graph:
        """The same operations with the inputs (or named constants) in ``values`` changed and
        the forward pass done again."""
        for name in values:
            if self.node(name).op not in (INPUT, CONSTANT):
                raise InputError(translate("Expression", "{name!r} is computed by the graph, not an "
                                                         "input").format(name=name))
        return self.with_values(values)

    def with_values(self, values: Mapping[str, float]) -> Graph:
        """The forward pass again with the nodes named in ``values`` held at those values,
        computed ones too: f as a function of an inner node q (what ∂f/∂q is the slope of,
        so a finite difference checks it)."""
        for name, value in values.items():
            _finite(value, self.node(name).name)
        graph = Graph()
        for n in self._nodes:
            if n.name in values:
                value = float(values[n.name])
            elif n.op in (INPUT, CONSTANT):
                value = n.value
            else:
                value = _evaluate(n.op, [graph._nodes[i].value for i in n.inputs])
            graph._nodes.append(Node(n.index, n.name, n.op, n.inputs, value))
        return graph

    def backward(self, output: Node) -> Backward:
        """The backward pass from ``output``: ∂output/∂node for every node."""
        return backward(self.nodes, self._own(output))

    # -- checks --------------------------------------------------------------------------------
    def _add(self, name: str | None, op: str, inputs: tuple[int, ...], value: float) -> Node:
        if name is not None:
            self._check_name(name)
        node = Node(len(self._nodes), name, op, inputs, value)
        self._nodes.append(node)
        return node

    def _check_name(self, name: str) -> None:
        if not isinstance(name, str) or not _NAME.fullmatch(name):
            raise InputError(translate("Expression", "a node's name is a letter followed by letters "
                                                     "or digits (x, w1, a2), not {name!r}")
                             .format(name=name))
        if any(n.name == name for n in self._nodes):
            raise InputError(translate("Expression", "the graph already has a node called {name!r}")
                             .format(name=name))

    def _own(self, node: Node) -> int:
        if not (isinstance(node, Node) and node.index < len(self._nodes)
                and self._nodes[node.index] is node):
            raise InputError(translate("Expression", "{node!r} is not a node of this graph")
                             .format(node=node))
        return node.index


@dataclass(frozen=True)
class Backward:
    """The backward pass from one output over a graph's nodes.

    ``gradients[i]`` = ∂f/∂(node i) (0 for a node f does not depend on); ``forward_order``:
    the nodes f depends on (itself included), inputs first; ``backward_order``: those nodes
    from f back to the inputs, constants left out (nothing is differentiated by them).
    """

    nodes: tuple[Node, ...]
    output: int
    gradients: tuple[float, ...]
    forward_order: tuple[int, ...]
    backward_order: tuple[int, ...]

    @property
    def output_node(self) -> Node:
        return self.nodes[self.output]

    def gradient(self, name: str) -> float:
        """∂f/∂(the node called ``name``)."""
        for n in self.nodes:
            if n.name == name:
                return self.gradients[n.index]
        raise InputError(translate("Expression", "the graph has no node {name!r}").format(name=name))

    def uses(self, index: int) -> tuple[tuple[Node, int], ...]:
        """Where node ``index`` is read on the way to f: (the node that reads it, the slot),
        in forward order; x·x reads x twice."""
        needed = set(self.forward_order)
        return tuple((n, slot) for n in self.nodes if n.index in needed
                     for slot, i in enumerate(n.inputs) if i == index)


def backward(nodes: tuple[Node, ...], output: int) -> Backward:
    """∂f/∂u for f = ``nodes[output]`` and every node u: from f back, each node's local
    derivative times ∂f/∂(the node above), accumulated over every use."""
    needed = {output}
    for n in reversed(nodes[:output + 1]):
        if n.index in needed:
            needed.update(n.inputs)
    gradients = [0.0] * len(nodes)
    gradients[output] = 1.0
    for n in reversed(nodes[:output + 1]):
        if n.index in needed:
            for slot, i in enumerate(n.inputs):
                gradients[i] += local_derivative(nodes, n, slot) * gradients[n.index]
    forward_order = tuple(sorted(needed))
    return Backward(nodes, output, tuple(gradients), forward_order,
                    tuple(i for i in reversed(forward_order) if nodes[i].op != CONSTANT))


def local_derivative(nodes: tuple[Node, ...], node: Node, slot: int) -> float:
    """∂node/∂(its input in ``slot``): 1 for u + v; the other factor for u·v; σ′(u) for σ(u)."""
    if node.op == ADD:
        return 1.0
    if node.op == MUL:
        return nodes[node.inputs[1 - slot]].value
    u = np.float64(nodes[node.inputs[0]].value)
    return float(ACTIVATIONS[node.op].derivative(u, np.float64(node.value)))


def _evaluate(op: str, values: list[float]) -> float:
    if op == ADD:
        return values[0] + values[1]
    if op == MUL:
        return values[0] * values[1]
    return _apply(op, values[0])


def _apply(activation: str, u: float) -> float:
    return float(ACTIVATIONS[activation].f(np.float64(u)))


def _finite(value: float, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) \
            or not math.isfinite(value):
        raise InputError(translate("Expression", "{what} must be a finite number, not {value!r}")
                         .format(what=what, value=value))
    return float(value)
