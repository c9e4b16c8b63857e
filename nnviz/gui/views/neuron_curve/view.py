"""The neuron curve view: a = f(w·x + b) over x for a one-input, one-output network, with
sliders for w and b, the lectures' ghost curves, and a step neuron beside it (see the
package docstring)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from nnviz.core import notation
from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.snapshot import Snapshot
from nnviz.core.training import training_targets
from nnviz.gui import colors
from nnviz.gui.kit.axes import quiet_plot_widget, set_axis_label, style_plot
from nnviz.gui.kit.elided_label import ElidedLabel
from nnviz.gui.kit.message_pages import MessagePages
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.views.base import View
from nnviz.gui.views.neuron_curve.curves import (GHOSTS, X_RANGE, OneNeuron, ghost_label, neuron_values,
                                                 one_neuron, partner, xs)
from nnviz.session.commands import SetParameter
from nnviz.session.state import Selection

# The sliders: w and b from -10 to 10, w in steps of 0.05, b in steps of 0.1.
W_RANGE, W_STEP = (-10.0, 10.0), 0.05
B_RANGE, B_STEP = (-10.0, 10.0), 0.1
MARKED_X = 1.0            # where the two neurons' outputs are compared, at first
CURVE_COLOUR = colors.BLUE
PARTNER_COLOUR = colors.ORANGE
# green, grey, pink, sky blue, purple: none of them the blue or orange of the two neurons
GHOST_COLOURS = (colors.QUALITATIVE[2], colors.QUALITATIVE[8], colors.QUALITATIVE[3],
                 colors.QUALITATIVE[5], colors.QUALITATIVE[9])
GHOST_ALPHA = 170
NEEDS_ONE_NEURON = QT_TRANSLATE_NOOP("NeuronCurveView", "The neuron curve needs a network with one input and "
                                     "one output neuron and no hidden layer")


def _slider_index(value: float, low: float, step: float, count: int) -> int:
    return int(min(max(round((value - low) / step), 0), count))


class NeuronCurveView(View):
    """a = f(w·x + b) of the network's one neuron; its w and b on sliders."""

    key = "neuron_curve"
    title = QT_TRANSLATE_NOOP("Views", "Neuron curve")
    builds_when_shown = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = current_theme()
        self._neuron: OneNeuron | None = None
        self._w, self._b = 1.0, 0.0
        self._marked = MARKED_X
        self._dataset: Dataset | None = None
        self._architecture = None
        self._selected_sample: int | None = None
        self._message = ""
        self._x = xs()
        self._build()
        self.apply_theme(self._theme)
        self._show_message(translate("NeuronCurveView", "start training: the neuron curve needs a network"))

    # -- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        self.w_slider, self.b_slider = QSlider(Qt.Orientation.Horizontal), QSlider(Qt.Orientation.Horizontal)
        self._w_count = round((W_RANGE[1] - W_RANGE[0]) / W_STEP)
        self._b_count = round((B_RANGE[1] - B_RANGE[0]) / B_STEP)
        self.w_slider.setRange(0, self._w_count)
        self.b_slider.setRange(0, self._b_count)
        self.w_slider.setToolTip(translate("NeuronCurveView", "the weight w: it scales the curve"))
        self.b_slider.setToolTip(translate("NeuronCurveView", "the bias b: it shifts the curve"))
        self.w_slider.valueChanged.connect(self._on_w_slider)
        self.b_slider.valueChanged.connect(self._on_b_slider)
        self.w_label, self.b_label = QLabel(), QLabel()
        for label in (self.w_label, self.b_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        sliders = QHBoxLayout()  # one row: the plots keep the height
        sliders.setContentsMargins(6, 2, 6, 0)
        for slider, label in ((self.w_slider, self.w_label), (self.b_slider, self.b_label)):
            sliders.addWidget(label)
            sliders.addWidget(slider, 1)

        self.plot_widget, self.plot = quiet_plot_widget()
        self.partner_widget, self.partner_plot = quiet_plot_widget()
        for plot in (self.plot, self.partner_plot):
            plot.showGrid(x=True, y=True, alpha=0.2)
        self.legend = self.plot.addLegend(offset=(-8, -8))  # bottom right: below σ(x − 5)
        self.partner_legend = self.partner_plot.addLegend(offset=(8, 8))  # top left: above the step's 0
        for plot in (self.plot, self.partner_plot):
            plot.getViewBox().sigResized.connect(self._fit_legend)
        self.ghost_items: dict[str, pg.PlotDataItem] = {}
        self._ghost_order: list[pg.PlotDataItem] = []
        for _ in GHOSTS:
            item = pg.PlotDataItem()
            item.setZValue(1)
            self.plot.addItem(item)
            self._ghost_order.append(item)
        self.curve = pg.PlotDataItem()
        self.curve.setZValue(5)
        self.plot.addItem(self.curve)
        self.partner_curve = pg.PlotDataItem()
        self.partner_curve.setZValue(5)
        self.partner_plot.addItem(self.partner_curve)
        self.samples = pg.ScatterPlotItem()  # the training samples (x, target)
        self.samples.setZValue(8)
        self.plot.addItem(self.samples)
        self.marker, self.partner_marker = pg.ScatterPlotItem(), pg.ScatterPlotItem()
        self.marker.setZValue(10)
        self.partner_marker.setZValue(10)
        self.plot.addItem(self.marker)
        self.partner_plot.addItem(self.partner_marker)
        self.mark_line = pg.InfiniteLine(pos=self._marked, angle=90, movable=True)
        self.partner_mark_line = pg.InfiniteLine(pos=self._marked, angle=90, movable=True)
        for line, plot in ((self.mark_line, self.plot), (self.partner_mark_line, self.partner_plot)):
            line.setToolTip(translate("NeuronCurveView", "drag: the x at which both neurons' outputs are compared"))
            line.setBounds(X_RANGE)
            line.sigPositionChanged.connect(lambda item: self.set_marked_x(item.value()))
            plot.addItem(line)
        for plot in (self.plot, self.partner_plot):
            plot.setXRange(*X_RANGE, padding=0.02)

        plots = QHBoxLayout()
        plots.setContentsMargins(0, 0, 0, 0)
        plots.setSpacing(4)
        plots.addWidget(self.plot_widget, 3)
        plots.addWidget(self.partner_widget, 2)
        self.readout = ElidedLabel(lines=2)
        self.readout.setContentsMargins(6, 0, 6, 2)
        self.readout.setToolTip(translate("NeuronCurveView", "A small change of w or b moves a smooth neuron's "
                                          "output a little; a step neuron's output flips where z = w·x + b "
                                          "crosses 0."))

        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(sliders)
        box.addLayout(plots, 1)
        box.addWidget(self.readout)
        self.pages = MessagePages(content)
        self.message_label = self.pages.message_label
        self.pages.fill(self)

    # -- the view contract ----------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        """Palette and presentation scale: fonts, lines and markers s times larger."""
        self._theme = theme
        font = QFont()
        font.setPointSizeF(theme.point_size)
        for label in (self.w_label, self.b_label):  # new values never move the sliders
            label.setMinimumWidth(round(QFontMetricsF(font).horizontalAdvance("w = −10.05 ")))
        self.readout.setFont(theme.tick_font())
        for widget, plot in ((self.plot_widget, self.plot), (self.partner_widget, self.partner_plot)):
            widget.setBackground(theme.plot_background)
            style_plot(plot, theme, "-0.00")
        self.curve.setPen(pg.mkPen(CURVE_COLOUR, width=theme.width(3.0)))
        self.partner_curve.setPen(pg.mkPen(PARTNER_COLOUR, width=theme.width(3.0)))
        for item, colour in zip(self._ghost_order, GHOST_COLOURS):
            item.setPen(pg.mkPen(QColor(*colour, GHOST_ALPHA), width=theme.width(1.5),
                                 style=Qt.PenStyle.DashLine))
        for marker, colour in ((self.marker, CURVE_COLOUR), (self.partner_marker, PARTNER_COLOUR)):
            marker.setSize(12 * theme.scale)
            marker.setBrush(pg.mkBrush(*colour))
            marker.setPen(pg.mkPen(theme.plot_background, width=theme.width(1.5)))
        self.samples.setSize(9 * theme.scale)
        self.samples.setPen(pg.mkPen(theme.plot_foreground, width=theme.width(1.0)))
        for line in (self.mark_line, self.partner_mark_line):
            line.setPen(pg.mkPen(theme.muted, width=theme.width(1.5), style=Qt.PenStyle.DotLine))
            line.setHoverPen(pg.mkPen(theme.highlight, width=theme.width(2.5)))
        background = QColor(theme.plot_background)
        background.setAlpha(200)  # a curve behind the legend still shows
        for legend in (self.legend, self.partner_legend):
            legend.setLabelTextColor(theme.plot_foreground)
            legend.setLabelTextSize(f"{theme.point_size * 0.9:.0f}pt")
            legend.setBrush(pg.mkBrush(background))
        self._style_legend_labels()
        self._label_axes()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """w and b of the latest θ (for a 1-1 network), else the message."""
        neuron = one_neuron(snapshot.architecture)
        if neuron is None:
            self._neuron = None
            sizes = "-".join(str(n) for n in snapshot.architecture.sizes)
            self._show_message(translate("NeuronCurveView", "{needs}; this network is {sizes}.").format(
                needs=translate("NeuronCurveView", NEEDS_ONE_NEURON), sizes=sizes))
            return
        new = neuron != self._neuron or snapshot.architecture != self._architecture
        self._neuron = neuron
        self._architecture = snapshot.architecture
        w = float(snapshot.params[neuron.w_index])
        b = 0.0 if neuron.b_index is None else float(snapshot.params[neuron.b_index])
        if new or (w, b) != (self._w, self._b):
            self._w, self._b = w, b
            self._message = ""
            self.pages.show_message("")
            if new:
                self._show_ghosts()
                self._label_axes()
                self._show_samples()
            self._draw()

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The training samples (x, target) are drawn on the curve when the data has one input."""
        self._dataset = dataset
        self._show_samples()
        self._follow_sample()

    def follow_selection(self, selection: Selection) -> None:
        """A selected sample's x becomes the marked x."""
        self._selected_sample = selection.sample
        self._follow_sample()

    def _follow_sample(self) -> None:
        i, dataset = self._selected_sample, self._dataset
        if i is not None and dataset is not None and dataset.n_features == 1 \
                and 0 <= i < dataset.n_samples:
            self.set_marked_x(float(dataset.sample(i)[0][0]))

    def _show_samples(self) -> None:
        dataset, arch = self._dataset, self._architecture
        if dataset is None or self._neuron is None or dataset.n_features != 1:
            self.samples.setData([], [])
            return
        try:
            x, y = training_targets(arch, dataset)
        except InputError:
            self.samples.setData([], [])
            return
        if dataset.n_classes:
            brushes = [pg.mkBrush(*colors.class_colour(int(c))) for c in np.ravel(dataset.y_train)]  # class indices
        else:
            brushes = [pg.mkBrush(*colors.QUALITATIVE[7])] * len(x)
        self.samples.setData(x[:, 0], y[:, 0], brush=brushes)

    @property
    def message(self) -> str:
        return self._message

    # -- what it shows ---------------------------------------------------------------------------
    @property
    def w(self) -> float:
        return self._w

    @property
    def b(self) -> float:
        return self._b

    @property
    def marked_x(self) -> float:
        return self._marked

    @property
    def activation(self) -> str | None:
        return None if self._neuron is None else self._neuron.activation

    def set_marked_x(self, x: float) -> None:
        """The x at which the two neurons' outputs are compared."""
        x = float(min(max(x, X_RANGE[0]), X_RANGE[1]))
        if x == self._marked:
            return
        self._marked = x
        for line in (self.mark_line, self.partner_mark_line):
            if line.value() != x:
                blocker = QSignalBlocker(line)
                line.setValue(x)
                del blocker
        self._draw()

    def set_w(self, value: float) -> None:
        """Ask for w = ``value`` (a SetParameter command) and show it at once."""
        if self._neuron is None:
            return
        self._w = float(value)
        self.issue(SetParameter(self._neuron.w_index, self._w))
        self._draw()

    def set_b(self, value: float) -> None:
        """Ask for b = ``value`` (a SetParameter command) and show it at once."""
        if self._neuron is None or self._neuron.b_index is None:
            return
        self._b = float(value)
        self.issue(SetParameter(self._neuron.b_index, self._b))
        self._draw()

    def _on_w_slider(self, i: int) -> None:
        self.set_w(round(W_RANGE[0] + i * W_STEP, 6))

    def _on_b_slider(self, i: int) -> None:
        self.set_b(round(B_RANGE[0] + i * B_STEP, 6))

    # -- drawing ----------------------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self._message = text
        self.pages.show_message(text)

    def _formula(self, activation: str) -> str:
        f = notation.function_name(activation)
        return f"{f}(w·x + b)" if self._neuron is None or self._neuron.b_index is not None else f"{f}(w·x)"

    def _label_axes(self) -> None:
        if self._neuron is None:
            return
        for plot in (self.plot, self.partner_plot):  # the legends name the curves
            set_axis_label(plot, "left", "a", self._theme)
            set_axis_label(plot, "bottom", "x", self._theme)

    def _show_ghosts(self) -> None:
        """The five ghost curves with this neuron's activation, in the legend."""
        activation = self._neuron.activation
        self.legend.clear()
        self.ghost_items = {}
        for item, (w, b) in zip(self._ghost_order, GHOSTS):
            label = ghost_label(activation, w, b)
            item.setData(self._x, neuron_values(activation, w, b, self._x))
            self.ghost_items[label] = item
        # where the curves leave room: bottom right under an S (below σ(x − 5)), top left
        # above a ReLU or a line
        corner = (1, 1) if activation in BOUNDED else (0, 0)
        offset = 8 * self._theme.scale
        self.legend.anchor(corner, corner, (-offset, -offset) if corner == (1, 1) else (offset, offset))
        self.legend.addItem(self.curve, self._formula(activation))
        for label, item in self.ghost_items.items():
            self.legend.addItem(item, label)
        self.partner_legend.clear()
        self.partner_legend.addItem(self.partner_curve, self._formula(partner(activation)))
        self._style_legend_labels()

    def _style_legend_labels(self) -> None:
        """Labels already in the legend keep their old style unless set again."""
        size = f"{self._theme.point_size * 0.9:.0f}pt"
        for legend in (self.legend, self.partner_legend):
            for _sample, label in legend.items:
                label.setText(label.text, size=size, color=self._theme.plot_foreground)
        self._fit_legend()

    def _fit_legend(self) -> None:
        """A legend only where it leaves most of its plot free (the readout names both
        neurons' values anyway)."""
        for legend, plot in ((self.legend, self.plot), (self.partner_legend, self.partner_plot)):
            if not legend.items:
                continue
            box = plot.getViewBox().sceneBoundingRect()
            wanted = legend.boundingRect()
            legend.setVisible(wanted.height() < 0.6 * box.height() and wanted.width() < 0.6 * box.width())

    def _draw(self) -> None:
        neuron = self._neuron
        if neuron is None:
            return
        own, other = neuron.activation, partner(neuron.activation)
        w, b, x0 = self._w, self._b, self._marked
        a = neuron_values(own, w, b, self._x)
        p = neuron_values(other, w, b, self._x)
        self.curve.setData(self._x, a)
        self.partner_curve.setData(self._x, p)
        a0 = float(neuron_values(own, w, b, np.array([x0]))[0])
        p0 = float(neuron_values(other, w, b, np.array([x0]))[0])
        self.marker.setData([x0], [a0])
        self.partner_marker.setData([x0], [p0])
        samples = self.samples.getData()[1]
        self.plot.setYRange(*_y_range(own, samples), padding=0.0)
        self.partner_plot.setYRange(*_y_range(other, [p]), padding=0.0)
        for slider, value, low, step, count in ((self.w_slider, w, W_RANGE[0], W_STEP, self._w_count),
                                                (self.b_slider, b, B_RANGE[0], B_STEP, self._b_count)):
            blocker = QSignalBlocker(slider)
            slider.setValue(_slider_index(value, low, step, count))
            del blocker
        self.b_slider.setEnabled(neuron.b_index is not None)
        self.w_label.setText(f"w = {notation.number(w)}")
        self.b_label.setText(f"b = {notation.number(b)}" if neuron.b_index is not None
                             else translate("NeuronCurveView", "no bias"))
        z = w * x0 + b
        self.readout.setText(translate(
            "NeuronCurveView", "At x = {x}: z = {z},  {formula} = {a} (blue),  {other} neuron {p} (orange)").format(
            x=notation.number(x0), z=notation.number(z), formula=self._formula(own), a=notation.number(a0),
            other=_neuron_name(other), p=notation.number(p0)))

    def values_at_marked_x(self) -> tuple[float, float]:
        """(this neuron's output, the neuron beside's output) at the marked x."""
        return float(self.marker.getData()[1][0]), float(self.partner_marker.getData()[1][0])


def _neuron_name(activation: str) -> str:
    return {"sigmoid": "sigmoid", "step": "step", "sign": "sign"}.get(activation, activation)


BOUNDED = ("sigmoid", "step", "tanh", "sign")


def _y_range(activation: str, samples: np.ndarray | None) -> tuple[float, float]:
    """Bounded activations: their range with a margin; a ReLU −1..5 and a line −5..5 (steep
    curves leave at the top: the shape near z = 0 is what the lesson shows), widened to the
    samples' targets."""
    if activation in ("sigmoid", "step"):
        return -0.08, 1.08
    if activation in ("tanh", "sign"):
        return -1.15, 1.15
    low, high = (-5.0, 5.0) if activation == "identity" else (-1.0, 5.0)
    values = np.asarray(samples if samples is not None else [], dtype=float)
    values = np.clip(values[np.isfinite(values)], -100.0, 100.0)
    if values.size:
        low, high = min(low, float(values.min()) - 0.5), max(high, float(values.max()) + 0.5)
    return low, high
