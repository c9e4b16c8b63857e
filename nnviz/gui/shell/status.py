"""The status bar: training state, step, epoch, loss and accuracy (numbers as the notation
prints them); messages that fade."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from nnviz.core.notation import number
from nnviz.core.snapshot import Snapshot

STATUS_SECONDS = 8  # how long a message stays


class StatusLine:
    """The permanent labels of ``bar`` (fixed sizes: new text repaints only the label, not
    the whole window) and its messages."""

    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.state_label = QLabel("paused")
        self.step_label = QLabel("step 0")
        self.epoch_label = QLabel("epoch 0")
        self.loss_label = QLabel("loss –")
        self.accuracy_label = QLabel("accuracy –")
        self._widest = {self.state_label: "▶ running", self.step_label: "step 00,000,000",
                        self.epoch_label: "epoch 000000.0",
                        self.loss_label: "loss train 0.0000 · test 0.0000",
                        self.accuracy_label: "accuracy train 100% · test 100%"}
        for label in self._widest:
            label.setContentsMargins(10, 0, 10, 0)
            bar.addPermanentWidget(label)
        self.fit_to_font()

    def fit_to_font(self) -> None:
        """Size each label for its widest text in the current font."""
        for label, text in self._widest.items():
            metrics = label.fontMetrics()
            label.setFixedSize(metrics.horizontalAdvance(text) + 24, metrics.height() + 4)

    def say(self, text: str, seconds: float | None = STATUS_SECONDS) -> None:
        """A message; None: it stays until the next one."""
        self.bar.showMessage(text, 0 if seconds is None else int(seconds * 1000))

    def show_running(self, running: bool) -> None:
        self.state_label.setText("▶ running" if running else "❚❚ paused")

    def show_snapshot(self, s: Snapshot) -> None:
        self.step_label.setText(f"step {s.step:,}")
        self.epoch_label.setText(f"epoch {number(s.epoch)}" if s.epoch % 1 else f"epoch {int(s.epoch)}")
        loss = f"loss train {number(s.train_loss)}"
        if s.test_loss is not None:
            loss += f" · test {number(s.test_loss)}"
        self.loss_label.setText(loss)
        if s.train_accuracy is None:
            self.accuracy_label.setText("")
            self.accuracy_label.hide()
        else:
            acc = f"accuracy train {s.train_accuracy:.0%}"
            if s.test_accuracy is not None:
                acc += f" · test {s.test_accuracy:.0%}"
            self.accuracy_label.setText(acc)
            self.accuracy_label.show()
