"""An optional 3-D view of a loss surface (pyqtgraph.opengl), where OpenGL is available.

OpenGL on the offscreen platform crashes the process, so availability is *detected*, never
tried: 3-D is offered only on a real windowing platform (xcb, wayland, windows, cocoa) and
when ``pyqtgraph.opengl`` (which needs PyOpenGL) imports. Elsewhere the view holds a short
note instead, and the landscape view disables its 3-D option with the same note.

The surface is z = the shown loss (C or log₁₀ C) over the grid (u, v), scaled so its height
is half its width, coloured with the sequential map; the path lies on it (bilinear
interpolation of the grid at each θ_t's (u, v)), slightly lifted so it stays visible. The
background follows the palette and the path's width the presentation scale (``apply_theme``).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QVector3D
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nnviz.core.i18n import translate
from nnviz.gui.colors import sequential_map

Array = np.ndarray

WINDOWING_PLATFORMS = ("xcb", "wayland", "wayland-egl", "windows", "cocoa")
HEIGHT_RATIO = 0.5   # surface height / grid width
LIFT = 0.01          # the path floats this fraction of the height above the surface


@lru_cache(maxsize=1)
def _opengl_import() -> str:
    """'' if pyqtgraph.opengl imports, else the error ("ImportError: ..."; the sentence round
    it is translated where it is shown, in :func:`opengl_status`)."""
    try:
        import pyqtgraph.opengl  # noqa: F401
    except Exception as error:  # noqa: BLE001 - ImportError, or a broken GL installation
        return f"{type(error).__name__}: {error}"
    return ""


def opengl_status() -> tuple[bool, str]:
    """(available, note): whether a 3-D surface can be shown here, and if not, why."""
    app = QGuiApplication.instance()
    platform = app.platformName() if app is not None else ""
    if platform not in WINDOWING_PLATFORMS:
        return False, translate("LandscapeView", "3-D needs a real display with OpenGL (the Qt platform is '{platform}')").format(
            platform=platform or 'none')
    problem = _opengl_import()
    if problem:
        return False, translate("LandscapeView", "3-D needs PyOpenGL ({error})").format(error=problem)
    return True, ""


class Surface3DView(QWidget):
    """The loss surface as a 3-D mesh with the path on it; a note where 3-D is unavailable."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.available, note = opengl_status()
        self.gl_view = None
        self._grid: tuple[Array, Array, Array] | None = None
        self._scale = (1.0, 1.0, 0.0)
        if not self.available:
            label = QLabel(note)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
            return
        import pyqtgraph.opengl as gl

        self.gl_view = gl.GLViewWidget()
        self.gl_view.setCameraPosition(pos=QVector3D(0.0, 0.0, 0.5 * HEIGHT_RATIO), distance=1.7,
                                       elevation=30, azimuth=-60)
        self.gl_view.setBackgroundColor(self.palette().color(QPalette.ColorRole.Base))
        self.surface = gl.GLSurfacePlotItem(shader=None, computeNormals=False, smooth=False)
        self.path = gl.GLLinePlotItem(color=(1, 1, 1, 1), width=3, antialias=True, mode="line_strip")
        self.current = gl.GLScatterPlotItem(color=(0.84, 0.37, 0.0, 1.0), size=12)
        floor = gl.GLGridItem(color=(128, 128, 128, 160))
        floor.setSize(1.0, 1.0)
        floor.setSpacing(0.1, 0.1)
        floor.translate(0, 0, -0.01)
        for item in (floor, self.surface, self.path, self.current):
            self.gl_view.addItem(item)
        layout.addWidget(self.gl_view)

    def apply_theme(self, theme) -> None:
        """Background of the palette (a nnviz.gui.theme.Theme); path and point sizes scaled."""
        if self.gl_view is None:
            return
        self.gl_view.setBackgroundColor(QColor(theme.plot_background))
        self.path.setData(width=3 * theme.scale)
        self.current.setData(size=12 * theme.scale)

    def set_heatmap(self, heatmap, log: bool) -> None:
        """Show the grid of ``heatmap`` (a kit.heatmap.Heatmap) as a surface."""
        if self.gl_view is None or heatmap is None:
            return
        z = heatmap.display(log)
        lo, hi = float(z.min()), float(z.max())
        span = hi - lo if hi > lo else 1.0
        u, v = heatmap.u, heatmap.v
        width = max(u[-1] - u[0], v[-1] - v[0])
        # unit box: x, y in [-0.5, 0.5] (keeping the aspect), z in [0, HEIGHT_RATIO]
        self._scale = (1.0 / width, 1.0 / width, HEIGHT_RATIO / span)
        self._offset = ((u[0] + u[-1]) / 2, (v[0] + v[-1]) / 2, lo)
        self._grid = (u, v, z)
        colours = sequential_map().map((z - lo) / span, mode="float")
        self.surface.setData(
            x=(u - self._offset[0]) * self._scale[0], y=(v - self._offset[1]) * self._scale[1],
            z=((z - lo) * self._scale[2]).T,
            colors=colours.reshape(v.size, u.size, 4).transpose(1, 0, 2).reshape(-1, 4))

    def set_path(self, points: Array, losses: Array) -> None:
        """Draw the path through the (u, v) ``points`` on the surface."""
        if self.gl_view is None or self._grid is None or len(points) == 0:
            return
        u, v, z = self._grid
        pts = np.asarray(points, float)
        height = _bilinear(u, v, z, pts[:, 0], pts[:, 1])
        xyz = np.column_stack([
            (pts[:, 0] - self._offset[0]) * self._scale[0],
            (pts[:, 1] - self._offset[1]) * self._scale[1],
            (height - self._offset[2]) * self._scale[2] + LIFT * HEIGHT_RATIO,
        ])
        self.path.setData(pos=xyz)
        self.current.setData(pos=xyz[-1:])


def _bilinear(u: Array, v: Array, z: Array, pu: Array, pv: Array) -> Array:
    """z (rows along v) interpolated at the points (pu, pv), clamped to the grid."""
    fu = np.clip(np.interp(pu, u, np.arange(u.size)), 0, u.size - 1)
    fv = np.clip(np.interp(pv, v, np.arange(v.size)), 0, v.size - 1)
    i0 = np.minimum(fu.astype(int), u.size - 2)
    j0 = np.minimum(fv.astype(int), v.size - 2)
    tu, tv = fu - i0, fv - j0
    return ((1 - tu) * (1 - tv) * z[j0, i0] + tu * (1 - tv) * z[j0, i0 + 1]
            + (1 - tu) * tv * z[j0 + 1, i0] + tu * tv * z[j0 + 1, i0 + 1])
