"""The look: light and dark palettes (each also in high contrast) and the presentation scale,
in one place.

The presentation scale is one number for a lecture hall: fonts, line widths and the
controls (style_sheet.py) grow together. High contrast is for washed-out projectors: pure
black on white (or white on black), a stronger highlight and lines HIGH_CONTRAST_WIDTH
times thicker. Views read the current :class:`Theme` with :func:`current_theme` when they
are built, and the main window hands every view the new theme when it changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pyqtgraph as pg
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.limits import MAX_SCALE, MIN_SCALE
from nnviz.gui.style_sheet import style_sheet

SCALES = (1.0, 1.25, 1.5, 2.0, 2.5)
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
# The same roles for washed-out projectors: pure black and white, a darker (light) or
# brighter (dark) highlight that still carries white text.
HIGH_CONTRAST_PALETTES = {
    "window": ("#ffffff", "#000000"),
    "panel": ("#ffffff", "#000000"),
    "text": ("#000000", "#ffffff"),
    "muted": ("#262626", "#dcdcdc"),
    "highlight": ("#0033cc", "#1a66ff"),
    "plot_background": ("#ffffff", "#000000"),
    "plot_foreground": ("#000000", "#ffffff"),
}
HIGH_CONTRAST_WIDTH = 1.5  # lines are this much thicker in high contrast


@dataclass(frozen=True)
class Theme:
    """Colours for one palette (the PALETTES roles, as attributes: ``theme.text``; from
    HIGH_CONTRAST_PALETTES when ``high_contrast``), and the presentation scale s: fonts and
    pens are s times larger."""

    dark: bool = False
    scale: float = 1.0
    high_contrast: bool = False
    window: str = field(init=False)
    panel: str = field(init=False)
    text: str = field(init=False)
    muted: str = field(init=False)
    highlight: str = field(init=False)
    plot_background: str = field(init=False)
    plot_foreground: str = field(init=False)

    def __post_init__(self) -> None:
        if not (isinstance(self.scale, (int, float)) and MIN_SCALE <= self.scale <= MAX_SCALE):
            raise InputError(translate("Theme", "the presentation scale must be a number from "
                                                "{low} to {high}, not {value}").format(
                low=f"{MIN_SCALE:.0%}", high=f"{MAX_SCALE:.0%}", value=repr(self.scale)))
        palettes = HIGH_CONTRAST_PALETTES if self.high_contrast else PALETTES
        for role, colours in palettes.items():
            object.__setattr__(self, role, colours[bool(self.dark)])

    @property
    def point_size(self) -> float:
        """The application font's size in points."""
        return BASE_POINT_SIZE * self.scale

    def width(self, base: float) -> float:
        """A line width of ``base`` pixels at scale 1, scaled for the hall (and
        HIGH_CONTRAST_WIDTH times thicker in high contrast)."""
        return base * self.scale * (HIGH_CONTRAST_WIDTH if self.high_contrast else 1.0)

    def tick_font(self) -> QFont:
        """The font for plot axes: a little smaller than the text, scaled."""
        font = QFont()
        font.setPointSizeF(self.point_size * 0.9)
        return font


_current = Theme()
_applied_to: QApplication | None = None  # the application that has _current


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
    """Style (Fusion), style sheet (its controls at the theme's scale), palette, application
    font and pyqtgraph defaults for ``theme``."""
    global _current, _applied_to
    if app is _applied_to and theme == _current:
        return  # in use already: setting the style again would repolish every widget
    if app is not _applied_to:
        app.setStyle("Fusion")
    _current, _applied_to = theme, app
    font = app.font()
    font.setPointSizeF(theme.point_size)
    app.setFont(font)
    app.setPalette(palette_for(theme))
    app.setStyleSheet(style_sheet(theme))  # last: it repolishes every widget with the new font
    pg.setConfigOptions(
        background=theme.plot_background, foreground=theme.plot_foreground, antialias=True
    )


def with_scale(theme: Theme, scale: float) -> Theme:
    return replace(theme, scale=float(scale))


def saved_theme(settings: QSettings) -> Theme:
    """The theme stored in QSettings (light, normal contrast, scale 1 if none)."""
    dark = settings.value("theme/dark", False, type=bool)
    high_contrast = settings.value("theme/high_contrast", False, type=bool)
    try:
        scale = float(settings.value("theme/scale", 1.0))
    except (TypeError, ValueError):
        scale = 1.0
    return Theme(dark=bool(dark), scale=scale if scale in SCALES else 1.0,
                 high_contrast=bool(high_contrast))
