"""Themed plot axes: fonts and pens scaled by the presentation scale, fixed axis sizes measured
from those fonts (tick labels never run into the axis names, new tick labels never re-lay out
the plot), a device-coordinate cache, and the same for colour bars."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import (
    QFontMetricsF,
)
from PySide6.QtWidgets import QGraphicsItem

from nnviz.gui.theme import Theme


CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
TICK_LENGTH = 5        # pixels at scale 1
TICK_TEXT_OFFSET = 3   # pixels between a tick and its label at scale 1
LABEL_NUDGE = 5        # pyqtgraph draws an axis name this far past the axis's edge
BASE_MARGINS = (2.0, 6.0, 10.0, 2.0)  # left, top, right, bottom of a PlotItem's layout
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum size"


def label_style(theme: Theme) -> dict[str, str]:
    """CSS for axis names (``PlotItem.setLabel(side, text, **label_style(theme))``)."""
    return {"color": theme.plot_foreground, "font-size": f"{theme.point_size:.3g}pt"}


def plain_tick_numbers(axis: pg.AxisItem) -> None:
    """Tick labels that read the values themselves (0.2, not 200 with a hidden ×0.001).

    pyqtgraph's ``enableAutoSIPrefix(False)`` still picks a prefix for the range shown at
    that moment (0.14: any range below 1 without units) and keeps it: the scale is reset
    here, after it, for every pyqtgraph version pyproject allows.
    """
    axis.enableAutoSIPrefix(False)
    axis.autoSIPrefixScale = 1.0
    axis.labelUnitPrefix = ""
    axis.picture = None  # the tick labels are drawn again
    axis.update()


def style_plot(plot: pg.PlotItem, theme: Theme, left_sample: str = "-0.00") -> None:
    """Fonts, pens, tick density and fixed sizes of ``plot``'s left and bottom axes for
    ``theme``.

    ``left_sample`` is the widest tick label the left axis is expected to show; the left
    axis is made wide enough for it and for the axis name beside it. Call again after an
    axis name changes (:func:`set_axis_label` does).
    """
    font = theme.tick_font()
    s = theme.scale
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.setCacheMode(CACHE)
        plain_tick_numbers(axis)
        axis.setPen(pg.mkPen(theme.muted, width=max(1.0, theme.width(1.0))))
        axis.setTextPen(pg.mkPen(theme.plot_foreground))
        axis.setTickFont(font)
        axis.setStyle(tickLength=round(TICK_LENGTH * s), autoExpandTextSpace=False,
                      tickTextOffset=round(TICK_TEXT_OFFSET * s))
        axis.setTickDensity(1.0 / s)  # labels s times larger: major ticks s times fewer
        axis.setLabel(axis.labelText, **label_style(theme))
    _fit_axes(plot, theme, left_sample)


def set_axis_label(plot: pg.PlotItem, side: str, text: str, theme: Theme,
                   left_sample: str = "-0.00") -> None:
    """Name the ``side`` axis (HTML allowed) in the theme's style, keeping its size right."""
    axis = plot.getAxis(side)
    style = label_style(theme)
    if axis.labelText == text and axis.labelStyle == style:
        return
    if text and axis.labelText and axis.labelStyle == style and axis.label.isVisible():
        # Same style, other words (a share of variance while training): only the name is
        # drawn again; the axis and its ticks stay as they are.
        height = axis.label.boundingRect().height()
        axis.labelText = text
        axis.label.setHtml(axis.labelString())
        if axis.label.boundingRect().height() == height:
            _place_label(axis)
            return
    axis.setLabel(text, **style)
    _fit_axes(plot, theme, left_sample)


def _place_label(axis: pg.AxisItem) -> None:
    """Centre a left or bottom axis's name along it, where pyqtgraph's resizeEvent puts it."""
    box = axis.label.boundingRect()
    size = axis.size()
    if axis.orientation == "left":
        axis.label.setPos(-LABEL_NUDGE, int(size.height() / 2 + box.width() / 2))
    else:
        axis.label.setPos(int(size.width() / 2 - box.width() / 2), int(size.height() - box.height() + LABEL_NUDGE))


def _fit_axes(plot: pg.PlotItem, theme: Theme, left_sample: str) -> None:
    metrics = QFontMetricsF(theme.tick_font())
    s = theme.scale
    ticks = round(TICK_LENGTH * s) + round(TICK_TEXT_OFFSET * s)
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        name = axis.label.boundingRect().height() - LABEL_NUDGE if axis.labelText else 0.0
        if side == "bottom":
            axis.setHeight(int(np.ceil(ticks + metrics.height() + name + 2 * s)))
        else:
            axis.setWidth(int(np.ceil(ticks + metrics.horizontalAdvance(left_sample) + name + 4 * s)))
        axis.resizeEvent()  # place the axis name for its new font


def style_colour_bar(bar: pg.ColorBarItem, theme: Theme, sample: str = "0.000") -> None:
    """A ColorBarItem's value axis in the theme's fonts and pens, sized for its tick labels
    (``sample`` is the widest) and its name; the bar 16 pixels thick at scale 1."""
    font = theme.tick_font()
    s = theme.scale
    metrics = QFontMetricsF(font)
    for side in ("left", "right", "top", "bottom"):
        axis = bar.getAxis(side)
        axis.setPen(pg.mkPen(theme.muted))
        axis.setCacheMode(CACHE)
    axis = bar.axis
    plain_tick_numbers(axis)
    axis.setTextPen(pg.mkPen(theme.plot_foreground))
    axis.setTickFont(font)
    axis.setStyle(tickLength=round(TICK_LENGTH * s), tickTextOffset=round(TICK_TEXT_OFFSET * s))
    axis.setLabel(axis.labelText, **label_style(theme))
    name = axis.label.boundingRect().height() - LABEL_NUDGE if axis.labelText else 0.0
    ticks = round(TICK_LENGTH * s) + round(TICK_TEXT_OFFSET * s)
    if bar.horizontal:
        axis.setHeight(int(np.ceil(ticks + metrics.height() + name + 2 * s)))
        bar.layout.setRowFixedHeight(2, round(16 * s))
    else:
        axis.setWidth(int(np.ceil(ticks + metrics.horizontalAdvance(sample) + name + 4 * s)))
        bar.layout.setColumnFixedWidth(1, round(16 * s))
    axis.resizeEvent()


def set_colour_bar_label(bar: pg.ColorBarItem, text: str, theme: Theme, sample: str = "0.000") -> None:
    """Name a ColorBarItem (on its value axis, outside the bar)."""
    if bar.axis.labelText != text:
        bar.axis.setLabel(text, **label_style(theme))
        style_colour_bar(bar, theme, sample)


def quiet_plot_widget() -> tuple[pg.PlotWidget, pg.PlotItem]:
    """A PlotWidget and its PlotItem for a teaching view: no context menu (never built: a
    ViewBox menu lists every ViewBox alive, and building one beside views being destroyed
    crashed), no 'A' button, no dragging or wheel zoom (the view decides the range), no
    automatic range."""
    widget = pg.PlotWidget(enableMenu=False)
    plot = widget.getPlotItem()
    plot.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
    plot.disableAutoRange()
    plot.layout.setContentsMargins(*BASE_MARGINS)
    return widget, plot


def widest_tick(low: float, high: float) -> str:
    """A sample of the widest tick label pyqtgraph writes for the range [low, high]."""
    span = abs(high - low) or 1.0
    decimals = max(0, int(np.ceil(-np.log10(span / 5.0))) + 1)
    return max((f"{v:.{decimals}f}" for v in (low, high, (low + high) / 2)), key=len)
