"""The contract every view follows (DESIGN.md, rule 7), as a base class.

A view is a QWidget that mirrors the session:

- ``key`` and ``title`` (class attributes): its dock's object name and title;
- :meth:`show_snapshot`: draw the latest training snapshot (the frame scheduler calls it,
  at most once per frame, and only while the view can be seen or has fallen behind);
- :meth:`set_dataset`: new data, before the first snapshot on it;
- :meth:`apply_theme`: the palette and the presentation scale;
- :meth:`follow_selection`: the session's selection changed (a sample, a neuron, a
  parameter, the neuron under the pointer); :meth:`follow_neuron_maps`: a view published
  per-neuron maps over the input plane; :meth:`follow_walk`: the step-through opened, moved
  or closed;
- :meth:`settle`: finish background work for what it shows (``nnviz render``, tests);
- :attr:`message`: what it cannot show now, in words ("" when it shows everything).

Views never import each other and never call each other: they meet through the
:class:`~nnviz.session.state.SessionState` given to :meth:`bind`. What a view asks for (an
edited weight, a restart point, a selection) it sends as a session command through
:meth:`issue`; the main window routes every command to where it applies.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from nnviz.core.data import Dataset
from nnviz.core.snapshot import Snapshot
from nnviz.gui.theme import Theme
from nnviz.session.state import NEURON_MAPS, SELECTION, WALK, Selection, SessionState


class View(QWidget):
    """Base class of the views; subclasses override the methods that raise."""

    key: ClassVar[str] = ""
    title: ClassVar[str] = ""
    # True: the window builds the view the first time its dock shows (start-up pays only for
    # what is on screen). A view that must see every snapshot from the first (a history it
    # draws from them) keeps False.
    builds_when_shown: ClassVar[bool] = False

    command_issued = Signal(object)  # a session command (nnviz.session.commands)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: SessionState | None = None
        self._unsubscribe: list = []

    # -- the session --------------------------------------------------------------------------
    def bind(self, session: SessionState) -> None:
        """Follow ``session``'s selection and shared maps from now on (and at once)."""
        self.unbind()
        self.session = session
        self._unsubscribe = [session.subscribe(SELECTION, self.follow_selection),
                             session.subscribe(NEURON_MAPS, self.follow_neuron_maps),
                             session.subscribe(WALK, self.follow_walk)]
        self.follow_selection(session.selection)
        if session.neuron_maps is not None:
            self.follow_neuron_maps(session.neuron_maps)
        if session.walk is not None:
            self.follow_walk(session.walk)

    def unbind(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe, self.session = [], None

    def issue(self, command: Any) -> None:
        """Send a session command (the main window routes it)."""
        self.command_issued.emit(command)

    # -- the contract ---------------------------------------------------------------------------
    def show_snapshot(self, snapshot: Snapshot) -> None:
        raise NotImplementedError(f"{type(self).__name__}.show_snapshot")

    def set_dataset(self, dataset: Dataset) -> None:
        raise NotImplementedError(f"{type(self).__name__}.set_dataset")

    def apply_theme(self, theme: Theme) -> None:
        raise NotImplementedError(f"{type(self).__name__}.apply_theme")

    def follow_selection(self, selection: Selection) -> None:
        """The selection changed; a view that shows no selection ignores it."""

    def follow_neuron_maps(self, maps: Any) -> None:
        """Per-neuron maps over the input plane were published; most views ignore them."""

    def follow_walk(self, walk: Any) -> None:
        """The step-through (a session.walk.WalkState, or None when closed) changed; views
        that show no part of it ignore it."""

    def settle(self, msecs: int = 10_000) -> bool:
        """Finish background work for what is shown; False if ``msecs`` ran out first."""
        return True

    @property
    def message(self) -> str:
        """What the view cannot show now, in words; "" when it shows everything."""
        return ""
