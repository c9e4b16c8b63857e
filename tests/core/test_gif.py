"""core.gif: frames into a looping GIF and into a folder of numbered PNGs, whole or not at all.

The GIFs are decoded with Pillow: the number of frames, their size, the loop count, each
frame's duration, and each decoded frame compared with the frame given (the palette keeps
flat colours exactly). A full disk and a read-only folder are simulated as for every writer
(tests/core/test_files_writes.py)."""

import io

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from nnviz.core import gif
from nnviz.core.errors import Cancelled, InputError

from tests.core.test_files_writes import OLD, assert_kept, full_disk_after, old_file, read_only

# flat colours of the app (background, blue, orange, grey text)
COLOURS = np.array([[255, 255, 255], [31, 119, 180], [230, 126, 34], [90, 90, 90]], np.uint8)


def frames_with_a_moving_bar(n: int, height: int = 40, width: int = 64) -> list[np.ndarray]:
    """n frames: white, a grey label, and a blue bar that grows by 4 pixels a frame (the
    picture changes only there), an orange dot that stays."""
    frames = []
    for i in range(n):
        frame = np.empty((height, width, 3), np.uint8)
        frame[:] = COLOURS[0]
        frame[2:6, 2:20] = COLOURS[3]
        frame[20:30, : 4 * (i + 1)] = COLOURS[1]
        frame[30:34, 50:54] = COLOURS[2]
        frames.append(frame)
    return frames


def decoded(data: bytes) -> tuple[Image.Image, list[np.ndarray], list[int]]:
    image = Image.open(io.BytesIO(data))
    pictures, durations = [], []
    for i in range(image.n_frames):
        image.seek(i)
        durations.append(image.info["duration"])
        pictures.append(np.asarray(image.convert("RGB")))
    return image, pictures, durations


def test_n_frames_of_the_size_looping_forever_at_the_fps():
    frames = frames_with_a_moving_bar(6)
    image, pictures, durations = decoded(gif.gif_bytes(frames, fps=4))
    assert image.format == "GIF" and image.n_frames == 6 and image.size == (64, 40)
    assert image.info["loop"] == 0
    assert durations == [250] * 6
    for picture, frame in zip(pictures, frames):
        np.testing.assert_array_equal(picture, frame)  # flat colours kept exactly


def test_frames_differ_exactly_where_the_picture_changed():
    frames = frames_with_a_moving_bar(3)
    _, pictures, _ = decoded(gif.gif_bytes(frames, fps=5))
    changed = np.any(pictures[1] != pictures[0], axis=2)
    rows, cols = np.nonzero(changed)
    assert (rows.min(), rows.max(), cols.min(), cols.max()) == (20, 29, 4, 7)
    assert np.all(pictures[2][20:30, 8:12] == COLOURS[1])


def test_durations_are_tens_of_ms_and_keep_the_total():
    assert gif.durations(3, 3) == [330, 340, 330]
    assert gif.durations(5, 50) == [20] * 5
    assert gif.durations(2, 1) == [1000, 1000]
    _, _, durations = decoded(gif.gif_bytes(frames_with_a_moving_bar(3), fps=3))
    assert durations == [330, 340, 330]


@settings(max_examples=30, deadline=None)
@given(n=st.integers(1, 200), fps=st.integers(gif.MIN_FPS, gif.MAX_FPS))
def test_the_durations_add_up_to_n_over_fps(n, fps):
    d = gif.durations(n, fps)
    assert len(d) == n and all(x % 10 == 0 and x >= 10 for x in d)
    assert abs(sum(d) - n * 1000 / fps) <= 5


def test_rgba_frames_lose_their_alpha_and_many_colours_stay_close():
    rng = np.random.default_rng(0)
    rgba = rng.integers(0, 256, (2, 30, 30, 4), dtype=np.uint8)
    _, pictures, _ = decoded(gif.gif_bytes(list(rgba), fps=5))
    assert pictures[0].shape == (30, 30, 3)
    # 900 random colours into 256: every pixel close, on average very close
    error = np.abs(pictures[0].astype(int) - rgba[0, :, :, :3])
    assert error.mean() < 12


@pytest.mark.parametrize("frames, words", [
    ([], "no frames"),
    ([np.zeros((4, 4, 3), np.uint8), np.zeros((4, 5, 3), np.uint8)], "frame 2 is 5x4"),
    ([np.zeros((4, 4), np.uint8)], "frame 1: expected an H×W×3"),
    ([np.zeros((4, 4, 3), np.float32)], "float32"),
])
def test_bad_frames_are_one_message(frames, words):
    with pytest.raises(InputError, match=words):
        gif.gif_bytes(frames, fps=5)


@pytest.mark.parametrize("fps", [0, 51, 2.5, True, -1])
def test_fps_out_of_range(fps):
    with pytest.raises(InputError, match="frames per second must be a whole number from 1 to 50"):
        gif.gif_bytes(frames_with_a_moving_bar(1), fps=fps)


def test_too_many_frames_or_pixels_are_refused_before_anything_is_held():
    with pytest.raises(InputError, match="1 to 1,000 frames, not 1,001"):
        gif.check_recording(1001, 64, 40)
    with pytest.raises(InputError, match="--frames 300: 300 frames of 1920x1080 pixels need more than 2 GiB of memory; "
                                         "at most 258 frames"):
        gif.check_recording(300, 1920, 1080, "--frames 300")
    gif.check_recording(258, 1920, 1080)


def test_progress_returning_false_cancels_the_encoding():
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 2

    with pytest.raises(Cancelled):
        gif.gif_bytes(frames_with_a_moving_bar(5), 5, progress)
    assert seen == [(1, 6), (2, 6)]


def test_write_gif_writes_the_bytes(tmp_path):
    frames = frames_with_a_moving_bar(4)
    n = gif.write_gif(tmp_path / "a.gif", frames, fps=5)
    assert (tmp_path / "a.gif").read_bytes() == gif.gif_bytes(frames, fps=5)
    assert n == (tmp_path / "a.gif").stat().st_size


def test_a_full_disk_leaves_the_old_gif_and_no_partial_file(monkeypatch, tmp_path):
    out = old_file(tmp_path, "talk.gif")
    full_disk_after(monkeypatch, 100)
    with pytest.raises(InputError, match="no space left on device"):
        gif.write_gif(out, frames_with_a_moving_bar(4), fps=5)
    assert_kept(out, OLD)


def test_a_read_only_folder_leaves_the_old_gif(monkeypatch, tmp_path):
    out = old_file(tmp_path, "talk.gif")
    reason = read_only(monkeypatch, out.parent)
    with pytest.raises(InputError, match="permission denied"):
        gif.write_gif(out, frames_with_a_moving_bar(2), fps=5)
    assert reason and assert_kept(out, OLD) is None


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        gif.write_gif(tmp_path / "nowhere" / "a.gif", frames_with_a_moving_bar(1), fps=5)


# -- the PNG frame folder ---------------------------------------------------------------------
def test_numbered_pngs_into_a_new_folder(tmp_path):
    frames = frames_with_a_moving_bar(3)
    paths = gif.write_png_frames(tmp_path / "frames", frames)
    assert [p.name for p in paths] == ["frame_0001.png", "frame_0002.png", "frame_0003.png"]
    assert sorted(p.name for p in (tmp_path / "frames").iterdir()) == [p.name for p in paths]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["frames"]  # no temporary left
    for path, frame in zip(paths, frames):
        np.testing.assert_array_equal(np.asarray(Image.open(path).convert("RGB")), frame)


def test_a_folder_with_other_files_is_refused_and_untouched(tmp_path):
    folder = tmp_path / "frames"
    folder.mkdir()
    (folder / "notes.txt").write_bytes(OLD)
    with pytest.raises(InputError, match=r"frames: holds other files \(notes.txt\); choose a "
                                         r"new or empty folder"):
        gif.write_png_frames(folder, frames_with_a_moving_bar(2))
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    assert (folder / "notes.txt").read_bytes() == OLD


def test_earlier_frames_are_replaced_whole(tmp_path):
    folder = tmp_path / "frames"
    gif.write_png_frames(folder, frames_with_a_moving_bar(4))
    gif.write_png_frames(folder, frames_with_a_moving_bar(2))  # no frame_0003.png lingers
    assert sorted(p.name for p in folder.iterdir()) == ["frame_0001.png", "frame_0002.png"]


@pytest.mark.parametrize("existing", [False, True])
def test_a_full_disk_writes_no_frame_at_all(monkeypatch, tmp_path, existing):
    folder = tmp_path / "frames"
    if existing:
        gif.write_png_frames(folder, frames_with_a_moving_bar(1))
    before = {p.name: p.read_bytes() for p in folder.iterdir()} if existing else None
    one = len(gif.png_bytes(frames_with_a_moving_bar(1)[0]))
    full_disk_after(monkeypatch, 2 * one + 10)  # room for two frames, not the third
    kept = "; the existing folder is unchanged" if existing else ""
    with pytest.raises(InputError) as e:
        gif.write_png_frames(folder, frames_with_a_moving_bar(4))
    assert str(e.value) == f"{folder}: cannot write (no space left on device){kept}"
    if existing:
        assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == (["frames"] if existing else [])


def test_a_file_in_place_of_the_folder_is_named(tmp_path):
    (tmp_path / "frames").write_bytes(OLD)
    with pytest.raises(InputError, match="is a file, not a folder"):
        gif.write_png_frames(tmp_path / "frames", frames_with_a_moving_bar(1))


def test_one_palette_keeps_a_small_flat_dot_exact_beside_a_smooth_gradient():
    """A heatmap of 128 x 128 smoothly varying oranges (1,536 colours, more than a GIF's 256)
    and a 3 x 3 dot of an orange among them but not one of them (a class's colour): the dot
    keeps its colour exactly (median cut alone puts it 157 away, in squared units), the
    gradient stays close, and both frames share one palette (the unchanged gradient is
    identical)."""
    y, x = np.mgrid[0:128, 0:128]
    heat = np.stack([150 + 3 * (x // 4), 60 + 3 * (y // 4), 20 + 2 * ((x + y) // 8)],
                    axis=2).astype(np.uint8)
    dot_colour = np.array([230, 127, 35], np.uint8)
    frames = []
    for i in range(2):
        frame = np.concatenate([heat, np.full((128, 32, 3), 255, np.uint8)], axis=1)
        frame[10 + 20 * i: 13 + 20 * i, 140:143] = dot_colour  # the dot moves
        frames.append(frame)
    image, pictures, _ = decoded(gif.gif_bytes(frames, fps=5))
    for picture, frame in zip(pictures, frames):
        assert np.all(picture[:, 128:][frame[:, 128:].all(axis=2) == 255] == 255)
        dot = np.all(frame == dot_colour, axis=2)
        assert dot.sum() == 9 and np.all(picture[dot] == dot_colour)
        assert np.abs(picture[:, :128].astype(int) - heat).mean() < 2
    np.testing.assert_array_equal(pictures[0][:, :128], pictures[1][:, :128])


def test_the_shared_palette_has_256_colours_with_the_frequent_ones_exact():
    frames = frames_with_a_moving_bar(4)
    palette = gif.shared_palette(frames)
    assert palette.shape == (256, 3)
    for colour in COLOURS:
        assert any(np.array_equal(colour, p) for p in palette)


def test_frames_of_another_size_are_fitted_inside_the_first_keeping_their_aspect():
    first = np.zeros((40, 60, 3), np.uint8)
    wide = np.full((10, 30, 3), 50, np.uint8)  # twice as wide as the 60x40 box: 60x20 fitted
    wide[3:7, 10:20] = 200  # a block in the middle, on the background colour 50
    tall = np.full((80, 20, 3), 90, np.uint8)  # scaled by 1/2: 10x40 in the middle
    fitted = gif.fit_frames([first, wide, tall])
    assert [f.shape for f in fitted] == [(40, 60, 3)] * 3
    assert fitted[0] is first
    assert np.all(fitted[1][:10] == 50) and np.all(fitted[1][30:] == 50)  # the bands: its colour
    assert np.all(fitted[1][17:23, 24:36] >= 190)  # the block, twice as large, in the middle
    assert np.all(np.abs(fitted[1][10:30, :12].astype(int) - 50) <= 2)  # (resampling ripples)
    assert np.all(fitted[2] == 90)
    assert gif.fit_frames([]) == []
