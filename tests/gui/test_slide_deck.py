"""File → Export slide deck: a hidden second window draws the deck; the lecturer's window is
left as it was; Cancel writes nothing; a bad folder is one message."""

from pathlib import Path

from PySide6.QtWidgets import QProgressDialog

from nnviz.gui.shell import slide_deck


def choose(monkeypatch, folder: Path | None) -> None:
    monkeypatch.setattr(slide_deck, "ask_folder",
                        lambda *args: None if folder is None else str(folder))


def test_the_deck_is_written_at_the_windows_size_and_the_window_is_left_alone(
        window, monkeypatch, tmp_path, messages):
    choose(monkeypatch, tmp_path / "deck")
    lesson_step, lesson = window.lesson_step, window.state.lesson
    assert slide_deck.export_deck_from(window) == tmp_path / "deck"
    pictures = sorted(p.name for p in (tmp_path / "deck").glob("*.png"))
    lesson_pages = [f"lesson-{k:02d}.png" for k in range(len(lesson.steps) + 1)]
    assert pictures[:len(lesson_pages)] == lesson_pages and len(pictures) > len(lesson_pages)
    from PySide6.QtGui import QImage
    first = QImage(str(tmp_path / "deck" / "lesson-00.png"))
    assert (first.width(), first.height()) == (window.width(), window.height())
    assert messages == []
    assert window.lesson_step == lesson_step and window.state.lesson is lesson
    assert window.isVisible()


def test_cancel_writes_nothing(window, monkeypatch, tmp_path):
    choose(monkeypatch, tmp_path / "deck")
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    assert slide_deck.export_deck_from(window) is None
    assert list(tmp_path.glob("deck*")) == [] and not list(tmp_path.glob(".deck*"))


def test_no_folder_chosen_does_nothing(window, monkeypatch, tmp_path, messages):
    choose(monkeypatch, None)
    assert slide_deck.export_deck_from(window) is None
    assert messages == []


def test_a_folder_with_other_files_is_one_message(window, monkeypatch, tmp_path, messages):
    folder = tmp_path / "talk"
    folder.mkdir()
    (folder / "thesis.tex").write_text("mine")
    choose(monkeypatch, folder)
    assert slide_deck.export_deck_from(window) is None
    assert messages == [("Export slide deck", f"{folder}: holds other files (thesis.tex); "
                                              f"choose a new or empty folder")]
    assert sorted(p.name for p in folder.iterdir()) == ["thesis.tex"]


def test_the_file_menu_exports_the_deck(window, monkeypatch, tmp_path):
    choose(monkeypatch, tmp_path / "deck")
    action = next(a for a in window.actions() if a.text() == "Export &slide deck (PNG, Beamer)…")
    action.trigger()
    assert (tmp_path / "deck" / "slides.md").is_file()
