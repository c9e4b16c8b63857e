"""Save the window or one panel as PNG or SVG.

A PNG of a panel that is a single pyqtgraph plot comes from pyqtgraph's ImageExporter, at
twice the screen resolution for slides; anything else (the whole window, composite panels)
is grabbed. SVGs are painted with Qt's QSvgGenerator (vector output): pyqtgraph 0.14's
SVGExporter fails on the path syntax of current Qt (pyqtgraph issue #3485).
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QRect, QSize
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from nnviz.core.errors import InputError

FORMATS = (".png", ".svg")
PNG_SCALE = 2  # plot PNGs at twice the on-screen size: sharp on a projector


def export_widget(widget: QWidget, path: str | Path) -> None:
    """Write ``widget`` to ``path`` (.png or .svg); an InputError names a bad path or format."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(f"{path}: choose a .png or .svg file name")
    if not path.parent.is_dir():
        raise InputError(f"{path}: the folder {path.parent} does not exist")
    plot = _single_plot(widget)
    try:
        if suffix == ".svg":
            _paint_svg(widget, path)
        elif plot is not None:
            _export_plot_png(plot, path)
        elif not widget.grab().save(str(path), "PNG"):
            raise InputError(f"{path}: cannot write the image")
    except OSError as e:
        raise InputError(f"{path}: cannot write ({e.strerror or e})") from None


def _single_plot(widget: QWidget) -> pg.GraphicsView | None:
    """The one pyqtgraph view inside ``widget`` that fills most of it, if there is exactly one."""
    views = [widget] if isinstance(widget, pg.GraphicsView) else widget.findChildren(pg.GraphicsView)
    views = [v for v in views if v.isVisible() or not widget.isVisible()]
    if len(views) != 1:
        return None
    view = views[0]
    area = max(1, widget.width() * widget.height())
    return view if view.width() * view.height() >= 0.6 * area else None


def _export_plot_png(view: pg.GraphicsView, path: Path) -> None:
    item = view.getPlotItem() if isinstance(view, pg.PlotWidget) else view.scene()
    exporter = ImageExporter(item)
    exporter.parameters()["width"] = int(max(1, view.width()) * PNG_SCALE)
    exporter.export(str(path))
    if not path.exists():
        raise InputError(f"{path}: cannot write the image")


def _paint_svg(widget: QWidget, path: Path) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(widget.width(), widget.height()))
    generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
    generator.setTitle(widget.windowTitle() or "nnviz")
    widget.render(generator)
    if not path.exists():
        raise InputError(f"{path}: cannot write the SVG")
