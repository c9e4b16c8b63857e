"""Reading and writing the user's text files: one clear InputError, never a partial file.

:func:`read_text` reads a whole UTF-8 file (a byte-order mark is dropped) and names what is
wrong: no such file, a directory, unreadable, binary (NUL bytes), or the first line with a
byte that is not UTF-8. :func:`write_text_atomically` writes beside the target, then renames.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from nnviz.core.errors import InputError


def read_text(path: Path, kind: str, expected: str) -> str:
    """The text of ``path``; ``kind`` names the file ("a CSV file") and ``expected`` its
    content ("CSV text") in the messages."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not {kind}") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    if b"\x00" in raw:
        raise InputError(f"{path}: not a text file (it contains NUL bytes); expected {expected}")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise InputError(f"{path}: not a UTF-8 text file (line {line} has a byte that is not UTF-8)") from None


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a reader sees either the old or the new file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
