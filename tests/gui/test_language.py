"""The interface language: choosing it, installing Qt's translators, View → Language switching
at run time (the window rebuilt in the new language, the choice saved), and no untranslated
English reaching a widget of the Thai window."""

from __future__ import annotations

import html
import re

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QDockWidget,
    QGraphicsSimpleTextItem, QGraphicsTextItem, QGraphicsView, QGroupBox, QLabel, QLineEdit,
    QMainWindow, QMenu, QTabBar, QWidget,
)

from nnviz import cli
from nnviz.core import i18n
from nnviz.core.activations import ACTIVATIONS
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.lessons import lesson_names, load_lesson
from nnviz.gui import app as app_module
from nnviz.gui.kit import dialogs
from nnviz.gui.language import (
    LANGUAGES, NATIVE_NAMES, check_language, choose_language, install_language,
    qt_translation_file, saved_language, set_window_factory, translation_file,
    uninstall_language,
)
from nnviz.gui.shell.main_window import MainWindow
from nnviz.gui.shell.menus import show_shortcuts
from nnviz.session.commands import OpenWalk, Walk

THAI = re.compile(r"[\u0E00-\u0E7F]")
TIMEOUT = 10_000


@pytest.fixture(autouse=True)
def english_after(qapp):
    yield
    uninstall_language(qapp)
    set_window_factory(None)
    app_module._windows.clear()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "nnviz.ini"), QSettings.IniFormat)


@pytest.fixture
def messages(monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_message",
                        lambda parent, title, text, level="information": shown.append((title, text)))
    return shown


# -- choosing ----------------------------------------------------------------------------
@pytest.mark.parametrize("setting, system, expected", [
    (None, "th_TH", "th"), (None, "vi_VN", "vi"), (None, "pt_BR", "pt_BR"),
    (None, "pt_PT", "en"), (None, "de_DE", "en"), (None, "en_GB", "en"), (None, "C", "en"),
    (None, "", "en"), (None, None, "en"), (None, "th_TH.UTF-8", "th"), (None, "pt-BR", "pt_BR"),
    ("vi", "th_TH", "vi"), ("en", "th_TH", "en"), ("pt_BR", "en_US", "pt_BR"),
    ("klingon", "th_TH", "th"),  # an unknown saved value is ignored
])
def test_choose_language(setting, system, expected):
    assert choose_language(setting, system) == expected


def test_the_four_languages_in_their_own_names():
    assert LANGUAGES == ("en", "th", "vi", "pt_BR")
    assert [NATIVE_NAMES[c] for c in LANGUAGES] == [
        "English", "ไทย", "Tiếng Việt", "Português (Brasil)"]
    assert cli.LANGUAGE_CODES == LANGUAGES  # the CLI checks --lang without importing Qt


def test_an_unknown_language_names_the_choices():
    with pytest.raises(InputError, match=r"--lang xx: unknown language; choose one of en, th, vi, pt_BR"):
        check_language("xx")


def test_cli_rejects_an_unknown_lang_with_one_line_and_status_2(capsys):
    assert cli.main(["--lang", "xx", "lessons"]) == 2
    assert cli.main(["lessons", "--lang", "fr"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["nnviz: error: --lang xx: unknown language; choose one of en, th, vi, pt_BR",
                   "nnviz: error: --lang fr: unknown language; choose one of en, th, vi, pt_BR"]


def test_the_translation_files_are_shipped():
    for code in LANGUAGES[1:]:
        assert translation_file(code).is_file(), code
    assert qt_translation_file("pt_BR").is_file()  # PySide6 ships Qt's own pt_BR


# -- installing --------------------------------------------------------------------------
def test_install_routes_core_translate_through_qt(qapp):
    install_language("pt_BR", qapp)
    assert i18n.language() == "pt_BR"
    assert translate("LanguageMenu", "&Language") == "&Idioma"
    assert translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert translate("NoSuchContext", "%n things", None, 3) == "3 things"  # no translation
    install_language("en", qapp)
    assert i18n.language() == "en"
    assert translate("LanguageMenu", "&Language") == "&Language"


def test_thai_and_vietnamese_carry_qts_button_texts(qapp):
    install_language("th", qapp)
    assert translate("QPlatformTheme", "Cancel") == "ยกเลิก"
    install_language("vi", qapp)
    assert translate("QPlatformTheme", "Cancel") == "Hủy"


def test_without_an_application_the_translators_answer_directly(monkeypatch):
    monkeypatch.setattr("nnviz.gui.language.QCoreApplication.instance", lambda: None)
    install_language("vi")
    assert translate("LanguageMenu", "&Language") == "&Ngôn ngữ"
    assert translate("NoSuchContext", "%n things", None, 2) == "2 things"
    uninstall_language()
    assert translate("LanguageMenu", "&Language") == "&Language"


def test_the_app_reads_left_to_right_in_every_language(qapp):
    for code in LANGUAGES:
        install_language(code, qapp)
        assert qapp.layoutDirection() == Qt.LeftToRight


# -- the window in Thai, and switching -----------------------------------------------------
def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def language_menu(window) -> QMenu:
    """The View → Language submenu."""
    view_menu = window.menuBar().actions()[3].menu()
    found = window.findChild(QMenu, "language-menu")
    assert found is not None and found.menuAction() in view_menu.actions()
    return found


def test_the_window_built_after_installing_thai_has_thai_menus(qtbot, qapp, messages, settings):
    install_language("th", qapp)
    w = MainWindow(load_lesson("xor"), settings=settings, start_training=False)
    qtbot.addWidget(w)
    titles = menu_titles(w)
    assert len(titles) == 5
    assert all(THAI.search(t) for t in titles), titles
    checked = [a.data() for a in language_menu(w).actions() if a.isChecked()]
    assert checked == ["th"]


@pytest.fixture
def closed_at_end():
    """Windows to close after the test unless Qt has deleted them already (a replaced one)."""
    windows = []
    yield windows
    for window in windows:
        if shiboken6.isValid(window):
            window.close()
            window.deleteLater()


def test_switching_thai_to_english_rebuilds_the_window_and_saves_the_choice(
        qtbot, qapp, messages, settings, closed_at_end):
    install_language("th", qapp)
    old = MainWindow(load_lesson("xor"), settings=settings, lesson_step=1)
    closed_at_end.append(old)
    old.show()
    app_module.use_window_factory(settings, old)
    assert language_menu(old).title() == "ภาษา (&L)"
    english = next(a for a in language_menu(old).actions() if a.data() == "en")
    english.trigger()
    qtbot.waitUntil(lambda: app_module._windows and app_module._windows[0] is not old,
                    timeout=TIMEOUT)
    new = app_module._windows[0]
    closed_at_end.append(new)
    assert language_menu(new).title() == "&Language"
    assert menu_titles(new) == ["&File", "&Training", "&Lesson", "&View", "&Help"]
    assert i18n.language() == "en"
    assert saved_language(settings) == "en"
    assert QSettings(settings.fileName(), QSettings.IniFormat).value("language") == "en"
    assert new.state.lesson.name == "xor" and new.lesson_step == 1  # the same place
    assert new.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(old), timeout=TIMEOUT)  # closed and deleted
    assert QApplication.quitOnLastWindowClosed()  # restored after the swap
    checked = [a.data() for a in language_menu(new).actions() if a.isChecked()]
    assert checked == ["en"]


def test_without_a_factory_the_choice_is_saved_for_the_next_window(qtbot, qapp, messages,
                                                                    settings, closed_at_end):
    w = MainWindow(load_lesson("xor"), settings=settings, start_training=False)
    closed_at_end.append(w)
    vietnamese = next(a for a in language_menu(w).actions() if a.data() == "vi")
    vietnamese.trigger()
    qtbot.waitUntil(lambda: saved_language(settings) == "vi", timeout=TIMEOUT)
    assert i18n.language() == "vi"


# -- no untranslated English reaches a widget --------------------------------------------
# Names and symbols that stay as they are in every language.
ALLOWED = {
    "nnviz", "png", "svg", "gif", "csv", "json", "toml", "xor", "mnist", "relu", "tanh", "sgd",
    "adam", "rmsprop", "adagrad", "nesterov", "rosenbrock", "himmelblau", "sigmoid", "softmax",
    "ctrl", "shift", "alt", "esc", "pagedown", "pageup", "space", "beamer", "latex", "and",
    "or", "nand", "nor", "identity", "linear", "mse", "epoch", "gradient", "perceptron",
}
# Words of the interface that must never show in English in another language.
UI_WORDS = {
    "file", "training", "lesson", "view", "help", "play", "pause", "step", "reset", "open",
    "save", "export", "loss", "weights", "settings", "accuracy", "speed", "close", "cancel",
    "next", "previous", "back", "data", "network", "layers", "samples", "test", "train",
}
# Identifiers a list shows as they are written in a lesson file (activation functions).
IDENTIFIERS = set(ACTIVATIONS)
WORDS = re.compile(r"[A-Za-z]{3,}(?:[' -][A-Za-z]{3,})+|[A-Za-z]{3,}")


def lesson_english_texts() -> list[str]:
    """The English texts of the shipped lessons that have no Thai translation (the lesson
    file's words, not the app's: H7a's lessons carry title_th, text_th, ...)."""
    texts = []
    for name in lesson_names():
        lesson = load_lesson(name)
        keys = {k for k, _ in lesson.texts}
        texts += [v for k, v in lesson.texts if "_" not in k.rsplit(".", 1)[-1]
                  and f"{k}_th" not in keys]
        if not any(k.endswith("_th") for k in keys):
            texts += [lesson.title, lesson.description]
            texts += [t for s in lesson.steps for t in (s.title, s.text)]
    return sorted({" ".join(t.split()) for t in texts if t}, key=len, reverse=True)


def english_in(text: str, lesson_texts: list[str]) -> list[str]:
    """The English words of ``text`` (runs of 2+ words of 3+ letters, or one interface word
    alone) once the lessons' own untranslated texts and the allowed names are taken out."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text)).replace("&&", "").replace("&", "")
    text = " ".join(text.split())
    if text in IDENTIFIERS:
        return []
    for lesson_text in lesson_texts:
        text = text.replace(lesson_text, " ")
    text = re.sub(r"[\w-]*\d[\w-]*|\w+_\w+", " ", text)  # file names, identifiers: names
    leaks = []
    for match in WORDS.finditer(text):
        words = [w for w in re.split(r"[' -]", match.group()) if w.lower() not in ALLOWED]
        if len(words) >= 2 or (len(words) == 1 and words[0].lower() in UI_WORDS):
            leaks.append(match.group())
    return leaks


def shown_texts(window) -> list[tuple[str, str]]:
    """(where, text) of every text the window shows: widgets, actions, tabs, docks, item
    views, pyqtgraph's titles, axis labels and text items."""
    found: list[tuple[str, str]] = [("window title", window.windowTitle())]
    for widget in window.findChildren(QWidget):
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        found.append((f"{where} tooltip", widget.toolTip()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((where, widget.text()))
        if isinstance(widget, QDockWidget):
            found.append((where, widget.windowTitle()))
        if isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        if isinstance(widget, QLineEdit):
            found.append((where, widget.placeholderText()))
        if isinstance(widget, QComboBox):
            found += [(where, widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTabBar):
            found += [(where, widget.tabText(i)) for i in range(widget.count())]
            found += [(where, widget.tabToolTip(i)) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(min(model.columnCount(), 20)):
                found.append((where, str(model.headerData(column, Qt.Horizontal) or "")))
                for row in range(min(model.rowCount(), 50)):
                    found.append((where, str(model.index(row, column).data() or "")))
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if isinstance(item, QGraphicsTextItem):
                    found.append((f"{where} {type(item.parentItem()).__name__}",
                                  item.toPlainText()))
                elif isinstance(item, QGraphicsSimpleTextItem):
                    found.append((where, item.text()))
    actions = [a for menu in window.findChildren(QMenu) for a in menu.actions()]
    for action in actions + window.actions():
        found += [("action", action.text()), ("action tooltip", action.toolTip())]
    if isinstance(window, QMainWindow):
        found += [("menu", a.text()) for a in window.menuBar().actions()]
        found.append(("status bar", window.statusBar().currentMessage()))
    return [(where, text) for where, text in found if text and text.strip()]


def test_no_untranslated_english_reaches_a_widget_in_thai(qtbot, qapp, messages, settings):
    install_language("th", qapp)
    w = MainWindow(load_lesson("xor"), settings=settings)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: w.state.snapshot is not None, timeout=TIMEOUT)
    for dock in w.docks.values():  # build the views behind tabs too
        dock.show()
        dock.raise_()
    qtbot.wait(50)
    w.draw_frame()
    assert_thai(shown_texts(w))


def assert_thai(texts: list[tuple[str, str]]) -> None:
    lesson_texts = lesson_english_texts()
    leaks = sorted({(where, text) for where, text in texts if english_in(text, lesson_texts)})
    assert not leaks, f"{len(leaks)} English texts in the Thai window:\n" + "\n".join(
        f"  {where}: {text!r}" for where, text in leaks)


def test_no_untranslated_english_in_the_step_through_lecture_mode_and_dialogs(
        qtbot, qapp, messages, settings):
    install_language("th", qapp)
    w = MainWindow(load_lesson("xor"), settings=settings)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: w.state.snapshot is not None, timeout=TIMEOUT)
    w.route(OpenWalk(1))
    qtbot.waitUntil(lambda: w.state.walk is not None and not w.state.running, timeout=TIMEOUT)
    w.route(Walk("to", number=5))
    w.draw_frame()
    texts = shown_texts(w)
    w.enter_lecture_mode(full_screen=False)
    w.page_lesson(+1)  # the lesson's first step: its narration strip
    qtbot.wait(50)
    w.draw_frame()
    texts += shown_texts(w)
    w.leave_lecture_mode()
    dialog = show_shortcuts(w)
    texts += shown_texts(dialog)
    dialog.close()
    assert_thai(texts + [("message", text) for pair in messages for text in pair])


@pytest.mark.parametrize("text, leaks", [
    ("ไฟล์", []), ("&File", ["File"]), ("Open model", ["Open model"]), ("tanh", []),
    ("ฝึกด้วย SGD และ Adam", []), ("Ctrl+O", []), ("w₁ = 0.5", []),
    ("ค่าสูญเสีย (loss)", ["loss"]), ("XOR needs a hidden layer", []),
    ("<b>XOR needs a\nhidden layer</b>", []), ("step", []), ("Step", ["Step"]), ("ภาพ IDX (train-images-idx3-ubyte)", []),
    ("it&#x27;s the lesson&#x27;s step", ["the lesson", "step"]),
])
def test_the_english_detector(text, leaks):
    assert english_in(text, ["XOR needs a hidden layer"]) == leaks


def test_lang_after_the_sub_command_installs_the_language_for_it(monkeypatch, capsys):
    seen = []
    monkeypatch.setattr("nnviz.commands.lessons.run", lambda args: seen.append(i18n.language()))
    assert cli.main(["lessons", "--lang", "vi"]) == 0
    uninstall_language()
    assert cli.main(["--lang", "pt_BR", "lessons"]) == 0
    uninstall_language()
    assert cli.main(["lessons"]) == 0  # the sub-commands write English without --lang
    assert seen == ["vi", "pt_BR", "en"]


def test_fonts_for_thai_and_vietnamese_are_installed(qapp):
    from PySide6.QtGui import QFontDatabase, QFontMetrics, QFont

    thai = QFontDatabase.families(QFontDatabase.WritingSystem.Thai)
    assert thai, "no Thai font: run packaging/install-system-deps.sh (fonts-tlwg-loma-otf)"
    vietnamese = QFontDatabase.families(QFontDatabase.WritingSystem.Vietnamese)
    assert vietnamese, "no Vietnamese font: run packaging/install-system-deps.sh (DejaVu)"
    for family, text in ((thai[0], "ค่าสูญเสียชั้นพื้น"), (vietnamese[0], "Tiếng Việt độ chính xác")):
        metrics = QFontMetrics(QFont(family))
        assert all(metrics.inFontUcs4(ord(c)) for c in text if not c.isspace()), family
