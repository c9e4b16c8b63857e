"""core.files.write_atomically, the one writer: the old file or the new one, never part of one.

A full disk and a read-only folder are simulated (no tmpfs without root): os.write accepts a
few bytes and then raises ENOSPC, os.fsync / os.replace / os.open raise, os.access says no.
"""

import errno
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.errors import InputError
from nnviz.core.files import WriteError, check_writable, write_atomically

OLD = b"old contents\n" * 50


def full_disk_after(monkeypatch, room: int) -> None:
    """os.write takes ``room`` more bytes in all, then raises ENOSPC (a disk filling up)."""
    real_write = os.write
    left = [room]

    def write(fd, data):
        if left[0] == 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        n = real_write(fd, bytes(data[:left[0]]))
        left[0] -= n
        return n

    monkeypatch.setattr(os, "write", write)


def failing(code: int):
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))
    return fail


def read_only(monkeypatch, folder: Path) -> str:
    """os.access says ``folder`` is not writable (chmod does not stop root); the message."""
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw:
                        Path(p) != folder and real_access(p, mode, **kw))
    return f"cannot write (permission denied: the folder {folder} is not writable)"


def old_file(tmp_path: Path, name: str) -> Path:
    """``tmp_path``/out/``name`` holding OLD."""
    path = tmp_path / "out" / name
    path.parent.mkdir()
    path.write_bytes(OLD)
    return path


def assert_kept(path: Path, old: bytes) -> None:
    """``path`` holds ``old`` byte for byte and is the only file in its folder."""
    assert path.read_bytes() == old
    assert [p.name for p in path.parent.iterdir()] == [path.name]


@pytest.fixture
def target(tmp_path) -> Path:
    return old_file(tmp_path, "picture.png")


def test_writes_bytes_and_text_as_utf8_with_the_usual_permissions(tmp_path):
    write_atomically(tmp_path / "a.bin", b"\x89PNG\r\n\x00\xff")
    write_atomically(tmp_path / "b.tex", "σ(z¹₁) = 0.5\n")
    write_atomically(tmp_path / "c.json", "{}\n")
    assert (tmp_path / "a.bin").read_bytes() == b"\x89PNG\r\n\x00\xff"
    assert (tmp_path / "b.tex").read_bytes() == "σ(z¹₁) = 0.5\n".encode()
    assert (tmp_path / "c.json").read_bytes() == b"{}\n"
    umask = os.umask(0o022)
    os.umask(umask)
    for name in ("a.bin", "b.tex", "c.json"):  # as open(..., "w") makes it, not 0600
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o666 & ~umask
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.bin", "b.tex", "c.json"]


def test_replacing_keeps_the_old_files_permissions_and_follows_a_symlink(tmp_path):
    real = tmp_path / "real.md"
    real.write_bytes(OLD)
    real.chmod(0o640)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_atomically(link, "new\n")
    assert link.is_symlink() and real.read_bytes() == b"new\n"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


@pytest.mark.parametrize("room", [0, 1, 100, len(OLD) - 1])
def test_a_full_disk_keeps_the_old_file_and_says_so(target, monkeypatch, room):
    full_disk_after(monkeypatch, room)
    with pytest.raises(InputError) as caught:
        write_atomically(target, OLD.replace(b"old", b"new") * 3)
    assert str(caught.value) == (f"{target}: cannot write (no space left on device); "
                                 f"the existing file is unchanged")
    assert_kept(target, OLD)


@pytest.mark.parametrize("stage, code, reason", [
    ("fsync", errno.EIO, "input/output error"),
    ("replace", errno.EACCES, "permission denied"),
    ("replace", errno.EROFS, "read-only file system"),
    ("open", errno.EDQUOT, "disk quota exceeded"),
    ("chmod", errno.EPERM, "operation not permitted"),
])
def test_any_failing_step_keeps_the_old_file(target, monkeypatch, stage, code, reason):
    monkeypatch.setattr(os, stage, failing(code))
    with pytest.raises(WriteError) as caught:
        write_atomically(target, b"new")
    assert str(caught.value) == f"{target}: cannot write ({reason}); the existing file is unchanged"
    assert isinstance(caught.value, OSError) and caught.value.errno == code
    assert caught.value.strerror == reason  # what callers catching OSError print
    assert_kept(target, OLD)


def test_a_failure_on_a_new_name_leaves_nothing(tmp_path, monkeypatch):
    full_disk_after(monkeypatch, 10)
    with pytest.raises(InputError, match=r"new\.svg: cannot write \(no space left on device\)$"):
        write_atomically(tmp_path / "new.svg", b"<svg>" + b" " * 100 + b"</svg>")
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_folder_is_refused_before_anything_is_written(target, monkeypatch):
    reason = read_only(monkeypatch, target.parent)
    monkeypatch.setattr(os, "open", failing(errno.EBADF))  # never reached
    with pytest.raises(WriteError) as caught:
        write_atomically(target, b"new")
    assert str(caught.value) == f"{target}: {reason}; the existing file is unchanged"
    assert reason == (f"cannot write (permission denied: the folder {target.parent} "
                      f"is not writable)")
    assert caught.value.errno == errno.EACCES
    assert_kept(target, OLD)


def test_a_read_only_file_is_refused(target, monkeypatch):
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw:
                        Path(p) != target and real_access(p, mode, **kw))
    with pytest.raises(WriteError, match="permission denied: the file is read-only"):
        write_atomically(target, b"new")
    assert_kept(target, OLD)


def test_a_really_read_only_folder(target):
    target.parent.chmod(0o555)
    try:
        if os.access(target.parent, os.W_OK):
            pytest.skip("running as root: chmod does not stop root from writing")
        with pytest.raises(InputError, match="permission denied.*the existing file is unchanged"):
            write_atomically(target, b"new")
        assert_kept(target, OLD)
    finally:
        target.parent.chmod(0o755)


@pytest.mark.parametrize("name, words", [
    ("missing/x.png", "the folder {folder}/missing does not exist"),
    ("sub", "is a folder, not a file name"),
])
def test_a_path_that_cannot_be_a_file(tmp_path, name, words):
    (tmp_path / "sub").mkdir()
    with pytest.raises(InputError, match=words.format(folder=tmp_path)):
        check_writable(tmp_path / name)
    with pytest.raises(InputError, match=words.format(folder=tmp_path)):
        write_atomically(tmp_path / name, b"x")
    assert [p.name for p in tmp_path.iterdir()] == ["sub"]


def test_a_fifo_is_not_opened(tmp_path):
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="is not a regular file"):
        write_atomically(fifo, b"x")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(old=st.binary(max_size=300), new=st.binary(max_size=300), room=st.integers(0, 300))
def test_the_file_is_the_old_one_or_the_new_one(tmp_path_factory, old, new, room):
    """Whatever the disk takes before it is full: the old bytes, or all of the new ones."""
    path = tmp_path_factory.mktemp("w") / "f.bin"
    path.write_bytes(old)
    with pytest.MonkeyPatch.context() as mp:
        full_disk_after(mp, room)
        try:
            write_atomically(path, new)
            written = True
        except WriteError:
            written = False
    assert written == (room >= len(new) or len(new) == 0)
    assert_kept(path, new if written else old)
