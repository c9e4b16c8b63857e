"""Animations for slides: frames (pictures of the window or of one view) into an animated GIF
that loops forever, or into a folder of numbered PNG files. Qt-free: a frame is an H×W×3
(RGB) or H×W×4 (RGBA, the alpha dropped) ``uint8`` array; Pillow encodes.

    data = gif_bytes(frames, fps=5)           # bytes of a GIF: len(frames) pictures, loop 0
    write_gif("training.gif", frames, fps=5)  # written atomically (core.files)
    write_png_frames("frames", frames)        # frames/frame_0001.png … all or nothing

The colours: a GIF holds at most 256 colours a frame. The app's colours are flat (the UI, the
colour maps' steps, anti-aliased text), so every frame is quantised to its own adaptive
palette (Pillow's fast octree, no dithering: flat areas stay flat, text stays crisp).
The timing: GIF counts in hundredths of a second and viewers slow down frames shorter than
20 ms, so at most MAX_FPS = 50 frames per second; each frame's duration is rounded to 10 ms
so that the total stays exact (at 3 fps: 330, 340, 330 ms …).
Two frames in a row that are identical are stored as one frame shown for both durations
(Pillow does that; the timing is unchanged).
"""

from __future__ import annotations

import io
import os
import re
import secrets
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from nnviz.core.errors import Cancelled, InputError
from nnviz.core.files import check_writable, write_atomically
from nnviz.core.i18n import translate

MIN_FPS, MAX_FPS = 1, 50  # GIF's delays are hundredths of a second; < 20 ms is slowed down
MAX_FRAMES = 1000  # 200 seconds at 5 frames per second: longer is a video, not a slide
MAX_FRAME_BYTES = 2 << 30  # 2 GiB of RGBA frames held in memory (1920x1080: 258 frames)
FRAME_NAME = "frame_{:04d}.png"
FRAME_PATTERN = re.compile(r"frame_\d{4,}\.png")


def check_fps(fps: object, source: str = "fps") -> int:
    """Frames per second: a whole number MIN_FPS..MAX_FPS."""
    if isinstance(fps, bool) or not isinstance(fps, (int, np.integer)) \
            or not MIN_FPS <= fps <= MAX_FPS:
        raise InputError(translate("Gif", "{source}: frames per second must be a whole number "
                                          "from {low} to {high}, not {fps}")
                         .format(source=source, low=MIN_FPS, high=MAX_FPS, fps=fps))
    return int(fps)


def check_recording(n_frames: int, width: int, height: int, source: str = "frames") -> None:
    """An animation of ``n_frames`` pictures of width×height can be held and encoded:
    1..MAX_FRAMES frames, at most MAX_FRAME_BYTES of RGBA pixels. Callers check before they
    record (before any training)."""
    if not 1 <= n_frames <= MAX_FRAMES:
        raise InputError(translate("Gif", "{source}: an animation has 1 to {most} frames, not "
                                          "{n}").format(source=source, most=f"{MAX_FRAMES:,}",
                                                        n=f"{n_frames:,}"))
    if n_frames * width * height * 4 > MAX_FRAME_BYTES:
        most = MAX_FRAME_BYTES // (width * height * 4)
        raise InputError(translate("Gif", "{source}: {n} frames of {w}x{h} pixels need more than "
                                          "{gib} GiB of memory; at most {most} frames at that "
                                          "size (or make it smaller)")
                         .format(source=source, n=f"{n_frames:,}", w=width, h=height,
                                 gib=MAX_FRAME_BYTES >> 30, most=f"{most:,}"))


def check_frames(frames: Sequence[np.ndarray]) -> tuple[int, int]:
    """(height, width) of ``frames``: at least one, all uint8 H×W×3 or H×W×4 of one size,
    within :func:`check_recording`'s limits."""
    if len(frames) == 0:
        raise InputError(translate("Gif", "no frames to write: record at least one"))
    shape = None
    for i, frame in enumerate(frames, start=1):
        frame = np.asarray(frame)
        if frame.dtype != np.uint8 or frame.ndim != 3 or frame.shape[2] not in (3, 4) \
                or frame.shape[0] < 1 or frame.shape[1] < 1:
            raise InputError(translate("Gif", "frame {i}: expected an H×W×3 or H×W×4 picture of "
                                              "bytes, not {shape} {dtype}")
                             .format(i=i, shape="×".join(map(str, frame.shape)), dtype=frame.dtype))
        if shape is None:
            shape = frame.shape[:2]
        elif frame.shape[:2] != shape:
            raise InputError(translate("Gif", "frame {i} is {w}x{h} pixels, frame 1 is {w1}x{h1}: "
                                              "all frames must have one size")
                             .format(i=i, w=frame.shape[1], h=frame.shape[0], w1=shape[1],
                                     h1=shape[0]))
    check_recording(len(frames), shape[1], shape[0])
    return shape


def durations(n_frames: int, fps: int) -> list[int]:
    """Each frame's duration in ms, multiples of 10 (GIF's unit), summing to n/fps seconds
    rounded to 10 ms: frame i lasts round(t_{i+1}) − round(t_i), t_i = i·1000/fps."""
    ends = [int(round(i * 100 / fps)) * 10 for i in range(n_frames + 1)]
    return [max(10, b - a) for a, b in zip(ends, ends[1:])]


def _paletted(frame: np.ndarray):
    """A frame as a Pillow "P" image: its own palette of ≤ 256 colours, no dithering."""
    from PIL import Image

    rgb = Image.fromarray(np.ascontiguousarray(np.asarray(frame)[:, :, :3]), "RGB")
    return rgb.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)


def gif_bytes(frames: Sequence[np.ndarray], fps: int = 5,
              progress: Callable[[int, int], bool] | None = None) -> bytes:
    """The animated GIF of ``frames`` (checked: :func:`check_frames`) at ``fps`` frames per
    second, looping forever (loop = 0). ``progress(done, total)`` is called after each frame's
    palette; when it returns False the encoding stops (:class:`Cancelled`)."""
    fps = check_fps(fps)
    check_frames(frames)
    images = []
    for frame in frames:
        images.append(_paletted(frame))
        if progress is not None and not progress(len(images), len(frames) + 1):
            raise Cancelled()
    buffer = io.BytesIO()
    # optimize=False: Pillow's palette optimisation rewrites a frame's palette; the frames'
    # own palettes already hold only the colours they use
    images[0].save(buffer, format="GIF", save_all=True, append_images=images[1:], loop=0,
                   duration=durations(len(images), fps), optimize=False, disposal=1)
    return buffer.getvalue()


def write_gif(path: str | Path, frames: Sequence[np.ndarray], fps: int = 5) -> int:
    """Write the GIF of ``frames`` to ``path`` atomically (the old file stays on any failure);
    the number of bytes written."""
    data = gif_bytes(frames, fps)
    write_atomically(Path(path), data)
    return len(data)


def png_bytes(frame: np.ndarray) -> bytes:
    """One frame as PNG bytes (RGB; an alpha channel is dropped)."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(np.asarray(frame)[:, :, :3]), "RGB").save(
        buffer, format="PNG", compress_level=3)
    return buffer.getvalue()


def check_frame_folder(folder: str | Path) -> Path:
    """The folder for numbered frames, checked before recording: a new folder in an existing
    one, or an existing folder without numbered frames (frame_0001.png …) in it."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InputError(translate("Gif", "{path}: is a file, not a folder for the frames")
                         .format(path=folder))
    if folder.is_dir():
        check_writable(folder / FRAME_NAME.format(1))
        if any(FRAME_PATTERN.fullmatch(p.name) for p in folder.iterdir()):
            raise InputError(translate("Gif", "{path}: already holds numbered frames "
                                              "(frame_0001.png …); choose a new or empty folder")
                             .format(path=folder))
    else:
        check_writable(folder.parent / ".nnviz-frames")
    return folder


def write_png_frames(folder: str | Path, frames: Sequence[np.ndarray]) -> list[Path]:
    """Write ``frames`` as ``folder``/frame_0001.png, frame_0002.png, … : all of them or none.
    The frames are written into a temporary folder beside (a new ``folder``: renamed to it) or
    inside (an existing one: its files moved in); on any failure what was written is removed
    and the folder's other contents stay. The paths written."""
    check_frames(frames)
    folder = check_frame_folder(folder)
    existed = folder.is_dir()
    parent = folder if existed else folder.parent
    tmp = parent / f".{folder.name}.{secrets.token_hex(4)}.tmp"
    names = [FRAME_NAME.format(i) for i in range(1, len(frames) + 1)]
    moved: list[Path] = []
    name = ""
    try:
        tmp.mkdir()
        for name, frame in zip(names, frames):
            write_atomically(tmp / name, png_bytes(frame))
        name = ""
        if not existed:
            os.rename(tmp, folder)
            tmp = None
        else:
            for name in names:
                os.rename(tmp / name, folder / name)
                moved.append(folder / name)
    except OSError as e:  # (a WriteError is an InputError and an OSError)
        for path in moved:
            path.unlink(missing_ok=True)
        reason = (e.strerror or str(e)).rstrip(".")
        raise InputError(translate("Gif", "{path}: cannot write {name} ({reason}); no frames "
                                          "were written")
                         .format(path=folder, name=name or translate("Gif", "the frames"),
                                 reason=reason[:1].lower() + reason[1:])) from None
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return [folder / name for name in names]
