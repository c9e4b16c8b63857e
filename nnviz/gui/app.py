"""The QApplication and ``run_app``: the app's entry point (the look is in :mod:`nnviz.gui.theme`)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from nnviz.core.errors import InputError
from nnviz.gui.theme import apply_theme, saved_theme

APP_NAME = "nnviz"
ORGANISATION = "nnviz"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (the existing one if there is one), named for QSettings; its display
    name ends every window title (" — nnviz"), so windows title themselves without it."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APP_NAME)
    return app


def use_offscreen_if_headless() -> None:
    """Render without a display (``nnviz render``, benchmarks) when none is available."""
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_app(lesson: str | None = None, lecture: bool = False) -> int:
    """Open the desktop app on ``lesson`` (the XOR lesson by default), in lecture mode when
    ``lecture``; the exit status."""
    from nnviz.core.lessons import load_lesson

    chosen = load_lesson(lesson)  # a bad name is an InputError before any window opens
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))):
        raise InputError(
            "no display to open the app on (DISPLAY is not set); "
            "`nnviz render --out FILE.png` draws the window to an image instead"
        )
    from nnviz.gui.shell.main_window import MainWindow

    app = create_application(sys.argv[:1])
    settings = QSettings(ORGANISATION, APP_NAME)
    apply_theme(app, saved_theme(settings))
    window = MainWindow(chosen, settings=settings)
    window.show()
    if lecture:
        window.enter_lecture_mode()
    return app.exec()
