"""File → Export animation: the dialog's checks, a recording driven by training (a frame
every K steps), by the lesson's steps and by the step-through, its progress, Cancel (nothing
written) and a full disk (one message, the old file kept)."""

import io

import numpy as np
import pytest
from PIL import Image
from PySide6.QtWidgets import QDialog, QPushButton

from nnviz.gui.shell.animation_dialog import (
    LESSON, TRAINING, WALK, AnimationDialog, AnimationExport, AnimationSettings, check_settings,
)
from tests.core.test_files_writes import OLD, assert_kept, full_disk_after, old_file


def settings(tmp_path, drive=TRAINING, frames=3, **changes) -> AnimationSettings:
    values = dict(source=None, drive=drive, every=5, fps=5, frames=frames, width=400,
                  path=str(tmp_path / "a.gif"), folder=None)
    values.update(changes)
    return AnimationSettings(**values)


def record(qtbot, window, chosen: AnimationSettings) -> tuple[AnimationExport, list]:
    export = AnimationExport(window, chosen)
    progress = []
    export.recorder.progressed.connect(lambda done, total, text: progress.append((done, total)))
    export.start()
    return export, progress


def decoded(path) -> tuple[Image.Image, list[np.ndarray]]:
    image = Image.open(io.BytesIO(path.read_bytes()))
    frames = []
    for i in range(image.n_frames):
        image.seek(i)
        frames.append(np.asarray(image.convert("RGB")))
    return image, frames


def test_training_gives_a_frame_every_k_steps_then_pauses(qtbot, window, messages, tmp_path):
    assert not window.state.running
    chosen = settings(tmp_path, frames=3, every=5, folder=str(tmp_path / "frames"))
    export, progress = record(qtbot, window, chosen)
    qtbot.waitUntil(lambda: export.recorder.done, timeout=30_000)
    assert messages == []
    assert progress[:3] == [(1, 3), (2, 3), (3, 3)]  # recording, then encoding
    steps = export.captured
    assert len(steps) == 3 and all(b - a >= 5 for a, b in zip(steps, steps[1:]))
    image, frames = decoded(tmp_path / "a.gif")
    assert image.n_frames == 3 and image.size[0] == 400 and image.info["loop"] == 0
    assert np.any(frames[0] != frames[2])  # the loss curve grew
    assert sorted(p.name for p in (tmp_path / "frames").iterdir()) == [
        "frame_0001.png", "frame_0002.png", "frame_0003.png"]
    qtbot.waitUntil(lambda: not window.state.running, timeout=5000)  # it started, it paused
    assert window.statusBar().currentMessage().startswith(f"Wrote {tmp_path / 'a.gif'}: 3 frames of 400×")


def test_the_lesson_steps_one_frame_each_of_one_view(qtbot, window, messages, tmp_path):
    count = len(window.state.lesson.steps)
    export, progress = record(qtbot, window, settings(tmp_path, LESSON, frames=100,
                                                      source="loss", width=None))
    qtbot.waitUntil(lambda: export.recorder.done, timeout=30_000)
    assert messages == []
    assert progress[0] == (1, count + 1) and (count + 1, count + 1) in progress
    image, _ = decoded(tmp_path / "a.gif")
    assert image.size == (window.view("loss").width(), window.view("loss").height())
    assert image.n_frames >= 2  # (identical frames in a row are merged)


def test_cancel_while_recording_writes_nothing(qtbot, window, messages, tmp_path):
    chosen = settings(tmp_path, WALK, frames=50, folder=str(tmp_path / "frames"))
    export, progress = record(qtbot, window, chosen)
    qtbot.waitUntil(lambda: len(progress) >= 2, timeout=10_000)
    export.progress.findChild(QPushButton).click()  # Cancel
    qtbot.wait(200)
    assert export.recorder.done and not export.recorder.recording
    assert [p.name for p in tmp_path.iterdir() if p.name != "nnviz.ini"] == []
    assert messages == [] and not export.progress.isVisible()
    assert len(progress) < 50


def test_cancel_while_encoding_writes_nothing(qtbot, window, messages, tmp_path):
    export, progress = record(qtbot, window, settings(tmp_path, WALK, frames=4))
    qtbot.waitUntil(lambda: not export.recorder.recording, timeout=10_000)
    export.cancel()
    qtbot.wait(300)
    assert not (tmp_path / "a.gif").exists() and messages == []


def test_a_full_disk_is_one_message_and_the_old_gif_stays(qtbot, window, messages, monkeypatch,
                                                         tmp_path):
    out = old_file(tmp_path, "talk.gif")
    full_disk_after(monkeypatch, 500)
    export, _ = record(qtbot, window, settings(tmp_path, WALK, frames=2, path=str(out)))
    qtbot.waitUntil(lambda: export.recorder.done, timeout=10_000)
    assert messages == [("Cannot export the animation",
                         f"{out}: cannot write (no space left on device); the existing file is "
                         f"unchanged")]
    assert_kept(out, OLD)


@pytest.mark.parametrize("changes, words", [
    (dict(path="talk.png"), "talk.png: the animation is a GIF"),
    (dict(path="/no/such/folder/a.gif"), "does not exist"),
    (dict(frames=1001), "the length: an animation has 1 to 1,000 frames"),
    (dict(width=1920, frames=400), "need more than 2 GiB"),
])
def test_the_dialog_checks_before_recording(qtbot, window, tmp_path, changes, words):
    with pytest.raises(Exception, match=words):
        check_settings(window, settings(tmp_path, **changes))


def test_the_menu_opens_the_dialog_and_a_bad_choice_keeps_it_open(qtbot, window, messages,
                                                                  tmp_path):
    action = next(a for a in window.actions() if a.text() == "Export &animation (GIF)…")
    action.trigger()
    dialog = window.findChild(AnimationDialog)
    assert dialog is not None and dialog.isVisible()
    assert [dialog.source.itemData(i) for i in range(dialog.source.count())] == [None, "loss"]
    dialog.path.setText(str(tmp_path / "talk.png"))
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.Accepted
    assert messages and messages[-1][0] == "Cannot export the animation"
    dialog.path.setText(str(tmp_path / "talk.gif"))
    dialog.frames.setValue(2)
    dialog.png.setChecked(True)
    assert dialog.settings().folder == str(tmp_path / "talk-frames")
    dialog.drive.setCurrentIndex(1)  # the step-through
    dialog.accept()
    qtbot.waitUntil(lambda: window.animation.recorder.done, timeout=30_000)
    assert (tmp_path / "talk.gif").exists()
    assert len(list((tmp_path / "talk-frames").iterdir())) == 2
