"""How `nnviz train` reports gradient descent: JSON lines, or a progress bar / lines and a summary.

With --json, one JSON object per line while training and a final summary line (NaN and ±inf
become null); without it, a progress bar redrawn on a terminal (stderr) or plain progress
lines, then a summary on stdout.
"""

from __future__ import annotations

import json
import math
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from nnviz.commands.options import DEFAULT_STEPS, at_least
from nnviz.commands.train_setup import describe
from nnviz.core.counts import count_text
from nnviz.core.data import Dataset
from nnviz.core.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.core.losses import MEAN, SUM
from nnviz.core.network import Network
from nnviz.core.training import TrainerProtocol

BAR_WIDTH = 30
BAR_INTERVAL = 0.1  # seconds between progress-bar redraws
COST_TEXTS = {MEAN: QT_TRANSLATE_NOOP("Commands", "cost C = 1/n Σ ℓ"),  # what gradient descent
              SUM: QT_TRANSLATE_NOOP("Commands", "cost L = Σ ℓ")}       # minimises; translated where shown


def _number(x: float | None) -> float | None:
    """A JSON-safe number: None for missing, NaN or infinite values."""
    return None if x is None or not math.isfinite(x) else float(x)


class JsonReport:
    """One JSON object per line: progress while training, then the summary line."""

    def __init__(self, out: TextIO):
        self.out = out

    def _line(self, obj: dict) -> None:
        self.out.write(json.dumps(obj, allow_nan=False) + "\n")
        self.out.flush()

    def progress(self, s) -> None:
        self._line({"step": s.step, "epoch": s.epoch, "loss": _number(s.train_loss),
                    "test_loss": _number(s.test_loss), "train_accuracy": s.train_accuracy,
                    "test_accuracy": s.test_accuracy})

    def final(self, s, saved: Path | None) -> None:
        self._line({"steps": s.step, "epochs": s.epoch, "loss": _number(s.train_loss),
                    "train_accuracy": s.train_accuracy, "test_accuracy": s.test_accuracy,
                    "stopped": s.stopped})


def percent(x: float | None) -> str:
    """``0.75`` -> ``75.0%``; ``-`` for None."""
    return "-" if x is None else f"{100 * x:.1f}%"


class TextReport:
    """A progress bar on a terminal (stderr, redrawn with \\r) or plain lines, then a summary."""

    def __init__(self, out: TextIO, err: TextIO, total: int, bar: bool,
                 clock: Callable[[], float] = time.monotonic, width: int | None = None):
        self.out, self.err, self.total, self.bar = out, err, total, bar
        self.clock = clock
        # a redrawn line must not wrap, or \r cannot go back to its start
        self.width = (width or shutil.get_terminal_size((80, 24)).columns) - 1
        self.last_draw = -math.inf

    def header(self, dataset: Dataset, network: Network, trainer: TrainerProtocol) -> None:
        batch = (translate("Commands", "full batch") if trainer.batch_size == dataset.x_train.shape[0]
                 else translate("Commands", "batches of {m}").format(m=trainer.batch_size))
        n_test = dataset.x_test.shape[0]
        test = translate("Commands", ", {n} test").format(n=n_test) if n_test else ""
        n = dataset.x_train.shape[0]
        samples = (translate("Commands", "1 training sample") if n == 1
                   else translate("Commands", "{n} training samples").format(n=n))
        rule = translate("Commands", "the perceptron rule") \
            if type(trainer).__name__ == "PerceptronTrainer" else trainer.optimizer.name
        cost = COST_TEXTS.get(getattr(trainer, "cost", None))  # none for the perceptron rule
        line = (translate("Commands", "training a {network} on {dataset} ({samples}{test}), {cost}, "
                          "{rule} η = {lr:g}, {batch}, {total} steps") if cost else
                translate("Commands", "training a {network} on {dataset} ({samples}{test}), {rule} "
                          "η = {lr:g}, {batch}, {total} steps"))
        self.out.write(
            line.format(network=describe(network), dataset=dataset.name, samples=samples, test=test,
                        cost=translate("Commands", cost) if cost else "", rule=rule,
                        lr=trainer.optimizer.lr, batch=batch, total=self.total) + "\n"
            f"{count_text(network.architecture)}\n"
        )
        self.out.flush()

    def _status(self, s) -> str:
        acc = ("" if s.train_accuracy is None else
               translate("Commands", "  accuracy {accuracy}").format(accuracy=percent(s.train_accuracy)))
        test = ("" if s.test_loss is None else
                translate("Commands", "  test loss {loss:.6g}").format(loss=s.test_loss))
        if s.test_accuracy is not None:
            test += translate("Commands", "  test accuracy {accuracy}").format(
                accuracy=percent(s.test_accuracy))
        step = f"{s.step:>{len(str(self.total))}}"  # right-aligned under the total's width
        return translate("Commands", "step {step}/{total}  epoch {epoch:.6g}  loss {loss:.6g}").format(
            step=step, total=self.total, epoch=s.epoch, loss=s.train_loss) + acc + test

    def progress(self, s) -> None:
        if not self.bar:
            self.out.write(self._status(s) + "\n")
            self.out.flush()
            return
        now = self.clock()
        if now - self.last_draw >= BAR_INTERVAL:
            self.last_draw = now
            self._draw(s)

    def _draw(self, s) -> None:
        done = s.step / self.total if self.total else 1.0
        filled = round(BAR_WIDTH * done)
        line = f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {100 * done:3.0f}%  {self._status(s)}"
        self.err.write(f"\r{line[:self.width]}\033[K")
        self.err.flush()

    def final(self, s, saved: Path | None) -> None:
        if self.bar:
            self._draw(s)
            self.err.write("\n")
            self.err.flush()
        why = {"steps": translate("Commands", "the step budget is used up"),
               "converged": translate("Commands", "converged"),
               "diverged": translate("Commands", "diverged")}.get(s.stopped, s.stopped)
        lines = [translate("Commands", "stopped after {steps} steps ({epochs:.6g} epochs): {why}")
                 .format(steps=s.step, epochs=s.epoch, why=why)]
        if s.stopped != "steps" and s.message:
            lines.append(s.message)
        summary = translate("Commands", "training loss {loss:.6g}").format(loss=s.train_loss)
        if s.train_accuracy is not None:
            summary += translate("Commands", ", training accuracy {accuracy}").format(
                accuracy=percent(s.train_accuracy))
        if s.test_loss is not None:
            summary += translate("Commands", "; test loss {loss:.6g}").format(loss=s.test_loss)
        if s.test_accuracy is not None:
            summary += translate("Commands", ", test accuracy {accuracy}").format(
                accuracy=percent(s.test_accuracy))
        lines.append(summary)
        if saved is not None:
            lines.append(translate("Commands", "saved the network to {path}").format(path=saved))
        self.out.write("\n".join(lines) + "\n")
        self.out.flush()


JSON_LINES = 100  # about this many progress lines per run with --json (unless --every)
PLAIN_LINES = 10  # ... and without --json, off a terminal


def run_plan(args, steps_per_epoch: int) -> tuple[int, int, "JsonReport | TextReport"]:
    """(steps to train, a progress line every so many steps, the report) from --epochs /
    --steps (DEFAULT_STEPS), --every and --json."""
    steps, epochs = at_least("--steps", args.steps, 0), at_least("--epochs", args.epochs, 0)
    total = epochs * steps_per_epoch if epochs is not None else (
        DEFAULT_STEPS if steps is None else steps)
    every = at_least("--every", args.every, 1)
    if every is None:
        lines = JSON_LINES if args.json or sys.stderr.isatty() else PLAIN_LINES
        every = max(1, total // lines)
    report = JsonReport(sys.stdout) if args.json else TextReport(
        sys.stdout, sys.stderr, total, bar=sys.stderr.isatty())
    return total, every, report
