"""Choosing a neuron in a wide layer: the first step of neuron j in the cursor's phase and layer.

A 784-30-10 walk has ~48 000 steps; the slider and the arrows are too fine to reach neuron 17
of a layer. Within the (phase, layer) block of the cursor the neuron groups are visited by
the step list's arithmetic (core/step_list.py), reading only the first step of each group,
so the cost is the number of groups in one block (a few per neuron), never the whole walk.
"""

from __future__ import annotations

from nnviz.core.step_list import StepList
from nnviz.core.worked import Step


def neuron_group_start(steps: StepList[Step], index: int, neuron: int) -> int | None:
    """The 0-based index of the first step of neuron ``neuron`` (1-based) in the block of step
    ``index``; None when that block has no such neuron."""
    block = steps.block_start(index)
    start: int | None = block
    while start is not None and steps.block_start(start) == block:
        if steps[start].neuron == neuron:
            return start
        start = steps.next_group_start(start)
    return None
