"""Which data point a click on a plot landed on (a scatter of points picked by clicking)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt


def picked_point(plot: pg.PlotItem, points: pg.ScatterPlotItem, event,
                 tolerance_px: float) -> int | None:
    """The index of ``points``' point nearest a left click (single or double) inside
    ``plot``'s view box, if it lies within ``tolerance_px`` pixels, else None; the click is
    accepted when it picks one. Distances are measured on the screen: d² = (Δx/p_x)² + (Δy/p_y)²
    with p the view units per pixel."""
    if event.button() != Qt.MouseButton.LeftButton:
        return None
    vb = plot.getViewBox()
    if not vb.sceneBoundingRect().contains(event.scenePos()):
        return None
    x, y = points.getData()
    if x is None or not len(x):
        return None
    p = vb.mapSceneToView(event.scenePos())
    px, py = vb.viewPixelSize()
    d2 = ((np.asarray(x) - p.x()) / (px or 1.0)) ** 2 + ((np.asarray(y) - p.y()) / (py or 1.0)) ** 2
    i = int(np.argmin(d2))
    if d2[i] > tolerance_px ** 2:
        return None
    event.accept()
    return i
