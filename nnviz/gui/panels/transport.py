"""The transport bar: play/pause, one step, one epoch, reset and the speed.

Each button is a QAction with a keyboard shortcut that its tooltip names (Space, Right, E,
R). The speed slider moves through :data:`SPEEDS` steps per second, the last one being as
fast as the machine goes. The bar only emits requests; :meth:`TransportBar.set_running`
shows what the worker reports.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QLabel, QSlider, QToolBar, QWidget

from nnviz.core.i18n import translate

ICON_SIZE = 22  # pixels at presentation scale 1

SPEEDS = (1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 500, 1000, 2000, 5000, math.inf)


def speed_text(steps_per_second: float) -> str:
    if math.isinf(steps_per_second):
        return translate("TransportBar", "max speed")
    return translate("TransportBar", "{speed} steps/s").format(speed=f"{steps_per_second:g}")


def draw_icon(shape: str, colour: str, size: int) -> QIcon:
    """A flat transport icon in the palette's text colour (readable on light and dark):
    "play" ▶, "pause" ❚❚, "step" ▶|, "epoch" ▶▶, "reset" ⟲."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setPen(Qt.NoPen)
    painter.setBrush(QColor(colour))
    s = float(size)

    def triangle(x0: float, x1: float) -> None:
        painter.drawPolygon(QPolygonF([QPointF(x0, 0.18 * s), QPointF(x1, 0.5 * s),
                                       QPointF(x0, 0.82 * s)]))

    if shape == "play":
        triangle(0.25 * s, 0.8 * s)
    elif shape == "pause":
        painter.drawRect(QRectF(0.24 * s, 0.2 * s, 0.18 * s, 0.6 * s))
        painter.drawRect(QRectF(0.58 * s, 0.2 * s, 0.18 * s, 0.6 * s))
    elif shape == "step":
        triangle(0.2 * s, 0.65 * s)
        painter.drawRect(QRectF(0.67 * s, 0.18 * s, 0.13 * s, 0.64 * s))
    elif shape == "epoch":
        triangle(0.12 * s, 0.5 * s)
        triangle(0.5 * s, 0.88 * s)
    else:  # reset: an open circle with an arrow head
        pen = painter.pen()
        pen.setStyle(Qt.SolidLine)
        pen.setColor(QColor(colour))
        pen.setWidthF(0.12 * s)
        painter.setPen(pen)
        painter.setBrush(Qt.NoBrush)
        painter.drawArc(QRectF(0.2 * s, 0.2 * s, 0.6 * s, 0.6 * s), 60 * 16, 280 * 16)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawPolygon(QPolygonF([QPointF(0.52 * s, 0.06 * s), QPointF(0.8 * s, 0.2 * s),
                                       QPointF(0.56 * s, 0.38 * s)]))
    painter.end()
    return QIcon(pixmap)


def nearest_speed_index(steps_per_second: float) -> int:
    """The slider position closest to ``steps_per_second`` (on a log scale)."""
    if math.isinf(steps_per_second):
        return len(SPEEDS) - 1
    finite = SPEEDS[:-1]
    return min(range(len(finite)),
               key=lambda i: abs(math.log(finite[i]) - math.log(max(steps_per_second, 1e-9))))


class TransportBar(QToolBar):
    """Play/pause (Space), step (Right), epoch (E), reset (R) and a speed slider."""

    play_requested = Signal()
    pause_requested = Signal()
    step_requested = Signal()
    epoch_requested = Signal()
    reset_requested = Signal()
    speed_changed = Signal(float)  # steps per second; math.inf = as fast as possible

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("TransportBar", "Transport"), parent)
        self.setObjectName("transport")
        self.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self._running = False
        self._icon_colour = self.palette().windowText().color().name()

        def action(text: str, key: str, tip: str) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.WindowShortcut)
            act.setToolTip(f"{tip} ({QKeySequence(key).toString(QKeySequence.NativeText)})")
            self.addAction(act)
            return act

        self.play_action = action(translate("TransportBar", "Play"), "Space",
                                  translate("TransportBar", "Play / pause training"))
        self.play_action.triggered.connect(self._toggle)
        self.step_action = action(translate("TransportBar", "Step"), "Right", translate(
            "TransportBar", "One step: one forward pass, one backward pass, one update"))
        self.step_action.triggered.connect(self.step_requested)
        self.epoch_action = action(translate("TransportBar", "Epoch"), "E", translate(
            "TransportBar", "Train to the end of this epoch (one pass over the data)"))
        self.epoch_action.triggered.connect(self.epoch_requested)
        self.reset_action = action(translate("TransportBar", "Reset"), "R",
                                   translate("TransportBar", "Back to the starting parameters, step 0"))
        self.reset_action.triggered.connect(self.reset_requested)
        self.addSeparator()

        self.speed_slider = QSlider(Qt.Horizontal)
        self.speed_slider.setRange(0, len(SPEEDS) - 1)
        self.speed_slider.setPageStep(1)
        self.speed_slider.setFixedWidth(180)
        self.speed_slider.setToolTip(translate("TransportBar", "Training speed: from 1 step per "
                                                               "second to as fast as the machine goes"))
        self.speed_slider.valueChanged.connect(self._on_slider)
        self.speed_label = QLabel()
        speed_title = QLabel(translate("TransportBar", "  speed "))
        self.addWidget(speed_title)
        self.addWidget(self.speed_slider)
        self.addWidget(self.speed_label)
        self.set_speed(30)
        self._fit(1.0)

    @property
    def running(self) -> bool:
        return self._running

    @property
    def speed(self) -> float:
        return float(SPEEDS[self.speed_slider.value()])

    def set_running(self, running: bool) -> None:
        """Show the worker's state: a pause button while running, a play button otherwise."""
        self._running = running
        size = self.iconSize().width()
        self.play_action.setIcon(draw_icon("pause" if running else "play", self._icon_colour, size))
        self.play_action.setText(translate("TransportBar", "Pause") if running
                                 else translate("TransportBar", "Play"))

    def apply_theme(self, theme) -> None:
        """Icons in the theme's text colour and sized by the presentation scale; the
        speed label as wide as its widest text in the new font."""
        self._icon_colour = theme.text
        self._fit(theme.scale)

    def _fit(self, scale: float) -> None:
        """Icons at ``scale``; the speed label as wide as its widest text."""
        advance = self.speed_label.fontMetrics().horizontalAdvance
        self.speed_label.setFixedWidth(max(advance(speed_text(speed) + "  ") for speed in SPEEDS))
        size = round(ICON_SIZE * scale)
        self.setIconSize(QSize(size, size))
        for act, shape in ((self.step_action, "step"), (self.epoch_action, "epoch"),
                           (self.reset_action, "reset")):
            act.setIcon(draw_icon(shape, self._icon_colour, size))
        self.set_running(self._running)

    def set_speed(self, steps_per_second: float) -> None:
        """Move the slider (emits ``speed_changed`` if it moves)."""
        self.speed_slider.setValue(nearest_speed_index(steps_per_second))
        self.speed_label.setText(speed_text(self.speed))

    def _toggle(self) -> None:
        (self.pause_requested if self._running else self.play_requested).emit()

    def _on_slider(self, _index: int) -> None:
        self.speed_label.setText(speed_text(self.speed))
        self.speed_changed.emit(self.speed)
