"""The descent path drawn over the surface: the path (white with a dark edge on the map), a
dot per step while there are few, the start, the current point, the last step θ_t − θ_{t−1}
and −∇C as arrows. At most about PATH_DRAWN points go to the screen."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from nnviz.gui.colors import QUALITATIVE
from nnviz.gui.kit.arrow import Arrow
from nnviz.gui.kit.heatmap_layer import SHADOW_COLOUR
from nnviz.gui.theme import Theme

Array = np.ndarray

DOT_LIMIT = 400           # draw a dot per recorded step up to this many
PATH_DRAWN = 1000         # the path on screen has at most about this many points
PATH_COLOUR = (255, 255, 255)
CURRENT_COLOUR = QUALITATIVE[6]     # vermillion
GRADIENT_COLOUR = QUALITATIVE[5]    # sky blue


def path_for_screen(points: Array) -> Array:
    """At most about PATH_DRAWN of the path's points: every k-th (k fixed between frames, so
    the drawn path does not shimmer) and always the last one."""
    n = points.shape[0]
    if n <= PATH_DRAWN:
        return points
    stride = 1 << int(math.ceil(math.log2(n / PATH_DRAWN)))
    keep = np.arange(0, n, stride)
    if keep[-1] != n - 1:
        keep = np.append(keep, n - 1)
    return points[keep]


def _set_marker(marker: pg.ScatterPlotItem, x: float, y: float) -> None:
    """Move a one-point marker (nothing to do when it is there already)."""
    data = marker.data
    if len(data) != 1 or data["x"][0] != x or data["y"][0] != y:
        marker.setData([x], [y])


class PathLayer:
    """The path's items on ``plot``, created once and updated per frame."""

    def __init__(self, plot: pg.PlotItem):
        self.path_shadow = pg.PlotCurveItem(skipFiniteCheck=True)
        self.path_item = pg.PlotCurveItem(skipFiniteCheck=True)
        self.path_dots = pg.ScatterPlotItem(pen=None)
        self.start_marker = pg.ScatterPlotItem(symbol="o", brush=pg.mkBrush(0, 0, 0, 90))
        self.current_marker = pg.ScatterPlotItem(symbol="o", brush=pg.mkBrush(CURRENT_COLOUR))
        for z, item in enumerate((self.path_shadow, self.path_item, self.path_dots,
                                  self.start_marker), start=1):
            item.setZValue(z)
            plot.addItem(item)
        self.step_arrow = Arrow(plot, PATH_COLOUR, width=2.5, z=6)
        self.gradient_arrow = Arrow(plot, GRADIENT_COLOUR, width=3, z=7)
        self.current_marker.setZValue(9)
        plot.addItem(self.current_marker)
        vb = plot.getViewBox()
        vb.sigTransformChanged.connect(self.refresh_arrows)
        vb.sigResized.connect(self.refresh_arrows)

    def style(self, theme: Theme, on_map: bool, foreground: QColor) -> None:
        """Pens and sizes: white with a dark edge on the map, ``foreground`` (the text
        colour) on a curve's plain background; all scaled by the presentation scale."""
        s = theme.scale
        colour = QColor(*PATH_COLOUR) if on_map else foreground
        self.path_shadow.setVisible(on_map)
        self.path_shadow.setPen(pg.mkPen(SHADOW_COLOUR, width=5 * s))
        self.path_item.setPen(pg.mkPen(colour, width=2.2 * s))
        self.path_dots.setSize(4 * s)
        self.path_dots.setBrush(pg.mkBrush(colour))
        self.start_marker.setSize(15 * s)
        self.start_marker.setPen(pg.mkPen(colour, width=2.5 * s))
        self.current_marker.setSize(16 * s)
        self.current_marker.setPen(pg.mkPen(QColor(*PATH_COLOUR), width=2 * s))
        self.step_arrow.set_width(2.5 * s, 14 * s)
        self.step_arrow.set_colour(colour)
        self.gradient_arrow.set_width(3 * s, 14 * s)

    def clear(self) -> None:
        for item in (self.path_item, self.path_shadow, self.path_dots, self.start_marker,
                     self.current_marker):
            item.setData([], [])
        self.step_arrow.set(None, None)
        self.gradient_arrow.set(None, None)

    def draw(self, points: Array) -> None:
        """The path through ``points`` (rows (x, y), the last one current); the −∇C arrow
        is drawn apart (:meth:`draw_descent`)."""
        drawn = path_for_screen(points)
        x, y = drawn[:, 0], drawn[:, 1]
        self.path_shadow.setData(x, y)
        self.path_item.setData(x, y)
        dots = points.shape[0] <= DOT_LIMIT
        if dots:
            self.path_dots.setData(x, y)
        elif len(self.path_dots.data):
            self.path_dots.setData([], [])
        self.path_dots.setVisible(dots)
        _set_marker(self.start_marker, x[0], y[0])
        _set_marker(self.current_marker, x[-1], y[-1])
        self.step_arrow.set(points[-2] if points.shape[0] > 1 else None, points[-1])

    def draw_descent(self, start: Array | None, end: Array | None) -> None:
        """The −∇C arrow (None: hidden)."""
        self.gradient_arrow.set(start, end)

    def path_data(self) -> tuple[Array, Array]:
        """The (x, y) the path item draws."""
        x, y = self.path_item.getData()
        return (np.asarray(x if x is not None else []), np.asarray(y if y is not None else []))

    def refresh_arrows(self, *args) -> None:
        self.step_arrow.refresh()
        self.gradient_arrow.refresh()
