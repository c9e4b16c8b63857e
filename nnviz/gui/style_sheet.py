"""The application's style sheet: Fusion's controls sized by the presentation scale s.

The application font carries the text; this sheet carries the rest, so that a check box,
a scroll bar, a tree's arrow or a dock's close button at 200 % is as large next to its
20-point label as it is next to a 10-point label at 100 %: each size in FUSION_SIZES is
s times Fusion's own. Check boxes and radio buttons get a border in the palette's text
colour and are filled with the highlight when on (Fusion's own box is nearly invisible on
the dark palette). Tab bars, QMainWindow's dock tabs too, never elide a title: they scroll.

A style sheet, not a Python QProxyStyle: Qt asks a style for sizes while widgets are being
built and destroyed, and a Python override then wraps half-made objects, which crashed
long runs of the test suite.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Protocol

# Fusion's sizes in pixels at scale 1.
FUSION_SIZES = {
    "indicator": 14,      # a check box's or radio button's square
    "scroll_bar": 14,     # a scroll bar's width
    "title_button": 18,   # a dock title bar's float and close buttons
    "title_icon": 14,     # the icons on them
    "separator": 6,       # the gap between docks
    "indentation": 20,    # a tree level's indent, where its arrow is drawn
    "tab_scroller": 16,   # a tab bar's scroll buttons
}


class Look(Protocol):
    """What the sheet reads of a theme (nnviz.gui.theme.Theme): the scale and four colours."""

    scale: float
    text: str
    muted: str
    panel: str
    highlight: str


def images() -> Path:
    """The folder of the sheet's pictures (white marks, grey arrows and title icons)."""
    return Path(str(resources.files("nnviz.resources") / "style"))


def style_sheet(theme: Look) -> str:
    """The application style sheet for ``theme``: every FUSION_SIZES size times its scale."""
    s = theme.scale
    size = {name: round(value * s) for name, value in FUSION_SIZES.items()}
    border = max(1, round(s))
    url = {name: f'url("{(images() / f"{name}.svg").as_posix()}")'
           for name in ("check", "partial", "dot", "branch-closed", "branch-open", "close",
                        "float")}
    indicators = ("QCheckBox::indicator, QRadioButton::indicator, "
                  "QAbstractItemView::indicator, QGroupBox::indicator")
    checked = ", ".join(f"{part.strip()}:checked" for part in indicators.split(","))
    return f"""
{indicators} {{
    width: {size["indicator"]}px; height: {size["indicator"]}px;
    border: {border}px solid {theme.text}; border-radius: {round(2 * s)}px;
    background: {theme.panel};
}}
QRadioButton::indicator {{ border-radius: {size["indicator"] // 2 + border}px; }}
{checked} {{
    background: {theme.highlight}; border-color: {theme.highlight}; image: {url["check"]};
}}
QRadioButton::indicator:checked {{ image: {url["dot"]}; }}
QCheckBox::indicator:indeterminate, QAbstractItemView::indicator:indeterminate {{
    background: {theme.highlight}; border-color: {theme.highlight}; image: {url["partial"]};
}}
{", ".join(f"{part.strip()}:disabled" for part in indicators.split(","))} {{
    border-color: {theme.muted};
}}
QScrollBar:vertical {{ width: {size["scroll_bar"]}px; }}
QScrollBar:horizontal {{ height: {size["scroll_bar"]}px; }}
QTreeView {{ qproperty-indentation: {size["indentation"]}; }}
QTreeView::branch:has-children:closed {{ image: {url["branch-closed"]}; }}
QTreeView::branch:has-children:open {{ image: {url["branch-open"]}; }}
QDockWidget {{ titlebar-close-icon: {url["close"]}; titlebar-normal-icon: {url["float"]}; }}
QDockWidget::close-button, QDockWidget::float-button {{
    icon-size: {size["title_icon"]}px;
    min-width: {size["title_button"]}px; min-height: {size["title_button"]}px;
}}
QMainWindow::separator {{ width: {size["separator"]}px; height: {size["separator"]}px; }}
QTabBar {{ qproperty-elideMode: ElideNone; qproperty-usesScrollButtons: true; }}
QTabBar::scroller {{ width: {2 * size["tab_scroller"]}px; }}
"""
