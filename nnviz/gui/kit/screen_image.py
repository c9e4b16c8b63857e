"""ScreenImageItem: an ImageItem kept in the raster engine's own pixel format."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import (
    QImage,
)


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
