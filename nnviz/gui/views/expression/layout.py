"""Where each node of a computational graph goes: columns by depth, inputs left, f right.

A computed node's column is one more than the deepest of its operands (the forward pass
runs left to right). An input or a constant sits just left of the first node that reads it,
not always in column 0: in y = f3(w3·f2(w2·f1(w1·x + b1))) the weight w3 sits beside the
product w3·a2 that uses it, and no edge crosses the whole picture. q = x + y, f = q·z gives
x, y | q, z | f.

Rows are placed from the output back: a node goes to the mean height of the slots that
read it; the one computed operand of an operation stays level with it (the chain runs
straight), the inputs go below it (two inputs of one operation: one above, one below), and
nodes of a column that come closer than one row are pushed apart. Heights are in rows (1 =
one node's height plus a gap), shifted so the top is 0. Pure arithmetic, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from nnviz.core.expression import CONSTANT, INPUT, Backward


@dataclass(frozen=True)
class Place:
    """A node's column (0 = leftmost) and height in rows (0 = top)."""

    index: int
    column: int
    row: float


def _is_leaf(chain: Backward, index: int) -> bool:
    return chain.nodes[index].op in (INPUT, CONSTANT)


def columns(chain: Backward) -> dict[int, int]:
    """The column of every node ``chain``'s output depends on."""
    shown = chain.forward_order
    column: dict[int, int] = {}
    for i in shown:  # the forward order: operands first
        node = chain.nodes[i]
        if not _is_leaf(chain, i):
            column[i] = 1 + max((column[j] for j in node.inputs if not _is_leaf(chain, j)),
                                default=0)
    readers: dict[int, list[int]] = {}
    for i in shown:
        for j in chain.nodes[i].inputs:
            readers.setdefault(j, []).append(i)
    for i in shown:
        if _is_leaf(chain, i):
            column[i] = min((column[r] for r in readers.get(i, ())), default=1) - 1
    low = min(column.values())
    return {i: c - low for i, c in column.items()}


def layout(chain: Backward) -> tuple[Place, ...]:
    """The place of every node the output depends on, in forward order."""
    column = columns(chain)
    row: dict[int, float] = {chain.output: 0.0}
    wanted: dict[int, list[float]] = {}
    for c in range(max(column.values()), -1, -1):
        here = [i for i in chain.forward_order if column[i] == c]
        for i in here:
            if i != chain.output:
                hopes = wanted.get(i, [0.0])
                row[i] = sum(hopes) / len(hopes)
        _spread(here, row)
        for i in here:  # where this column's operands would like to be
            for j, offset in _offsets(chain, i).items():
                wanted.setdefault(j, []).append(row[i] + offset)
    top = min(row.values())
    return tuple(Place(i, column[i], row[i] - top) for i in chain.forward_order)


def _offsets(chain: Backward, index: int) -> dict[int, float]:
    """How far below the node ``index`` each operand would like to be: its computed
    operand level with it, the inputs below (two inputs: one half a row above, one below)."""
    inputs = list(dict.fromkeys(chain.nodes[index].inputs))  # x·x reads x once here
    computed = [j for j in inputs if not _is_leaf(chain, j)]
    leaves = [j for j in inputs if _is_leaf(chain, j)]
    offsets = {j: 0.0 for j in computed[:1]}
    rest = computed[1:] + leaves
    if not computed and len(rest) == 2:
        return {rest[0]: -0.5, rest[1]: 0.5}
    for k, j in enumerate(rest):
        offsets[j] = float(k + 1)
    return offsets


def _spread(column: list[int], row: dict[int, float]) -> None:
    """Push the nodes of one column at least one row apart, keeping their order by height
    (ties: forward order) and their mean height."""
    if len(column) < 2:
        return
    order = sorted(column, key=lambda i: (row[i], i))
    wanted = [row[i] for i in order]
    placed = list(wanted)
    for k in range(1, len(placed)):
        placed[k] = max(placed[k], placed[k - 1] + 1.0)
    shift = (sum(wanted) - sum(placed)) / len(placed)
    for i, r in zip(order, placed):
        row[i] = r + shift
