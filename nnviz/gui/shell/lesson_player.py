"""What showing a lesson step needs besides the window: the step's snapshot, computed at
once in the GUI thread (so the views, a step-through and ``nnviz render`` have it before the
training thread answers), and the step-through's step where a phase begins."""

from __future__ import annotations

from nnviz.core.errors import InputError
from nnviz.core.snapshot import Snapshot
from nnviz.session.commands import Restore
from nnviz.session.controller import Errored, SnapshotReady, TrainingController

# walk = { phase = ... } in a lesson step: the step-through's phases (core/worked.py's names).
PHASES = ("forward", "loss", "backward", "gradient", "update")


def restored_snapshot(command: Restore) -> Snapshot:
    """The snapshot the training thread sends after ``command`` (the same controller code,
    run here): θ, the step count and the loss history of the lesson step. A command the
    controller refuses is an InputError and nothing changed."""
    events: list = []
    TrainingController(events.append).handle(command)
    for event in events:
        if isinstance(event, Errored):
            raise InputError(event.message)
    snapshots = [e.snapshot for e in events if isinstance(e, SnapshotReady)]
    if not snapshots:
        raise InputError("the lesson step gave no network to show")
    return snapshots[-1]


def phase_step(walk, phase: str) -> int | None:
    """The number (1-based) of the first step of ``phase`` in the open step-through ``walk``
    (a WalkState), None when it has none."""
    steps = walk.walkthrough.steps
    for index in range(len(steps)):
        if steps.phase_and_layer(index)[0] == phase:
            return index + 1
    return None
