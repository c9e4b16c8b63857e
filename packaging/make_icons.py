"""Render resources/icons/nnviz.svg to the PNGs of the standard hicolor sizes (run by hand
after editing the SVG; the PNGs are committed).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

writes resources/icons/nnviz-16.png ... nnviz-256.png (16, 24, 32, 48, 64, 128, 256 pixels
square, transparent corners), drawn by Qt's own SVG renderer, the one the app uses.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn into a size x size ARGB image, antialiased, on transparency."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts, screens)
    svg = ICONS / "nnviz.svg"
    for size in SIZES:
        out = ICONS / f"nnviz-{size}.png"
        if not render(svg, size).save(str(out), "PNG"):
            raise SystemExit(f"{out}: could not be written")
        print(f"{out.relative_to(ICONS.parents[1])}: {size}x{size}, {out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
