"""core.folders: a folder of files is written whole or not at all, and a lecturer's other
files are never replaced."""

import errno
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.errors import InputError
from nnviz.core.files import WriteError
from nnviz.core.folders import check_folder, write_folder_atomically

from tests.core.test_files_writes import failing, full_disk_after, read_only

OURS = re.compile(r"page-\d{2}\.png|notes\.md")


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def siblings(folder: Path) -> list[str]:
    """What lies beside ``folder``: a temporary folder left behind would show here."""
    return sorted(p.name for p in folder.parent.iterdir())


def an_old_deck(tmp_path: Path) -> Path:
    deck = tmp_path / "deck"
    deck.mkdir()
    for k in range(3):
        (deck / f"page-{k:02d}.png").write_bytes(b"old %d" % k)
    return deck


def test_a_new_folder_holds_exactly_the_files(tmp_path):
    files = {"page-00.png": b"\x89PNG one", "page-01.png": b"\x89PNG two", "notes.md": "σ = 1\n"}
    write_folder_atomically(tmp_path / "deck", files, OURS)
    assert contents(tmp_path / "deck") == {"notes.md": "σ = 1\n".encode(),
                                           "page-00.png": b"\x89PNG one",
                                           "page-01.png": b"\x89PNG two"}
    assert siblings(tmp_path / "deck") == ["deck"]


def test_an_earlier_deck_is_replaced_whole_so_no_old_page_lingers(tmp_path):
    deck = an_old_deck(tmp_path)
    write_folder_atomically(deck, {"page-00.png": b"new"}, OURS)
    assert contents(deck) == {"page-00.png": b"new"}
    assert siblings(deck) == ["deck"]


def test_a_folder_with_other_files_is_refused_and_untouched(tmp_path):
    deck = an_old_deck(tmp_path)
    (deck / "thesis.tex").write_bytes(b"mine")
    before = contents(deck)
    with pytest.raises(InputError, match=r"deck: holds other files \(thesis.tex\); choose a new "
                                         r"or empty folder"):
        write_folder_atomically(deck, {"page-00.png": b"new"}, OURS)
    assert contents(deck) == before


@pytest.mark.parametrize("where, message", [
    ("missing/deck", "the folder {parent} does not exist"),
    ("a-file", "is a file, not a folder"),
])
def test_a_path_that_cannot_be_a_deck_is_refused(tmp_path, where, message):
    (tmp_path / "a-file").write_bytes(b"x")
    target = tmp_path / where
    with pytest.raises(InputError) as e:
        check_folder(target, OURS)
    assert str(e.value) == f"{target}: " + message.format(parent=target.parent)


def test_a_full_disk_leaves_the_old_deck_and_no_temporary_folder(tmp_path, monkeypatch):
    deck = an_old_deck(tmp_path)
    before = contents(deck)
    full_disk_after(monkeypatch, 10)
    with pytest.raises(WriteError) as e:
        write_folder_atomically(deck, {"page-00.png": b"x" * 100, "page-01.png": b"y"}, OURS)
    assert str(e.value) == (f"{deck}: cannot write (no space left on device); "
                            f"the existing folder is unchanged")
    assert e.value.errno == errno.ENOSPC
    assert contents(deck) == before
    assert siblings(deck) == ["deck"]


def test_a_read_only_parent_is_refused_before_writing(tmp_path, monkeypatch):
    read_only(monkeypatch, tmp_path)
    with pytest.raises(WriteError, match="permission denied"):
        write_folder_atomically(tmp_path / "deck", {"page-00.png": b"x"}, OURS)
    assert siblings(tmp_path / "deck") == []


def test_a_failing_swap_puts_the_old_deck_back(tmp_path, monkeypatch):
    deck = an_old_deck(tmp_path)
    before = contents(deck)
    real_rename = os.rename

    def rename(src, dst):
        if Path(dst) == deck.resolve() and ".tmp" in Path(src).name:
            failing(errno.EIO)()
        return real_rename(src, dst)

    monkeypatch.setattr(os, "rename", rename)
    with pytest.raises(WriteError, match="input/output error"):
        write_folder_atomically(deck, {"page-00.png": b"new"}, OURS)
    assert contents(deck) == before
    assert siblings(deck) == ["deck"]


@settings(max_examples=30, deadline=None)
@given(st.dictionaries(st.integers(0, 99).map(lambda k: f"page-{k:02d}.png"),
                       st.binary(max_size=64), max_size=6))
def test_the_folder_holds_exactly_what_was_written(tmp_path_factory, files):
    deck = tmp_path_factory.mktemp("decks") / "deck"
    write_folder_atomically(deck, files, OURS)
    write_folder_atomically(deck, files, OURS)  # again, over itself
    assert contents(deck) == dict(sorted(files.items()))
