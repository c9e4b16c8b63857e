"""User text is shown as written: never read as HTML (kit/plain_text)."""

import ctypes
import os

import pytest
from hypothesis import given, strategies as st
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QImage, QTextDocument, Qt as QtText
from PySide6.QtWidgets import (
    QApplication, QComboBox, QGraphicsTextItem, QGraphicsView, QLabel, QToolTip,
)

from nnviz.gui.kit import dialogs
from nnviz.gui.kit.plain_text import html_escaped, tooltip_text

HOSTILE = '<img src="/dev/zero"> <b>bold</b> & a<br>b'


def _shown(html: str) -> str:
    """What Qt's rich-text engine displays for ``html``."""
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_markup_is_shown_as_written_not_read(qapp):
    assert _shown(html_escaped(HOSTILE)) == HOSTILE
    assert _shown(tooltip_text(HOSTILE)) == HOSTILE
    assert "<img" not in html_escaped(HOSTILE) and "<img" not in tooltip_text(HOSTILE)


def test_tooltip_keeps_line_breaks(qapp):
    assert _shown(tooltip_text("loss C\n= 0.25")) == "loss C\n= 0.25"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=40))
def test_any_text_round_trips(qapp, text):
    assert _shown(html_escaped(text)).split() == text.split()


# -- the whole window: every place user text reaches Qt ---------------------------------------

class OpenSpy:
    """Whether anything opened or read ``path`` (Linux inotify): the picture a rich-text
    ``<img src=...>`` would make Qt load."""

    def __init__(self, path) -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        self.fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0 or libc.inotify_add_watch(self.fd, os.fsencode(str(path)), 0x20 | 0x01) < 0:
            pytest.skip("inotify is not available")

    def opened(self) -> bool:
        try:
            return bool(os.read(self.fd, 4096))
        except BlockingIOError:
            return False


def read_as_html(text: str, text_format=Qt.TextFormat.AutoText) -> bool:
    """Qt would read ``text`` (holding a user's ``<img``) as HTML in this format."""
    return "<img" in text and (text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtText.mightBeRichText(text)))


def html_read(window) -> list[tuple[str, str]]:
    """(where, text) for every label, tooltip, list entry, action and pyqtgraph text item in
    the app whose user text Qt would read as HTML (a ``<img`` not escaped)."""
    found = []
    for w in QApplication.allWidgets():
        where = type(w).__name__
        if read_as_html(w.toolTip()):
            found.append((f"{where} tooltip", w.toolTip()))
        if isinstance(w, QLabel) and read_as_html(w.text(), w.textFormat()):
            found.append((where, w.text()))
        if isinstance(w, QComboBox):
            found += [(f"{where} entry tooltip", w.itemData(i, Qt.ToolTipRole))
                      for i in range(w.count()) if read_as_html(w.itemData(i, Qt.ToolTipRole) or "")]
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            for item in w.scene().items():
                if read_as_html(item.toolTip()):
                    found.append((f"{type(item).__name__} tooltip", item.toolTip()))
                if isinstance(item, QGraphicsTextItem) and "<img" in item.document().toHtml():
                    found.append((type(item).__name__, item.toPlainText()))
    found += [("action tooltip", a.toolTip()) for a in window.findChildren(QAction)
              if read_as_html(a.toolTip())]
    return found


@pytest.fixture
def hostile(tmp_path):
    """(picture, markup): a real PNG and ``<img src="...">`` naming it."""
    picture = tmp_path / "loaded.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    assert image.save(str(picture))
    return picture, f'<img src="{picture}">'


def test_the_spy_sees_qt_load_a_picture_from_rich_text(qtbot, hostile):
    picture, markup = hostile
    spy = OpenSpy(picture)
    label = QLabel(f"{markup} rich")
    qtbot.addWidget(label)
    label.show()
    label.grab()
    assert spy.opened() and html_read(label.window()) != []


def test_user_text_everywhere_in_the_window_is_shown_as_written(qtbot, hostile, tmp_path,
                                                               monkeypatch):
    """A lesson's title, description, step title and narration, a CSV's column names (a
    regression target's too) and class data: in the lesson panel, the step list, the
    narration strip, the window title, every view (graph, boundary and feature-space axes,
    legends, captions, the confusion matrix, the step-through) and lecture mode."""
    from nnviz.gui.shell.main_window import MainWindow

    picture, markup = hostile
    spy = OpenSpy(picture)
    shown = []
    monkeypatch.setattr(dialogs, "show_message", lambda *a, **k: shown.append(a))
    window = MainWindow(settings=QSettings(str(tmp_path / "n.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()

    def look(what: str) -> None:
        for key, dock in window.docks.items():
            dock.show()
            dock.raise_()
            if hasattr(dock, "build"):
                window.view(key)
            qtbot.wait(20)
            window.grab()
        assert not shown, (what, shown)
        assert html_read(window) == [], what
        assert not spy.opened(), what

    lesson = tmp_path / "hostile.toml"
    lesson.write_text(f"title = '{markup} title'\ndescription = '{markup} text'\n"
                      '[data]\ndataset = "xor"\n'
                      f"[[step]]\ntitle = '{markup} step'\ntext = '{markup} says'\n"
                      "walk = { sample = 1 }\n")
    assert window.open_lesson(str(lesson))
    assert window.windowTitle() == f"{markup} title"
    assert window.lesson_steps.steps.itemText(1) == f"Step 1 of 1: {markup} step"
    look("the lesson")
    assert window.show_lesson_step(1)
    assert f"{markup} says" in _shown(window.lesson_header.label.text())
    look("its step")
    window.enter_lecture_mode(full_screen=False)
    assert window.lecture.narration.text.text() == f"{markup} says"
    look("lecture mode")
    window.leave_lecture_mode()
    header = f"{markup} a,{markup} b,{markup} y\n"
    for name, target in (("regression.csv", lambda i: i * 0.1), ("classes.csv", lambda i: i % 3)):
        data = tmp_path / name
        data.write_text(header + "".join(f"{i % 3},{i % 5},{target(i)}\n" for i in range(30)))
        monkeypatch.setattr(dialogs, "ask_open_path", lambda *a, path=data: str(path))
        window.open_data()
        assert window.state.dataset.feature_names == (f"{markup} a", f"{markup} b")
        qtbot.waitUntil(lambda: window.state.snapshot is not None, timeout=5000)
        window.step_through_selected()
        look(name)
    window.close()


def test_a_data_file_name_is_shown_as_written(qtbot, hostile, tmp_path, monkeypatch):
    from nnviz.gui.panels.settings_panel import SettingsPanel
    from nnviz.core.config import CSV, resolve
    from nnviz.core.lessons import load_lesson

    config = resolve(load_lesson("xor").config)
    path = tmp_path / '<img src="loaded.png">.csv'
    panel = SettingsPanel(config.with_data(name=CSV, path=str(path)))
    qtbot.addWidget(panel)
    assert html_read(panel.window()) == []


def test_the_graphs_hover_tooltip_shows_a_column_name_as_written(qtbot, graph_view, hostile):
    """The tooltip of input x₁ names its CSV column: Qt shows it, never reads it."""
    from nnviz.core.network import Network
    from nnviz.gui.views.graph.layout import Hit
    from tests.gui.conftest import XOR_X, XOR_Y, classification, snapshot_of
    from tests.gui.test_graph_view import move_to

    picture, markup = hostile
    spy = OpenSpy(picture)
    graph_view.set_dataset(classification(XOR_X, XOR_Y, features=(f"{markup} a", "b")))
    graph_view.show_snapshot(snapshot_of(Network.create([2, 2, 1], seed=1)))
    layout = graph_view.graph_layout
    node = layout.node_at(0, 0)
    move_to(qtbot, graph_view, layout.node_x[node], layout.node_y[node])
    qtbot.waitUntil(QToolTip.isVisible)
    assert f"x₁ ({markup} a)" in graph_view.describe(Hit("input", 0, 0))
    assert f"({markup} a)" in _shown(QToolTip.text())
    assert not spy.opened()
