"""The commands of a teaching session: one vocabulary for the toolbar, the keyboard, a
presenter's clicker, the views' edits and (next) lesson scripts.

Commands are frozen values. Training commands go to the
:class:`~nnviz.session.controller.TrainingController` (in the training thread); selection
and presentation commands change the :class:`~nnviz.session.state.SessionState` (in the GUI
thread). Indices are 0-based as stored: ``layer`` counts the input layer as 0, so a neuron
(l, j) is neuron j of layer l = 1..L; ``parameter`` is an index into θ.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

import numpy as np

from nnviz.core.config import Config, TrainingSpec
from nnviz.core.network import Network


def read_only_copy(values) -> np.ndarray:
    """A float copy the sender can no longer change (commands cross threads)."""
    copy = np.array(values, dtype=float)
    copy.flags.writeable = False
    return copy


# -- training (the controller) ---------------------------------------------------------------
@dataclass(frozen=True)
class Play:
    """Train continuously at the current speed."""


@dataclass(frozen=True)
class Pause:
    """Stop training; the state stays as it is."""


@dataclass(frozen=True)
class Step:
    """Exactly one training step (pauses first)."""


@dataclass(frozen=True)
class StepEpoch:
    """Train to the end of the current epoch as fast as possible, then pause."""


@dataclass(frozen=True)
class Reset:
    """Back to the starting parameters (same seed) at step 0, paused."""


@dataclass(frozen=True)
class SetSpeed:
    """Steps per second, > 0; math.inf: as fast as the machine goes."""

    steps_per_second: float


@dataclass(frozen=True)
class Configure:
    """New data and/or network: everything is built afresh, paused at step 0."""

    config: Config
    dataset: Any  # nnviz.core.data.Dataset


@dataclass(frozen=True)
class ApplyTraining:
    """A new optimizer, η, hyper-parameters or batch size, keeping θ and the step count."""

    spec: TrainingSpec


@dataclass(frozen=True)
class SetHyperparameter:
    """One hyper-parameter now ("learning_rate" or "lr" for η)."""

    name: str
    value: float


@dataclass(frozen=True)
class SetParameter:
    """θ[index] = value: one weight or bias edited by hand."""

    index: int
    value: float


@dataclass(frozen=True, eq=False)
class SetParameters:
    """Restart training from θ (a point picked on the loss surface): step 0, optimizer reset.

    θ is copied into a read-only float array: the sender may go on changing its own."""

    theta: np.ndarray

    def __post_init__(self) -> None:
        object.__setattr__(self, "theta", read_only_copy(self.theta))


@dataclass(frozen=True, eq=False)
class LoadModel:
    """Train ``network`` (a loaded model, handed over) as ``config`` describes it."""

    network: Network
    config: Config


@dataclass(frozen=True, eq=False)
class Restore:
    """Show a lesson step's state: ``config`` on ``dataset`` with θ = ``theta`` after
    ``step`` training steps, ``losses`` the (step, train cost) recorded on the way, paused;
    Reset goes back to the configuration's own starting θ (its seed, or its ``params``)."""

    config: Config
    dataset: Any  # nnviz.core.data.Dataset
    theta: np.ndarray
    step: int = 0
    losses: tuple[tuple[int, float], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "theta", read_only_copy(self.theta))
        object.__setattr__(self, "losses", tuple((int(k), float(v)) for k, v in self.losses))


# -- selection (the session state) -----------------------------------------------------------
class Keep(Enum):
    """A field of :class:`Select` left as it is."""

    KEEP = "keep"


KEEP = Keep.KEEP


@dataclass(frozen=True)
class Select:
    """Select a training sample, a neuron (layer, j), a parameter (index into θ), or clear one.

    Fields left at ``KEEP`` keep their current selection; ``None`` clears it.
    """

    sample: int | None | Keep = KEEP
    neuron: tuple[int, int] | None | Keep = KEEP
    parameter: int | None | Keep = KEEP


@dataclass(frozen=True)
class Hover:
    """The pointer rests on neuron (layer, j), or on none (None)."""

    neuron: tuple[int, int] | None


# -- the step-through (the session state; ApplyUpdate goes to training) ----------------------
@dataclass(frozen=True)
class OpenWalk:
    """Step through one forward pass, the loss, one backward pass and the update for training
    sample ``sample`` (0-based row), from the latest snapshot; training pauses."""

    sample: int


@dataclass(frozen=True)
class Walk:
    """Move the step-through's cursor: ``move`` is "next", "previous", "first", "last" or
    "to" (step ``number``, 1-based); ``level`` is "term", "step", "neuron" or "phase"."""

    move: str
    level: str = "step"
    number: int | None = None


@dataclass(frozen=True)
class CloseWalk:
    """Leave the step-through (pressing play does too)."""


@dataclass(frozen=True)
class SetPredictFirst:
    """Hide each new result until the next click, so the class can guess it first."""

    on: bool


@dataclass(frozen=True, eq=False)
class ApplyUpdate:
    """θ ← the step-through's updated parameters, as one training step would set them; the
    step count and the optimizer's state stay. The next walkthrough starts from them."""

    theta: np.ndarray

    def __post_init__(self) -> None:
        object.__setattr__(self, "theta", read_only_copy(self.theta))


WalkCommand = OpenWalk | Walk | CloseWalk | SetPredictFirst
TrainingCommand = (Play | Pause | Step | StepEpoch | Reset | SetSpeed | Configure | ApplyTraining
                   | SetHyperparameter | SetParameter | SetParameters | LoadModel | ApplyUpdate
                   | Restore)
