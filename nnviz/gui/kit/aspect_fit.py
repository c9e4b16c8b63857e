"""AspectFit: a PlotItem whose view box keeps the width:height ratio of the data it shows."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal

from nnviz.gui.kit.axes import BASE_MARGINS


class AspectFit(QObject):
    """Keeps the view box of ``plot`` at the width:height ``ratio`` by padding the layout.

    The space the view box does not need goes equally to both sides (left/right or
    top/bottom), so the plot is centred and its axes stay next to it. ``ratio`` None: the
    view box fills the plot. ``height_wanted(h)`` is emitted with the height the plot needs
    at its present width (None: any), so a view can give spare height to its neighbours
    instead (title and legend then stay next to the plot too).
    """

    height_wanted = Signal(object)

    def __init__(self, plot: pg.PlotItem):
        super().__init__(plot)
        self._plot = plot
        # Read them; change the ratio with set_ratio. ``wanted_height``: the height the plot
        # needs at its present width (None: any).
        self.ratio: float | None = None
        self.wanted_height: int | None = None
        # The padding must never hold the plot taller or wider than its widget (the layout's
        # minimum counts the margins): squeezed, the view box shrinks and fit() drops the
        # padding, instead of the plot spilling past the widget's edge, its axes cut off.
        plot.setMinimumSize(0, 0)
        plot.getViewBox().sigResized.connect(self.fit)

    def set_ratio(self, ratio: float | None) -> None:
        if ratio is not None and not (np.isfinite(ratio) and ratio > 0):
            ratio = None
        if ratio != self.ratio:
            self.ratio = ratio
            self.fit()

    def fit(self, *args) -> None:
        vb = self._plot.getViewBox()
        layout = self._plot.layout
        left, top, right, bottom = layout.getContentsMargins()
        bl, bt, br, bb = BASE_MARGINS
        if vb.width() <= 4 or vb.height() <= 4:  # squeezed out: measure again, unpadded, uncapped
            if (left, top, right, bottom) != BASE_MARGINS:
                layout.setContentsMargins(*BASE_MARGINS)
            if self.wanted_height is not None:
                self.wanted_height = None
                self.height_wanted.emit(None)
            return
        width = vb.width() + (left - bl) + (right - br)
        height = vb.height() + (top - bt) + (bottom - bb)
        extra_x = extra_y = 0.0
        wanted = None
        if self.ratio is not None:
            if width / height > self.ratio:
                extra_x = width - height * self.ratio
            else:
                extra_y = height - width / self.ratio
            wanted = int(np.ceil(self._plot.height() - height + width / self.ratio))
        new = (bl + extra_x / 2, bt + extra_y / 2, br + extra_x / 2, bb + extra_y / 2)
        if max(abs(a - b) for a, b in zip(new, (left, top, right, bottom))) >= 0.5:
            layout.setContentsMargins(*new)
        if wanted != self.wanted_height:
            self.wanted_height = wanted
            self.height_wanted.emit(wanted)
            self._lay_out_viewports_later()

    def _lay_out_viewports_later(self) -> None:
        """Once control is back in the event loop (or in ``settle_layout``), the plot's
        widgets lay out their viewports again.

        ``fit`` runs inside the plot widget's resize. A listener of ``height_wanted`` that
        caps the widget's height shrinks it right there, and Qt's scroll area skips laying out
        its viewport during its own resize: the viewport, and the plot in it, would keep the
        old height, the bottom axis past the widget's edge.
        """
        scene = self._plot.scene()
        for view in scene.views() if scene is not None else ():
            QCoreApplication.postEvent(view, QEvent(QEvent.Type.LayoutRequest))
