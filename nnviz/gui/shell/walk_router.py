"""The step-through's commands, as the main window's router applies them.

OpenWalk builds the walk of a training sample from the latest snapshot (frozen: stepping
never changes the network), pauses training, selects the sample and shows the Step-through
panel; Walk moves the cursor; SetPredictFirst hides each new result (remembered for the next
walk too); CloseWalk, Play, new data and a new network architecture close it. ApplyUpdate
(θ ← the walk's updated θ) goes to training; then the walk closes, so the next one starts
from the new weights. A bad command is one message in the window and changes nothing.
"""

from __future__ import annotations

from typing import Any, Callable

from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.snapshot import Snapshot
from nnviz.session.commands import (
    ApplyUpdate, CloseWalk, OpenWalk, Pause, Select, SetPredictFirst, Walk,
)
from nnviz.session.controller import check_parameters
from nnviz.session.state import DATASET, SNAPSHOT, SessionState
from nnviz.session.walk import move_walk, open_walk
from nnviz.session.walkthrough import Outcome

WALK_COMMANDS = (OpenWalk, Walk, CloseWalk, SetPredictFirst, ApplyUpdate)


def _at_end(start: bool, level: str) -> str:
    """"The step-through is at its first step." (or last; a term, a neuron, a phase)."""
    ends = {
        ("term", True): translate("WalkRouter", "The step-through is at its first term."),
        ("term", False): translate("WalkRouter", "The step-through is at its last term."),
        ("step", True): translate("WalkRouter", "The step-through is at its first step."),
        ("step", False): translate("WalkRouter", "The step-through is at its last step."),
        ("neuron", True): translate("WalkRouter", "The step-through is at its first neuron."),
        ("neuron", False): translate("WalkRouter", "The step-through is at its last neuron."),
        ("phase", True): translate("WalkRouter", "The step-through is at its first phase."),
        ("phase", False): translate("WalkRouter", "The step-through is at its last phase."),
    }
    if (level, start) in ends:
        return ends[level, start]
    return f"The step-through is at its {'first' if start else 'last'} {level}."


class WalkRouter:
    """Applies the step-through's commands to ``state``. ``send`` gives a command to
    training (None: no training thread), ``say`` writes in the status bar, ``report(title,
    text)`` shows a refused command; ``show_panel()`` brings the Step-through panel into
    sight."""

    def __init__(self, state: SessionState, send: Callable[[Any], None] | None,
                 say: Callable[[str], None], report: Callable[[str, str], None],
                 show_panel: Callable[[], None]) -> None:
        self.state = state
        self.predict_first = False
        self._send, self._say, self._report = send, say, report
        self._show_panel = show_panel
        state.subscribe(DATASET, self._on_dataset)
        state.subscribe(SNAPSHOT, self._on_snapshot)

    def route(self, command: Any) -> None:
        match command:
            case OpenWalk(sample):
                self.open(sample)
            case Walk():
                self.move(command)
            case SetPredictFirst(on):
                self._set_predict_first(bool(on))
            case CloseWalk():
                self.close()
            case ApplyUpdate(theta):
                self._apply(theta)

    def open(self, sample: int) -> bool:
        """Step through training sample ``sample`` (0-based); False if it cannot."""
        state = self.state
        if state.snapshot is None:
            self._say(translate("WalkRouter", "No network to step through yet: wait for it to appear, "
                                            "then try again."))
            return False
        try:
            walk = open_walk(state.snapshot, state.dataset, sample, state.config,
                             predict_first=self.predict_first)
        except InputError as e:
            self._report(translate("WalkRouter", "Cannot step through that sample"), str(e))
            return False
        if self._send is not None:
            self._send(Pause())
        state.select(Select(sample=sample))
        state.set_walk(walk)
        self._show_panel()
        self._say(translate("WalkRouter", "Stepping through {sample} ({steps} steps); training is "
                                          "paused.").format(sample=state.dataset.sample_name(sample),
                                                            steps=f"{len(walk.walkthrough.steps):,}"))
        return True

    def close(self) -> None:
        if self.state.walk is not None:
            self.state.set_walk(None)

    def move(self, command: Walk) -> Outcome | None:
        """Move the open walk's cursor: what it did (None: no walk, or a bad move)."""
        walk = self.state.walk
        if walk is None:
            self._say(translate("WalkRouter", "No step-through is open: choose a sample and open it first."))
            return None
        try:
            outcome = move_walk(walk, command)
        except InputError as e:
            self._report(translate("WalkRouter", "Cannot move the step-through"), str(e))
            return None
        if outcome in (Outcome.MOVED, Outcome.REVEALED):
            self.state.set_walk(walk)
        else:
            self._say(_at_end(outcome is Outcome.AT_START, command.level))
        return outcome

    def _set_predict_first(self, on: bool) -> None:
        self.predict_first = on
        walk = self.state.walk
        if walk is not None and walk.walkthrough.predict_first != on:
            walk.walkthrough.predict_first = on
            self.state.set_walk(walk)

    def _apply(self, theta) -> None:
        snapshot = self.state.snapshot
        if self._send is None or snapshot is None:
            self._report(translate("WalkRouter", "Cannot apply the update"),
                         translate("WalkRouter", "there is no training to apply it to"))
            return
        try:
            check_parameters(theta, snapshot.params.size, translate("WalkRouter", "the update"))
        except InputError as e:
            self._report(translate("WalkRouter", "Cannot apply the update"), str(e))
            return
        walk = self.state.walk
        self._send(ApplyUpdate(theta))
        self.close()
        if walk is None:
            self._say(translate("WalkRouter", "Applied the update: the next step-through starts "
                                              "from the new weights."))
        else:
            self._say(translate("WalkRouter", "Applied the update of {sample}: the next "
                                              "step-through starts from the new weights.")
                      .format(sample=self.state.dataset.sample_name(walk.sample)))

    def _on_dataset(self, _dataset: Dataset) -> None:
        if self.state.walk is not None:
            self.close()
            self._say(translate("WalkRouter", "New data: the step-through closed."))

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        walk = self.state.walk
        if walk is not None and snapshot.architecture != walk.snapshot.architecture:
            self.close()
            self._say(translate("WalkRouter", "The network changed: the step-through closed."))
