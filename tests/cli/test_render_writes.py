"""`nnviz render --out` writes through core.files.write_atomically: into a read-only folder or
onto a full disk it exits 2 with one line and the old picture stays byte for byte (both
simulated: os.access says no, os.write raises ENOSPC after a few bytes)."""

import os

import pytest
from PySide6.QtGui import QImage

from nnviz.core.training import Trainer

from tests.core.test_files_writes import OLD, assert_kept, full_disk_after, old_file, read_only

QUICK = ("--size", "640x400", "--steps", "5")
RENDERS = {"trained": QUICK, "lesson step": ("--size", "640x400", "--lesson-step", "0")}


def trained_although_the_picture_cannot_be_written(*args):
    raise AssertionError("the --out folder is checked before any training")


@pytest.mark.parametrize("how", RENDERS)
def test_a_full_disk_is_one_line_and_the_old_picture_stays(qapp, run_cli, monkeypatch, tmp_path,
                                                           how):
    out = old_file(tmp_path, "xor.png")
    full_disk_after(monkeypatch, 100)
    result = run_cli("render", "--out", out, *RENDERS[how])
    assert result.status == 2 and result.out == ""
    assert result.err == (f"nnviz: error: --out {out}: cannot write (no space left on device); "
                          f"the existing file is unchanged\n")
    assert_kept(out, OLD)


def test_a_read_only_folder_is_refused_before_training(qapp, run_cli, monkeypatch, tmp_path):
    out = old_file(tmp_path, "xor.png")
    reason = read_only(monkeypatch, out.parent)
    monkeypatch.setattr(Trainer, "run", trained_although_the_picture_cannot_be_written)
    result = run_cli("render", "--out", out, *QUICK)
    assert result.status == 2 and result.out == ""
    assert result.err == f"nnviz: error: --out {out}: {reason}; the existing file is unchanged\n"
    assert_kept(out, OLD)


def test_a_really_read_only_folder(qapp, run_cli, tmp_path):
    out = old_file(tmp_path, "xor.png")
    out.parent.chmod(0o555)
    try:
        if os.access(out.parent, os.W_OK):
            pytest.skip("running as root: chmod does not stop root from writing")
        result = run_cli("render", "--out", out, *QUICK)
        assert result.status == 2 and "permission denied" in result.err
        assert result.err.count("\n") == 1
        assert_kept(out, OLD)
    finally:
        out.parent.chmod(0o755)


def test_an_old_picture_is_replaced_whole(qapp, run_cli, tmp_path):
    out = old_file(tmp_path, "xor.png")
    out.chmod(0o640)
    result = run_cli("render", "--out", out, *QUICK)
    assert result.status == 0 and result.out.startswith(f"wrote {out} (640x400)")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (640, 400)
    assert oct(out.stat().st_mode & 0o777) == "0o640"  # the old file's permissions
    assert [p.name for p in out.parent.iterdir()] == ["xor.png"]
