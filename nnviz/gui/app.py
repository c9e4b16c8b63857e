"""The QApplication and ``run_app``: the app's entry point (the look is in :mod:`nnviz.gui.theme`)."""

from __future__ import annotations

import os
import sys
from importlib import resources

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from nnviz.core import i18n
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.gui.language import (
    choose_language, install_language, save_language, saved_language, set_window_factory,
    system_locale,
)
from nnviz.gui.theme import apply_theme, saved_theme

APP_NAME = "nnviz"
ORGANISATION = "nnviz"
DESKTOP_ID = "io.github.nnviz"  # packaging/io.github.nnviz.desktop: Wayland's app id
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # resources/icons/nnviz-<N>.png


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (the existing one if there is one), named for QSettings; its display
    name ends every window title (" — nnviz"), so windows title themselves without it."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    if i18n.language() != i18n.SOURCE_LANGUAGE:  # chosen before the app existed (--lang)
        install_language(i18n.language(), app)
    return app


def app_icon() -> QIcon:
    """nnviz's icon at every size shipped (PNGs: no SVG icon plugin needed)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resources.files("nnviz.resources") / "icons" / f"nnviz-{size}.png"))
    return icon


def use_offscreen_if_headless() -> None:
    """Render without a display (``nnviz render``, benchmarks) when none is available."""
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_app(lesson: str | None = None, lecture: bool = False, language: str | None = None) -> int:
    """Open the desktop app on ``lesson`` (the XOR lesson by default), in lecture mode when
    ``lecture``, in ``language`` (``--lang``: remembered, as View → Language is; None: the
    saved choice, else the system locale's when nnviz has it, else English); the exit
    status."""
    from nnviz.core.lessons import load_lesson

    chosen = load_lesson(lesson)  # a bad name is an InputError before any window opens
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))):
        raise InputError(translate(
            "App", "no display to open the app on (DISPLAY is not set); "
            "`nnviz render --out FILE.png` draws the window to an image instead"))
    from nnviz.gui.shell.main_window import MainWindow

    app = create_application(sys.argv[:1])
    settings = QSettings(ORGANISATION, APP_NAME)
    if language is not None:
        save_language(settings, language)
    install_language(choose_language(saved_language(settings), system_locale()), app)
    apply_theme(app, saved_theme(settings))
    window = MainWindow(chosen, settings=settings)
    use_window_factory(settings, window)
    window.show()
    if lecture:
        window.enter_lecture_mode()
    try:
        return app.exec()
    finally:
        set_window_factory(None)
        _windows.clear()


# -- View → Language: the window rebuilt in the new language ---------------------------------
_windows: list = []  # the app's main window (a reference keeps a rebuilt one alive)


def use_window_factory(settings: QSettings | None, window=None) -> None:
    """Let View → Language replace ``window`` by one built in the chosen language
    (:func:`rebuild_window`), persisting to ``settings``."""
    _windows[:] = [] if window is None else [window]
    set_window_factory(lambda old, code: rebuild_window(old, settings))


def rebuild_window(old, settings: QSettings | None):
    """A new main window in the installed language on ``old``'s lesson and lesson step (or,
    at the lesson's start, its settings), in lecture mode if ``old`` was, at its place;
    ``old`` closes (saving its layout first) without the app quitting. The training restarts
    from there: the trained network is not carried over."""
    from nnviz.gui.shell.main_window import MainWindow

    app = QApplication.instance()
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        lesson, step, lecturing = old.state.lesson, old.lesson_step, old.lecturing
        config = None if step else old.state.config
        geometry, shown = old.saveGeometry(), old.isVisible()
        old.close()
        old.deleteLater()
        try:
            window = MainWindow(lesson, config=config, settings=settings, lesson_step=step)
        except Exception:
            app.quit()  # no window is left: do not leave a windowless app running
            raise
        window.restoreGeometry(geometry)
        _windows[:] = [window]
        if shown:
            window.show()
        if lecturing:
            window.enter_lecture_mode()
    finally:
        app.setQuitOnLastWindowClosed(quits)
    return window
