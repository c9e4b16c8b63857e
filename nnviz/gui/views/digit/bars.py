"""The digit view's bar chart: a^L of one sample, one bar per output neuron named by the class
it stands for (0-9), the class the network says (argmax_j a^L_j) in the highlight colour and
the target y (e_label) as dashed outlines."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from nnviz.core.i18n import translate
from nnviz.core.network import Architecture
from nnviz.gui import colors
from nnviz.gui.kit.axes import quiet_plot_widget, set_axis_label, style_plot
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.views.digit import outputs

BAR_WIDTH, TARGET_WIDTH = 0.62, 0.84
LEFT_SAMPLE = "0.0"  # the widest tick label of the a axis


class OutputBars:
    """The PlotWidget ``widget`` with ``bars`` (a^L) over ``target`` (y, dashed)."""

    def __init__(self) -> None:
        self._theme = current_theme()
        self._range: tuple | None = None  # (outputs, (low, high)) shown
        self._axes: tuple | None = None  # (architecture, names) named
        self.short = False  # no axis names and no a axis (a short dock)
        self.widget, self.plot = quiet_plot_widget()
        self.target = pg.BarGraphItem(x=[], height=[], width=TARGET_WIDTH, brush=None)
        self.bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self.plot.addItem(self.target)
        self.plot.addItem(self.bars)
        self.widget.setToolTip(translate("DigitView", "The network's outputs for this sample, one bar per output "
                                         "neuron; the highlighted bar is its answer (the largest). Dashed: "
                                         "the target y, 1 at the label. Left: aᴸⱼ, or P(digit) for a "
                                         "softmax output layer."))

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.widget.setBackground(theme.plot_background)
        style_plot(self.plot, theme, LEFT_SAMPLE)
        self.target.setOpts(pen=pg.mkPen(theme.plot_foreground, width=theme.width(2.0),
                                         style=Qt.PenStyle.DashLine))
        if self._axes is not None:
            self.name_axes(*self._axes, force=True)

    def name_axes(self, architecture: Architecture, names: tuple[str, ...], force: bool = False) -> None:
        """Tick names (the classes) and axis names: P(digit) or a^L_j, and digit (none, and
        no a axis, when ``short``)."""
        if not force and self._axes == (architecture, names):
            return
        self._axes = (architecture, names)
        self.plot.getAxis("bottom").setTicks([[(j, name) for j, name in enumerate(names)], []])
        left = outputs.output_axis_name(architecture)
        bottom = (translate("DigitView", "digit") if names == tuple("0123456789")
                  else translate("DigitView", "output neuron"))
        if self.short:  # the bars keep the room; the tooltip names the axes
            left = bottom = ""
        self.plot.showAxis("left", not self.short)
        set_axis_label(self.plot, "left", left, self._theme, LEFT_SAMPLE)
        set_axis_label(self.plot, "bottom", bottom, self._theme, LEFT_SAMPLE)
        self._range = None

    def set_short(self, short: bool) -> None:
        if short != self.short:
            self.short = short
            if self._axes is not None:
                self.name_axes(*self._axes, force=True)

    def show(self, a: np.ndarray, target: np.ndarray, said: int | None, activation: str) -> None:
        """Bars a (one per output neuron), outlines ``target``, bar ``said`` highlighted."""
        theme = self._theme
        n, x = a.size, np.arange(a.size)
        others = colors.blend(QColor(theme.muted), QColor(theme.plot_background), 0.55)
        brushes = [pg.mkBrush(theme.highlight if j == said else others) for j in range(n)]
        self.bars.setOpts(x=x, height=a, brushes=brushes)
        self.target.setOpts(x=x, height=target)
        wanted = (n, outputs.y_range(activation, np.concatenate([a, target])))
        if wanted != self._range:
            self._range = wanted
            low, high = wanted[1]
            self.plot.setRange(xRange=(-0.6, n - 0.4), yRange=(low, high + 0.08 * (high - low)),
                               padding=0)

    def clear(self, names: tuple[str, ...] = ()) -> None:
        """No bars; ticks for the classes ``names`` (the data's) until a network comes."""
        self.bars.setOpts(x=[], height=[])
        self.target.setOpts(x=[], height=[])
        if names and self._axes is None:
            self.plot.getAxis("bottom").setTicks([[(j, name) for j, name in enumerate(names)], []])
            self.plot.setRange(xRange=(-0.6, len(names) - 0.4), yRange=(0.0, 1.08), padding=0)
