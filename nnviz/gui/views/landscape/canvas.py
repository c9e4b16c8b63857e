"""What the loss-surface view draws: the map (heatmap, iso-lines, colour bar) or the curve
C(θ_i), the path over it, the legend of its marks, and the optional 3-D surface.

The map is drawn to scale and fills the plot exactly (axes next to it), the colour bar under
it, the legend below the plot (the map stays uncovered); fonts, markers and lines follow the
presentation scale. The map and its iso-lines are cached as one picture between surfaces,
so a frame repaints only the path.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget

from nnviz.core import notation
from nnviz.core.network import Architecture
from nnviz.gui.colors import QUALITATIVE
from nnviz.gui.kit.aspect_fit import AspectFit
from nnviz.gui.kit.axes import QWIDGETSIZE_MAX, quiet_plot_widget, set_axis_label, style_plot, widest_tick
from nnviz.gui.kit.heatmap import Heatmap
from nnviz.gui.kit.heatmap_layer import HeatmapLayer
from nnviz.gui.theme import Theme
from nnviz.gui.views.landscape.path_layer import PathLayer
from nnviz.gui.views.landscape.surface_task import SurfaceResult
from nnviz.gui.views.landscape.words import marks_legend
from nnviz.gui.views.landscape.surface3d import Surface3DView, opengl_status

Array = np.ndarray

VIEW_MARGIN = 0.05  # the visible range grown to hold the path has this padding


class SurfaceCanvas:
    """The plot (``plot_widget``, ``plot``) and its items, the 3-D view in a ``stack`` with
    it, the ``title`` and ``legend`` labels; the view places them and writes the title."""

    def __init__(self, theme: Theme):
        self.theme = theme
        self.foreground = QColor(theme.plot_foreground)
        self._left_sample = "-0.00"
        self._curve = False  # what is shown is a curve C(θ_i), not a map
        self._symbol = "C"   # what the values are: C = 1/n Σ ℓ, or L = Σ ℓ under the cost "sum"
        self.plot_widget, self.plot = quiet_plot_widget()
        self.aspect = AspectFit(self.plot)
        self.heatmap_layer = HeatmapLayer(self.plot, "C")
        self.curve_item = pg.PlotCurveItem()
        self.curve_item.setZValue(-5)
        self.plot.addItem(self.curve_item)
        self.path_layer = PathLayer(self.plot)

        available, _ = opengl_status()
        self.surface3d = Surface3DView() if available else None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot_widget)
        if self.surface3d is not None:
            self.stack.addWidget(self.surface3d)
        self.title = QLabel()  # what the map is a slice of (words.slice_title)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.aspect.height_wanted.connect(self._cap_height)

    @property
    def three_d(self) -> bool:
        return self.stack.currentIndex() == 1

    def _cap_height(self, height: int | None) -> None:
        """The map is as tall as its shape needs at its width (3-D and curves: any)."""
        limit = QWIDGETSIZE_MAX if height is None or self.three_d else height
        if self.stack.maximumHeight() != limit:
            self.stack.setMaximumHeight(limit)

    def apply_theme(self, theme: Theme) -> None:
        """Palette and presentation scale s: fonts, markers and lines s times larger."""
        self.theme = theme
        self.foreground = QColor(theme.plot_foreground)
        self.plot_widget.setBackground(theme.plot_background)
        style_plot(self.plot, theme, self._left_sample)
        self.heatmap_layer.apply_theme(theme)
        title_font = QFont()  # the text size, bold: room for the map at 1366 x 768 and 200 %
        title_font.setPointSizeF(theme.point_size)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self._style()
        if self.surface3d is not None:
            self.surface3d.apply_theme(theme)

    def _style(self) -> None:
        """The path's pens (white on the map, the text colour over a curve), the curve's, the
        legend."""
        self.path_layer.style(self.theme, not self._curve, self.foreground)
        self.curve_item.setPen(pg.mkPen(QColor(*QUALITATIVE[1]), width=3 * self.theme.scale))
        self.legend.setText(marks_legend(self.theme, self._curve, self._symbol))

    # -- the surface ------------------------------------------------------------------------------
    def clear_surface(self) -> None:
        self.heatmap_layer.set_heatmap(None)
        self.curve_item.setData([], [])

    def set_log(self, heatmap: Heatmap, log: bool) -> None:
        """Colour the map by log₁₀ C (or C)."""
        self.heatmap_layer.set_heatmap(heatmap, log)
        if self.surface3d is not None:
            self.surface3d.set_heatmap(heatmap, log)

    def set_three_d(self, on: bool, heatmap: Heatmap | None, log: bool) -> None:
        """The 3-D surface instead of the map (only where OpenGL is available)."""
        self.stack.setCurrentIndex(1 if on else 0)
        self._cap_height(None if on else self.aspect.wanted_height)
        if on and heatmap is not None:
            self.surface3d.set_heatmap(heatmap, log)

    def show_result(self, r: SurfaceResult, architecture: Architecture, log: bool) -> None:
        """The new surface (or curve): exactly its extent, to scale, named axes."""
        vb = self.plot.getViewBox()
        self._curve = r.mode == "curve"
        self._symbol = r.symbol
        if self._curve:
            self.heatmap_layer.set_heatmap(None)
            self.heatmap_layer.set_visible(False)
            self.curve_item.setData(r.curve_u, r.curve)
            self.curve_item.setVisible(True)
            finite = r.curve[np.isfinite(r.curve)]
            top = float(finite.max()) if finite.size else 1.0
            bottom = min(0.0, float(finite.min()) if finite.size else 0.0)
            name = notation.parameter_symbol(architecture.parameter_name(r.index))
            self._name_axes(name, r.symbol, widest_tick(bottom, top))
            self.aspect.set_ratio(None)
            vb.setRange(xRange=(r.curve_u[0], r.curve_u[-1]), yRange=(bottom, top * 1.05),
                        padding=0.02)
        else:
            self.curve_item.setData([], [])
            self.curve_item.setVisible(False)  # empty items still cost a paint call each frame
            self.heatmap_layer.set_visible(True)
            self.heatmap_layer.set_heatmap(r.heatmap, log)
            labels = r.slice.labels
            if r.slice.kind == "parameters":
                labels = tuple(notation.parameter_symbol(n) for n in labels)
            rect = r.heatmap.rect
            self._name_axes(labels[0], labels[1], widest_tick(rect.top(), rect.bottom()))
            self.aspect.set_ratio(rect.width() / rect.height())
            vb.setRange(rect=rect, padding=0.0)
            if self.surface3d is not None:
                self.surface3d.set_heatmap(r.heatmap, log)
        self._style()

    def _name_axes(self, bottom: str, left: str, sample: str) -> None:
        if sample != self._left_sample:
            self._left_sample = sample
            style_plot(self.plot, self.theme, sample)
        set_axis_label(self.plot, "bottom", bottom, self.theme, sample)
        set_axis_label(self.plot, "left", left, self.theme, sample)

    # -- the path ---------------------------------------------------------------------------------
    def draw_path(self, points: Array, losses: Array) -> None:
        """The path through ``points`` (rows (x, y), the last current), on the 3-D surface
        too while it is shown (``losses``: C at each point)."""
        self.path_layer.draw(points)
        if self.three_d:
            self.surface3d.set_path(points, losses)

    def keep_visible(self, points: Array) -> None:
        """Widen the visible range to the whole path when its last point left it (the
        aspect ratio kept)."""
        vb = self.plot.getViewBox()
        rect = vb.viewRect()
        if rect.contains(float(points[-1, 0]), float(points[-1, 1])):
            return
        lo, hi = points.min(axis=0), points.max(axis=0)
        wanted = rect.united(QRectF(lo[0], lo[1], hi[0] - lo[0], hi[1] - lo[1]))
        vb.setRange(rect=_widened_to(wanted, rect.width() / rect.height()), padding=VIEW_MARGIN)


def _widened_to(rect: QRectF, ratio: float) -> QRectF:
    """``rect`` grown about its centre along one side until width / height = ``ratio``."""
    width, height = rect.width(), rect.height()
    if height <= 0 or width <= 0 or not math.isfinite(ratio) or ratio <= 0:
        return rect
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = rect.center()
    return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
