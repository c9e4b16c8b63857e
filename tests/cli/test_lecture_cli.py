"""`nnviz --lecture [--lesson NAME]` opens the app in lecture mode; `nnviz render --lecture`
draws the window in lecture mode at --size (not the screen's size)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from nnviz.cli import main
from nnviz.core.lesson_pack import LESSON_ALIASES
from nnviz.gui.shell import main_window
from nnviz.gui.theme import apply_theme, current_theme


@pytest.fixture
def seen_windows(monkeypatch):
    """Every MainWindow's state when it enters lecture mode: (lecturing, full screen asked,
    the docks shown, the window's size)."""
    seen = []
    enter = main_window.MainWindow.enter_lecture_mode

    def spy(self, full_screen=True):
        enter(self, full_screen)
        shown = sorted(k for k, dock in self.docks.items() if not dock.isHidden())
        seen.append((self.lecturing, full_screen, shown, (self.width(), self.height())))

    monkeypatch.setattr(main_window.MainWindow, "enter_lecture_mode", spy)
    return seen


def test_render_lecture_draws_lecture_mode_at_the_size_asked(qapp, tmp_path, capsys,
                                                             seen_windows):
    out = tmp_path / "hall.png"
    assert main(["render", "--out", str(out), "--size", "1366x768", "--steps", "20",
                 "--scale", "2", "--lecture"]) == 0
    assert seen_windows == [(True, False, ["boundary", "graph", "loss"], (1366, 768))]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    assert "after 20 steps" in capsys.readouterr().out


def test_the_app_passes_lecture_and_lesson_on(monkeypatch):
    calls = []
    monkeypatch.setattr("nnviz.gui.app.run_app",
                        lambda lesson=None, lecture=False: calls.append((lesson, lecture)) or 0)
    assert main(["--lecture", "--lesson", "perceptron"]) == 0
    assert main([]) == 0
    assert calls == [("perceptron", True), (None, False)]


def test_run_app_lecture_opens_the_window_in_lecture_mode(qapp, monkeypatch, tmp_path,
                                                         seen_windows):
    from nnviz.gui.app import run_app
    from nnviz.gui.views.loss import LossView

    built, real = [], main_window.MainWindow

    def quiet_window(lesson, settings):  # no training thread, no user settings touched
        window = real(
            lesson, settings=QSettings(str(tmp_path / "n.ini"), QSettings.IniFormat),
            start_training=False, view_classes=[LossView])
        built.append(window)
        return window

    monkeypatch.setattr(main_window, "MainWindow", quiet_window)
    monkeypatch.setattr(QApplication, "exec", lambda *_: 0)
    names, theme = (qapp.applicationName(), qapp.organizationName()), current_theme()
    try:
        assert run_app("perceptron", lecture=True) == 0
    finally:
        qapp.setApplicationName(names[0])
        qapp.setOrganizationName(names[1])
        apply_theme(qapp, theme)
    assert [(lecturing, full) for lecturing, full, _, _ in seen_windows] == [(True, True)]
    # an old name opens the lesson under its new name ("perceptron" is now "gates")
    assert built[0].state.lesson.name == LESSON_ALIASES["perceptron"] == "gates"
    assert built[0].isFullScreen()
    built[0].leave_lecture_mode()
    built[0].close()
