"""Animations for slides: frames (pictures of the window or of one view) into an animated GIF
that loops forever, or into a folder of numbered PNG files. Qt-free: a frame is an H×W×3
(RGB) or H×W×4 (RGBA, the alpha dropped) ``uint8`` array; Pillow encodes.

    data = gif_bytes(frames, fps=5)           # bytes of a GIF: len(frames) pictures, loop 0
    write_gif("training.gif", frames, fps=5)  # written atomically (core.files)
    write_png_frames("frames", frames)        # frames/frame_0001.png … all or nothing

The colours: a GIF holds at most 256 colours a frame. The app's colours are mostly flat (the
UI, lines, text; the colour maps' smooth steps are the exception), so all frames share one
adaptive palette (:func:`shared_palette`: Pillow's median cut over a few frames, plus the flat
colours it served worst, exactly) and no dithering: flat areas stay flat and exact, text stays
crisp, colours do not flicker between frames, and a pixel that did not change keeps its
index, so each frame stores only the part of the window that changed (half the bytes of a
palette per frame).
The timing: GIF counts in hundredths of a second and viewers slow down frames shorter than
20 ms, so at most MAX_FPS = 50 frames per second; each frame's duration is rounded to 10 ms
so that the total stays exact (at 3 fps: 330, 340, 330 ms …).
Two frames in a row that are identical are stored as one frame shown for both durations
(Pillow does that; the timing is unchanged).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from nnviz.core.errors import Cancelled, InputError
from nnviz.core.files import write_atomically
from nnviz.core.folders import check_folder, write_folder_atomically
from nnviz.core.i18n import translate

MIN_FPS, MAX_FPS = 1, 50  # GIF's delays are hundredths of a second; < 20 ms is slowed down
MAX_FRAMES = 1000  # 200 seconds at 5 frames per second: longer is a video, not a slide
MAX_FRAME_BYTES = 2 << 30  # 2 GiB of RGBA frames held in memory (1920x1080: 258 frames)
PALETTE_SAMPLES = 8  # frames spread over the animation that choose its palette
RESERVED_COLOURS = 48  # palette entries kept for the app's flat colours (shared_palette)
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


def fit_frames(frames: Sequence[np.ndarray]) -> list[np.ndarray]:
    """Every frame at the first one's size: a frame of another size (a view whose place in the
    layout changed between two lesson steps, a window resized while recording) is scaled to fit
    inside, its aspect kept, and centred on its own top-left colour (the window's background)."""
    if len(frames) == 0:
        return []
    from PIL import Image

    height, width = np.asarray(frames[0]).shape[:2]
    fitted = []
    for frame in frames:
        frame = np.asarray(frame)
        if frame.shape[:2] != (height, width):
            scale = min(width / frame.shape[1], height / frame.shape[0])
            w, h = max(1, round(frame.shape[1] * scale)), max(1, round(frame.shape[0] * scale))
            small = np.asarray(Image.fromarray(frame).resize((w, h), Image.Resampling.LANCZOS))
            canvas = np.empty((height, width, frame.shape[2]), np.uint8)
            canvas[:] = frame[0, 0]
            top, left = (height - h) // 2, (width - w) // 2
            canvas[top:top + h, left:left + w] = small
            frame = canvas
        fitted.append(frame)
    return fitted


def durations(n_frames: int, fps: int) -> list[int]:
    """Each frame's duration in ms, multiples of 10 (GIF's unit), summing to n/fps seconds
    rounded to 10 ms: frame i lasts round(t_{i+1}) − round(t_i), t_i = i·1000/fps."""
    ends = [int(round(i * 100 / fps)) * 10 for i in range(n_frames + 1)]
    return [max(10, b - a) for a, b in zip(ends, ends[1:])]


def _keys(frame: np.ndarray) -> np.ndarray:
    """Each pixel's colour as one number 0xRRGGBB (an H×W uint32 array)."""
    rgb = np.asarray(frame)[:, :, :3].astype(np.uint32)
    return (rgb[:, :, 0] << 16) | (rgb[:, :, 1] << 8) | rgb[:, :, 2]


def shared_palette(frames: Sequence[np.ndarray], samples: int = PALETTE_SAMPLES) -> np.ndarray:
    """One palette of 256 RGB colours (256×3 ints) for all ``frames``, chosen on a few frames
    spread over the animation (at half resolution): Pillow's median cut gives 256 − RESERVED
    colours (the colour maps' smooth steps), then the reserved ones go, one at a time, to the
    colour worst served so far (pixels × squared error): the flat colours of the app (a class's
    dots, the background, the lines and text) are kept exactly."""
    from PIL import Image

    picks = np.unique(np.linspace(0, len(frames) - 1, min(samples, len(frames))).round())
    mosaic = np.concatenate([np.asarray(frames[int(i)])[::2, ::2, :3] for i in picks])
    cut = Image.fromarray(np.ascontiguousarray(mosaic), "RGB").quantize(
        256 - RESERVED_COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    n_cut = len(cut.getcolors(256))
    palette = [np.array(cut.getpalette()[: 3 * n_cut], np.int64).reshape(-1, 3)]
    keys, counts = np.unique(_keys(mosaic), return_counts=True)
    colours = np.stack([keys >> 16, (keys >> 8) & 255, keys & 255], 1).astype(np.int64)
    worst = np.full(len(keys), np.iinfo(np.int64).max)
    for start in range(0, len(keys), 4096):
        d = ((colours[start: start + 4096, None, :] - palette[0][None]) ** 2).sum(2)
        worst[start: start + 4096] = d.min(1)
    for _ in range(256 - n_cut):
        score = counts * worst
        i = int(score.argmax())
        if score[i] == 0:
            break
        palette.append(colours[i][None])
        worst = np.minimum(worst, ((colours - colours[i]) ** 2).sum(1))
    chosen = np.concatenate(palette)
    return np.concatenate([chosen, np.zeros((256 - len(chosen), 3), np.int64)])


class _Indexer:
    """Each frame's pixels as indices into one palette: every distinct colour is matched to
    its nearest palette colour once (a table over 0xRRGGBB), so a pixel that did not change
    between frames keeps its index (GIF then stores only what changed)."""

    def __init__(self, palette: np.ndarray) -> None:
        self.palette = palette
        self.index = np.zeros(1 << 24, np.uint8)
        self.known = np.zeros(1 << 24, bool)

    def __call__(self, frame: np.ndarray):
        from PIL import Image

        keys = _keys(frame)
        seen = np.unique(keys)
        new = seen[~self.known[seen]]
        for start in range(0, len(new), 4096):
            chunk = new[start: start + 4096]
            rgb = np.stack([chunk >> 16, (chunk >> 8) & 255, chunk & 255], 1).astype(np.int64)
            distance = ((rgb[:, None, :] - self.palette[None, :, :]) ** 2).sum(2)
            self.index[chunk] = distance.argmin(1)
        self.known[new] = True
        image = Image.fromarray(self.index[keys], "P")
        image.putpalette(self.palette.astype(np.uint8).ravel().tolist())
        return image


def gif_bytes(frames: Sequence[np.ndarray], fps: int = 5,
              progress: Callable[[int, int], bool] | None = None) -> bytes:
    """The animated GIF of ``frames`` (checked: :func:`check_frames`) at ``fps`` frames per
    second, looping forever (loop = 0). ``progress(done, total)`` is called after each frame's
    palette; when it returns False the encoding stops (:class:`Cancelled`)."""
    fps = check_fps(fps)
    check_frames(frames)
    indexed = _Indexer(shared_palette(frames))
    images = []
    for frame in frames:
        images.append(indexed(frame))
        if progress is not None and not progress(len(images), len(frames) + 1):
            raise Cancelled()
    buffer = io.BytesIO()
    # optimize=False: Pillow's palette optimisation would reorder each frame's palette; one
    # palette for all frames keeps unchanged pixels unchanged (only what changed is stored)
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
    """The folder for numbered frames, checked before recording (core.folders): a new or
    empty folder, or one holding only earlier frames (frame_0001.png …), which the new ones
    replace whole."""
    folder = Path(folder)
    check_folder(folder, FRAME_PATTERN)
    return folder


def write_png_frames(folder: str | Path, frames: Sequence[np.ndarray]) -> list[Path]:
    """Write ``frames`` as ``folder``/frame_0001.png, frame_0002.png, … : all of them or none,
    replacing earlier frames whole (core.folders). The paths written."""
    check_frames(frames)
    folder = check_frame_folder(folder)
    names = [FRAME_NAME.format(i) for i in range(1, len(frames) + 1)]
    write_folder_atomically(folder, {name: png_bytes(frame) for name, frame in zip(names, frames)},
                            FRAME_PATTERN)
    return [folder / name for name in names]
