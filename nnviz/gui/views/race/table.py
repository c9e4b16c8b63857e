"""The table of optimizers, which is also the legend of the paths: per optimizer its colour,
whether it races, its η, and f at the step shown (how its race ended, at the end); under them the shared η and the loss
plot's log scale."""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QSignalBlocker, Signal
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QFrame, QGridLayout, QLabel, QScrollArea, QWidget

from nnviz.core import notation
from nnviz.core.i18n import translate
from nnviz.core.optimizers import OPTIMIZERS
from nnviz.gui.colors import QUALITATIVE
from nnviz.gui.theme import Theme
from nnviz.gui.views.race.race_task import RaceResult
from nnviz.gui.views.race.settings import RaceSettings

OPTIMIZER_TITLES = {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov",
                    "adagrad": "AdaGrad", "rmsprop": "RMSProp", "adam": "Adam"}
# One colour per optimizer from the colour-blind-safe palette (Okabe-Ito).
OPTIMIZER_COLOURS = {"sgd": QUALITATIVE[0], "momentum": QUALITATIVE[1], "nesterov": QUALITATIVE[2],
                     "adagrad": QUALITATIVE[3], "rmsprop": QUALITATIVE[5], "adam": QUALITATIVE[4]}
WIDEST_OUTCOME = "−8.888×10⁻⁸⁸"  # the widest final f notation.number prints


def learning_rate_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(4)
    box.setRange(1e-4, 100.0)
    box.setSingleStep(0.001)
    box.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
    box.setToolTip(translate("RaceView", "learning rate η"))
    return box


class OptimizerTable(QObject):
    """The table's widgets (``scroll``: the whole table) and their signals: ``enabled``
    (name, on), ``learning_rate`` (name, η), ``shared`` (η, or None for each its own),
    ``log_loss`` (on). :meth:`sync` shows a :class:`RaceSettings` without signals."""

    enabled = Signal(str, bool)
    learning_rate = Signal(str, float)
    shared = Signal(object)
    log_loss = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        table = QWidget()
        grid = QGridLayout(table)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.setVerticalSpacing(1)
        self.headers = [QLabel(translate("RaceView", "optimizer")), QLabel("η"),
                        QLabel(translate("RaceView", "final {cost}").format(cost="f"))]
        for column, header in zip((0, 2, 3), self.headers):
            grid.addWidget(header, 0, column, 1, 2 if column == 0 else 1)
        self.swatches: dict[str, QLabel] = {}
        self.enable_boxes: dict[str, QCheckBox] = {}
        self.lr_boxes: dict[str, QDoubleSpinBox] = {}
        self.outcome_labels: dict[str, QLabel] = {}
        for row, name in enumerate(OPTIMIZERS, start=1):
            swatch, box, lr, outcome = QLabel(), QCheckBox(OPTIMIZER_TITLES[name]), learning_rate_box(), QLabel()
            box.toggled.connect(lambda on, n=name: self.enabled.emit(n, on))
            lr.editingFinished.connect(lambda n=name, w=lr: self.learning_rate.emit(n, w.value()))
            for column, widget in enumerate((swatch, box, lr, outcome)):
                grid.addWidget(widget, row, column)
            self.swatches[name], self.enable_boxes[name] = swatch, box
            self.lr_boxes[name], self.outcome_labels[name] = lr, outcome
        self.shared_box = QCheckBox(translate("RaceView", "same η for all"))
        self.shared_lr_box = learning_rate_box()
        self.log_box = QCheckBox(translate("RaceView", "log loss"))
        self.log_box.setToolTip(translate("RaceView", "the loss plot on a logarithmic axis"))
        self.shared_box.toggled.connect(
            lambda on: self.shared.emit(self.shared_lr_box.value() if on else None))
        self.shared_lr_box.editingFinished.connect(
            lambda: self.shared_box.isChecked() and self.shared.emit(self.shared_lr_box.value()))
        self.log_box.toggled.connect(self.log_loss.emit)
        last = len(OPTIMIZERS) + 1
        grid.addWidget(self.shared_box, last, 0, 1, 2)
        grid.addWidget(self.shared_lr_box, last, 2)
        grid.addWidget(self.log_box, last, 3)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(last + 1, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(table)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)

    def apply_theme(self, theme: Theme) -> None:
        """Bold headers and swatches as tall as a line of text, for the presentation scale."""
        font = QFont()
        font.setPointSizeF(theme.point_size)
        metrics = QFontMetricsF(font)
        side = round(0.9 * metrics.height())
        widest = math.ceil(metrics.horizontalAdvance(WIDEST_OUTCOME))
        for label in self.outcome_labels.values():
            label.setMinimumWidth(widest)  # the table never needs a scroll bar for a number
        for name in OPTIMIZERS:
            self.swatches[name].setFixedSize(side, side)
            self.swatches[name].setStyleSheet(
                "background: rgb(%d, %d, %d); border: 1px solid %s;"
                % (*OPTIMIZER_COLOURS[name], theme.muted))
        font.setBold(True)
        for header in self.headers:
            header.setFont(font)

    def sync(self, settings: RaceSettings) -> None:
        widgets = [self.shared_box, self.shared_lr_box, self.log_box,
                   *self.enable_boxes.values(), *self.lr_boxes.values()]
        blockers = [QSignalBlocker(w) for w in widgets]
        self.shared_box.setChecked(settings.shared)
        self.shared_lr_box.setValue(settings.shared_lr)
        self.shared_lr_box.setEnabled(settings.shared)
        for name in OPTIMIZERS:
            self.enable_boxes[name].setChecked(settings.enabled[name])
            self.lr_boxes[name].setValue(settings.lrs[name])
            self.lr_boxes[name].setEnabled(not settings.shared and settings.enabled[name])
        self.log_box.setEnabled(settings.loss_minimum() >= 0)
        self.log_box.setChecked(settings.log_loss)
        del blockers

    def show_outcomes(self, result: RaceResult | None, settings: RaceSettings, shown: int) -> list[str]:
        """f of each racing optimizer at the ``shown`` step (nothing before the race runs,
        "final f" once every path has ended, or where it diverged); returns one legend text per
        racing optimizer: its name, η and how its race ends."""
        texts = []
        paths = result.paths if result is not None else {}
        last = result.last_step if result is not None else 0
        self.headers[2].setText("f" if shown == 0 or not paths else
                                translate("RaceView", "final {cost}").format(cost="f") if shown >= last
                                else translate("RaceView", "{cost} at step {step}").format(cost="f", step=shown))
        for name in OPTIMIZERS:
            path = paths.get(name)
            label = self.outcome_labels[name]
            if path is None:
                label.setText("")
                label.setToolTip("")
                continue
            lr = settings.shared_lr if settings.shared else settings.lrs[name]
            text = f"{OPTIMIZER_TITLES[name]}  η = {notation.number(lr)}"
            end = len(path.points) - 1
            if path.diverged:
                text = translate("RaceView", "{label}  (diverged at step {step})").format(
                    label=text, step=len(path.points))
            if shown == 0:
                label.setText("")  # not run yet: nothing to show
            elif path.diverged and shown >= end:
                label.setText(translate("RaceView", "diverged at step {step}").format(step=len(path.points)))
            else:
                label.setText(notation.number(float(path.losses[min(shown, end)])))
            label.setToolTip(text)
            texts.append(text)
        return texts
