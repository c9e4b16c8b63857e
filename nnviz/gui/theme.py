"""The look: light and dark palettes and the presentation scale, in one place.

The presentation scale is one number for a lecture hall: fonts and line widths grow
together. Views read the current :class:`Theme` with :func:`current_theme` when they are
built, and the main window hands every view the new theme when it changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pyqtgraph as pg
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from nnviz.core.errors import InputError

MIN_SCALE, MAX_SCALE = 0.5, 4.0
SCALES = (1.0, 1.25, 1.5, 2.0)
BASE_POINT_SIZE = 10.0


# The palettes, light then dark: window and panel (editors, lists, trees) backgrounds, text,
# muted (secondary text, axes, grid lines), highlight, and the plots' background and foreground.
PALETTES = {
    "window": ("#eef0f3", "#2b2d31"),
    "panel": ("#ffffff", "#1f2023"),
    "text": ("#1d2125", "#e8e8ea"),
    "muted": ("#5f6670", "#9a9ca3"),
    "highlight": ("#0877bd", "#3d7fc4"),
    "plot_background": ("#ffffff", "#1f2023"),
    "plot_foreground": ("#30353b", "#d4d5d8"),
}


@dataclass(frozen=True)
class Theme:
    """Colours for one palette (the PALETTES roles, as attributes: ``theme.text``), and the
    presentation scale s: fonts and pens are s times larger."""

    dark: bool = False
    scale: float = 1.0
    window: str = field(init=False)
    panel: str = field(init=False)
    text: str = field(init=False)
    muted: str = field(init=False)
    highlight: str = field(init=False)
    plot_background: str = field(init=False)
    plot_foreground: str = field(init=False)

    def __post_init__(self) -> None:
        if not (isinstance(self.scale, (int, float)) and MIN_SCALE <= self.scale <= MAX_SCALE):
            raise InputError(f"the presentation scale must be a number from {MIN_SCALE:.0%} to "
                             f"{MAX_SCALE:.0%}, not {self.scale!r}")
        for role, colours in PALETTES.items():
            object.__setattr__(self, role, colours[bool(self.dark)])

    @property
    def point_size(self) -> float:
        """The application font's size in points."""
        return BASE_POINT_SIZE * self.scale

    def width(self, base: float) -> float:
        """A line width of ``base`` pixels at scale 1, scaled for the hall."""
        return base * self.scale

    def tick_font(self) -> QFont:
        """The font for plot axes: a little smaller than the text, scaled."""
        font = QFont()
        font.setPointSizeF(self.point_size * 0.9)
        return font


_current = Theme()


def current_theme() -> Theme:
    """The theme in use now (views read it when they are built)."""
    return _current


def palette_for(theme: Theme) -> QPalette:
    """A Fusion palette in the theme's colours."""
    p = QPalette()
    window, panel, text = QColor(theme.window), QColor(theme.panel), QColor(theme.text)
    muted, highlight = QColor(theme.muted), QColor(theme.highlight)
    for role, colour in (
        (QPalette.Window, window), (QPalette.WindowText, text), (QPalette.Base, panel),
        (QPalette.AlternateBase, window), (QPalette.Text, text), (QPalette.Button, window),
        (QPalette.ButtonText, text), (QPalette.ToolTipBase, panel), (QPalette.ToolTipText, text),
        (QPalette.Highlight, highlight), (QPalette.HighlightedText, QColor("#ffffff")),
        (QPalette.PlaceholderText, muted), (QPalette.Link, highlight),
        (QPalette.BrightText, QColor("#ff5555")),
    ):
        p.setColor(role, colour)
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, muted)
    return p


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Palette, application font and pyqtgraph defaults for ``theme``."""
    global _current
    _current = theme
    app.setStyle("Fusion")
    app.setPalette(palette_for(theme))
    font = app.font()
    font.setPointSizeF(theme.point_size)
    app.setFont(font)
    pg.setConfigOptions(
        background=theme.plot_background, foreground=theme.plot_foreground, antialias=True
    )


def with_scale(theme: Theme, scale: float) -> Theme:
    return replace(theme, scale=float(scale))


def saved_theme(settings: QSettings) -> Theme:
    """The theme stored in QSettings (light, scale 1 if none)."""
    dark = settings.value("theme/dark", False, type=bool)
    try:
        scale = float(settings.value("theme/scale", 1.0))
    except (TypeError, ValueError):
        scale = 1.0
    return Theme(dark=bool(dark), scale=scale if scale in SCALES else 1.0)
