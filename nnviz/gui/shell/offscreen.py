"""A main window that is drawn but never shown on screen: the pictures of ``nnviz render``,
``nnviz slides`` and File → Export slide deck come from one (the lecturer's window and its
training are left alone)."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QImage


@contextmanager
def hidden_window(window_class: type, lesson, size: tuple[int, int], *, config=None,
                  lecture: bool = False):
    """A ``window_class`` (the app's MainWindow) on ``lesson`` (``config``: instead of the
    lesson's) without a training thread, laid out at ``size`` (``lecture``: in lecture mode,
    not full screen) but never mapped on a screen; closed and deleted on leaving, at once:
    windows left for a later event loop turn would slow every later picture."""
    window = window_class(lesson, config=config, start_training=False)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    try:
        window.resize(*size)
        window.show()
        if lecture:
            window.enter_lecture_mode(full_screen=False)
        yield window
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def grab(window, size: tuple[int, int] | None = None, widget=None) -> QImage:
    """``widget`` (default: the whole ``window``) drawn once every view has settled; the
    window's picture at exactly ``size`` (scaled when the window would not shrink that far)."""
    window.settle()
    if widget is not None:
        return widget.grab().toImage()
    image = window.grab().toImage()
    if size is not None and (image.width(), image.height()) != tuple(size):
        image = image.scaled(size[0], size[1], Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image
