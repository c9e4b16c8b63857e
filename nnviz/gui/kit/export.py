"""Save the window or one panel as PNG or SVG.

A PNG of a panel that is a single pyqtgraph plot comes from pyqtgraph's ImageExporter, at
twice the screen resolution for slides; anything else (the whole window, composite panels)
is grabbed. SVGs are painted with Qt's QSvgGenerator (vector output): pyqtgraph 0.14's
SVGExporter fails on the path syntax of current Qt (pyqtgraph issue #3485). Every picture is
drawn in memory, then written by core.files.write_atomically: a full disk or a read-only
folder is one message and leaves the old file as it was.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QBuffer, QIODevice, QRect, QSize
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from nnviz.core.errors import InputError
from nnviz.core.files import check_writable, write_atomically
from nnviz.core.i18n import translate

FORMATS = (".png", ".svg")
PNG_SCALE = 2  # plot PNGs at twice the on-screen size: sharp on a projector


def export_widget(widget: QWidget, path: str | Path) -> None:
    """Write ``widget`` to ``path`` (.png or .svg); an InputError names a bad path or format,
    or why the file could not be written (the file that was there is then unchanged)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(translate("Export", "{path}: choose a .png or .svg file name").format(path=path))
    check_writable(path)
    if suffix == ".svg":
        data = _svg_bytes(widget, path)
    else:
        plot = _single_plot(widget)
        image = widget.grab().toImage() if plot is None else _plot_image(plot)
        data = png_bytes(image, path)
    write_atomically(path, data)


def png_bytes(image: QImage, path: Path) -> bytes:
    """``image`` encoded as PNG, in memory; an InputError naming ``path`` if Qt cannot."""
    buffer = QBuffer()
    buffer.open(QIODevice.WriteOnly)
    if image.isNull() or not image.save(buffer, "PNG"):
        raise InputError(translate("Export", "{path}: cannot make a PNG of {width}x{height} pixels")
                         .format(path=path, width=image.width(), height=image.height()))
    return bytes(buffer.data())


def _single_plot(widget: QWidget) -> pg.GraphicsView | None:
    """The one pyqtgraph view inside ``widget`` that fills most of it, if there is exactly one."""
    views = [widget] if isinstance(widget, pg.GraphicsView) else widget.findChildren(pg.GraphicsView)
    views = [v for v in views if v.isVisible() or not widget.isVisible()]
    if len(views) != 1:
        return None
    view = views[0]
    area = max(1, widget.width() * widget.height())
    return view if view.width() * view.height() >= 0.6 * area else None


def _plot_image(view: pg.GraphicsView) -> QImage:
    item = view.getPlotItem() if isinstance(view, pg.PlotWidget) else view.scene()
    exporter = ImageExporter(item)
    exporter.parameters()["width"] = int(max(1, view.width()) * PNG_SCALE)
    return exporter.export(toBytes=True)


def _svg_bytes(widget: QWidget, path: Path) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(widget.width(), widget.height()))
    generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
    generator.setTitle(widget.windowTitle() or "nnviz")
    QWidget.render(widget, generator)  # a plot widget's own render() takes only a painter
    svg = bytes(buffer.data())
    if b"</svg>" not in svg:
        raise InputError(translate("Export", "{path}: cannot draw the SVG").format(path=path))
    return svg
