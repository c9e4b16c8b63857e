"""Write a whole folder of files (a slide deck, numbered animation frames) so that a reader
sees the old folder or the new one, never part of either.

The files are written into a new hidden folder beside the target, then swapped in with two
renames; the old folder (if any) is removed only after the new one stands. Before anything is
written, the target must be a new name, an empty folder, or a folder holding only files this
kind of export writes (``ours``, e.g. a previous deck): a lecturer's other files are never
replaced.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
from collections.abc import Mapping
from pathlib import Path

from nnviz.core.errors import InputError
from nnviz.core.files import WriteError, write_atomically
from nnviz.core.i18n import translate


def check_folder(folder: Path, ours: re.Pattern[str]) -> None:
    """An InputError unless ``folder`` can take an export: its parent exists and is writable,
    and ``folder`` is new, empty or holds only names matching ``ours``."""
    folder = Path(folder)
    parent = folder.parent
    if not parent.is_dir():
        raise InputError(translate("Folders", "{folder}: the folder {parent} does not exist")
                         .format(folder=folder, parent=parent))
    if folder.exists() and not folder.is_dir():
        raise InputError(translate("Folders", "{folder}: is a file, not a folder")
                         .format(folder=folder))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise WriteError(translate("Folders", "{folder}: cannot write (permission denied: the "
                                              "folder {parent} is not writable)")
                         .format(folder=folder, parent=parent))
    if folder.is_dir():
        others = sorted(p.name for p in folder.iterdir() if not ours.fullmatch(p.name))
        if others:
            raise InputError(translate(
                "Folders", "{folder}: holds other files ({names}); choose a new or empty folder")
                .format(folder=folder, names=", ".join(others[:3]) + (", …" if others[3:] else "")))


def write_folder_atomically(folder: Path, files: Mapping[str, bytes | str],
                            ours: re.Pattern[str]) -> None:
    """Make ``folder`` hold exactly ``files`` (name -> content, each name matching ``ours``).

    A failure (no space left, permission denied, ...) leaves the old folder as it was and no
    temporary folder behind, and raises a WriteError naming ``folder``."""
    folder = Path(folder)
    check_folder(folder, ours)
    bad = [name for name in files if not ours.fullmatch(name) or Path(name).name != name]
    if bad:
        raise ValueError(f"not an export's file name: {bad[0]}")
    target = Path(os.path.realpath(folder))
    staging = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    aside = target.with_name(f".{target.name}.{secrets.token_hex(4)}.old")
    try:
        staging.mkdir()
        for name, data in files.items():
            write_atomically(staging / name, data)
        if target.exists():
            os.rename(target, aside)
            try:
                os.rename(staging, target)
            except OSError:
                os.rename(aside, target)
                raise
            shutil.rmtree(aside, ignore_errors=True)
        else:
            os.rename(staging, target)
    except OSError as e:  # WriteError is an OSError too
        kept = translate("Folders", "; the existing folder is unchanged") if folder.exists() else ""
        reason = e.strerror or str(e)
        raise WriteError(translate("Folders", "{folder}: cannot write ({reason}){kept}")
                         .format(folder=folder, reason=reason[:1].lower() + reason[1:], kept=kept),
                         e.errno, reason) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
