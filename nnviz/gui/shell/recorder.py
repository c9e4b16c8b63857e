"""Recording an animation in the app: a frame of a widget (the window or one view) grabbed on
the GUI thread each time something new is shown, then encoded off the GUI thread.

:func:`frame_array` turns a grabbed QImage into the H×W×3 array core.gif encodes.
:class:`Recorder` collects the frames: it is told *when* a frame is due (a training snapshot
K steps after the last frame, a step of the step-through, a lesson step: the dialog's
driver decides) and grabs the widget then, scaled to the chosen width. When it has its
frames (or is stopped early: what was recorded is kept) it encodes the GIF (and the PNG
folder) in a background job (gui/jobs.py), with progress; :meth:`Recorder.cancel` at any
time writes nothing.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from nnviz.core.errors import Cancelled, InputError
from nnviz.core.i18n import translate


def frame_array(image: QImage) -> np.ndarray:
    """``image`` as an H×W×3 uint8 RGB array (a copy: the QImage may go)."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, line = image.width(), image.height(), image.bytesPerLine()
    data = np.frombuffer(image.constBits(), np.uint8, count=line * height)
    return data.reshape(height, line)[:, : width * 3].reshape(height, width, 3).copy()


def scaled_to_width(image: QImage, width: int | None) -> QImage:
    """``image`` scaled smoothly to ``width`` pixels wide (aspect kept; None: as it is). The
    height is rounded to an even number so every frame of one widget has one size."""
    if width is None or width == image.width():
        return image
    height = max(2, round(image.height() * width / image.width()))
    return image.scaled(width, height, Qt.IgnoreAspectRatio, Qt.SmoothTransformation)


class Recorder(QObject):
    """Frames of ``widget`` at ``width`` (None: its own size), ``total`` of them, then the GIF
    at ``path`` (``fps``) and, with ``folder``, the numbered PNG files.

    ``progressed(done, total, text)`` while it records and encodes; ``finished(text)`` once
    written (the text says what); ``failed(text)`` on an error (nothing written);
    ``cancelled()`` after :meth:`cancel` (nothing written)."""

    progressed = Signal(int, int, str)
    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, widget: QWidget, total: int, path: str, fps: int, *,
                 width: int | None = None, folder: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.widget, self.total, self.path, self.fps = widget, total, path, fps
        self.width, self.folder = width, folder
        self.frames: list[np.ndarray] = []
        self.recording = True
        self.done = False
        self._job = None

    def capture(self) -> bool:
        """Grab a frame now (the GUI thread, after what it shows was drawn); True while more
        frames are wanted. The last one starts the encoding."""
        if not self.recording:
            return False
        image = scaled_to_width(self.widget.grab().toImage(), self.width)
        self.frames.append(frame_array(image))  # (the encoder fits a resized widget's frames)
        self.progressed.emit(len(self.frames), self.total,
                             translate("Recorder", "Recording frame {n} of {total}…")
                             .format(n=len(self.frames), total=self.total))
        if len(self.frames) >= self.total:
            self.stop()
            return False
        return True

    def stop(self) -> None:
        """No more frames: encode and write what was recorded (nothing recorded: cancelled)."""
        if not self.recording:
            return
        self.recording = False
        if not self.frames:
            self.cancel()
            return
        from nnviz.gui.jobs import JobRunner

        frames, path, fps, folder = list(self.frames), self.path, self.fps, self.folder
        self.frames = []
        self._job = JobRunner(self, background_work=0)
        self._job.progressed.connect(self._encoding)
        self._job.result_ready.connect(self._written)
        self._job.failed.connect(self._failed)
        self._job.submit(lambda progress: encode(frames, path, fps, folder, progress))

    def cancel(self) -> None:
        """Stop recording or encoding; nothing is written (a file half-encoded is never
        written: the GIF goes to the disk in one atomic write at the end)."""
        if self.done:
            return
        self.recording = False
        self.done = True
        self.frames = []
        if self._job is not None:
            self._job.cancel()
        self.cancelled.emit()

    def settle(self, msecs: int = 60_000) -> bool:
        """Wait for the encoding to finish (tests, and the window closing)."""
        return self._job is None or self._job.settle(msecs)

    def _encoding(self, done: int, total: int) -> None:
        if not self.done:
            self.progressed.emit(done, total, translate("Recorder", "Encoding the GIF…"))

    def _written(self, text: str) -> None:
        if not self.done:
            self.done = True
            self.finished.emit(text)

    def _failed(self, message: str) -> None:
        if not self.done:
            self.done = True
            self.failed.emit(message)


def encode(frames, path: str, fps: int, folder: str | None, progress) -> str:
    """The background job: the GIF (and the PNG folder) written; what was written, as text.
    ``progress(done, total)`` returning False (cancelled) stops it before anything is written."""
    from nnviz.core import gif

    frames = gif.fit_frames(frames)  # a widget resized while recording
    data = gif.gif_bytes(frames, fps, progress)
    if not progress(len(frames), len(frames)):
        raise Cancelled()
    if folder is not None:
        gif.check_frame_folder(folder)
    from nnviz.core.files import write_atomically

    write_atomically(path, data)
    height, width = frames[0].shape[:2]
    text = translate("Recorder", "Wrote {path}: {n} frames of {w}×{h}, {kb} kB.").format(
        path=path, n=len(frames), w=width, h=height, kb=f"{len(data) / 1000:,.0f}")
    if folder is not None:
        try:
            gif.write_png_frames(folder, frames)
        except InputError as e:
            raise InputError(translate("Recorder", "The GIF {path} was written, but not the "
                                                   "frames: {error}").format(path=path, error=e))
        text += " " + translate("Recorder", "The frames are in {folder}.").format(folder=folder)
    return text
