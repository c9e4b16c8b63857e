"""The open step-through: which sample, from which frozen snapshot, and where the cursor is.

A :class:`WalkState` is what the session state holds while the step-through is open (None
when it is closed). The walk is computed once, from the snapshot's frozen parameters, when
it opens: stepping never changes the network (issue 11). ``kind`` says which worked example
it is: "network" (one forward pass, the loss, one backward pass, the update) or "perceptron"
(Rosenblatt's rule on one sample).
"""

from __future__ import annotations

from dataclasses import dataclass

from nnviz.core.parameter_update import ParameterUpdate
from nnviz.core.snapshot import Snapshot
from nnviz.core.worked_numbers import WorkedNumbers
from nnviz.session.walkthrough import Walkthrough

NETWORK, PERCEPTRON = "network", "perceptron"


@dataclass(frozen=True, eq=False)
class WalkState:
    """The step-through of training sample ``sample`` (0-based row) on ``snapshot``.

    ``walkthrough`` is the navigator (its cursor moves; the step list never changes);
    ``numbers`` every number of the worked example (for exports: ``core.explain.render``;
    None for the perceptron rule); ``update`` the table of the update it ends with (old θ,
    ∂ℓ/∂θ, η·∂ℓ/∂θ, new θ), None when the walk has no update (the perceptron made no
    mistake)."""

    sample: int
    snapshot: Snapshot
    walkthrough: Walkthrough
    numbers: WorkedNumbers | None
    update: ParameterUpdate | None
    kind: str = NETWORK
