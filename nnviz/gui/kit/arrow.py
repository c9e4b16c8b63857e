"""An arrow on a plot, in plot coordinates, with a head of fixed size on screen."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

from nnviz.gui.kit.heatmap_layer import SHADOW_COLOUR

Array = np.ndarray


class Arrow:
    """An arrow from ``start`` to ``end`` in plot coordinates: a shaft and a fixed-size head.

    The head's angle is computed in screen pixels, so it points along the shaft whatever the
    zoom; call :meth:`refresh` when the view's transform changes.
    """

    def __init__(self, plot: pg.PlotItem, colour, width: float = 2.5, head: float = 14,
                 z: float = 5, name: str | None = None):
        self._plot = plot
        self.shadow = pg.PlotCurveItem(pen=pg.mkPen(SHADOW_COLOUR, width=width + 2.5))
        self.shaft = pg.PlotCurveItem(pen=pg.mkPen(colour, width=width), name=name)
        self.head = pg.ArrowItem(pxMode=True, headLen=head, tipAngle=32, tailLen=None,
                                 pen=pg.mkPen(SHADOW_COLOUR, width=1), brush=pg.mkBrush(colour))
        for i, item in enumerate((self.shadow, self.shaft, self.head)):
            item.setZValue(z + 0.1 * i)
            plot.addItem(item)
        self._ends: tuple[Array, Array] | None = None
        self.set(None, None)

    def set(self, start: Array | None, end: Array | None) -> None:
        """Draw the arrow (None or a zero-length arrow: hide it)."""
        if start is None or end is None or not np.all(np.isfinite([*start, *end])) or \
                np.allclose(start, end, rtol=0, atol=1e-15):
            self._ends = None
            for item in (self.shadow, self.shaft, self.head):
                item.setVisible(False)
            return
        self._ends = (np.asarray(start, float), np.asarray(end, float))
        xs, ys = [start[0], end[0]], [start[1], end[1]]
        self.shadow.setData(xs, ys)
        self.shaft.setData(xs, ys)
        self.head.setPos(float(end[0]), float(end[1]))
        for item in (self.shadow, self.shaft, self.head):
            item.setVisible(True)
        self.refresh()

    def data(self) -> tuple[Array, Array] | None:
        """(start, end) of the arrow shown, or None."""
        return self._ends

    def refresh(self) -> None:
        """Turn the head along the shaft as the screen shows it now."""
        if self._ends is None:
            return
        px = self._plot.getViewBox().viewPixelSize()
        d = self._ends[1] - self._ends[0]
        sx = d[0] / px[0] if px[0] else d[0]
        sy = -d[1] / px[1] if px[1] else -d[1]
        self.head.setStyle(angle=math.degrees(math.atan2(sy, sx)) - 180.0)

    def set_width(self, width: float, head: float) -> None:
        self.shadow.setPen(pg.mkPen(SHADOW_COLOUR, width=width + 2.5))
        self.shaft.setPen(pg.mkPen(self.shaft.opts["pen"].color(), width=width))
        self.head.setStyle(headLen=head)

    def set_colour(self, colour) -> None:
        """The shaft's and the head's colour (the shadow stays dark)."""
        self.shaft.setPen(pg.mkPen(colour, width=self.shaft.opts["pen"].widthF()))
        self.head.setStyle(brush=pg.mkBrush(colour))
