"""`nnviz render --gif`: an animated GIF of the window, a frame every K training steps, one
per step-through step or one per lesson step; everything checked before any training."""

import io

import numpy as np
import pytest
from PIL import Image

from nnviz.core.training import Trainer

from tests.core.test_files_writes import OLD, assert_kept, full_disk_after, old_file

SMALL = ("--size", "640x400")


def gif_frames(path) -> tuple[Image.Image, list[np.ndarray]]:
    image = Image.open(io.BytesIO(path.read_bytes()))
    frames = []
    for i in range(image.n_frames):
        image.seek(i)
        frames.append(np.asarray(image.convert("RGB")).astype(int))
    return image, frames


def test_a_frame_every_k_steps_shows_training_change_the_picture(qapp, run_cli, tmp_path):
    out = tmp_path / "xor.gif"
    result = run_cli("render", "--gif", out, *SMALL, "--frames", "3", "--every", "5",
                     "--steps", "15", "--fps", "4")
    assert result.status == 0, result.err
    image, frames = gif_frames(out)
    assert image.n_frames == 3 and image.size == (640, 400) and image.info["loop"] == 0
    assert image.info["duration"] == 250
    for a, b in zip(frames, frames[1:]):
        changed = np.any(a != b, axis=2)
        assert changed.sum() > 500  # the loss curve, the boundary, the weights, the status
    assert result.out.startswith(f"wrote {out}: 3 frames of 640x400 at 4 per second, ")
    assert "a frame every 5 steps, 15 steps: train loss" in result.out


def test_the_png_frames_match_the_gif(qapp, run_cli, tmp_path):
    out, folder = tmp_path / "a.gif", tmp_path / "frames"
    assert run_cli("render", "--gif", out, *SMALL, "--frames", "2", "--every", "3",
                   "--png-frames", folder).status == 0
    assert sorted(p.name for p in folder.iterdir()) == ["frame_0001.png", "frame_0002.png"]
    _, frames = gif_frames(out)
    png = np.asarray(Image.open(folder / "frame_0002.png").convert("RGB")).astype(int)
    assert png.shape == frames[1].shape and np.abs(png - frames[1]).mean() < 3


def test_one_frame_per_step_of_the_step_through(qapp, run_cli, tmp_path):
    out = tmp_path / "walk.gif"
    result = run_cli("render", "--gif", out, *SMALL, "--dataset", "or", "--layers", "2,1",
                     "--output-activation", "sigmoid", "--steps", "5", "--walkthrough", "all",
                     "--sample", "2")
    assert result.status == 0, result.err
    steps = int(result.out.split("steps 1 to ")[1].split(" of ")[0])
    image, frames = gif_frames(out)
    assert steps > 3 and image.n_frames == steps
    assert "the step-through of sample 2, steps 1 to" in result.out
    assert any(np.any(a != b) for a, b in zip(frames, frames[1:]))


def test_one_frame_per_lesson_step_with_one_view(qapp, run_cli, tmp_path):
    out = tmp_path / "lesson.gif"
    result = run_cli("render", "--gif", out, *SMALL, "--lesson-step", "all", "--view", "loss",
                     "--frames", "2")
    assert result.status == 0, result.err
    image, _ = gif_frames(out)
    assert image.n_frames == 2 and image.size[0] < 640  # the loss view, not the window
    assert "lesson xor: its start and steps 1 to 1 of" in result.out


def test_a_view_that_changes_size_between_lesson_steps_fits_the_first_frame(qapp, run_cli,
                                                                            tmp_path):
    """In lecture mode each step brings its own views forward, so the boundary view is laid
    out anew: its later frames are fitted into the first one's size, not refused."""
    out = tmp_path / "lesson.gif"
    result = run_cli("render", "--gif", out, "--size", "1366x768", "--lecture",
                     "--lesson-step", "all", "--view", "boundary", "--frames", "3")
    assert result.status == 0, result.err
    image, frames = gif_frames(out)
    assert image.n_frames == 3 and {f.shape for f in frames} == {frames[0].shape}


def trained_although_the_arguments_are_bad(*args):
    raise AssertionError("the arguments are checked before any training")


@pytest.mark.parametrize("args, words", [
    (["--gif", "x.png"], "--gif x.png: the animation is a GIF, give a file name ending in .gif"),
    (["--gif", "/no/such/folder/x.gif"], "/no/such/folder does not exist"),
    (["--gif", "{tmp}/a.gif", "--frames", "0"], "--frames 0: must be a whole number ≥ 1"),
    (["--gif", "{tmp}/a.gif", "--frames", "1001"], "--frames 1001: an animation has 1 to 1,000"),
    (["--gif", "{tmp}/a.gif", "--size", "1920x1080", "--frames", "300"], "need more than 2 GiB"),
    (["--gif", "{tmp}/a.gif", "--fps", "60"], "--fps 60: frames per second must be a whole "
                                              "number from 1 to 50, not 60"),
    (["--gif", "{tmp}/a.gif", "--every", "0"], "--every 0: must be a whole number ≥ 1"),
    (["--gif", "{tmp}/a.gif", "--view", "nope"], "--view nope: no such view"),
    (["--gif", "{tmp}/a.gif", "--walkthrough", "3"], "give --walkthrough all"),
    (["--gif", "{tmp}/a.gif", "--walkthrough", "all", "--every", "2"], "--every 2: "),
    (["--gif", "{tmp}/a.gif", "--out", "{tmp}/a.png"], "give either --out"),
    (["--gif", "{tmp}/a.gif", "--lesson-step", "all", "--steps", "3"],
     "--steps cannot be combined with --lesson-step all"),
    (["--out", "{tmp}/a.png", "--walkthrough", "all"], "--walkthrough all: needs --gif"),
    (["--out", "{tmp}/a.png", "--frames", "3"], "--frames: needs --gif"),
    ([], "give --out FILE.png (a picture) or --gif FILE.gif (an animation)"),
])
def test_bad_arguments_exit_2_with_one_line_before_training(qapp, run_cli, monkeypatch, tmp_path,
                                                            args, words):
    monkeypatch.setattr(Trainer, "run", trained_although_the_arguments_are_bad)
    result = run_cli("render", *SMALL, *[a.format(tmp=tmp_path) for a in args])
    assert result.status == 2 and result.out == ""
    assert words in result.err and result.err.count("\n") == 1, result.err
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_leaves_the_old_gif(qapp, run_cli, monkeypatch, tmp_path):
    out = old_file(tmp_path, "talk.gif")
    full_disk_after(monkeypatch, 1000)
    result = run_cli("render", "--gif", out, *SMALL, "--frames", "2", "--every", "2")
    assert result.status == 2 and result.out == ""
    assert result.err == (f"nnviz: error: {out}: cannot write (no space left on device); "
                          f"the existing file is unchanged\n")
    assert_kept(out, OLD)
