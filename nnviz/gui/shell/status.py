"""The status bar: training state, step, epoch, loss and accuracy (numbers as the notation
prints them; the test set's after a "·"); messages that fade."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.losses import COST_NAMES
from nnviz.core.notation import number
from nnviz.core.snapshot import Snapshot

STATUS_SECONDS = 8  # how long a message stays
RUNNING, PAUSED = QT_TRANSLATE_NOOP("StatusLine", "running"), QT_TRANSLATE_NOOP("StatusLine", "paused")
# COST_NAMES' words (core.losses), translated where the status line shows them
_COST_WORDS = (QT_TRANSLATE_NOOP("StatusLine", "loss C"), QT_TRANSLATE_NOOP("StatusLine", "loss L"),
               QT_TRANSLATE_NOOP("StatusLine", "error rate"))


class StatusLine:
    """The permanent labels of ``bar`` and its messages. Each label has a fixed size, the
    widest text it has shown in the current font (a new text of that width repaints only
    the label, not the whole window); a wider text widens it."""

    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.state_label = QLabel(translate("StatusLine", PAUSED))
        self.step_label = QLabel(translate("StatusLine", "step {step}").format(step=0))
        self.epoch_label = QLabel(translate("StatusLine", "epoch {epoch}").format(epoch=0))
        self.loss_label = QLabel(translate("StatusLine", "loss –"))
        self.accuracy_label = QLabel(translate("StatusLine", "accuracy –"))
        self.labels = (self.state_label, self.step_label, self.epoch_label, self.loss_label,
                       self.accuracy_label)
        for label in self.labels:
            bar.addPermanentWidget(label)
        self.fit_to_font()

    def fit_to_font(self) -> None:
        """Size each label for its text in the current font (the state label for both
        states), with a margin of about one character each side."""
        for label in self.labels:
            metrics = label.fontMetrics()
            margin = metrics.averageCharWidth()
            label.setContentsMargins(margin, 0, margin, 0)
            label.setFixedSize(self._text_width(label, label.text()), metrics.height() + 4)
        self._widen(self.state_label, translate("StatusLine", RUNNING))
        self._widen(self.state_label, translate("StatusLine", PAUSED))

    def say(self, text: str, seconds: float | None = STATUS_SECONDS) -> None:
        """A message (plain text); None: it stays until the next one."""
        self.bar.showMessage(text, 0 if seconds is None else int(seconds * 1000))

    def show_running(self, running: bool) -> None:
        self._set(self.state_label, translate("StatusLine", RUNNING if running else PAUSED))

    def show_snapshot(self, s: Snapshot) -> None:
        self._set(self.step_label, translate("StatusLine", "step {step}").format(step=f"{s.step:,}"))
        self._set(self.epoch_label, translate("StatusLine", "epoch {epoch}").format(
            epoch=number(s.epoch) if s.epoch % 1 else int(s.epoch)))
        cost = translate("StatusLine", COST_NAMES[s.cost])  # C, L or the error rate
        if s.test_loss is None:
            loss = f"{cost} {number(s.train_loss)}"
        else:
            loss = translate("StatusLine", "{cost} {train} · test {test}").format(
                cost=cost, train=number(s.train_loss), test=number(s.test_loss))
        self._set(self.loss_label, loss)
        if s.train_accuracy is None:
            self.accuracy_label.setText("")
            self.accuracy_label.hide()
        else:
            if s.test_accuracy is None:
                accuracy = translate("StatusLine", "accuracy {train}").format(
                    train=f"{s.train_accuracy:.0%}")
            else:
                accuracy = translate("StatusLine", "accuracy {train} · test {test}").format(
                    train=f"{s.train_accuracy:.0%}", test=f"{s.test_accuracy:.0%}")
            self._set(self.accuracy_label, accuracy)
            self.accuracy_label.show()

    def _set(self, label: QLabel, text: str) -> None:
        self._widen(label, text)
        label.setText(text)

    @staticmethod
    def _text_width(label: QLabel, text: str) -> int:
        margins = label.contentsMargins()
        return label.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + 2

    def _widen(self, label: QLabel, text: str) -> None:
        width = self._text_width(label, text)
        if width > label.minimumWidth():  # its fixed width (width() lags until a layout runs)
            label.setFixedWidth(width)
