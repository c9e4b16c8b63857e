"""What a race of learning rates or batch sizes draws: one loss curve C(θ_t) per racer, a
legend (colour, label, C at the step shown or how it diverged) and, for a one-parameter
network, the curve C(w) with each racer's path w_0, w_1, ... on it; for a two-parameter
network the map of C(θ₁, θ₂) with each racer's path θ_0, θ_1, ... over it. The plots' ranges are
fixed per race (a diverged racer's runaway losses leave the loss plot at the top), so playing
the race adds no ticks."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QSplitter, QVBoxLayout,
                               QWidget)

from nnviz.core import notation
from nnviz.core.i18n import translate
from nnviz.gui.colors import QUALITATIVE
from nnviz.gui.kit.axes import quiet_plot_widget, set_axis_label, style_plot, widest_tick
from nnviz.gui.kit.heatmap_layer import SHADOW_COLOUR, HeatmapLayer
from nnviz.gui.theme import Theme
from nnviz.gui.views.race.comparison import ComparisonResult, Racer

# Okabe-Ito without yellow (unreadable on white): orange, blue, green, pink, sky, vermilion, black, purple.
RACER_COLOURS = (QUALITATIVE[0], QUALITATIVE[1], QUALITATIVE[2], QUALITATIVE[3], QUALITATIVE[5],
                 QUALITATIVE[6], QUALITATIVE[7], QUALITATIVE[9])
WIDEST_NUMBER = "−8.888×10⁻⁸⁸"  # the widest C notation.number prints
LOG_FLOOR = 1e-16  # losses shown on a log axis are at least this


def racer_colour(i: int) -> QColor:
    return QColor(*RACER_COLOURS[i % len(RACER_COLOURS)])


class ComparisonTracks:
    """The widgets (``widget``: the whole body: ``splitter`` with ``plots`` (``curve_widget``
    the 1-D plot, ``map_widget`` the map, each shown only for its network) and
    ``loss_widget``, then the ``legend``) and their items."""

    def __init__(self, theme: Theme):
        self.theme = theme
        self.loss_widget, self.loss_plot = quiet_plot_widget()
        self.loss_plot.showGrid(x=True, y=True, alpha=0.2)
        self.step_line = pg.InfiniteLine(angle=90, movable=False)
        self.loss_plot.addItem(self.step_line)
        self.curve_widget, self.curve_plot = quiet_plot_widget()
        self.curve_plot.showGrid(x=True, y=True, alpha=0.2)
        self.cost_curve = pg.PlotDataItem()
        self.cost_curve.setZValue(1)
        self.curve_plot.addItem(self.cost_curve)
        self.map_widget, self.map_plot = quiet_plot_widget()
        self.heatmap_layer = HeatmapLayer(self.map_plot, "C")
        self.start_marker = pg.ScatterPlotItem(symbol="o", brush=pg.mkBrush(0, 0, 0, 120))
        self.start_marker.setZValue(20)
        self.map_plot.addItem(self.start_marker)
        self.map_widget.hide()
        self.map_path_items: list[pg.PlotCurveItem] = []
        self.map_shadow_items: list[pg.PlotCurveItem] = []
        self.map_head_items: list[pg.ScatterPlotItem] = []
        self.loss_items: list[pg.PlotDataItem] = []
        self.path_items: list[pg.PlotDataItem] = []
        self.head_items: list[pg.ScatterPlotItem] = []

        self.legend = legend = QWidget()
        # all rows, always; its width never holds the view wide (arrange() fits the columns)
        legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._grid = QGridLayout(legend)
        self._grid.setContentsMargins(4, 2, 4, 2)
        self._grid.setVerticalSpacing(1)
        self._grid.setHorizontalSpacing(10)
        self.header = QLabel("C")  # "C", "C at step k" or "final C"
        self.log_box = QCheckBox(translate("RaceView", "log loss"))
        self.log_box.setToolTip(translate("RaceView", "the loss curves on a logarithmic axis"))
        self.log_box.toggled.connect(self.set_log)
        self.epoch_box = QCheckBox(translate("RaceView", "per epoch"))
        self.epoch_box.setToolTip(translate("RaceView", "the loss curves against passes over the training "
                                            "set (a step with a batch of m samples is m/n of an epoch), "
                                            "not steps"))
        self.epoch_box.toggled.connect(self.set_by_epoch)
        self.options = QWidget()
        row = QHBoxLayout(self.options)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.epoch_box)
        row.addWidget(self.log_box)
        self._k = 0
        self.swatches: list[QLabel] = []
        self.name_labels: list[QLabel] = []
        self.outcome_labels: list[QLabel] = []
        self._columns = 0   # racers per legend row
        self._shown_rows = 0

        self.plots = QWidget()  # the 1-D plot or the map, whichever the network has
        pair = QVBoxLayout(self.plots)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(self.curve_widget)
        pair.addWidget(self.map_widget)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.plots)
        self.splitter.addWidget(self.loss_widget)
        self.splitter.setChildrenCollapsible(False)
        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.splitter, 1)
        column.addWidget(legend)
        self._arrangement: tuple | None = None
        self._loss_sample = "0.000"
        self._curve_sample = "0.000"
        self._map_sample = "-0.00"
        self._result: ComparisonResult | None = None

    def arrange(self, width: int, height: int) -> None:
        """The plot of C (1-D or map) beside the loss curves in a wide view, above them in a
        tall one; under both, the legend with as many racers per row as fit."""
        n = len(self._result.racers) if self._result is not None else 0
        cell = max((self.swatches[i].sizeHint().width() + self.name_labels[i].sizeHint().width()
                    + self.outcome_labels[i].minimumWidth() + 3 * self._grid.horizontalSpacing()
                    for i in range(n)), default=1)
        columns = max(1, min(n, (width - 8) // max(cell, 1)))
        wide = width > 1.1 * height
        if (wide, columns, n) == self._arrangement:
            return
        self._arrangement = (wide, columns, n)
        self.splitter.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        total = width if wide else height
        first = total // 2 if wide else int(0.58 * total)  # tall: the map's colour bar takes a part
        self.splitter.setSizes([first, total - first])
        self._place_legend(columns, n)

    def _place_legend(self, columns: int, n: int) -> None:
        grid = self._grid
        widgets = [self.header, self.options, *self.swatches, *self.name_labels, *self.outcome_labels]
        for w in widgets:
            grid.removeWidget(w)
        grid.addWidget(self.header, 0, 0, 1, 3 * columns - 1)
        grid.addWidget(self.options, 0, 3 * columns - 1, Qt.AlignmentFlag.AlignRight)
        for i in range(len(self.swatches)):
            row, col = 1 + i // columns, 3 * (i % columns)
            for k, w in enumerate((self.swatches[i], self.name_labels[i], self.outcome_labels[i])):
                grid.addWidget(w, row, col + k)
                w.setVisible(i < n)
        for c in range(grid.columnCount()):
            grid.setColumnStretch(c, 0)
        grid.setColumnStretch(3 * columns - 1, 1)
        self._columns = columns

    # -- style -----------------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.heatmap_layer.apply_theme(theme)
        self.start_marker.setSize(15 * theme.scale)
        self.start_marker.setPen(pg.mkPen(255, 255, 255, width=theme.width(2.5)))
        for widget, plot, sample in ((self.loss_widget, self.loss_plot, self._loss_sample),
                                     (self.curve_widget, self.curve_plot, self._curve_sample),
                                     (self.map_widget, self.map_plot, self._map_sample)):
            widget.setBackground(theme.plot_background)
            style_plot(plot, theme, sample)
        self.step_line.setPen(pg.mkPen(theme.muted, width=theme.width(1.0)))
        self.cost_curve.setPen(pg.mkPen(theme.plot_foreground, width=theme.width(2.0)))
        self._style_items()
        font = QFont()
        font.setPointSizeF(theme.point_size)
        side = round(0.9 * QFontMetricsF(font).height())
        for i, swatch in enumerate(self.swatches):
            swatch.setFixedSize(side, side)
            swatch.setStyleSheet("background: %s; border: 1px solid %s;"
                                 % (racer_colour(i).name(), theme.muted))
        self._fit_outcome_width()
        font.setBold(True)
        self.header.setFont(font)

    def _style_items(self) -> None:
        theme = self.theme
        for i, (loss, path, head) in enumerate(zip(self.loss_items, self.path_items, self.head_items)):
            colour = racer_colour(i)
            loss.setPen(pg.mkPen(colour, width=theme.width(2.5)))
            path.setPen(pg.mkPen(colour, width=theme.width(1.5)))
            path.setSymbolBrush(pg.mkBrush(colour))
            path.setSymbolPen(pg.mkPen(colour))
            path.setSymbolSize(6 * theme.scale)
            head.setSize(13 * theme.scale)
            head.setBrush(pg.mkBrush(colour))
            head.setPen(pg.mkPen(theme.plot_background, width=theme.width(1.5)))
        for i, (path, shadow, head) in enumerate(zip(self.map_path_items, self.map_shadow_items,
                                                     self.map_head_items)):
            colour = racer_colour(i)
            path.setPen(pg.mkPen(colour, width=theme.width(2.5)))
            shadow.setPen(pg.mkPen(SHADOW_COLOUR, width=theme.width(5.0)))
            head.setSize(12 * theme.scale)
            head.setBrush(pg.mkBrush(colour))
            head.setPen(pg.mkPen(255, 255, 255, width=theme.width(1.5)))

    # -- a new race ----------------------------------------------------------------------------------
    def show_result(self, result: ComparisonResult | None) -> None:
        """Items and legend rows for each racer, the plots' names and fixed ranges."""
        self._result = result
        racers = result.racers if result is not None else ()
        self._fit_rows(len(racers))
        for i, racer in enumerate(racers):
            self.name_labels[i].setText(racer.label)
            self.name_labels[i].setToolTip(racer.message)
        cost = result.cost_label if result is not None else "C"
        self.header.setText(cost)
        self._fit_outcome_width()
        one = result is not None and result.curve_w is not None
        two = result is not None and result.heatmap is not None
        self.curve_widget.setVisible(one)
        self.map_widget.setVisible(two)
        self.plots.setVisible(one or two)
        self._show_map(result if two else None)
        self._fit_loss_range(result)
        set_axis_label(self.loss_plot, "left", f"{cost}(θ<sub>t</sub>)", self.theme, self._loss_sample)
        if one:
            self.cost_curve.setData(result.curve_w, result.curve_c)
            c = result.curve_c[np.isfinite(result.curve_c)]
            top = float(c.max()) if c.size else 1.0
            self._curve_sample = widest_tick(0.0, top)
            style_plot(self.curve_plot, self.theme, self._curve_sample)
            set_axis_label(self.curve_plot, "bottom", result.parameter, self.theme, self._curve_sample)
            set_axis_label(self.curve_plot, "left", f"{cost}({result.parameter})", self.theme,
                           self._curve_sample)
            self.curve_plot.setRange(xRange=(result.curve_w[0], result.curve_w[-1]),
                                     yRange=(min(0.0, float(c.min()) if c.size else 0.0), top),
                                     padding=0.03)
        else:
            self.cost_curve.setData([], [])

    def _fit_outcome_width(self) -> None:
        """The outcome column as wide as the widest text this race will show: playing it
        never re-lays out the legend."""
        font = QFont()
        font.setPointSizeF(self.theme.point_size)
        metrics = QFontMetricsF(font)
        racers = self._result.racers if self._result is not None else ()
        texts = [WIDEST_NUMBER] + [self._outcome(r, r.steps + 1) for r in racers if r.diverged]
        widest = math.ceil(max(metrics.horizontalAdvance(t) for t in texts))
        for label in self.outcome_labels:
            label.setMinimumWidth(widest)

    def _show_map(self, result: ComparisonResult | None) -> None:
        if result is None:
            self.heatmap_layer.set_heatmap(None)
            self.start_marker.setData([], [])
            return
        heatmap = result.heatmap
        self.heatmap_layer.set_heatmap(heatmap, log=False)
        rect = heatmap.rect
        self._map_sample = widest_tick(rect.top(), rect.bottom())
        style_plot(self.map_plot, self.theme, self._map_sample)
        set_axis_label(self.map_plot, "bottom", result.parameters[0], self.theme, self._map_sample)
        set_axis_label(self.map_plot, "left", result.parameters[1], self.theme, self._map_sample)
        self.map_plot.getViewBox().setRange(rect=rect, padding=0.0)
        self.start_marker.setData([result.theta0[0]], [result.theta0[1]])

    def _fit_rows(self, n: int) -> None:
        while len(self.loss_items) < n:
            i = len(self.loss_items)
            loss, path, head = pg.PlotDataItem(), pg.PlotDataItem(symbol="o"), pg.ScatterPlotItem()
            loss.setZValue(2 + 0.1 * i)
            path.setZValue(3 + 0.1 * i)
            head.setZValue(10 + 0.1 * i)
            self.loss_plot.addItem(loss)
            self.curve_plot.addItem(path)
            self.curve_plot.addItem(head)
            self.loss_items.append(loss)
            self.path_items.append(path)
            self.head_items.append(head)
            shadow, line, dot = pg.PlotCurveItem(), pg.PlotCurveItem(), pg.ScatterPlotItem()
            for z, item in ((2 + 0.1 * i, shadow), (3 + 0.1 * i, line), (10 + 0.1 * i, dot)):
                item.setZValue(z)
                self.map_plot.addItem(item)
            self.map_shadow_items.append(shadow)
            self.map_path_items.append(line)
            self.map_head_items.append(dot)
            swatch, name, outcome = QLabel(), QLabel(), QLabel()
            for label in (name, outcome):
                label.setTextFormat(Qt.TextFormat.PlainText)
            self.swatches.append(swatch)
            self.name_labels.append(name)
            self.outcome_labels.append(outcome)
            self.apply_theme(self.theme)
        self._arrangement = None  # placed by the next arrange()
        for i in range(len(self.loss_items)):
            for widget in (self.swatches[i], self.name_labels[i], self.outcome_labels[i]):
                widget.setVisible(i < n)
            if i >= n:
                for item in (self.loss_items[i], self.path_items[i], self.head_items[i],
                             self.map_path_items[i], self.map_shadow_items[i], self.map_head_items[i]):
                    item.setData([], [])

    def set_log(self, on: bool) -> None:
        """The loss curves on a log axis (or not)."""
        if self.log_box.isChecked() != bool(on):
            self.log_box.setChecked(bool(on))  # comes back here through toggled
            return
        self.loss_plot.setLogMode(y=bool(on))
        self._fit_loss_range(self._result)
        if self._result is not None:
            self.draw(self._k)

    def set_by_epoch(self, on: bool) -> None:
        """The loss curves against epochs (passes over the training set) or steps."""
        if self.epoch_box.isChecked() != bool(on):
            self.epoch_box.setChecked(bool(on))  # comes back here through toggled
            return
        self._fit_loss_range(self._result)
        if self._result is not None:
            self.draw(self._k)

    @property
    def by_epoch(self) -> bool:
        return self.epoch_box.isChecked()

    @property
    def log(self) -> bool:
        return self.log_box.isChecked()

    def _fit_loss_range(self, result: ComparisonResult | None) -> None:
        """0 .. the highest loss of the racers that did not diverge (all of them if all did);
        on the log axis, the decades of those losses."""
        racers = result.racers if result is not None else ()
        kept = [r.losses for r in racers if not r.diverged] or [r.losses for r in racers]
        values = np.concatenate(kept) if kept else np.empty(0)
        values = values[np.isfinite(values)]
        if self.log:
            values = np.log10(np.maximum(values, LOG_FLOOR))
            lo = float(values.min()) if values.size else 0.0
        else:
            lo = min(0.0, float(values.min())) if values.size else 0.0
        hi = float(values.max()) if values.size else 1.0
        if hi <= lo:
            hi = lo + 1.0
        if self.by_epoch:
            last = max((float(r.epochs[-1]) for r in racers if r.epochs is not None), default=1.0)
            last = last if last > 0 else 1.0
        else:
            last = float(max(result.last_step if result is not None else 0, 1))
        self.loss_plot.setRange(xRange=(0.0, last), yRange=(lo, hi), padding=0.03)
        set_axis_label(self.loss_plot, "bottom", translate("RaceView", "epoch") if self.by_epoch
                       else translate("RaceView", "step t"), self.theme,
                       self._loss_sample)
        sample = widest_tick(10 ** lo, 10 ** hi) if self.log else widest_tick(lo, hi)
        if sample != self._loss_sample:
            self._loss_sample = sample
            style_plot(self.loss_plot, self.theme, sample)

    # -- a step of the race ------------------------------------------------------------------------
    def draw(self, k: int) -> list[str]:
        """Every racer up to step ``k``; returns the legend texts (label and how it ended)."""
        result = self._result
        racers = result.racers if result is not None else ()
        last = result.last_step if result is not None else 0
        self.header.setText((result.cost_label if result else "C") if k == 0 else
                                translate("RaceView", "final {cost}").format(cost=result.cost_label)
                                if k >= last else
                                translate("RaceView", "{cost} at step {step}").format(cost=result.cost_label,
                                                                                      step=k))
        texts = []
        self._k = k
        for i, racer in enumerate(racers):
            shown = racer.losses[:k + 1]
            drawn = np.maximum(shown, LOG_FLOOR) if self.log else shown
            xs = racer.epochs[:k + 1] if self.by_epoch and racer.epochs is not None else np.arange(shown.size)
            self.loss_items[i].setData(xs, drawn)
            if racer.path is not None and racer.path.ndim == 1:
                path = racer.path[:k + 1]
                self.path_items[i].setData(path, shown)
                self.head_items[i].setData([path[-1]], [shown[-1]])
            elif racer.path is not None:
                path = racer.path[:k + 1]
                self.map_shadow_items[i].setData(path[:, 0], path[:, 1])
                self.map_path_items[i].setData(path[:, 0], path[:, 1])
                self.map_head_items[i].setData([path[-1, 0]], [path[-1, 1]])
            self.outcome_labels[i].setText(self._outcome(racer, k))
            text = racer.label
            if racer.diverged:
                text = translate("RaceView", "{label}  (diverged at step {step})").format(
                    label=text, step=racer.diverged_at)
            texts.append(text)
        self.step_line.setValue(k)
        self.step_line.setVisible(not self.by_epoch)  # the racers are at different epochs
        return texts

    @staticmethod
    def _outcome(racer: Racer, k: int) -> str:
        if racer.diverged and k >= racer.diverged_at:
            return translate("RaceView", "diverged at step {step}").format(step=racer.diverged_at)
        return notation.number(float(racer.losses[min(k, racer.steps)]))
