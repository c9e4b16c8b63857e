"""The computational graph's forward and backward passes as the step-through's steps.

The same :class:`~nnviz.core.worked.Step` records as the network's worked example, one node a
step, in two phases (layer None):

    forward    the nodes f depends on, inputs first:  x = −2;  q = x + y = −2 + 5 = 3;
               f = q·z = 3·(−4) = −12;  a = σ(u) = σ(0.5) = 0.6225
    backward   from f back to the inputs, the local derivative times the one from above,
               one term per use of the node:  ∂f/∂f = 1;  ∂f/∂q = z·∂f/∂f = (−4)·1 = −4;
               ∂f/∂x = 1·∂f/∂q = 1·(−4) = −4;  for m = x·x: ∂f/∂x = x·∂f/∂m + x·∂f/∂m

Unnamed constants get no step (formulas write them as their number), nor do constants in
the backward pass (nothing is differentiated by them). Names are written with their digits
as subscripts (w1 → w₁, w2a1 → w₂a₁); every number goes through core/notation.py. The
values themselves are :mod:`nnviz.core.expression`'s: this module only writes them out.
"""

from __future__ import annotations

import re

from nnviz.core.expression import (
    ADD,
    CONSTANT,
    INPUT,
    MUL,
    Backward,
    Node,
    local_derivative,
)
from nnviz.core.i18n import translate
from nnviz.core.notation import UNICODE, Unicode
from nnviz.core.step_list import Segment, StepList
from nnviz.core.worked import Step

FORWARD, BACKWARD = "forward", "backward"


def step_nodes(chain: Backward) -> tuple[tuple[str, int], ...]:
    """(phase, node index) of every step, in walk order: what a view highlights at step i."""
    shown = [i for i in chain.forward_order
             if not (chain.nodes[i].op == CONSTANT and chain.nodes[i].name is None)]
    return tuple([(FORWARD, i) for i in shown] + [(BACKWARD, i) for i in chain.backward_order])


def expression_steps(chain: Backward, notation: Unicode = UNICODE) -> StepList[Step]:
    """The steps of the forward and the backward pass of ``chain``, written in ``notation``."""
    writer = _Writer(chain, notation)
    walk = step_nodes(chain)
    forward = [i for phase, i in walk if phase == FORWARD]
    backward = [i for phase, i in walk if phase == BACKWARD]
    return StepList([
        Segment(FORWARD, None, len(forward), 1, lambda k: writer.forward(forward[k])),
        Segment(BACKWARD, None, len(backward), 1, lambda k: writer.backward(backward[k])),
    ])


def shown_name(name: str, notation: Unicode = UNICODE) -> str:
    """A node's name with its digits as subscripts: w1 → w₁, w2a1 → w₂a₁."""
    return re.sub(r"[0-9]+", lambda digits: notation.var("", None, digits.group()), name)


class _Writer:
    """The steps of one backward pass in one notation."""

    def __init__(self, chain: Backward, notation: Unicode):
        self.chain, self.m = chain, notation
        self.f = self.symbol(chain.output_node)

    def symbol(self, node: Node, inner: bool = False) -> str:
        """The node's name, or the number of an unnamed constant (in parentheses where it is
        not the first operand and negative)."""
        if node.name is not None:
            return shown_name(node.name, self.m)
        return self.m.factor(node.value) if inner else self.m.number(node.value)

    def forward(self, index: int) -> Step:
        """node = its operation on symbols = on numbers = value."""
        m, node = self.m, self.chain.nodes[index]
        operands = [self.chain.nodes[i] for i in node.inputs]
        value = m.number(node.value)
        note: tuple[str, ...] = ()
        if node.op in (INPUT, CONSTANT):
            sides, note = (value,), (node.op,)
        elif node.op == ADD:
            sides = (m.add([self.symbol(operands[0]), self.symbol(operands[1], inner=True)]),
                     m.add([m.number(operands[0].value), m.factor(operands[1].value)]), value)
        elif node.op == MUL:
            sides = (m.mul_symbols(*(self.symbol(u, inner=True) for u in operands)),
                     m.mul_numbers(*(m.factor(u.value) for u in operands)), value)
        elif node.op == "identity":
            sides = (self.symbol(operands[0]), value)
        else:
            name = m.function(node.activation)
            sides = (f"{name}({self.symbol(operands[0])})",
                     f"{name}({m.number(operands[0].value)})", value)
        return Step(lhs=self.symbol(node), sides=sides, note=note, phase=FORWARD, layer=None,
                    symbol=node.name or "", value=node.value)

    def backward(self, index: int) -> Step:
        """∂f/∂u = Σ over the uses of u: (local derivative)·∂f/∂(the node above) = value."""
        m, chain, node = self.m, self.chain, self.chain.nodes[index]
        gradient = chain.gradients[index]
        lhs = m.d(self.symbol(node), self.f)
        symbol = f"d{chain.output_node.name}/d{node.name}"
        if index == chain.output:
            return Step(lhs=lhs, sides=(m.number(1.0),), note=(translate("Worked", "where the backward pass starts"),),
                        phase=BACKWARD, layer=None, symbol=symbol, value=gradient)
        uses = chain.uses(index)
        symbols = [m.mul_symbols(self.local_symbol(above, slot), m.d(self.symbol(above), self.f))
                   for above, slot in uses]
        numbers = [m.mul_numbers(m.factor(local_derivative(chain.nodes, above, slot)),
                                 m.factor(chain.gradients[above.index]))
                   for above, slot in uses]
        note = ((translate("Worked", "used {n} times: one term per path, added up")
                 .format(n=len(uses)),) if len(uses) > 1 else ())
        return Step(lhs=lhs, sides=(m.add(symbols), m.add(numbers), m.number(gradient)),
                    note=note, phase=BACKWARD, layer=None, symbol=symbol, value=gradient)

    def local_symbol(self, above: Node, slot: int) -> str:
        """∂above/∂(its input in ``slot``) in symbols: 1, the other factor, σ′(u)."""
        if above.op in (ADD, "identity"):
            return "1"
        if above.op == MUL:
            return self.symbol(self.chain.nodes[above.inputs[1 - slot]], inner=True)
        u = self.symbol(self.chain.nodes[above.inputs[0]])
        return f"{self.m.prime(self.m.function(above.activation))}({u})"
