"""The strip under the digit: the neighbouring samples of the same set as thumbnails, one
picture (a mosaic with transparent gaps), the sample shown outlined in the highlight colour,
the ones the network gets wrong outlined in vermillion; a click picks one."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from nnviz.core.data import Dataset
from nnviz.core.i18n import translate
from nnviz.gui import colors
from nnviz.gui.kit.axes import quiet_plot_widget
from nnviz.gui.kit.digit_image import DigitImage, ink_map
from nnviz.gui.kit.map_click import clicked_point
from nnviz.gui.theme import Theme, current_theme
from nnviz.gui.views.digit import outputs

THUMB_PX = 46      # a thumbnail's height at presentation scale 1
MAX_COUNT = 15
WRONG = colors.QUALITATIVE[6]  # Okabe-Ito vermillion


def _rectangles(lefts: np.ndarray, width: float, bottom: float, height: float) -> tuple[np.ndarray, np.ndarray]:
    """Outlines of rectangles (left, bottom, width, height) as one NaN-separated polyline."""
    xs = np.stack([lefts, lefts + width, lefts + width, lefts, lefts, np.full(lefts.size, np.nan)], 1)
    ys = np.tile([bottom, bottom, bottom + height, bottom + height, bottom, np.nan], (lefts.size, 1))
    return xs.ravel(), ys.ravel()


class Strip(QWidget):
    """Thumbnails of the samples [start, stop) of one set around the sample shown."""

    picked = Signal(int)  # a sample number, clicked
    span_changed = Signal()  # resized: other samples around the one shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = current_theme()
        self._dataset: Dataset | None = None
        self._centre = 0
        self.span = (0, 0)
        self._shown: tuple | None = None
        self._wrong: np.ndarray | None = None
        self.widget_plot, self.plot = quiet_plot_widget()
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.setAspectLocked(True)
        self.image = DigitImage()
        self.frames = pg.PlotCurveItem(connect="finite")     # every thumbnail's edge
        self.wrong_frames = pg.PlotCurveItem(connect="finite")
        self.current = pg.PlotCurveItem()
        for z, item in enumerate((self.image, self.frames, self.wrong_frames, self.current)):
            item.setZValue(z)
            self.plot.addItem(item)
        self.widget_plot.scene().sigMouseClicked.connect(self._on_clicked)
        self.setToolTip(translate("DigitView", "Click a sample to show it. Outlined in vermillion: the "
                                  "network gets it wrong."))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.widget_plot)
        self.apply_theme(self._theme)

    # -- what it shows --------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.widget_plot.setBackground(theme.plot_background)
        self.image.set_colours(ink_map(theme))
        self.frames.setPen(pg.mkPen(theme.muted, width=1))
        self.wrong_frames.setPen(pg.mkPen(WRONG, width=theme.width(2.5)))
        self.current.setPen(pg.mkPen(theme.highlight, width=theme.width(3.0)))
        self.setFixedHeight(round(THUMB_PX * theme.scale) + 8)
        self._shown = None
        self.show_around(self._centre)

    def set_dataset(self, dataset: Dataset | None) -> None:
        self._dataset = dataset
        self._shown = None
        self._centre = 0

    @property
    def count(self) -> int:
        """How many thumbnails fit the width (odd, 3 to MAX_COUNT)."""
        dataset = self._dataset
        if dataset is None or dataset.image_shape is None:
            return 0
        rows, columns = dataset.image_shape
        height = round(THUMB_PX * self._theme.scale)
        each = height * (columns + self._gap()) / rows
        count = int(min(max(self.width() // max(each, 1.0), 3), MAX_COUNT))
        return count - 1 + count % 2

    def _gap(self) -> int:
        return max(2, self._dataset.image_shape[1] // 7)

    def show_around(self, i: int) -> None:
        """Thumbnails of the samples around ``i`` in its set; ``i`` outlined."""
        self._centre = i
        dataset = self._dataset
        if dataset is None or dataset.image_shape is None or not 0 <= i < dataset.n_samples:
            return
        self.span = outputs.window(dataset, i, self.count)
        key = (dataset, self.span, self._theme)
        if key != self._shown:
            self._shown = key
            self._wrong = None
            self.wrong_frames.setData([], [])
            self._draw_mosaic(dataset)
        rows, columns = dataset.image_shape
        left = (i - self.span[0]) * (columns + self._gap())
        self.current.setData(*_rectangles(np.array([left - 0.5]), columns + 1.0, -0.5, rows + 1.0))

    def _draw_mosaic(self, dataset: Dataset) -> None:
        start, stop = self.span
        rows, columns = dataset.image_shape
        gap, count = self._gap(), stop - start
        pitch = columns + gap
        mosaic = np.full((rows, count * pitch - gap), np.nan)
        images = outputs.rows_of(dataset, start, stop).reshape(count, rows, columns)
        for k in range(count):
            mosaic[:, k * pitch:k * pitch + columns] = images[k]
        self.image.show_values(mosaic)
        self.image.place(pg.QtCore.QRectF(0.0, 0.0, mosaic.shape[1], rows))
        self.frames.setData(*_rectangles(np.arange(count) * float(pitch), columns, 0.0, rows))
        self.plot.setRange(xRange=(-gap / 2, mosaic.shape[1] + gap / 2), yRange=(-1, rows + 1), padding=0)

    def show_wrong(self, wrong: np.ndarray | None) -> None:
        """Outline the thumbnails the network gets wrong (``wrong[k]`` for sample start + k)."""
        if wrong is not None and self._wrong is not None and np.array_equal(wrong, self._wrong):
            return
        self._wrong = None if wrong is None else np.array(wrong, dtype=bool)
        if wrong is None or not wrong.any() or self._dataset is None:
            self.wrong_frames.setData([], [])
            return
        rows, columns = self._dataset.image_shape
        lefts = np.flatnonzero(wrong) * float(columns + self._gap())
        self.wrong_frames.setData(*_rectangles(lefts - 1.0, columns + 2.0, -1.0, rows + 2.0))

    # -- picking --------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        span = self.span
        self.show_around(self._centre)
        if self.span != span:
            self.span_changed.emit()

    def _on_clicked(self, event) -> None:
        point = clicked_point(self.plot, event)
        dataset = self._dataset
        if point is None or dataset is None or dataset.image_shape is None:
            return
        columns = dataset.image_shape[1]
        pitch = columns + self._gap()
        k = int(np.floor(point[0] / pitch))
        if 0 <= k < self.span[1] - self.span[0] and point[0] - k * pitch <= columns:
            self.picked.emit(self.span[0] + k)
