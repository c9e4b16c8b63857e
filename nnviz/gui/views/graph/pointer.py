"""The graph under the pointer: what it hovers, its tooltip, and a click that edits a parameter.

Hovering an input, a neuron or an edge shows its names and values in the lectures' notation
(the view's ``describe``) and sends ``Hover((l, j))`` for a neuron, or for the neuron of
layer 1 an input picture's fan line runs into (None when it leaves);
clicking an edge w^l_jk or a neuron with a bias b^l_j asks the view to edit that θ index;
clicking anything else closes the editor.

Tooltips hold user text (feature and class names): one Qt would read as rich text is shown
as written (kit/plain_text). The tooltip stays while the pointer rests on its neuron or
edge: Qt's own tooltip event (sent after the pointer stops) would reach the scene, which
finds no item tooltip and hides the tip; the viewport's filter answers that event with the
hovered item's tooltip instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import Qt as QtText  # Qt's text functions live in QtGui's Qt
from PySide6.QtWidgets import QToolTip

from nnviz.gui.kit.plain_text import tooltip_text
from nnviz.gui.views.base import View
from nnviz.gui.views.graph.layout import Hit
from nnviz.session.commands import Hover


class GraphPointer(QObject):
    """The pointer over the plot of ``view`` (the GraphView: its graph_layout, viewbox, plot,
    editor, describe, parameter_index and edit_parameter; see the module docstring)."""

    def __init__(self, view: View, node_size: float):
        super().__init__(view)
        self.view, self.node_size = view, node_size
        self.hovered: Hit | None = None
        self._hovered_neuron: tuple[int, int] | None = None
        self._tooltip_at = None
        scene = view.plot.scene()
        scene.sigMouseMoved.connect(self._on_mouse_moved)
        scene.sigMouseClicked.connect(self._on_mouse_clicked)
        self._viewport = view.plot.viewport()
        self._viewport.installEventFilter(self)

    def item_at(self, x: float, y: float) -> Hit | None:
        """The input, neuron or edge at view coordinates (x, y); neurons win over edges."""
        layout = self.view.graph_layout
        if layout is None:
            return None
        px, py = self.view.viewbox.viewPixelSize()
        pixel = max(px, py) if px > 0 and py > 0 else 0.01
        return layout.hit(x, y, max(self.node_size / 2, 6 * pixel), 5 * pixel)

    def forget(self) -> None:
        """A new layout: nothing is hovered any more."""
        self.hovered = None

    def show_tooltip(self, hit: Hit | None, scene_pos: QPointF | None = None) -> None:
        """The tooltip of ``hit`` where the pointer last was (or at ``scene_pos``); None hides it."""
        plot = self.view.plot
        if scene_pos is not None:
            self._tooltip_at = plot.viewport().mapToGlobal(plot.mapFromScene(scene_pos))
        if hit is None:
            QToolTip.hideText()
        elif self._tooltip_at is not None and self.view.isVisible():
            text = self.view.describe(hit)  # holds feature and class names: user text
            QToolTip.showText(self._tooltip_at,
                              tooltip_text(text) if QtText.mightBeRichText(text) else text, plot)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is not self._viewport:
            return False
        if event.type() == QEvent.Type.Leave:
            self._set_hovered(None)
        elif event.type() == QEvent.Type.ToolTip and self.hovered is not None:
            self.show_tooltip(self.hovered)  # the scene would hide it
            return True
        return False

    def _hit_at(self, scene_pos: QPointF) -> Hit | None:
        viewbox = self.view.viewbox
        if not viewbox.sceneBoundingRect().contains(scene_pos):
            return None
        p = viewbox.mapSceneToView(scene_pos)
        return self.item_at(p.x(), p.y())

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        self._set_hovered(self._hit_at(scene_pos), scene_pos)

    def _set_hovered(self, hit: Hit | None, scene_pos: QPointF | None = None) -> None:
        if hit != self.hovered or scene_pos is not None:
            self.hovered = hit
            self.show_tooltip(hit, scene_pos)
        # a fan line from an input picture stands for its neuron of layer 1
        neuron = (hit.layer, hit.j) if hit is not None and hit.kind in ("neuron", "fan") else None
        if neuron != self._hovered_neuron:
            self._hovered_neuron = neuron
            self.view.issue(Hover(neuron))

    def _on_mouse_clicked(self, event) -> None:
        view, scene_pos = self.view, event.scenePos()
        if event.button() != Qt.MouseButton.LeftButton \
                or not view.viewbox.sceneBoundingRect().contains(scene_pos):
            return
        hit = self._hit_at(scene_pos)
        index = view.parameter_index(hit) if hit is not None else None
        if index is None:
            view.editor.hide()
            return
        event.accept()
        plot = view.plot
        at = view.mapFromGlobal(plot.viewport().mapToGlobal(plot.mapFromScene(scene_pos)))
        view.edit_parameter(index, QPointF(at))
