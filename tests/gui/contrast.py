"""WCAG contrast between two colours, for tests that check text and borders are visible."""

from __future__ import annotations

from PySide6.QtGui import QColor


def luminance(colour: str | QColor) -> float:
    """WCAG relative luminance of a colour (``#rrggbb`` or a QColor)."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    colour = QColor(colour)
    return (0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
            + 0.0722 * linear(colour.blueF()))


def contrast(a: str | QColor, b: str | QColor) -> float:
    """The WCAG contrast ratio of two colours: 1 (none) to 21 (black on white)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
