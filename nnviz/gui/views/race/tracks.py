"""What the race draws per optimizer: its path on the map (with a dark edge) and its head,
the start p_0 and the surface's minima; and the loss plot f(p_t) against t with a line at
the step shown. The loss plot's range is fixed per race, so playing it adds no ticks."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from nnviz.core import landscape
from nnviz.core.i18n import translate
from nnviz.core.optimizers import OPTIMIZERS
from nnviz.gui.kit.axes import quiet_plot_widget, set_axis_label, style_plot, widest_tick
from nnviz.gui.kit.heatmap_layer import SHADOW_COLOUR
from nnviz.gui.theme import Theme
from nnviz.gui.views.race.race_task import RaceResult
from nnviz.gui.views.race.table import OPTIMIZER_COLOURS, OPTIMIZER_TITLES

LOG_FLOOR = 1e-16         # losses shown on a log axis are at least this


class RaceTracks:
    """The items on the map ``plot`` and the loss plot (``loss_widget``, ``loss_plot``)."""

    def __init__(self, plot: pg.PlotItem, theme: Theme):
        self.theme = theme
        self.minima = pg.ScatterPlotItem(symbol="x", brush=pg.mkBrush(255, 255, 255))
        self.start_marker = pg.ScatterPlotItem(symbol="o", brush=pg.mkBrush(0, 0, 0, 120))
        self.minima.setZValue(1)
        self.start_marker.setZValue(20)
        plot.addItem(self.minima)
        plot.addItem(self.start_marker)
        self.path_items: dict[str, pg.PlotCurveItem] = {}
        self.shadow_items: dict[str, pg.PlotCurveItem] = {}
        self.head_items: dict[str, pg.ScatterPlotItem] = {}
        self.loss_items: dict[str, pg.PlotDataItem] = {}
        for k, name in enumerate(OPTIMIZERS):
            shadow = pg.PlotCurveItem(skipFiniteCheck=True)
            path = pg.PlotCurveItem(skipFiniteCheck=True, name=OPTIMIZER_TITLES[name])
            head = pg.ScatterPlotItem(symbol="o", brush=pg.mkBrush(QColor(*OPTIMIZER_COLOURS[name])))
            for z, item in ((2 + k * 0.1, shadow), (3 + k * 0.1, path), (10 + k * 0.1, head)):
                item.setZValue(z)
                plot.addItem(item)
            self.shadow_items[name], self.path_items[name], self.head_items[name] = shadow, path, head

        self.loss_widget, self.loss_plot = quiet_plot_widget()
        self.loss_plot.showGrid(x=True, y=True, alpha=0.2)
        for name in OPTIMIZERS:
            item = pg.PlotDataItem(skipFiniteCheck=True)
            self.loss_plot.addItem(item)
            self.loss_items[name] = item
        self.step_line = pg.InfiniteLine(angle=90, movable=False)
        self.loss_plot.addItem(self.step_line)
        self._loss_range: tuple | None = None
        self._left_sample = "0.000"  # the widest tick label of the loss plot

    def apply_theme(self, theme: Theme) -> None:
        """Pens and marker sizes for the palette and presentation scale s."""
        self.theme = theme
        scale = theme.scale
        self.loss_widget.setBackground(theme.plot_background)
        style_plot(self.loss_plot, theme, self._left_sample)
        for name in OPTIMIZERS:
            colour = QColor(*OPTIMIZER_COLOURS[name])
            self.path_items[name].setPen(pg.mkPen(colour, width=theme.width(2.5)))
            self.shadow_items[name].setPen(pg.mkPen(SHADOW_COLOUR, width=theme.width(5.0)))
            self.head_items[name].setSize(12 * scale)
            self.head_items[name].setPen(pg.mkPen(255, 255, 255, width=theme.width(1.5)))
            self.loss_items[name].setPen(pg.mkPen(colour, width=theme.width(2.0)))
        self.start_marker.setSize(15 * scale)
        self.start_marker.setPen(pg.mkPen(255, 255, 255, width=theme.width(2.5)))
        self.minima.setSize(12 * scale)
        self.minima.setPen(pg.mkPen(255, 255, 255, width=theme.width(2.0)))
        self.step_line.setPen(pg.mkPen(theme.muted, width=theme.width(1.0)))

    def show_minima(self, minima: tuple[tuple[float, float], ...]) -> None:
        if minima:
            mx, my = zip(*minima)
            self.minima.setData(list(mx), list(my))
        else:
            self.minima.setData([], [])

    def show_race(self, result: RaceResult, log: bool) -> None:
        """A new race: its start, the loss plot's names and its range for the whole race."""
        set_axis_label(self.loss_plot, "bottom", translate("RaceView", "step t"), self.theme, self._left_sample)
        set_axis_label(self.loss_plot, "left", f"{result.heatmap.label}(p<sub>t</sub>)",
                       self.theme, self._left_sample)
        self.start_marker.setData([result.start[0]], [result.start[1]])
        self.fit_loss_range(result, log)

    def set_log(self, log: bool) -> None:
        """The loss plot's axis on a log scale (or not)."""
        self.loss_plot.setLogMode(y=log)

    def fit_loss_range(self, result: RaceResult | None, log: bool) -> None:
        """The loss plot's range for the whole race (set once per race, not per step)."""
        paths = result.paths if result is not None else {}
        losses = [p.losses[np.isfinite(p.losses)] for p in paths.values()]
        values = np.concatenate(losses) if losses else np.empty(0)
        if log:
            values = np.log10(np.maximum(values[values > -np.inf], LOG_FLOOR))
        lo, hi = (float(values.min()), float(values.max())) if values.size else (0.0, 1.0)
        if hi <= lo:
            lo, hi = lo - 0.5, hi + 0.5
        last = result.last_step if result is not None else 0
        wanted = (0.0, float(max(last, 1)), lo, hi)
        if wanted == self._loss_range:
            return
        self._loss_range = wanted
        # the range first: restyling the axis measures pyqtgraph's SI prefix on the range
        self.loss_plot.setRange(xRange=wanted[:2], yRange=wanted[2:], padding=0.03)
        sample = widest_tick(10 ** lo, 10 ** hi) if log else widest_tick(lo, hi)
        if sample != self._left_sample:
            self._left_sample = sample
            style_plot(self.loss_plot, self.theme, sample)

    def draw(self, paths: dict[str, landscape.OptimizerPath], k: int, log: bool) -> None:
        """Every path up to step ``k``, its head at p_k, its losses f(p_0..p_k)."""
        for name in OPTIMIZERS:
            path = paths.get(name)
            if path is None:
                for item in (self.path_items[name], self.shadow_items[name],
                             self.head_items[name], self.loss_items[name]):
                    item.setData([], [])
                continue
            pts = path.points[:k + 1]
            self.shadow_items[name].setData(pts[:, 0], pts[:, 1])
            self.path_items[name].setData(pts[:, 0], pts[:, 1])
            self.head_items[name].setData([pts[-1, 0]], [pts[-1, 1]])
            losses = path.losses[:k + 1]
            if log:
                losses = np.maximum(losses, LOG_FLOOR)
            self.loss_items[name].setData(np.arange(losses.size), losses)
        self.step_line.setValue(k)
