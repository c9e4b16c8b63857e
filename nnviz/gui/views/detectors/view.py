"""The first-layer weights view: each hidden neuron's incoming weights w^1_jk as a picture
(package docstring)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QVBoxLayout, QWidget

from nnviz.core import notation
from nnviz.core.data import Dataset
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.snapshot import Snapshot
from nnviz.gui.colors import diverging_map
from nnviz.gui.kit.colour_legend import ColourLegend
from nnviz.gui.kit.digit_image import DigitImage
from nnviz.gui.kit.elided_label import ElidedLabel
from nnviz.gui.kit.message_pages import MessagePages
from nnviz.gui.kit.nice_scale import nice_ceil
from nnviz.gui.kit.stage import StageWatcher, offstage
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.views.base import View
from nnviz.gui.views.detectors.mosaic import Grid, fit_grid, mosaic
from nnviz.gui.views.detectors.numbers import TileNumbers
from nnviz.session.commands import Select
from nnviz.session.state import Selection

NO_IMAGES = QT_TRANSLATE_NOOP("DetectorsView", "the first-layer view shows image data sets (mnist, digits, an IDX "
                              "file)")
W1 = notation.UNICODE.var("w", 1, "j", "k")  # w¹ⱼₖ
LEGEND_WIDEST = (W1, "−0.008")
SHORT_PX = 220  # a dock under this height (× the scale) shows no heading


class FirstLayerView(View):
    """Row j of W^1 reshaped to the image shape, one tile per hidden neuron j, in the
    diverging weight colours over ±s, s = nice_ceil(max |w^1_jk|); a click selects neuron
    (1, j), whose tile is outlined."""

    key = "detectors"
    title = QT_TRANSLATE_NOOP("Views", "First-layer weights")
    builds_when_shown = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = current_theme()
        self._dataset: Dataset | None = None
        self._snapshot: Snapshot | None = None
        self._selected: int | None = None  # j of the selected neuron (1, j), 0-based
        self._grid: Grid | None = None
        self._scale = 0.0
        self._message = ""
        self._waiting = False
        self._stage = StageWatcher(self)
        self._stage.shown.connect(self._on_shown)
        self._build()
        self.apply_theme(self._theme)
        self._refresh()

    def _build(self) -> None:
        self.heading = ElidedLabel(lines=2)
        self.heading.setContentsMargins(6, 2, 6, 0)
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.box = self.canvas.addViewBox(row=0, col=0, enableMenu=False)
        self.box.setMouseEnabled(x=False, y=False)
        self.box.setAspectLocked(True)
        self.box.sigResized.connect(self._refit)
        self.legend = ColourLegend(diverging_map(), W1, ("", "0", ""), widest=LEGEND_WIDEST)
        self.legend.setToolTip(translate("DetectorsView", "Tile j: hidden neuron j's weights w¹ⱼₖ from the pixels "
                                         "k. Colours: orange negative, blue positive; the ends are ±max "
                                         "|w¹ⱼₖ| of the layer, rounded up."))
        self.canvas.addItem(self.legend, row=1, col=0)
        self.image = DigitImage(diverging_map(), (-1.0, 1.0))
        self.numbers = TileNumbers()
        self.outline = pg.PlotCurveItem()
        for z, item in enumerate((self.image, self.numbers, self.outline)):
            item.setZValue(z)
            self.box.addItem(item)
        self.canvas.scene().sigMouseClicked.connect(self._on_clicked)
        self.canvas.setToolTip(translate("DetectorsView", "Each tile: one hidden neuron's weights from every "
                                         "pixel. Click a tile to select that neuron."))

        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.heading)
        box.addWidget(self.canvas, 1)
        self.pages = MessagePages(content)
        self.message_label = self.pages.message_label
        self.pages.fill(self)

    # -- the view contract ----------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        """Palette and presentation scale: texts, the legend, the numbers, the outline."""
        self._theme = theme
        self._apply_fonts()
        font = QFont()
        font.setPointSizeF(theme.point_size)
        self.canvas.setBackground(theme.plot_background)
        self.legend.set_style(font, QColor(theme.plot_foreground), QColor(theme.plot_background))
        self.numbers.set_style(theme.tick_font(), QColor(theme.plot_foreground))
        self.outline.setPen(pg.mkPen(theme.highlight, width=theme.width(3.0)))
        self._fit_heading(self.height())
        self._grid = None
        self._refit()

    def _apply_fonts(self) -> None:
        """The message 1.3 × the text size."""
        message = QFont()
        message.setPointSizeF(self._theme.point_size * 1.3)
        self.message_label.setFont(message)

    def event(self, event) -> bool:  # Qt override
        """Docked (a new parent) the message's font is set again: Qt's style sheet restores a
        polished label's earlier font when it moves."""
        if event.type() == QEvent.Type.ParentChange:
            self._apply_fonts()
        return super().event(event)

    def resizeEvent(self, event) -> None:  # Qt override
        """In a short dock the tiles get the heading's line (the legend's tooltip says it)."""
        super().resizeEvent(event)
        self._fit_heading(event.size().height())

    def _fit_heading(self, height: int) -> None:
        self.heading.setVisible(height >= SHORT_PX * self._theme.scale)

    def set_dataset(self, dataset: Dataset | None) -> None:
        self._dataset = dataset
        self._grid = None
        self._refresh()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """W^1 of the latest snapshot: one new mosaic (off screen: when shown again)."""
        if self._snapshot is None or snapshot.architecture != self._snapshot.architecture:
            self._grid = None
        self._snapshot = snapshot
        self._refresh()

    def follow_selection(self, selection: Selection) -> None:
        neuron = selection.neuron
        self._selected = neuron[1] if neuron is not None and neuron[0] == 1 else None
        self._draw_outline()

    @property
    def message(self) -> str:
        return self._message

    # -- what it shows --------------------------------------------------------------------------
    @property
    def grid(self) -> Grid | None:
        return self._grid

    @property
    def scale(self) -> float:
        """s: the colours run from −s (orange) to +s (blue)."""
        return self._scale

    def tile(self, j: int) -> np.ndarray:
        """The values drawn in tile j (neuron j + 1), as the mosaic holds them."""
        grid = self._grid
        row, column = grid.tile_origin(j)
        return self.image.values[row:row + grid.tile[0], column:column + grid.tile[1]]

    def select_neuron(self, j: int) -> None:
        """Outline tile j and ask the session to select neuron (1, j)."""
        self._selected = j
        self._draw_outline()
        self.issue(Select(neuron=(1, j)))

    # -- drawing ----------------------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self._message = text
        self.pages.show_message(text)

    def _cannot_show(self) -> str:
        dataset, snapshot = self._dataset, self._snapshot
        if dataset is None:
            return translate("DetectorsView", "no data set yet")
        if dataset.image_shape is None:
            return translate("DetectorsView", NO_IMAGES)
        if snapshot is None:
            return translate("DetectorsView", "start training: the first layer's weights show here")
        if snapshot.architecture.n_inputs != dataset.n_features:
            return translate("DetectorsView", "the network has {inputs} inputs, not {pixels} pixels").format(
                inputs=snapshot.architecture.n_inputs, pixels=dataset.n_features)
        return ""

    def _on_shown(self) -> None:
        if self._waiting and not offstage(self):
            self._waiting = False
            self._refresh()

    def _refresh(self) -> None:
        text = self._cannot_show()
        if text:
            self._show_message(text)
            return
        self._message = ""
        self.pages.show_message("")
        self._waiting = offstage(self)
        if not self._waiting:
            self._draw()

    def _refit(self) -> None:
        """The grid for the view box's size (a new one: numbers, outline and range too)."""
        if self._cannot_show():
            return
        arch, shape = self._snapshot.architecture, self._dataset.image_shape
        label_px = QFontMetricsF(self._theme.tick_font()).height()
        grid = fit_grid(arch.sizes[1], shape, max(self.box.width(), 1.0), max(self.box.height(), 1.0),
                        label_px)
        old = self._grid
        if old is not None and (grid.columns, grid.rows, grid.label_rows) == \
                (old.columns, old.rows, old.label_rows) and grid.tile == old.tile:
            return
        self._grid = grid
        rows, columns = grid.shape
        self.box.setRange(xRange=(-grid.gap / 2, columns - grid.gap / 2), yRange=(0, rows), padding=0)
        # Layer 1 is the output layer of a network without hidden layers (a linear model):
        # its neurons are the classes, and each tile the template of one class.
        outputs = len(arch.sizes) == 2
        names = self._dataset.target_names if outputs and \
            len(self._dataset.target_names) == grid.n else [str(j + 1) for j in range(grid.n)]
        points, texts = [], []
        if grid.label_rows:
            for j in range(grid.n):
                row, column = grid.tile_origin(j)
                points.append(QPointF(column + grid.tile[1] / 2, rows - row + grid.label_rows / 2))
                texts.append(names[j])
        self.numbers.set_texts(points, texts, QRectF(0, 0, columns, rows))
        heading = (translate("DetectorsView", "Output neuron j's weights {w} from pixel k, as {rows}×{columns} tiles")
                   if outputs else
                   translate("DetectorsView", "Hidden neuron j's weights {w} from pixel k, as {rows}×{columns} tiles"))
        self.heading.setText(heading.format(w=W1, rows=grid.tile[0], columns=grid.tile[1]))
        self._draw()
        self._draw_outline()

    def _draw(self) -> None:
        if self._cannot_show() or self._waiting:
            return
        if self._grid is None:
            self._refit()
            return
        weights = self._snapshot.weights[0]
        magnitude = np.abs(weights)
        scale = nice_ceil(float(np.max(magnitude, initial=0.0, where=np.isfinite(magnitude)))) or 1.0
        if scale != self._scale:
            self._scale = scale
            self.image.set_levels((-scale, scale))
            s = notation.number(scale)
            self.legend.set_labels((f"−{s}", "0", f"+{s}"), W1)
        self.image.show_values(mosaic(weights, self._grid))

    def _draw_outline(self) -> None:
        grid, j = self._grid, self._selected
        if grid is None or j is None or not 0 <= j < grid.n:
            self.outline.setData([], [])
            return
        row, column = grid.tile_origin(j)
        top, bottom = grid.shape[0] - row + 0.5, grid.shape[0] - row - grid.tile[0] - 0.5
        left, right = column - 0.5, column + grid.tile[1] + 0.5
        self.outline.setData([left, right, right, left, left], [bottom, bottom, top, top, bottom])

    def _on_clicked(self, event) -> None:
        grid = self._grid
        if grid is None or event.button() != Qt.MouseButton.LeftButton or event.double() \
                or not self.box.sceneBoundingRect().contains(event.scenePos()):
            return
        point = self.box.mapSceneToView(event.scenePos())
        j = grid.tile_at(grid.shape[0] - point.y(), point.x() + grid.gap / 2)
        if j is not None:
            event.accept()
            self.select_neuron(j)
