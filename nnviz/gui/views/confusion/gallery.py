"""MistakeGallery: a page of misclassified images, each captioned "said 3 (label 5)", with ◀ ▶.

The page holds as many thumbnails as fit the widget; ◀ ▶ turn the pages. Grey levels from
``levels`` (the data set's lowest and highest) are drawn in kit.digit_image's ink map, from
paper (the plot's background) to ink (its foreground), so the digits follow the theme. A
painted widget, not an image item per thumbnail: a page is one paint. A click on a
thumbnail emits ``picked(sample)`` (its sample number); the thumbnail of the selected sample
is outlined in the highlight colour.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from nnviz.core.i18n import translate
from nnviz.gui.kit.digit_image import ink_map
from nnviz.gui.kit.thumbnail_batch import colour_indices, packed_lut
from nnviz.gui.theme import Theme, current_theme

Array = np.ndarray

THUMB_LINES = 3.2  # a thumbnail's side, in text lines (about 54 pixels at scale 1)
PAD_LINES = 0.35   # space around a thumbnail and its caption, in text lines


@dataclass(frozen=True)
class Entry:
    """One thumbnail: its image (rows, columns of grey levels), caption and sample."""

    image: Array
    caption: str
    sample: int


def caption_lines(caption: str) -> list[str]:
    """"said 3 (label 5)" on two lines, "said 3" over "(label 5)": a narrow thumbnail's width."""
    said, _, label = caption.partition(" (")
    return [said, f"({label}"] if label else [said]


class _Page(QWidget):
    """The painted grid of one page of thumbnails."""

    picked = Signal(int)  # the index of the entry clicked, in the gallery's list

    def __init__(self, gallery: "MistakeGallery") -> None:
        super().__init__(gallery)
        self._gallery = gallery
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def minimumSizeHint(self) -> QSize:
        w, h = self._gallery.cell_size()
        return QSize(int(w), int(h))

    def resizeEvent(self, event) -> None:  # Qt override: another number fits
        super().resizeEvent(event)
        self._gallery.refresh()

    def paintEvent(self, event) -> None:  # Qt override
        self._gallery.paint_page(self)

    def mousePressEvent(self, event) -> None:  # Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            index = self._gallery.entry_at(event.position().x(), event.position().y())
            if index is not None:
                self.picked.emit(index)
                return
        super().mousePressEvent(event)


class MistakeGallery(QWidget):
    """A paged grid of captioned thumbnails (the misclassified samples)."""

    picked = Signal(int)  # the sample number of the thumbnail clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = current_theme()
        self.entries: list[Entry] = []
        self.first = 0  # the first entry on the page
        self.selected_sample: int | None = None
        self.levels = (0.0, 1.0)  # the grey levels drawn as background and as ink
        self._images: dict[int, tuple[Array, QImage]] = {}  # sample -> pixels, image (the page's)
        self._cell: tuple[float, float] | None = None  # cell_size(), measured once per theme
        self._lut: Array | None = None  # paper to ink as 0xffRRGGBB pixels
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title_label.setWordWrap(True)
        self.range_label = QLabel()
        self.range_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.range_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.range_label.setWordWrap(True)  # "1–2" over "of 173" in a narrow gallery
        self.back, self.forward = QToolButton(), QToolButton()
        self.back.setText("◀")
        self.forward.setText("▶")
        self.back.setToolTip(translate("ConfusionView", "The previous page of mistakes"))
        self.forward.setToolTip(translate("ConfusionView", "The next page of mistakes"))
        self.back.clicked.connect(lambda: self.turn(-1))
        self.forward.clicked.connect(lambda: self.turn(+1))
        self.page = _Page(self)
        self.page.picked.connect(lambda i: self.picked.emit(self.entries[i].sample))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.back)
        bar.addWidget(self.range_label, 1)
        bar.addWidget(self.forward)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addLayout(bar)
        layout.addWidget(self.page, 1)
        self._title = ""
        self.apply_theme(self._theme)

    # -- what it shows ----------------------------------------------------------------------
    def set_entries(self, entries: list[Entry], title: str, from_start: bool = False) -> None:
        """Show ``entries`` under ``title``; the page stays where it was (clamped) unless
        ``from_start``."""
        self.entries, self._title = list(entries), title
        if from_start:
            self.first = 0
        self.refresh()

    def set_selected(self, sample: int | None) -> None:
        if sample != self.selected_sample:
            self.selected_sample = sample
            self.page.update()

    def per_page(self) -> int:
        columns, rows = self._grid()
        return columns * rows

    def shown(self) -> list[Entry]:
        """The entries on the page now."""
        return self.entries[self.first:self.first + self.per_page()]

    def turn(self, pages: int) -> None:
        n = self.per_page()
        last = max(0, (len(self.entries) - 1) // n * n)
        self.first = min(max(0, self.first + pages * n), last)
        self.refresh()

    def refresh(self) -> None:
        """Align the page to the grid, write the title and the range, enable the arrows,
        repaint."""
        n = self.per_page()
        self.first = min(self.first // n * n, max(0, (len(self.entries) - 1) // n * n))
        count = len(self.entries)
        self.title_label.setText(self._title)
        self.range_label.setText(translate("ConfusionView", "{first}–{last} of {count:,}").format(
            first=self.first + 1, last=min(self.first + n, count), count=count)
                                 if count else translate("ConfusionView", "none"))
        self.back.setEnabled(self.first > 0)
        self.forward.setEnabled(self.first + n < count)
        self.page.update()

    # -- the look ---------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._images.clear()
        self._lut = None
        self._cell = None
        self.page.updateGeometry()
        self.refresh()

    def minimum_width(self) -> int:
        """Room for a column of thumbnails, and for ◀ "1,000–1,024" ▶ (the rest of the range
        wraps below)."""
        font = QFont()
        font.setPointSizeF(self._theme.point_size)  # the theme's, even before it is applied
        metrics = QFontMetricsF(font)
        bar = metrics.horizontalAdvance("◀ 8,888–8,888 ▶") + 3 * metrics.height()  # and padding
        return int(max(self.cell_size()[0], bar))

    def _caption_font(self) -> QFont:
        font = QFont()
        font.setPointSizeF(self._theme.point_size * 0.9)
        return font

    def cell_size(self) -> tuple[float, float]:
        """(width, height) of one thumbnail with its caption and padding, in pixels."""
        if self._cell is None:
            metrics = QFontMetricsF(self._caption_font())
            line = metrics.height()
            pad = PAD_LINES * line
            thumb = THUMB_LINES * line
            widest = translate("ConfusionView", "said {said} (label {label})").format(said=88, label=88)
            caption = max(metrics.horizontalAdvance(t) for t in caption_lines(widest))
            self._cell = max(thumb, caption) + 2 * pad, thumb + 2 * line + 2 * pad
        return self._cell

    def _grid(self) -> tuple[int, int]:
        w, h = self.cell_size()
        return max(1, int(self.page.width() // w)), max(1, int(self.page.height() // h))

    def _cell_rect(self, slot: int, columns: int | None = None) -> QRectF:
        columns = self._grid()[0] if columns is None else columns
        w, h = self.cell_size()
        left = (self.page.width() - columns * w) / 2  # the grid centred
        return QRectF(left + (slot % columns) * w, (slot // columns) * h, w, h)

    def entry_at(self, x: float, y: float) -> int | None:
        """The index (in the list) of the entry whose cell holds (x, y), or None."""
        for slot in range(len(self.shown())):
            if self._cell_rect(slot).contains(x, y):
                return self.first + slot
        return None

    def _page_images(self) -> list[QImage]:
        """The shown entries' pictures (kept while they stay on the page: the page is
        painted again at every new result, mostly with the same mistakes)."""
        if self._lut is None:
            self._lut = packed_lut(ink_map(self._theme))
        kept, self._images = self._images, {}
        for entry in self.shown():
            if entry.sample not in kept:
                pixels = np.ascontiguousarray(self._lut[colour_indices(entry.image, self.levels)])
                kept[entry.sample] = (pixels, QImage(pixels.data, pixels.shape[1], pixels.shape[0],
                                                     4 * pixels.shape[1], QImage.Format.Format_RGB32))
            self._images[entry.sample] = kept[entry.sample]
        return [self._images[entry.sample][1] for entry in self.shown()]

    def paint_page(self, page: QWidget) -> None:
        painter = QPainter(page)
        font = self._caption_font()
        painter.setFont(font)
        line = QFontMetricsF(font).height()
        pad = PAD_LINES * line
        thumb = THUMB_LINES * line
        text, muted = QColor(self._theme.text), QColor(self._theme.muted)
        columns, _rows = self._grid()
        for slot, (entry, picture) in enumerate(zip(self.shown(), self._page_images())):
            cell = self._cell_rect(slot, columns)
            image = QRectF(cell.center().x() - thumb / 2, cell.top() + pad, thumb, thumb)
            painter.drawImage(image, picture)
            selected = entry.sample == self.selected_sample
            width = self._theme.width(3.0 if selected else 1.0)
            painter.setPen(QPen(QColor(self._theme.highlight) if selected else muted, width))
            painter.drawRect(image.adjusted(-width / 2, -width / 2, width / 2, width / 2))
            painter.setPen(text)
            for i, words in enumerate(caption_lines(entry.caption)):
                painter.drawText(QRectF(cell.left(), image.bottom() + 1 + i * line, cell.width(), line),
                                 Qt.AlignmentFlag.AlignCenter, words)
        painter.end()
