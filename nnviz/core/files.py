"""Reading the user's text files and writing every file nnviz saves for the user: one clear
InputError, never a partial file.

:func:`read_text` reads a user's text file (model, lesson, CSV table): only a regular file
(:func:`check_regular`, before opening: a FIFO, device or directory is refused), at most a
size limit (read up to limit + 1 bytes, never the whole file first), strict UTF-8 (a
byte-order mark is dropped); it names what is wrong: no such file, not a regular file, too
big, unreadable, binary (NUL bytes), or the first line with a byte that is not UTF-8. :func:`write_atomically` is the one writer (models, lessons, PNG, SVG,
LaTeX, markdown): a temporary file beside the target, flushed to the disk, renamed over it;
on any failure the old file is kept, the temporary removed, and a :class:`WriteError` names
the file and the reason.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path

from nnviz.core.errors import InputError
from nnviz.core.i18n import translate


MAX_TEXT_BYTES = 16 << 20  # 16 MiB: a model or a lesson is a few kilobytes
MAX_CSV_BYTES = 256 << 20  # 256 MiB: a table of a million rows of a few numbers


def check_regular(path: Path, kind: str) -> os.stat_result:
    """``os.stat`` of a regular file, checked before anything opens it (opening a FIFO would
    wait for a writer); a missing file, directory, FIFO, device or socket is refused."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(translate("Files", "{path}: no such file").format(path=path)) from None
    except (OSError, ValueError) as e:  # ValueError: a NUL byte in the name
        raise _cannot_read(path, getattr(e, "strerror", None) or e) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(translate("Files", "{path}: is a directory, not {kind}")
                         .format(path=path, kind=kind))
    if not stat.S_ISREG(st.st_mode):
        what = (
            translate("Files", "a FIFO (named pipe)") if stat.S_ISFIFO(st.st_mode)
            else translate("Files", "a device") if stat.S_ISCHR(st.st_mode)
            or stat.S_ISBLK(st.st_mode)
            else translate("Files", "a socket") if stat.S_ISSOCK(st.st_mode)
            else translate("Files", "not a regular file")
        )
        raise InputError(translate("Files", "{path}: is {what}, not {kind}; expected a regular file")
                         .format(path=path, what=what, kind=kind))
    return st


def _cannot_read(path: Path, reason: object) -> InputError:
    return InputError(translate("Files", "{path}: cannot read ({reason})")
                      .format(path=path, reason=reason))


def _too_big(path: Path, kind: str, limit: int) -> InputError:
    return InputError(translate("Files", "{path}: too big for {kind} (more than {limit} bytes)")
                      .format(path=path, kind=kind, limit=f"{limit:,}"))


def read_bytes(path: Path, kind: str, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The bytes of the regular file ``path`` (:func:`check_regular` first), at most
    ``limit``: limit + 1 bytes are read, and a file that gives more is refused without reading
    the rest (a file that grows after the check is still cut there)."""
    if check_regular(path, kind).st_size > limit:
        raise _too_big(path, kind, limit)
    try:
        with open(path, "rb") as f:
            raw = f.read(limit + 1)
    except OSError as e:
        raise _cannot_read(path, e.strerror) from None
    if len(raw) > limit:
        raise _too_big(path, kind, limit)
    return raw


def read_text(path: Path, kind: str, expected: str, limit: int = MAX_TEXT_BYTES) -> str:
    """The text of ``path``, read by :func:`read_bytes` (a regular file of at most ``limit``
    bytes: MAX_TEXT_BYTES = 16 MiB for models and lessons, MAX_CSV_BYTES = 256 MiB for
    tables) and decoded as strict UTF-8 (a byte-order mark is dropped); ``kind`` names the
    file ("a CSV file") and ``expected`` its content ("CSV text") in the messages."""
    raw = read_bytes(path, kind, limit)
    if b"\x00" in raw:
        raise InputError(translate("Files", "{path}: not a text file (it contains NUL bytes); "
                                            "expected {expected}")
                         .format(path=path, expected=expected))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise InputError(translate("Files", "{path}: not a UTF-8 text file (line {line} has a "
                                            "byte that is not UTF-8)")
                         .format(path=path, line=line)) from None


class WriteError(InputError, OSError):
    """A file could not be written: the message names it, the reason and whether the file
    that was there is unchanged. An InputError (one line for the user) and an OSError with the
    system's ``errno`` and ``strerror``, so callers catching the system's errors see it too."""

    def __init__(self, message: str, code: int | None = None, reason: str | None = None):
        super().__init__(message)
        self.errno, self.strerror = code, reason

    def __str__(self) -> str:
        return self.args[0]


def check_writable(path: Path) -> None:
    """An InputError unless ``path`` can be written: its folder exists and is writable, and
    ``path`` is a new name or a writable regular file. Callers check before costly work."""
    folder = path.parent
    if not folder.is_dir():
        raise InputError(translate("Files", "{path}: the folder {folder} does not exist")
                         .format(path=path, folder=folder))
    if path.is_dir():
        raise InputError(translate("Files", "{path}: is a folder, not a file name").format(path=path))
    if path.exists() and not path.is_file():
        raise InputError(translate("Files", "{path}: is not a regular file; choose a file name")
                         .format(path=path))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _write_error(path, errno.EACCES,
                           translate("Files", "permission denied: the folder {folder} is not "
                                              "writable").format(folder=folder))
    if path.exists() and not os.access(path, os.W_OK):
        raise _write_error(path, errno.EACCES,
                           translate("Files", "permission denied: the file is read-only"))


def write_atomically(path: Path, data: bytes | str) -> None:
    """Write ``data`` (``str`` as UTF-8) to ``path`` so that a reader sees the old file or the
    new one, never part of one; the new file keeps the old one's permissions. A failure
    (no space left, permission denied, ...) leaves the old file and no temporary behind and
    raises a :class:`WriteError`."""
    path = Path(path)
    check_writable(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    target = Path(os.path.realpath(path))  # through a symlink: the file it points to
    tmp = None
    try:
        fd, tmp = _create_beside(target)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                if written == 0:  # a regular file takes at least a byte, or says why not
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if target.exists():
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))
        os.replace(tmp, target)
        tmp = None
    except OSError as e:
        raise _write_error(path, e.errno, e.strerror or str(e)) from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    _sync_folder(target.parent)


def _create_beside(target: Path) -> tuple[int, Path]:
    """A new empty file ``.<name>.<random>.tmp`` in ``target``'s folder, opened for writing
    (mode 0666 less the umask, as an ordinary new file): (its descriptor, its path)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue


def _sync_folder(folder: Path) -> None:
    """Flush the folder's entry for the renamed file to the disk where folders can be opened
    (POSIX); the file itself is already written, so a failure here is not reported."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_error(path: Path, code: int | None, reason: str) -> WriteError:
    reason = reason[:1].lower() + reason[1:]
    message = (translate("Files", "{path}: cannot write ({reason}); the existing file is "
                                  "unchanged") if path.exists()
               else translate("Files", "{path}: cannot write ({reason})"))
    return WriteError(message.format(path=path, reason=reason), code, reason)
