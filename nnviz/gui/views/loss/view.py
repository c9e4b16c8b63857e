"""The loss curve: the cost C on the training and the test set against the step.

C = (1/n) Σ_x ℓ(a^L(x), y(x)) over the whole training (test) set. A snapshot from the app's
training session carries C at every step of the run (``Snapshot.losses``, bounded: recent
steps at full detail), so the curve has every step however few snapshots reach a frame;
from other snapshots (``nnviz render``) the view keeps the rows (step, train C, test C) of
those it was shown in its own bounded :class:`~nnviz.session.history.History`. The two
curves are long-lived PlotDataItems updated with setData with at most four points per pixel
column, one where the curve is flat within half a pixel (:mod:`~.peaks`: each column's first,
last, lowest and highest), the whole run always in view. A new start (the step goes back, the architecture or the data change) clears the
history.

The axes are the costly part of a frame (their tick labels are text, and they draw the grid),
so the view range moves in "nice" steps (x and y up to f × 10^k with f in 1, 1.2, 1.5, 2, ... 8,
or whole decades on the log scale; kit/nice_scale.py) and the axes are cached: they are redrawn only when the
range really changes. The grid lines are opaque, in a colour between the axes' and the
background's: Qt draws translucent lines several times slower (15 ms instead of 4 for a redraw).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from nnviz.core import notation
from nnviz.core.data import Dataset
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.losses import COST_NAMES, MEAN
from nnviz.core.snapshot import Snapshot
from nnviz.gui import colors
from nnviz.gui.kit.axes import plain_tick_numbers
from nnviz.gui.kit.nice_scale import nice_ceil
from nnviz.gui.kit.stage import StageWatcher, offstage
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.views.base import View
from nnviz.gui.views.loss.peaks import column_peaks
from nnviz.session.history import History

TRAIN_COLOUR = colors.BLUE
TEST_COLOUR = colors.ORANGE
# Log scale: C = 0 (a perfect fit) is drawn at this floor instead of -inf.
LOG_FLOOR = 1e-12
# COST_NAMES' words (core.losses), translated where the axis shows them
_COST_WORDS = (QT_TRANSLATE_NOOP("LossView", "loss C"), QT_TRANSLATE_NOOP("LossView", "loss L"),
               QT_TRANSLATE_NOOP("LossView", "error rate"))
GRID_STRENGTH = 0.25  # the grid's colour: this much of the axes' colour over the background


def _number(value: float | None) -> float:
    return math.nan if value is None else float(value)


def nice_range(values: np.ndarray, log: bool) -> tuple[float, float]:
    """(low, high) for the y axis: [0, nice ≥ max] linear, whole decades (as log10) on a log axis."""
    finite = values[np.isfinite(values)]
    if log:
        finite = finite[finite > 0]
        if finite.size == 0:
            return -1.0, 0.0
        low, high = math.floor(math.log10(finite.min())), math.ceil(math.log10(finite.max()))
        return float(low), float(max(high, low + 1))
    if finite.size == 0:
        return 0.0, 1.0
    low = min(0.0, float(finite.min()))
    return low, nice_ceil(max(float(finite.max()), 1e-12))


class LossView(View):
    """Train and test loss against the step, with a log-scale toggle."""

    key = "loss"
    title = QT_TRANSLATE_NOOP("Views", "Loss curve")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = History(columns=3)  # step, train C, test C of snapshots without losses
        self._recorded: np.ndarray | None = None  # the latest snapshot's every-step losses
        self._architecture = None
        self._last_step = -1
        self._snapshot: Snapshot | None = None
        self._waiting = False  # snapshots came while the view was off screen
        self._stage = StageWatcher(self)
        self._stage.shown.connect(self._on_shown)

        self.plot_widget = pg.PlotWidget(enableMenu=False)  # see kit.axes.quiet_plot_widget
        self.plot_item = self.plot_widget.getPlotItem()
        self.plot_item.setLabel("bottom", translate("LossView", "step"))
        self.plot_item.setLabel("left", translate("LossView", COST_NAMES[MEAN]))
        self.plot_item.showGrid(x=True, y=True, alpha=0.25)
        self.plot_item.disableAutoRange()
        self.plot_item.setMouseEnabled(x=False, y=False)
        self.plot_item.hideButtons()
        for name in ("left", "bottom"):
            self.plot_item.getAxis(name).setCacheMode(pg.QtWidgets.QGraphicsItem.DeviceCoordinateCache)
        self._view_range: tuple[float, float, float, float] | None = None
        self.plot_item.getViewBox().sigResized.connect(self._redraw)  # points kept per pixel
        self.legend = self.plot_item.addLegend(offset=(-10, 10))
        self.train_curve = self.plot_item.plot(name=translate("LossView", "train"), connect="finite")
        self.test_curve = self.plot_item.plot(connect="finite")  # in the legend when there is a test set
        self._test_in_legend = False

        self.log_box = QCheckBox(translate("LossView", "log scale"))
        self.log_box.setToolTip(translate("LossView", "Plot the loss on a logarithmic axis: slow late progress shows"))
        self.log_box.toggled.connect(self.set_log_scale)
        self.values_label = QLabel("")
        self.values_label.setTextFormat(Qt.RichText)
        # Its width ignored and its height fixed (_fix_label_size): new numbers every frame
        # must not re-lay out the window, nor hold the view wider than its dock.
        self.values_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

        top = QHBoxLayout()
        top.setContentsMargins(6, 2, 6, 0)
        top.addWidget(self.values_label, 1)
        top.addWidget(self.log_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.plot_widget, 1)
        self.apply_theme(current_theme())

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        if self._snapshot is not None:  # the values fitted to the new width
            self._show_values(self._snapshot)

    def _fix_label_size(self) -> None:
        self.values_label.setFixedHeight(self.values_label.fontMetrics().height() + 6)

    # -- the view contract --------------------------------------------------------------------
    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Add the snapshot's losses and redraw both curves (off screen, a tab behind
        another, only the history grows until the view is shown)."""
        if snapshot.architecture != self._architecture or snapshot.step < self._last_step:
            self.clear()
            self._architecture = snapshot.architecture
        row = (snapshot.step, _number(snapshot.train_loss), _number(snapshot.test_loss))
        if snapshot.losses is not None:
            self._recorded = snapshot.losses
        elif snapshot.step == self._last_step:
            self.history.replace_last(row)
        else:
            self.history.append(row)
        self._last_step = snapshot.step
        if self._snapshot is None or snapshot.cost != self._snapshot.cost:
            self.plot_item.setLabel("left", translate("LossView", COST_NAMES[snapshot.cost]))  # C, L or mistakes
        self._snapshot = snapshot
        self._waiting = offstage(self)
        if not self._waiting:
            self._redraw()
            self._show_values(snapshot)

    def _on_shown(self) -> None:
        """In sight again: draw the history that grew while the view was hidden."""
        if self._waiting and not offstage(self):
            self._waiting = False
            self._redraw()
            self._show_values(self._snapshot)

    def set_dataset(self, dataset: Dataset) -> None:
        """New data: the old curve belongs to another problem."""
        self.clear()
        self._architecture = None

    # -- options ------------------------------------------------------------------------------
    def set_log_scale(self, on: bool) -> None:
        if self.log_box.isChecked() != on:
            self.log_box.setChecked(on)
            return
        self.plot_item.setLogMode(x=False, y=on)
        self._redraw()

    @property
    def log_scale(self) -> bool:
        return self.log_box.isChecked()

    def clear(self) -> None:
        self.history.clear()
        self._recorded = None
        self._view_range = None
        self._last_step = -1
        self._waiting = False
        self.train_curve.setData([], [])
        self.test_curve.setData([], [])
        self.values_label.setText("")

    def apply_theme(self, theme: Theme) -> None:
        """Background, axes, fonts and pen widths for the theme and presentation scale."""
        self.plot_widget.setBackground(theme.plot_background)
        font = theme.tick_font()
        grid = colors.blend(QColor(theme.muted), QColor(theme.plot_background), GRID_STRENGTH)
        for name in ("left", "bottom"):
            axis = self.plot_item.getAxis(name)
            axis.setPen(pg.mkPen(theme.muted))
            axis.setTickPen(pg.mkPen(grid))
            # opaque grid lines (module docstring), at the labelled ticks only, under the curves
            axis.setStyle(tickAlpha=255, maxTickLevel=0)
            axis.setZValue(-1)
            axis.setTextPen(pg.mkPen(theme.plot_foreground))
            axis.setTickFont(font)
            axis.label.setFont(font)
            axis.setTickDensity(1.0 / theme.scale)
            plain_tick_numbers(axis)
        self.train_curve.setPen(pg.mkPen(TRAIN_COLOUR, width=theme.width(2.5)))
        self.test_curve.setPen(pg.mkPen(TEST_COLOUR, width=theme.width(2.5), style=Qt.DashLine))
        for curve, colour in ((self.train_curve, TRAIN_COLOUR), (self.test_curve, TEST_COLOUR)):
            curve.setSymbolBrush(pg.mkBrush(colour))
            curve.setSymbolPen(pg.mkPen(colour))
            curve.setSymbolSize(8 * theme.scale)
        self.legend.setLabelTextColor(theme.plot_foreground)
        self.legend.setLabelTextSize(f"{theme.point_size:.0f}pt")
        for _sample, label in self.legend.items:  # labels already there keep their old style
            label.setText(label.text, size=f"{theme.point_size:.0f}pt", color=theme.plot_foreground)
        self._fix_label_size()
        self._redraw()

    # -- drawing ------------------------------------------------------------------------------
    def rows(self) -> np.ndarray:
        """The rows (step, train C, test C) the curves draw, oldest first."""
        return self.history.data() if self._recorded is None else self._recorded

    def _redraw(self) -> None:
        data = self.rows()
        steps = data[:, 0]
        train, test = data[:, 1], data[:, 2]
        if self.log_scale:  # a perfect fit (C = 0) would be log 0 = -inf
            train, test = np.maximum(train, LOG_FLOOR), np.maximum(test, LOG_FLOOR)
        has_test = bool(np.isfinite(test).any())
        x_high = self._update_range(steps, np.concatenate([train, test]))
        box = self.plot_item.getViewBox()
        columns = max(1, round(box.width()))
        y_low, y_high = self._view_range[2:]
        half_pixel = 0.5 * (y_high - y_low) / max(box.height(), 1.0)
        for curve, losses in ((self.train_curve, train), (self.test_curve, test)):
            if curve is self.test_curve and not has_test:
                curve.setData([], [])
                continue
            plotted = np.log10(losses) if self.log_scale else losses  # the y range's units
            kept = column_peaks(steps, plotted, 0.0, x_high, columns, half_pixel)
            curve.setData(steps[kept], losses[kept])
            single = len(steps[kept]) == 1  # one point draws no line: a dot shows where it is
            if (curve.opts["symbol"] is not None) != single:
                curve.setSymbol("o" if single else None)
        self._show_test_in_legend(has_test)

    def _show_test_in_legend(self, show: bool) -> None:
        """The legend names the test curve only when there is a test set."""
        if show != self._test_in_legend:
            self._test_in_legend = show
            if show:
                self.legend.addItem(self.test_curve, translate("LossView", "test"))
            else:
                self.legend.removeItem(self.test_curve)

    def _update_range(self, steps: np.ndarray, losses: np.ndarray) -> float:
        """Move the view only when the nice range changes (the axes are then redrawn); the
        x range's upper end."""
        x_high = (nice_ceil(float(steps[-1])) or 1.0) if steps.size else 1.0
        y_low, y_high = nice_range(losses, self.log_scale)
        wanted = (0.0, x_high, y_low, y_high)
        if wanted != self._view_range:
            self._view_range = wanted
            self.plot_item.setRange(xRange=(0.0, x_high), yRange=(y_low, y_high), padding=0.02)
        return x_high

    def _show_values(self, snapshot: Snapshot) -> None:
        """"step N: train C  test C" in the curves' colours; in a narrow dock (a projector
        at 200 %) without "step N:" (the axis ends there), then without the words, then the
        training cost alone: what shows is whole."""
        values = [(TRAIN_COLOUR, translate("LossView", "train"), snapshot.train_loss)]
        if snapshot.test_loss is not None:
            values.append((TEST_COLOUR, translate("LossView", "test"), snapshot.test_loss))
        bold = QFont(self.values_label.font())
        bold.setWeight(QFont.Weight.DemiBold)
        metrics, room = QFontMetrics(bold), self.values_label.width() - 4
        for prefix, words, shown in ((translate("LossView", "step {step}: ").format(step=snapshot.step), True, values),
                                     ("", True, values), ("", False, values),
                                     ("", False, values[:1])):
            parts = [(colour, f"{word} {notation.number(value)}" if words
                      else notation.number(value)) for colour, word, value in shown]
            plain = prefix + "   ".join(text for _colour, text in parts)
            if metrics.horizontalAdvance(plain) <= room:
                break
        self.values_label.setText(prefix + " &nbsp; ".join(
            f'<span style="color: rgb{colour}; font-weight: 600">{text}</span>'
            for colour, text in parts))
