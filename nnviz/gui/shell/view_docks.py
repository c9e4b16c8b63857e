"""The docks that hold the views; a view behind a tab is built when its dock first shows.

Start-up pays only for what is on screen: a view class with ``builds_when_shown`` (the
optimizer race, the hidden feature space, the step-through) gets an empty dock, and the
view is made the first time the lecturer brings the dock into sight (or something asks for
it: :meth:`ViewDock.build`). The dock carries the class's key and title from the start, so
the layout, the menus and a saved dock state treat it like any other.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QDockWidget, QWidget

from nnviz.gui.views.base import View
from nnviz.gui.views.registry import view_title

FEATURES = (QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable
            | QDockWidget.DockWidgetClosable)


class ViewDock(QDockWidget):
    """The dock of one view: ``view`` given now, or built from ``view_class`` when the dock
    first shows. ``on_built(view)`` runs once the view exists (the window binds it)."""

    def __init__(self, parent: QWidget, view_class: type[View], on_built: Callable[[View], None],
                 view: View | None = None) -> None:
        super().__init__(view_title(view_class), parent)
        self.setObjectName(f"dock-{view_class.key}")
        self.setFeatures(FEATURES)
        self.view_class = view_class
        self.view: View | None = None
        self._on_built = on_built
        if view is not None:
            self._place(view)
        else:
            self.setWidget(QWidget())
            self.visibilityChanged.connect(self._follow_visibility)

    def build(self) -> View:
        """The view, made now if it was not yet."""
        if self.view is None:
            self._place(self.view_class())
        return self.view

    def _place(self, view: View) -> None:
        self.view = view
        placeholder = self.widget()
        self.setWidget(view)
        if placeholder is not None:
            placeholder.deleteLater()
        self._on_built(view)

    def _follow_visibility(self, visible: bool) -> None:
        if visible and self.view is None:
            self.build()
