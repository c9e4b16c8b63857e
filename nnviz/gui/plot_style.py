"""What the plot views share for their look: themed axes, a plot that keeps its data's shape,
a colour key, and a row of controls that wraps.

- :func:`style_plot` gives a PlotItem's axes the theme's fonts and pens (scaled by the
  presentation scale s), fixed sizes measured from those fonts (so tick labels never run
  into the axis names, and new tick labels never re-lay out the plot) and a device-coordinate
  cache (the axes are repainted only when their range, size or style changes).
- :class:`AspectFit` pads a PlotItem's layout so that its view box has the width:height
  ratio of the data it shows: with the range set exactly to the data's extent, a square
  input plane is drawn as a square, centred, with the axes hugging it.
- :class:`ColourKey` is a small painted legend: a colour gradient with tick values and the
  meaning of its two ends, or a row of colour swatches with names.
- :class:`FlowLayout` places controls left to right and wraps them onto more rows when the
  view is narrow (the window gives a view as little as 300 pixels), so nothing is clipped.
- :class:`ElidedLabel` is a status line that never takes more than two lines.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QCoreApplication, QEvent, QObject, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal,
)
from PySide6.QtGui import (
    QBrush, QColor, QFont, QFontMetricsF, QImage, QLinearGradient, QPainter, QPalette, QPen,
    QPixmap,
)
from PySide6.QtWidgets import QDockWidget, QGraphicsItem, QLabel, QLayout, QSizePolicy, QWidget

from nnviz.gui.theme import Theme

Array = np.ndarray

CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
TICK_LENGTH = 5        # pixels at scale 1
TICK_TEXT_OFFSET = 3   # pixels between a tick and its label at scale 1
LABEL_NUDGE = 5        # pyqtgraph draws an axis name this far past the axis's edge
BASE_MARGINS = (2.0, 6.0, 10.0, 2.0)  # left, top, right, bottom of a PlotItem's layout
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum size"


def label_style(theme: Theme) -> dict[str, str]:
    """CSS for axis names (``PlotItem.setLabel(side, text, **label_style(theme))``)."""
    return {"color": theme.plot_foreground, "font-size": f"{theme.point_size:.3g}pt"}


def style_plot(plot: pg.PlotItem, theme: Theme, left_sample: str = "-0.00") -> None:
    """Fonts, pens and fixed sizes of ``plot``'s left and bottom axes for ``theme``.

    ``left_sample`` is the widest tick label the left axis is expected to show; the left
    axis is made wide enough for it and for the axis name beside it. Call again after an
    axis name changes (:func:`set_axis_label` does).
    """
    font = theme.tick_font()
    s = theme.scale
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.setCacheMode(CACHE)
        axis.enableAutoSIPrefix(False)
        axis.setPen(pg.mkPen(theme.muted, width=max(1.0, theme.width(1.0))))
        axis.setTextPen(pg.mkPen(theme.plot_foreground))
        axis.setTickFont(font)
        axis.setStyle(tickLength=round(TICK_LENGTH * s), autoExpandTextSpace=False,
                      tickTextOffset=round(TICK_TEXT_OFFSET * s))
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


def quiet_plot(widget: pg.PlotWidget) -> pg.PlotItem:
    """The PlotItem of ``widget`` for a teaching view: no context menu, no 'A' button, no
    dragging or wheel zoom (the view decides the range), no automatic range."""
    plot = widget.getPlotItem()
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
    plot.disableAutoRange()
    plot.layout.setContentsMargins(*BASE_MARGINS)
    return plot


def widest_tick(low: float, high: float) -> str:
    """A sample of the widest tick label pyqtgraph writes for the range [low, high]."""
    span = abs(high - low) or 1.0
    decimals = max(0, int(np.ceil(-np.log10(span / 5.0))) + 1)
    return max((f"{v:.{decimals}f}" for v in (low, high, (low + high) / 2)), key=len)


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
        self._ratio: float | None = None
        self._wanted: int | None = None
        plot.getViewBox().sigResized.connect(self.fit)

    @property
    def ratio(self) -> float | None:
        return self._ratio

    @property
    def wanted_height(self) -> int | None:
        """The height the plot needs at its present width (None: any)."""
        return self._wanted

    def set_ratio(self, ratio: float | None) -> None:
        if ratio is not None and not (np.isfinite(ratio) and ratio > 0):
            ratio = None
        if ratio != self._ratio:
            self._ratio = ratio
            self.fit()

    def fit(self, *args) -> None:
        vb = self._plot.getViewBox()
        layout = self._plot.layout
        left, top, right, bottom = layout.getContentsMargins()
        bl, bt, br, bb = BASE_MARGINS
        if vb.width() <= 4 or vb.height() <= 4:  # squeezed out: measure again, unpadded, uncapped
            if (left, top, right, bottom) != BASE_MARGINS:
                layout.setContentsMargins(*BASE_MARGINS)
            if self._wanted is not None:
                self._wanted = None
                self.height_wanted.emit(None)
            return
        width = vb.width() + (left - bl) + (right - br)
        height = vb.height() + (top - bt) + (bottom - bb)
        extra_x = extra_y = 0.0
        wanted = None
        if self._ratio is not None:
            if width / height > self._ratio:
                extra_x = width - height * self._ratio
            else:
                extra_y = height - width / self._ratio
            wanted = int(np.ceil(self._plot.height() - height + width / self._ratio))
        new = (bl + extra_x / 2, bt + extra_y / 2, br + extra_x / 2, bb + extra_y / 2)
        if max(abs(a - b) for a, b in zip(new, (left, top, right, bottom))) >= 0.5:
            layout.setContentsMargins(*new)
        if wanted != self._wanted:
            self._wanted = wanted
            self.height_wanted.emit(wanted)


class ColourKey(QWidget):
    """A painted colour legend: a gradient bar with tick values and named ends, or swatches.

    Gradient: ``set_gradient(lut, ticks, low_name, high_name)``: ``lut`` (n, 3) uint8 colours
    from the low end to the high end, ``ticks`` [(position 0..1, text)] written under the
    bar, and the names of the two ends (text, (r, g, b)) written beside it in their colour.
    Swatches: ``set_swatches([(text, (r, g, b)), ...])``. Sizes follow the widget's font.
    The key is drawn once into a pixmap, which each paint copies.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._lut: Array | None = None
        self._ticks: list[tuple[float, str]] = []
        self._ends: tuple[tuple[str, tuple], tuple[str, tuple]] | None = None
        self._swatches: list[tuple[str, tuple]] = []
        self._picture: QPixmap | None = None

    def set_gradient(self, lut: Array, ticks: list[tuple[float, str]],
                     low: tuple[str, tuple] | None = None, high: tuple[str, tuple] | None = None) -> None:
        lut = np.asarray(lut, dtype=np.uint8)[:, :3]
        ticks = list(ticks)
        ends = (low or ("", (0, 0, 0)), high or ("", (0, 0, 0)))
        if (self._lut is not None and np.array_equal(lut, self._lut) and ticks == self._ticks
                and ends == self._ends):
            return  # unchanged: no new layout, no new picture (this is called every frame)
        self._lut, self._ticks, self._ends, self._swatches = lut, ticks, ends, []
        self._changed()

    def _changed(self) -> None:
        self._picture = None
        self.updateGeometry()
        self.update()

    def set_swatches(self, swatches: list[tuple[str, tuple]]) -> None:
        swatches = list(swatches)
        if self._lut is None and swatches == self._swatches and self._picture is not None:
            return
        self._lut, self._ticks, self._ends = None, [], None
        self._swatches = swatches
        self._changed()

    def changeEvent(self, event) -> None:  # Qt override: a new font or palette
        super().changeEvent(event)
        self._picture = None

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self._picture = None

    def clear(self) -> None:
        self.set_swatches([])

    @property
    def texts(self) -> list[str]:
        """Every text the key shows (names of the ends, tick values, swatch names)."""
        if self._lut is not None:
            return [self._ends[0][0], *(t for _, t in self._ticks), self._ends[1][0]]
        return [t for t, _ in self._swatches]

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    def sizeHint(self) -> QSize:
        return QSize(max(self.minimumSizeHint().width(), 320), self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        line = self._line()
        bold = QFontMetricsF(self._bold())
        if self._lut is not None:
            ends = sum(bold.horizontalAdvance(t) for t, _ in self._ends)
            return QSize(int(ends + 8 * line), int(np.ceil(2.1 * line + 4)))
        if not self._swatches:
            return QSize(0, 0)
        first = bold.horizontalAdvance(self._swatches[0][0]) + 1.6 * line
        return QSize(int(first), int(np.ceil(1.3 * line + 4)))

    def paintEvent(self, event) -> None:  # Qt override
        if self._lut is None and not self._swatches:
            return
        ratio = self.devicePixelRatioF()
        if self._picture is None or self._picture.devicePixelRatio() != ratio:
            self._picture = QPixmap(self.size() * ratio)
            self._picture.setDevicePixelRatio(ratio)
            self._picture.fill(Qt.GlobalColor.transparent)
            painter = QPainter(self._picture)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            text_colour = self.palette().color(self.foregroundRole())
            if self._lut is not None:
                self._paint_gradient(painter, text_colour)
            else:
                self._paint_swatches(painter, text_colour)
            painter.end()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture)
        painter.end()

    def _paint_gradient(self, painter: QPainter, text_colour: QColor) -> None:
        line = self._line()
        bold = self._bold()
        metrics = QFontMetricsF(bold)
        (low, low_rgb), (high, high_rgb) = self._ends
        pad = 0.4 * line
        left = metrics.horizontalAdvance(low) + (pad if low else 0)
        right = self.width() - metrics.horizontalAdvance(high) - (pad if high else 0)
        bar = QRectF(left + 2, 2, max(right - left - 4, 10), 0.9 * line)
        painter.setFont(bold)
        for text, rgb, x, align in ((low, low_rgb, 0.0, Qt.AlignmentFlag.AlignLeft),
                                    (high, high_rgb, right + pad - 2, Qt.AlignmentFlag.AlignLeft)):
            if text:
                painter.setPen(QColor(*rgb))
                painter.drawText(QRectF(x, bar.top() - 0.2 * line, metrics.horizontalAdvance(text) + 2,
                                        1.3 * line), align | Qt.AlignmentFlag.AlignVCenter, text)
        gradient = QLinearGradient(bar.left(), 0, bar.right(), 0)
        n = len(self._lut)
        for k in np.linspace(0, n - 1, min(n, 17)).astype(int):
            gradient.setColorAt(k / max(n - 1, 1), QColor(*(int(c) for c in self._lut[k])))
        painter.setPen(QPen(text_colour, 0.8))
        painter.setBrush(QBrush(gradient))
        painter.drawRoundedRect(bar, 3, 3)
        painter.setFont(self.font())
        painter.setPen(text_colour)
        plain = QFontMetricsF(self.font())
        for position, text in self._ticks:
            x = bar.left() + position * bar.width()
            painter.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 0.2 * line))
            width = plain.horizontalAdvance(text) + 2
            x0 = min(max(x - width / 2, 0.0), self.width() - width)
            painter.drawText(QRectF(x0, bar.bottom() + 0.15 * line, width, line),
                             Qt.AlignmentFlag.AlignCenter, text)

    def _paint_swatches(self, painter: QPainter, text_colour: QColor) -> None:
        line = self._line()
        metrics = QFontMetricsF(self._bold())
        painter.setFont(self._bold())
        x, y = 0.0, 2.0
        for text, rgb in self._swatches:
            width = 1.3 * line + metrics.horizontalAdvance(text)
            if x > 0 and x + width > self.width():
                break  # the key is one row: what does not fit is left out, never overlapped
            painter.setPen(QPen(text_colour, 0.8))
            painter.setBrush(QColor(*rgb))
            painter.drawEllipse(QRectF(x, y + 0.15 * line, 0.85 * line, 0.85 * line))
            painter.setPen(text_colour)
            painter.drawText(QRectF(x + 1.1 * line, y, metrics.horizontalAdvance(text) + 2, 1.2 * line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x += width + 0.9 * line


class FlowLayout(QLayout):
    """Widgets left to right, wrapped onto further rows when the width runs out.

    Items are vertically centred in their row; widgets whose horizontal size policy expands
    share the row's spare width. Hidden widgets take no space.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6, row_spacing: int = 3):
        super().__init__(parent)
        self._items: list = []
        self._spacing = spacing
        self._row_spacing = row_spacing
        self.setContentsMargins(4, 2, 4, 2)

    # -- QLayout ---------------------------------------------------------------------------
    def addItem(self, item) -> None:  # Qt override
        self._items.append(item)

    def count(self) -> int:  # Qt override
        return len(self._items)

    def itemAt(self, index: int):  # Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # Qt override
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # Qt override
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # Qt override
        visible = [i for i in self._items if not i.isEmpty()]
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in visible) + self._spacing * max(len(visible) - 1, 0)
        height = max((i.sizeHint().height() for i in visible), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # Qt override
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- placing ---------------------------------------------------------------------------
    def _arrange(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows: list[list] = [[]]
        x = 0
        for item in self._items:
            if item.isEmpty():
                continue
            width = min(item.sizeHint().width(), area.width())
            width = max(width, min(item.minimumSize().width(), area.width()))
            if rows[-1] and x + width > area.width():
                rows.append([])
                x = 0
            rows[-1].append((item, width))
            x += width + self._spacing
        y = area.top()
        for row in rows:
            if not row:
                continue
            height = max(item.sizeHint().height() for item, _ in row)
            if apply:
                spare = area.width() - sum(w for _, w in row) - self._spacing * (len(row) - 1)
                growing = [i for i, (item, _) in enumerate(row) if _expands(item)]
                x = area.left()
                for i, (item, width) in enumerate(row):
                    if growing and i in growing:
                        width += spare // len(growing)
                    h = min(item.sizeHint().height(), height)
                    item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(width, h)))
                    x += width + self._spacing
            y += height + self._row_spacing
        return y - self._row_spacing - rect.top() + m.bottom() if any(rows) else m.top() + m.bottom()


def _expands(item) -> bool:
    widget = item.widget()
    return widget is not None and widget.sizePolicy().horizontalPolicy() in (
        QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)


def settle_layout(rounds: int = 6) -> None:
    """Carry out the layout requests Qt has posted, now: a plot's shape settles over a few of
    them (its size, then its padding, then its neighbours). For `nnviz render` and tests,
    which draw without running the event loop."""
    for _ in range(rounds):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def offstage(widget: QWidget) -> bool:
    """True while ``widget`` sits in a shown window but cannot be seen (its dock is a tab
    behind another, or hidden): what it would draw nobody sees, so its work can wait until
    its :class:`StageWatcher` says it is shown."""
    window = widget.window()
    return (window is not widget and window.isVisible()
            and (not widget.isVisible() or widget.visibleRegion().isEmpty()))


class StageWatcher(QObject):
    """Emits ``shown`` when ``view`` comes into sight: it is shown, or the dock that holds it
    becomes visible (its tab is chosen). Emitted from the event loop, once Qt has placed it."""

    shown = Signal()

    def __init__(self, view: QWidget):
        super().__init__(view)
        self._dock: QDockWidget | None = None
        view.installEventFilter(self)
        self._find_dock(view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.ParentChange:
            self._find_dock(watched)
        elif event.type() == QEvent.Type.Show:
            self._soon()
        return False

    def _find_dock(self, view: QWidget) -> None:
        parent = view.parentWidget()
        while parent is not None and not isinstance(parent, QDockWidget):
            parent = parent.parentWidget()
        if parent is self._dock:
            return
        if self._dock is not None:
            self._dock.visibilityChanged.disconnect(self._on_visibility)
        self._dock = parent
        if parent is not None:
            parent.visibilityChanged.connect(self._on_visibility)

    def _on_visibility(self, visible: bool) -> None:
        if visible:
            self._soon()

    def _soon(self) -> None:
        QTimer.singleShot(0, self, self.shown.emit)


class ElidedLabel(QLabel):
    """Plain text in at most ``lines`` lines, cut with … where the label is too small; the
    whole text is in the tooltip (and in ``text()``). The label is as tall as the lines it
    shows at its width."""

    def __init__(self, lines: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        self._lines = lines
        self._cache: tuple[tuple, list[str]] = ((), [])
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:  # Qt override
        super().setText(text)
        self.setToolTip(text)
        self._fit_height()

    def set_colour(self, colour: str) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        self.setPalette(palette)

    def shown_lines(self, width: int | None = None) -> list[str]:
        """The lines drawn at ``width`` (the label's own by default)."""
        m = self.contentsMargins()
        width = (self.width() if width is None else width) - m.left() - m.right()
        key = (self.text(), width, self.font().key())
        if key == self._cache[0]:
            return self._cache[1]
        metrics = QFontMetricsF(self.font())
        words, lines = self.text().split(), []
        while words and len(lines) < self._lines:
            line = words.pop(0)
            while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
                line = f"{line} {words.pop(0)}"
            lines.append(line)
        if words:
            lines[-1] = metrics.elidedText(f"{lines[-1]} {' '.join(words)}", Qt.TextElideMode.ElideRight, width)
        elif lines and metrics.horizontalAdvance(lines[-1]) > width:
            lines[-1] = metrics.elidedText(lines[-1], Qt.TextElideMode.ElideRight, width)
        self._cache = (key, lines)
        return lines

    def _fit_height(self) -> None:
        m = self.contentsMargins()
        n = max(1, len(self.shown_lines()))
        height = int(np.ceil(n * QFontMetricsF(self.font()).lineSpacing())) + m.top() + m.bottom()
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit_height()

    def changeEvent(self, event) -> None:  # Qt override: a new font
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def paintEvent(self, event) -> None:  # Qt override
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        m = self.contentsMargins()
        step = QFontMetricsF(self.font()).lineSpacing()
        for k, line in enumerate(self.shown_lines()):
            painter.drawText(QRectF(m.left(), m.top() + k * step, self.width() - m.left() - m.right(), step),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        painter.end()


class ScreenImageItem(pg.ImageItem):
    """An ImageItem whose picture is kept in the raster engine's own pixel format.

    From a lookup table pyqtgraph builds an indexed (or 24-bit) QImage, which Qt converts
    again on every paint: 0.7 ms for a 600-pixel heatmap. Converted once per new image here
    (10 µs for 100 x 100), each paint is a plain scaled copy (0.15 ms).
    """

    def render(self) -> None:
        super().render()
        image = self.qimage
        if image is not None and image.format() != QImage.Format.Format_ARGB32_Premultiplied:
            self.qimage = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
