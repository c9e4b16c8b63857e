"""Lecture mode (gui/shell/lecture*.py, panels/narration.py): full screen with the lesson's
views large, the narration strip, Prev / Next, the idle cursor, black and white screens, and
everything as it was on leaving; the lessons' ``lecture_views``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from nnviz.core.errors import InputError
from nnviz.core.lessons import DEFAULT_LECTURE_VIEWS, LECTURE_VIEWS, parse_lesson
from nnviz.gui.shell.layout import SETTINGS
from nnviz.gui.shell.lecture_cover import BLACK, WHITE
from nnviz.gui.shell.lecture_cursor import CURSOR_IDLE_MS
from nnviz.gui.views.registry import registered_views
from nnviz.session.commands import Walk
from tests.gui.test_presenter_keys import presenter_window  # noqa: F401 (a fixture)


def lesson_text(extra: str = "") -> str:
    return f'title = "t"\n{extra}\n'


def test_a_lesson_shows_the_graph_boundary_and_loss_unless_it_names_its_views():
    assert parse_lesson(lesson_text(), "t").lecture_views == DEFAULT_LECTURE_VIEWS
    lesson = parse_lesson(lesson_text('lecture_views = ["landscape", "loss"]'), "t")
    assert lesson.lecture_views == ("landscape", "loss")


@pytest.mark.parametrize("value, words", [
    ('["graph", "nonsense"]', "unknown view 'nonsense'"),
    ('"graph"', "must be a list of view names"),
    ("[]", "must be a list of view names"),
    ('["graph", 3]', "must be a list of view names"),
    ('["graph", "graph"]', "different views"),
    ('["graph", "boundary", "loss", "landscape", "walkthrough"]', "1 to 4 different views"),
])
def test_bad_lecture_views_name_the_file_and_the_key(value, words):
    with pytest.raises(InputError) as error:
        parse_lesson(lesson_text(f"lecture_views = {value}"), "t", source="hall.toml")
    assert str(error.value).startswith("hall.toml: top level: 'lecture_views'")
    assert words in str(error.value)


def test_the_lecture_view_names_are_the_apps_view_keys():
    assert set(LECTURE_VIEWS) == {cls.key for cls in registered_views()}


def dock_picture(window):
    return {key: (dock.isVisible(), dock.isFloating(), dock.geometry())
            for key, dock in window.docks.items()}


def test_lecture_mode_shows_the_lessons_views_large_and_leaving_restores_everything(
        qtbot, presenter_window):
    window = presenter_window
    window.resize(720, 640)  # within the offscreen screen (800x800): restoreGeometry keeps it
    window.docks["loss"].setFloating(True)  # the lecturer's own layout, odd on purpose
    qtbot.wait(50)
    geometry, state, docks = window.geometry(), window.saveState(), dock_picture(window)
    window.enter_lecture_mode()
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert window.lecturing and window.menuBar().isHidden() and window.statusBar().isHidden()
    assert window.docks[SETTINGS].isHidden() and window.docks["walkthrough"].isHidden()
    shown = [k for k, dock in window.docks.items() if dock.isVisible()]
    assert sorted(shown) == sorted(DEFAULT_LECTURE_VIEWS)
    assert not window.docks["loss"].isFloating()
    graph, boundary = window.docks["graph"].geometry(), window.docks["boundary"].geometry()
    qtbot.waitUntil(lambda: window.docks["graph"].width() > 0.4 * window.width())
    assert boundary.left() > graph.right()  # side by side: large
    strip = window.lecture.narration_dock
    assert strip.isVisible() and strip.geometry().top() >= window.docks["loss"].geometry().bottom()
    assert window.lecture.narration.title.text() == window.state.lesson.title
    window.leave_lecture_mode()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    qtbot.waitUntil(lambda: window.geometry() == geometry)
    qtbot.waitUntil(lambda: window.saveState() == state)  # sizes too, once back at its size
    assert dock_picture(window) == docks
    assert not window.menuBar().isHidden() and not window.statusBar().isHidden()
    assert strip.isHidden()


def test_a_lessons_own_lecture_views(qtbot, presenter_window, tmp_path):
    window = presenter_window
    path = tmp_path / "hall.toml"
    path.write_text('title = "Just the loss"\nlecture_views = ["loss"]\n[data]\ndataset = "xor"\n')
    assert window.open_lesson(str(path))
    window.enter_lecture_mode(full_screen=False)
    assert [k for k, dock in window.docks.items() if dock.isVisible()] == ["loss"]
    assert window.lecture.narration.title.text() == "Just the loss"


def test_the_narration_is_plain_text_word_wrapped(qtbot, presenter_window, tmp_path):
    path = tmp_path / "html.toml"
    path.write_text('title = "<b>bold</b> <img src=\'x.png\'>"\ndescription = "a <i>b</i>"\n')
    window = presenter_window
    assert window.open_lesson(str(path))
    narration = window.lecture.narration
    for label, text in ((narration.title, "<b>bold</b> <img src='x.png'>"),
                        (narration.text, "a <i>b</i>")):
        assert label.textFormat() == Qt.PlainText and label.wordWrap()
        assert label.text() == text


def test_prev_and_next_buttons_walk_and_say_when_there_are_no_steps(qtbot, presenter_window):
    window = presenter_window
    window.enter_lecture_mode()
    narration = window.lecture.narration
    assert narration.next_button.minimumHeight() >= 44  # a finger's width
    qtbot.mouseClick(narration.next_button, Qt.LeftButton)
    assert "no steps" in narration.note.text() and narration.note.isVisible()
    window.step_through_selected()
    window.route(Walk("next"))
    start = window.state.walk.walkthrough.number
    qtbot.mouseClick(narration.next_button, Qt.LeftButton)
    qtbot.mouseClick(narration.next_button, Qt.LeftButton)
    qtbot.mouseClick(narration.previous_button, Qt.LeftButton)
    assert window.state.walk.walkthrough.number == start + 1


def test_the_cursor_hides_when_idle_and_shows_on_a_move(qtbot, presenter_window):
    window = presenter_window
    cursor = window.lecture.cursor
    window.enter_lecture_mode()
    assert cursor.timer.isActive() and cursor.timer.interval() == CURSOR_IDLE_MS == 3000
    cursor.timer.timeout.emit()  # 3 s without the mouse
    assert QApplication.overrideCursor().shape() == Qt.BlankCursor
    qtbot.mouseMove(window.docks["graph"], QPoint(30, 30))
    qtbot.waitUntil(lambda: QApplication.overrideCursor() is None)
    assert cursor.timer.isActive()  # counting again
    cursor.timer.timeout.emit()
    window.leave_lecture_mode()
    assert QApplication.overrideCursor() is None and not cursor.timer.isActive()


def test_black_and_white_screens_cover_the_window_and_a_click_returns(qtbot, presenter_window):
    window = presenter_window
    window.cover_screen(BLACK)
    assert window.covering is None  # only in lecture mode
    window.enter_lecture_mode()
    qtbot.waitUntil(lambda: window.isFullScreen())
    for colour, rgb in ((BLACK, (0, 0, 0)), (WHITE, (255, 255, 255))):
        window.cover_screen(colour)
        image = window.grab().toImage()
        for x, y in ((5, 5), (image.width() // 2, image.height() // 2),
                     (image.width() - 5, image.height() - 5)):
            pixel = image.pixelColor(x, y)
            assert (pixel.red(), pixel.green(), pixel.blue()) == rgb
        qtbot.mouseClick(window.lecture.cover, Qt.LeftButton)
        assert window.covering is None
    window.leave_lecture_mode()


def test_leaving_by_closing_saves_the_lecturers_layout_not_the_lecture_one(qtbot,
                                                                          presenter_window):
    window = presenter_window
    window.enter_lecture_mode()
    window.close()
    assert not window.lecturing and not window.docks[SETTINGS].isHidden()


@pytest.mark.parametrize("walk_first", [False, True])
def test_a_step_through_joins_the_lecture_layout_under_the_graph(qtbot, presenter_window,
                                                                 walk_first):
    window = presenter_window
    if walk_first:
        window.step_through_selected()
    window.enter_lecture_mode()
    if not walk_first:
        window.step_through_selected()
    walk, graph = window.docks["walkthrough"], window.docks["graph"]
    qtbot.waitUntil(lambda: walk.isVisible() and not walk.visibleRegion().isEmpty())
    qtbot.waitUntil(lambda: graph.width() > 0.4 * window.width())
    assert walk.geometry().top() >= graph.geometry().bottom()  # under the graph, not beside it
    assert abs(walk.width() - graph.width()) < 20
    assert window.docks["boundary"].isVisible() and window.docks[SETTINGS].isHidden()


def test_the_narration_shows_all_its_text_or_scrolls_within_its_share(qtbot, presenter_window,
                                                                      tmp_path):
    from nnviz.gui.shell.lecture import NARRATION_SHARE

    window = presenter_window
    window.enter_lecture_mode()
    qtbot.waitUntil(lambda: window.isFullScreen())
    narration = window.lecture.narration
    words = narration.scroll.widget()

    def text_fits():
        viewport = narration.scroll.viewport()
        return words.layout().totalHeightForWidth(viewport.width()) <= viewport.height()

    qtbot.waitUntil(text_fits)
    assert narration.scroll.verticalScrollBarPolicy() == Qt.ScrollBarAlwaysOff
    path = tmp_path / "long.toml"
    path.write_text(f'title = "Long"\ndescription = "{"many words " * 400}"\n')
    assert window.open_lesson(str(path))
    qtbot.waitUntil(lambda: narration.height() <= NARRATION_SHARE * window.height() + 1)
    assert narration.scroll.verticalScrollBarPolicy() == Qt.ScrollBarAsNeeded
    assert not text_fits()  # it scrolls instead of growing over the views
