"""View → Language: the four interface languages in their own names, the current one checked.

Choosing one saves it (QSettings "language") and rebuilds the window in it
(:func:`nnviz.gui.language.switch_language`), after the menu has closed.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from nnviz.core import i18n
from nnviz.core.i18n import translate
from nnviz.gui.language import LANGUAGES, NATIVE_NAMES, switch_language


def add_language_menu(window: QMainWindow, view_menu: QMenu) -> QMenu:
    """Add the Language submenu to ``view_menu``; its actions are in a checkable group."""
    menu = view_menu.addMenu(translate("LanguageMenu", "&Language"))
    menu.setObjectName("language-menu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    for code in LANGUAGES:
        action = QAction(NATIVE_NAMES[code], menu)  # each language in its own name
        action.setCheckable(True)
        action.setChecked(code == i18n.language())
        action.setData(code)
        action.setToolTip(translate("LanguageMenu", "Show nnviz in {language}")
                          .format(language=NATIVE_NAMES[code]))
        action.triggered.connect(lambda _checked=False, c=code: choose(window, c))
        group.addAction(action)
        menu.addAction(action)
    return menu


def choose(window: QMainWindow, code: str) -> None:
    """Switch to ``code`` once the menu's slot has returned (the window may be replaced)."""
    QTimer.singleShot(0, lambda: switch_language(window, code, window_settings(window)))


def window_settings(window: QMainWindow):
    """The QSettings the window persists to (None: none)."""
    return getattr(window, "_settings", None)
