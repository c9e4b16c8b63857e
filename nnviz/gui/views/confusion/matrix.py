"""MatrixPlot: the K×K confusion matrix M with its counts, and the accuracy of each class beside it.

Cell (t, c) (row t: the true class, from the top; column c: the class the network said)
spans [c, c+1] × [t, t+1] in plot units and is coloured by log(1 + M_tc) / log(1 + max M)
in the sequential map: the few mistakes of a class still stand out from the empty cells
next to a diagonal of hundreds. Every cell writes its count, in black or white, whichever
reads on its colour, at a size that fits the cell. The column to the right writes
M_tt / Σ_c M_tc in % over a bar as long as it. A click on a cell emits ``cell_clicked``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsRectItem, QVBoxLayout, QWidget

from nnviz.core.i18n import translate
from nnviz.gui import colors
from nnviz.gui.kit.aspect_fit import AspectFit
from nnviz.gui.kit.axes import QWIDGETSIZE_MAX, quiet_plot_widget, set_axis_label, style_plot
from nnviz.gui.kit.map_click import clicked_point
from nnviz.gui.kit.plain_text import html_escaped
from nnviz.gui.kit.screen_image import ScreenImageItem
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.views.confusion.texts import TextBatch

Array = np.ndarray

# In shares of the matrix's side K (the column as wide for 2 classes as for 10):
GAP = 0.03        # between the matrix and the accuracy column
COLUMN = 0.22     # the accuracy column's width
HEAD = 0.09       # room above row 0 for the column's name
BAR_HEIGHT = 0.7  # an accuracy bar's height, in cells
BAR_STRENGTH = 0.35  # the bars' colour: this much of the highlight over the background
BLACK, WHITE = QColor("#000000"), QColor("#ffffff")


def cell_colour_units(matrix: Array) -> Array:
    """log(1 + M_tc) / log(1 + max M): the colour position 0..1 of every cell."""
    top = float(matrix.max()) if matrix.size else 0.0
    if top <= 0:
        return np.zeros(matrix.shape)
    return np.log1p(matrix) / np.log1p(top)


def percent(fraction: float) -> str:
    """"97 %" ("–" for NaN: a class without samples)."""
    return "–" if not np.isfinite(fraction) else f"{100 * fraction:.0f} %"


class MatrixPlot(QWidget):
    """The confusion matrix as a coloured, counted grid with a column of per-class accuracy."""

    cell_clicked = Signal(object)  # (true class, predicted class)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = current_theme()
        self.plot_widget, self.plot = quiet_plot_widget()
        # Cells, bars and the filter's outline are axis-aligned rectangles: antialiasing
        # them only blurs their edges, and painted a new matrix three times as slowly.
        self.plot_widget.setAntialiasing(False)
        self.plot.invertY(True)  # row 0 at the top, as a matrix is written
        self.aspect = AspectFit(self.plot)  # square cells, the axes next to them
        self.aspect.height_wanted.connect(self._cap_height)
        self._lut = colors.sequential_map().getLookupTable(0.0, 1.0, 256, alpha=False)
        self.image = ScreenImageItem(axisOrder="row-major")
        self.image.setLookupTable(self._lut)
        self.plot.addItem(self.image)
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR_HEIGHT)
        self.plot.addItem(self.bars)
        self.filter_box = QGraphicsRectItem()
        self.filter_box.setZValue(5)
        self.filter_box.hide()
        self.plot.addItem(self.filter_box)
        self.column_title = pg.TextItem(translate("ConfusionView", "right"), anchor=(0.5, 1.0))
        self.plot.addItem(self.column_title)
        self.counts = TextBatch()  # M_tc in every cell
        self.percents = TextBatch()  # the accuracy of every class, over its bar
        self.percents.setZValue(2)
        self.plot.addItem(self.counts)
        self.plot.addItem(self.percents)
        self.k = 0
        self.column_left = self.column = 0.0  # the accuracy column's left edge and width
        self.matrix: Array = np.zeros((0, 0), dtype=int)
        self.per_class: Array = np.zeros(0)
        self._true_name = translate("ConfusionView", "true class")
        self._digits = 3  # the counts' font fits this many digits in a cell
        self.plot.getViewBox().sigResized.connect(self._fit_fonts)
        self.plot.scene().sigMouseClicked.connect(self._on_click)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget)
        self.apply_theme(self._theme)

    # -- the classes ------------------------------------------------------------------------
    def set_classes(self, names: tuple[str, ...], true_name: str) -> None:
        """K classes named ``names`` (the axes' ticks); ``true_name`` names the rows' axis."""
        self.k = k = len(names)
        self.column_left, self.column = k * (1 + GAP), k * COLUMN
        self.column_title.setPos(self.column_left + self.column / 2, -0.05)
        ticks = [[(i + 0.5, html_escaped(name)) for i, name in enumerate(names)]]
        self.plot.getAxis("bottom").setTicks(ticks)
        self.plot.getAxis("left").setTicks(ticks)
        self._true_name = true_name
        self.clear()
        right, head = self.column_left + self.column, HEAD * k
        self.aspect.set_ratio(right / (k + head))
        self.plot.setRange(xRange=(0, right), yRange=(-head, k), padding=0)
        self._name_axes()

    def clear(self) -> None:
        """No counts (no network yet): empty cells, no bars."""
        k = self.k
        self.matrix, self.per_class = np.zeros((k, k), dtype=int), np.full(k, np.nan)
        self.image.clear()
        self.counts.set_texts([], [], [], QRectF())
        self.percents.set_texts([], [], [], QRectF())
        self.bars.setOpts(x0=np.zeros(0), y=np.zeros(0), width=np.zeros(0), height=BAR_HEIGHT)

    # -- the counts -------------------------------------------------------------------------
    def set_confusion(self, matrix: Array, per_class: Array) -> None:
        """Colour and count every cell of M; write and draw the accuracy per class."""
        k = self.k
        self.matrix, self.per_class = np.asarray(matrix), np.asarray(per_class, dtype=float)
        units = cell_colour_units(self.matrix)
        self.image.setImage(units, levels=(0.0, 1.0), autoLevels=False)
        self.image.setRect(QRectF(0, 0, k, k))
        shades = self._lut[np.rint(units.ravel() * 255).astype(int)]
        light = shades @ (0.299, 0.587, 0.114) > 140  # luminance (ITU-R BT.601): black or white
        cells = [(c + 0.5, t + 0.5) for t in range(k) for c in range(k)]
        self.counts.set_texts(cells, [str(int(n)) for n in self.matrix.ravel()],
                              [BLACK if on_light else WHITE for on_light in light],
                              QRectF(0, 0, k, k))
        middle = self.column_left + self.column / 2
        self.percents.set_texts([(middle, t + 0.5) for t in range(k)],
                                [percent(p) for p in self.per_class],
                                [QColor(self._theme.plot_foreground)] * k,
                                QRectF(self.column_left, 0, self.column, k))
        if len(str(int(self.matrix.max(initial=0)))) > self._digits:
            self._fit_fonts()  # wider counts: a smaller font if they no longer fit
        widths = np.nan_to_num(self.per_class, nan=0.0) * self.column
        self.bars.setOpts(x0=np.full(k, self.column_left), y=np.arange(k) + 0.5, width=widths,
                          height=BAR_HEIGHT)

    def set_filter(self, cell: tuple[int, int] | None) -> None:
        """Outline the cell (t, c) the gallery is filtered to (None: none)."""
        if cell is None:
            self.filter_box.hide()
            return
        t, c = cell
        self.filter_box.setRect(QRectF(c, t, 1, 1))
        self.filter_box.show()

    def cell_texts(self) -> Array:
        """The counts as written, (K, K) strings (tests, screenshots)."""
        return np.array(self.counts.texts, dtype=str).reshape(self.k, self.k)

    # -- the look ---------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.plot_widget.setBackground(theme.plot_background)
        style_plot(self.plot, theme, "00")
        self._name_axes()
        background, highlight = QColor(theme.plot_background), QColor(theme.highlight)
        bar = colors.blend(highlight, background, BAR_STRENGTH)
        self.bars.setOpts(brush=pg.mkBrush(bar), pen=pg.mkPen(None))
        self.filter_box.setPen(pg.mkPen(theme.highlight, width=theme.width(3.0)))
        self.column_title.setColor(theme.plot_foreground)
        self.percents.set_texts(self.percents.points, self.percents.texts,
                                [QColor(theme.plot_foreground)] * len(self.percents.texts),
                                self.percents.boundingRect())
        self._fit_fonts()

    def _name_axes(self) -> None:
        set_axis_label(self.plot, "bottom", html_escaped(translate("ConfusionView", "predicted")), self._theme, "00")
        set_axis_label(self.plot, "left", html_escaped(self._true_name), self._theme, "00")

    def _fit_fonts(self, *args) -> None:
        """The counts as large as the text, but no wider than 85 % of a cell (a 1366x768
        projector at 200 %: a smaller count font rather than counts over their borders)."""
        font = QFont()
        font.setPointSizeF(self._theme.point_size)
        cell = 1.0 / max(self.plot.getViewBox().viewPixelSize()[0], 1e-9)
        self._digits = max(3, len(str(int(self.matrix.max(initial=0)))))
        metrics = QFontMetricsF(font)
        room = 0.85 * cell
        needed = max(metrics.horizontalAdvance("0" * self._digits), metrics.height())
        if needed > room > 0:
            font.setPointSizeF(max(5.0, font.pointSizeF() * room / needed))
        self.counts.set_font(font)
        column = QFont()
        column.setPointSizeF(min(self._theme.point_size, font.pointSizeF() * 1.2))
        self.percents.set_font(column)
        self.column_title.setFont(column)

    def _cap_height(self, height: int | None) -> None:
        """No taller than the square cells need at this width: spare height goes to the
        gallery below."""
        self.setMaximumHeight(QWIDGETSIZE_MAX if height is None else max(height, 1))

    def _on_click(self, event) -> None:
        point = clicked_point(self.plot, event)
        if point is None or self.k == 0:
            return
        x, y = point
        if 0 <= x < self.k and 0 <= y < self.k:
            self.cell_clicked.emit((int(y), int(x)))
