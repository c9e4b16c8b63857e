"""Where on a plot a click landed, in plot coordinates (a map clicked to pick a point)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt


def clicked_point(plot: pg.PlotItem, event) -> tuple[float, float] | None:
    """(x, y) of a single left click inside ``plot``'s view box, else None; the click is
    accepted when it counts."""
    if event.button() != Qt.MouseButton.LeftButton or event.double():
        return None
    vb = plot.getViewBox()
    if not vb.sceneBoundingRect().contains(event.scenePos()):
        return None
    p = vb.mapSceneToView(event.scenePos())
    event.accept()
    return p.x(), p.y()
