"""A heatmap of a surface on a plot: the image (sequential colours), its iso-lines and a
colour bar under the plot, cached as pictures so frames that move only marks repaint cheaply.
"""

from __future__ import annotations

import pyqtgraph as pg

from nnviz.gui.colors import sequential_map
from nnviz.gui.kit.axes import CACHE, set_colour_bar_label, style_colour_bar, widest_tick
from nnviz.gui.kit.heatmap import Heatmap
from nnviz.gui.kit.screen_image import ScreenImageItem
from nnviz.gui.theme import Theme, current_theme

# The dark edge under a light mark on the map (a path, an arrow): it shows on any colour.
SHADOW_COLOUR = (0, 0, 0, 150)
DIMMED_OPACITY = 0.45  # the old surface while a new one is computed


class HeatmapLayer:
    """One ImageItem (sequential colours), one curve item with every iso-line, one colour bar.

    The image and the iso-lines change only with a new surface: both are cached as device
    pixmaps, so frames that move only the path over them repaint cheaply.
    """

    def __init__(self, plot: pg.PlotItem, label: str = "C"):
        self.label = label
        self.theme = current_theme()
        self.image = ScreenImageItem(axisOrder="row-major")
        self.image.setZValue(-20)
        self.image.setCacheMode(CACHE)
        self.contours = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen(255, 255, 255, 110, width=1))
        self.contours.setZValue(-10)
        self.contours.setCacheMode(CACHE)
        plot.addItem(self.image)
        plot.addItem(self.contours)
        # Below the map: views are mostly taller than wide, and a square map leaves height.
        self.colorbar = pg.ColorBarItem(values=(0.0, 1.0), colorMap=sequential_map(), label=None,
                                        interactive=False, colorMapMenu=False, width=16,
                                        orientation="horizontal")
        self.colorbar.setImageItem(self.image, insert_in=plot)
        self.colorbar.axis.setLabel(label)
        self._sample = "0.000"
        self.heatmap: Heatmap | None = None
        self.log = False
        self.apply_theme(self.theme)

    def apply_theme(self, theme: Theme) -> None:
        """The colour bar's fonts and pens; iso-line width for the presentation scale."""
        self.theme = theme
        style_colour_bar(self.colorbar, theme, self._sample)
        self.contours.setPen(pg.mkPen(255, 255, 255, 110, width=max(1.0, theme.width(1.0))))

    def set_heatmap(self, heatmap: Heatmap | None, log: bool | None = None) -> None:
        """Show ``heatmap`` (None: clear) on a log or linear scale."""
        self.heatmap = heatmap
        if log is not None:
            self.log = bool(log)
        if heatmap is None:
            self.image.clear()
            self.contours.setData([], [])
            return
        shown = heatmap.display(self.log)
        lo, hi = float(shown.min()), float(shown.max())
        if hi <= lo:
            hi = lo + 1.0
        self.image.setImage(shown, autoLevels=False)
        self.image.setRect(heatmap.rect)
        self.colorbar.setLevels((lo, hi))
        sample = widest_tick(lo, hi)
        if sample != self._sample:
            self._sample = sample
            style_colour_bar(self.colorbar, self.theme, sample)
        set_colour_bar_label(self.colorbar, heatmap.log_label if self.log else heatmap.label,
                             self.theme, self._sample)
        seg = heatmap.contours[self.log]
        self.contours.setData(seg[:, :, 0].ravel(), seg[:, :, 1].ravel())

    def set_visible(self, visible: bool) -> None:
        """Show or hide the colour bar (a curve has none)."""
        self.colorbar.setVisible(visible)

    def set_dimmed(self, dimmed: bool) -> None:
        self.image.setOpacity(DIMMED_OPACITY if dimmed else 1.0)
        self.contours.setOpacity(DIMMED_OPACITY if dimmed else 1.0)
