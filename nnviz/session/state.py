"""The state of a teaching session, Qt-free, with plain observers.

One :class:`SessionState` holds what the session is: the lesson, its configuration and data
set, the latest training snapshot, whether training runs, the selection (a training sample,
a neuron, a parameter, the neuron under the pointer), the open step-through, the
presentation (palette, scale) and the per-neuron input-plane maps a view computed for the
others. Views read it and follow it; they never talk to each other (DESIGN.md).

Observers are plain callbacks: ``state.subscribe(SELECTION, callback)`` calls
``callback(state.selection)`` after every change of the selection (and only on a change);
the returned function unsubscribes. Callbacks run in the thread that changed the state: in
the app, the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable

from nnviz.core.config import Config
from nnviz.core.data import Dataset
from nnviz.core.lessons import Lesson
from nnviz.core.snapshot import Snapshot
from nnviz.session.commands import KEEP, Hover, Select

LESSON = "lesson"
CONFIG = "config"
DATASET = "dataset"
SNAPSHOT = "snapshot"
RUNNING = "running"
SELECTION = "selection"
WALK = "walk"
PRESENTATION = "presentation"
NEURON_MAPS = "neuron_maps"
EVENTS = (LESSON, CONFIG, DATASET, SNAPSHOT, RUNNING, SELECTION, WALK, PRESENTATION,
          NEURON_MAPS)


@dataclass(frozen=True)
class Selection:
    """What the lecturer points at. ``sample``: a sample of the data set (training rows, then
    test rows: Dataset.sample); ``neuron``: (l, j) with
    l = 1..L and j 0-based; ``parameter``: an index into θ; ``hovered``: the neuron under the
    pointer. None: nothing selected."""

    sample: int | None = None
    neuron: tuple[int, int] | None = None
    parameter: int | None = None
    hovered: tuple[int, int] | None = None


@dataclass(frozen=True)
class Presentation:
    """The look for the room: dark palette or light, the presentation scale s (fonts,
    pens and the graph are s times their size at 100 %), and high contrast (pure black and
    white, thicker lines) for washed-out projectors."""

    dark: bool = False
    scale: float = 1.0
    high_contrast: bool = False


class SessionState:
    """The session's state; change it through its methods so observers hear of it."""

    def __init__(self, lesson: Lesson, config: Config, dataset: Dataset) -> None:
        self.lesson = lesson
        self.config = config
        self.dataset = dataset
        self.snapshot: Snapshot | None = None
        self.running = False
        self.selection = Selection()
        self.walk: Any = None  # the open step-through (session.walk.WalkState), None: closed
        self.presentation = Presentation()
        # Per-neuron maps over the input plane (the decision-boundary view computes them, the
        # graph draws them as thumbnails): element i holds one 2-D grid per neuron of layer
        # l = i + 1 (rows along x₂ bottom to top, columns along x₁), or None; None: no maps.
        self.neuron_maps: Any = None
        self._observers: dict[str, list[Callable[[Any], None]]] = {e: [] for e in EVENTS}

    # -- observers ------------------------------------------------------------------------------
    def subscribe(self, event: str, callback: Callable[[Any], None]) -> Callable[[], None]:
        """Call ``callback(new value)`` after every change of ``event``; returns the unsubscriber."""
        if event not in self._observers:
            raise ValueError(f"unknown session event {event!r} (known: {', '.join(EVENTS)})")
        self._observers[event].append(callback)
        return lambda: self._observers[event].remove(callback)

    def _notify(self, event: str, value: Any) -> None:
        for callback in list(self._observers[event]):
            callback(value)

    # -- changes ----------------------------------------------------------------------------------
    def set_lesson(self, lesson: Lesson) -> None:
        self._change(LESSON, lesson, always=True)

    def set_config(self, config: Config) -> None:
        self._change(CONFIG, config)

    def set_dataset(self, dataset: Dataset) -> None:
        """New data: the latest snapshot belongs to the old data and goes; a selected sample
        (training rows, then test rows: Dataset.sample) that no longer exists is cleared."""
        self.dataset = dataset
        self.snapshot = None
        self._notify(DATASET, dataset)
        sample = self.selection.sample
        if sample is not None and sample >= dataset.n_samples:
            self._set_selection(replace(self.selection, sample=None))

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """The newest snapshot; a selected neuron or parameter the network lacks is cleared."""
        old = self.snapshot
        self.snapshot = snapshot
        if old is None or old.architecture != snapshot.architecture:
            self._fit_selection(snapshot)
        self._notify(SNAPSHOT, snapshot)

    def set_running(self, running: bool) -> None:
        self._change(RUNNING, running)

    def select(self, command: Select) -> None:
        """Apply a :class:`Select`: fields at KEEP stay, None clears, a value selects."""
        changes = {name: getattr(command, name) for name in ("sample", "neuron", "parameter")
                   if getattr(command, name) is not KEEP}
        self._set_selection(replace(self.selection, **changes))

    def hover(self, command: Hover) -> None:
        self._set_selection(replace(self.selection, hovered=command.neuron))

    def set_walk(self, walk: Any) -> None:
        """The step-through opened, moved (the same WalkState, its cursor moved) or closed
        (None): observers hear of every call."""
        self._change(WALK, walk, always=True)

    def set_presentation(self, presentation: Presentation) -> None:
        self._change(PRESENTATION, presentation)

    def set_neuron_maps(self, maps: Any) -> None:
        self._change(NEURON_MAPS, maps, always=True)

    # -- inside ---------------------------------------------------------------------------------
    def _set_selection(self, selection: Selection) -> None:
        self._change(SELECTION, selection)

    def _change(self, event: str, value: Any, always: bool = False) -> None:
        """Set the attribute named like ``event`` and notify, if the value is new (or
        ``always``: values that compare badly, such as arrays, or a moved cursor)."""
        if always or value != getattr(self, event):
            setattr(self, event, value)
            self._notify(event, value)

    def _fit_selection(self, snapshot: Snapshot) -> None:
        sizes = snapshot.architecture.sizes
        s = self.selection

        def fits(neuron: tuple[int, int] | None) -> bool:
            return neuron is not None and 1 <= neuron[0] < len(sizes) and 0 <= neuron[1] < sizes[neuron[0]]

        fitted = replace(
            s,
            neuron=s.neuron if fits(s.neuron) else None,
            hovered=s.hovered if fits(s.hovered) else None,
            parameter=s.parameter if (s.parameter is not None
                                      and s.parameter < snapshot.params.size) else None,
        )
        self._set_selection(fitted)
