"""`nnviz train`: train a network (or run the perceptron rule) without the window.

    nnviz train --dataset xor --layers 2,4,1 --optimizer adam --lr 0.05 --steps 2000 --json
    nnviz train --dataset and --rule perceptron --json
    nnviz train --data points.csv --steps 500 --save trained.json

Everything but the data has a default: layers N_0-4-N_L from the data, tanh hidden layers,
the output layer and loss from the data's kind (two classes: sigmoid and binary
cross-entropy; K classes: softmax and softmax cross-entropy; regression: identity and half
squared error), Adam with its default learning rate, the full batch, 1000 steps.

With --json, stdout gets one JSON object per line while training and a final summary line;
without it, a progress bar on a terminal (stderr) or plain progress lines, then a summary.
Bad options or data end with one line on stderr and exit status 2 (see nnviz.cli).
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, TextIO

import numpy as np

from nnviz.core.activations import ACTIVATIONS
from nnviz.core.data import CLASSIFICATION, Dataset
from nnviz.core.errors import InputError
from nnviz.core.losses import LOSSES, get_loss
from nnviz.core.network import INITIALISERS, Architecture, Network
from nnviz.core.optimizers import OPTIMIZERS
from nnviz.core.perceptron import ACTIVATIONS as PERCEPTRON_NEURONS

DEFAULT_STEPS = 1000
DEFAULT_HIDDEN = 4
JSON_LINES = 100  # about this many progress lines per run with --json (unless --every)
PLAIN_LINES = 10  # ... and without --json, off a terminal
BAR_WIDTH = 30
BAR_INTERVAL = 0.1  # seconds between progress-bar redraws
# Options that mean nothing to the perceptron rule (they are errors with --rule perceptron).
GRADIENT_ONLY = ("activation", "loss", "optimizer", "batch", "init", "every", "target_loss")


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "train",
        help="train a network without the window (for scripts, checks and lesson preparation)",
        description="Train a network on a data set with gradient descent (or Rosenblatt's "
                    "perceptron rule) and report the progress, as text or JSON lines.",
    )
    data = p.add_argument_group("data (one of --dataset or --data)")
    source = data.add_mutually_exclusive_group(required=True)
    source.add_argument("--dataset", metavar="NAME", help="a generated data set: " + _dataset_names())
    source.add_argument("--data", metavar="FILE.csv",
                        help="a CSV file: numeric columns, the last one the target")
    data.add_argument("--test-ratio", type=float, metavar="R",
                      help="fraction of the samples held out for testing")
    data.add_argument("--samples", type=int, metavar="N", help="samples to generate (--dataset)")
    data.add_argument("--noise", type=float, metavar="S", help="noise level (--dataset)")
    data.add_argument("--kind", choices=("classification", "regression"),
                      help="what the CSV target is (default: detected)")
    data.add_argument("--data-seed", type=int, metavar="N",
                      help="seed for generating and splitting the data (default: --seed)")

    net = p.add_argument_group("network")
    model = net.add_mutually_exclusive_group()
    model.add_argument("--model", metavar="FILE.json", help="start from a saved network")
    model.add_argument("--layers", metavar="N0,N1,...,NL",
                       help="layer sizes, input and output included, e.g. 2,4,1")
    net.add_argument("--activation", choices=[a for a, f in ACTIVATIONS.items() if not f.output_only],
                     help="hidden layers' activation (default tanh)")
    net.add_argument("--output-activation", choices=list(ACTIVATIONS),
                     help="output layer's activation (default from the data)")
    net.add_argument("--loss", choices=list(LOSSES), help="loss (default from the data)")
    net.add_argument("--init", choices=INITIALISERS, help="initial weights (default xavier)")
    net.add_argument("--no-bias", action="store_true", help="layers without bias")

    training = p.add_argument_group("training")
    training.add_argument("--rule", choices=("gradient", "perceptron"), default="gradient",
                          help="gradient descent with backpropagation (default), or Rosenblatt's "
                               "perceptron rule on a one-layer sign/step network")
    training.add_argument("--optimizer", choices=OPTIMIZERS, help="default adam")
    training.add_argument("--lr", type=float, metavar="ETA", help="learning rate η")
    training.add_argument("--batch", metavar="full|M", help="batch size (default full)")
    budget = training.add_mutually_exclusive_group()
    budget.add_argument("--steps", type=int, metavar="N",
                        help=f"parameter updates (perceptron: samples; default {DEFAULT_STEPS})")
    budget.add_argument("--epochs", type=int, metavar="N", help="passes over the training set")
    training.add_argument("--target-loss", type=float, metavar="C",
                          help="stop ('converged') once the training loss is at most C")
    training.add_argument("--seed", type=int, default=0, help="seed for weights and shuffling")
    training.add_argument("--no-shuffle", action="store_true",
                          help="keep the samples in order (the perceptron rule always does)")

    out = p.add_argument_group("output")
    out.add_argument("--json", action="store_true", help="JSON lines on stdout")
    out.add_argument("--every", type=int, metavar="K", help="a progress line every K steps")
    out.add_argument("--save", metavar="FILE.json", help="save the trained network")
    p.set_defaults(run=run)
    return p


def _dataset_names() -> str:
    from nnviz.core.data import DATASETS

    return ", ".join(DATASETS)


def run(args: argparse.Namespace) -> int:
    """Train as the options say; 0 when training ran (whatever made it stop)."""
    dataset = load_data(args)
    save_to = _save_path(args.save)
    if args.rule == "perceptron":
        return run_perceptron(args, dataset, save_to)
    return run_gradient(args, dataset, save_to)


# -- the data ---------------------------------------------------------------------------------
def load_data(args: argparse.Namespace) -> Dataset:
    from nnviz.core.data import load_csv, make_dataset

    seed = args.seed if args.data_seed is None else args.data_seed
    if args.data is not None:
        for option, value in (("--samples", args.samples), ("--noise", args.noise)):
            if value is not None:
                raise InputError(f"{option} applies to generated data sets (--dataset), not --data")
        return load_csv(args.data, test_ratio=args.test_ratio or 0.0, seed=seed, kind=args.kind)
    if args.kind is not None:
        raise InputError("--kind applies to CSV files (--data), not --dataset")
    return make_dataset(args.dataset, n=args.samples, noise=args.noise,
                        test_ratio=args.test_ratio, seed=seed)


def _save_path(save: str | None) -> Path | None:
    """Where to save, checked before training so a long run is not lost to a typo."""
    if save is None:
        return None
    path = Path(save)
    if path.is_dir():
        raise InputError(f"--save {save}: is a directory")
    if not path.parent.is_dir():
        raise InputError(f"--save {save}: the directory {path.parent} does not exist")
    return path


def _save(network: Network, path: Path | None) -> None:
    from nnviz.core.modelfile import save_model

    if path is None:
        return
    try:
        save_model(network, path)
    except OSError as e:
        raise InputError(f"--save {path}: cannot write ({e.strerror or e})") from None


# -- the network ------------------------------------------------------------------------------
def parse_layers(text: str) -> list[int]:
    """``"2,4,1"`` -> [2, 4, 1]; an InputError for anything else."""
    try:
        sizes = [int(s) for s in text.split(",")]
    except ValueError:
        sizes = []
    if len(sizes) < 2 or any(n < 1 for n in sizes):
        raise InputError(
            f"--layers {text}: expected layer sizes ≥ 1 separated by commas, input and output "
            f"included, e.g. 2,4,1"
        )
    return sizes


def _output_sizes(dataset: Dataset) -> tuple[int, ...]:
    """Output layer sizes that fit the data: 1 or 2 for two classes, K for K > 2, else N_y."""
    if dataset.kind == CLASSIFICATION and dataset.n_classes == 2:
        return (1, 2)
    return (dataset.n_targets,)


def check_fits(arch: Architecture, dataset: Dataset, source: str) -> None:
    """An InputError naming ``source`` when the network's inputs or outputs miss the data."""
    if arch.n_inputs != dataset.n_features:
        raise InputError(
            f"{source} has {arch.n_inputs} inputs but data set {dataset.name!r} has "
            f"{dataset.n_features} features ({', '.join(dataset.feature_names[:4])}"
            f"{', ...' if dataset.n_features > 4 else ''})"
        )
    fits = _output_sizes(dataset)
    if arch.n_outputs not in fits:
        what = (f"{dataset.n_classes} classes" if dataset.kind == CLASSIFICATION
                else f"{dataset.n_targets} target(s)")
        raise InputError(
            f"{source} has {arch.n_outputs} outputs but data set {dataset.name!r} has {what}: "
            f"the output layer needs {' or '.join(str(n) for n in fits)}"
        )


def default_output(dataset: Dataset, n_outputs: int,
                   activation: str | None, loss: str | None) -> tuple[str, str]:
    """The output activation and loss, each the given one or chosen to match the other and the data."""
    classes = dataset.kind == CLASSIFICATION
    if activation is None:
        required = get_loss(loss).requires_activation if loss else None
        if required:
            activation = required
        elif classes:
            activation = "sigmoid" if n_outputs == 1 else "softmax"
        else:
            activation = "identity"
    if loss is None:
        if activation == "softmax":
            loss = "softmax_cross_entropy"
        elif activation == "sigmoid" and classes and n_outputs == 1:
            loss = "binary_cross_entropy"
        else:
            loss = "half_squared_error"
    return activation, loss


def build_network(args: argparse.Namespace, dataset: Dataset) -> Network:
    """The network to train: from --model, or new from --layers and the activation options."""
    if args.model is not None:
        from nnviz.core.modelfile import load_model

        for option in ("activation", "output_activation", "init"):
            if getattr(args, option) is not None:
                raise InputError(f"--{option.replace('_', '-')} cannot be combined with --model "
                                 f"(the model file sets it)")
        if args.no_bias:
            raise InputError("--no-bias cannot be combined with --model (the model file sets it)")
        network = load_model(args.model)
        if args.loss is not None and args.loss != network.loss.name:
            arch = network.architecture
            network = Network(Architecture(arch.sizes, arch.activations, arch.bias, args.loss),
                              network.params)
        check_fits(network.architecture, dataset, f"--model {args.model}")
        return network
    if args.layers is not None:
        sizes = parse_layers(args.layers)
        source = f"--layers {args.layers}"
    else:
        sizes = [dataset.n_features, DEFAULT_HIDDEN, _output_sizes(dataset)[0]]
        source = "the network"
    output_activation, loss = default_output(dataset, sizes[-1], args.output_activation, args.loss)
    arch = Architecture.dense(sizes, args.activation or "tanh", output_activation, loss,
                              bias=not args.no_bias)
    check_fits(arch, dataset, source)
    network = Network(arch)
    network.initialise(args.init or "xavier", np.random.default_rng(args.seed))
    return network


def describe(network: Network) -> str:
    """``2-4-1 (tanh, sigmoid; binary_cross_entropy)``."""
    arch = network.architecture
    acts = ", ".join(dict.fromkeys(arch.activations[:-1])) or "no hidden layer"
    return (f"{'-'.join(map(str, arch.sizes))} network ({acts} → {arch.activations[-1]}; "
            f"loss {arch.loss})")


# -- gradient descent -------------------------------------------------------------------------
def _batch(text: str | None) -> int | None:
    if text is None or text == "full":
        return None
    try:
        m = int(text)
    except ValueError:
        m = 0
    if m < 1:
        raise InputError(f"--batch {text}: expected 'full' or a whole number ≥ 1")
    return m


def _at_least(option: str, value: int | None, minimum: int) -> int | None:
    if value is not None and value < minimum:
        raise InputError(f"{option} {value}: must be a whole number ≥ {minimum}")
    return value


def run_gradient(args: argparse.Namespace, dataset: Dataset, save_to: Path | None) -> int:
    from nnviz.core.optimizers import make_optimizer
    from nnviz.core.training import Trainer

    network = build_network(args, dataset)
    hyper = {} if args.lr is None else {"lr": args.lr}
    optimizer = make_optimizer(args.optimizer or "adam", **hyper)
    trainer = Trainer(network, optimizer, dataset, batch_size=_batch(args.batch),
                      shuffle=not args.no_shuffle, seed=args.seed, target_loss=args.target_loss)
    steps, epochs = _at_least("--steps", args.steps, 0), _at_least("--epochs", args.epochs, 0)
    total = epochs * trainer.steps_per_epoch if epochs is not None else (
        DEFAULT_STEPS if steps is None else steps)
    every = _at_least("--every", args.every, 1)
    if every is None:
        lines = JSON_LINES if args.json or sys.stderr.isatty() else PLAIN_LINES
        every = max(1, total // lines)
    report = JsonReport(sys.stdout) if args.json else TextReport(
        sys.stdout, sys.stderr, total, bar=sys.stderr.isatty())
    if not args.json:
        report.header(dataset, network, trainer)
    for snapshot in trainer.snapshots(until=total, every=every):
        if snapshot.stopped is None:
            report.progress(snapshot)
        else:
            _save(network, save_to)
            report.final(snapshot, save_to)
    return 0


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


def _percent(x: float | None) -> str:
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

    def header(self, dataset: Dataset, network: Network, trainer) -> None:
        batch = ("full batch" if trainer.batch_size == dataset.x_train.shape[0]
                 else f"batches of {trainer.batch_size}")
        test = f", {dataset.x_test.shape[0]} test" if dataset.x_test.shape[0] else ""
        self.out.write(
            f"training a {describe(network)} on {dataset.name} "
            f"({dataset.x_train.shape[0]} training samples{test}), {trainer.optimizer.name} "
            f"η = {trainer.optimizer.lr:g}, {batch}, {self.total} steps\n"
        )
        self.out.flush()

    def _status(self, s) -> str:
        acc = "" if s.train_accuracy is None else f"  accuracy {_percent(s.train_accuracy)}"
        test = "" if s.test_loss is None else f"  test loss {s.test_loss:.6g}"
        if s.test_accuracy is not None:
            test += f"  test accuracy {_percent(s.test_accuracy)}"
        return (f"step {s.step:>{len(str(self.total))}}/{self.total}  epoch {s.epoch:.6g}  "
                f"loss {s.train_loss:.6g}{acc}{test}")

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
        why = {"steps": "the step budget is used up", "converged": "converged",
               "diverged": "diverged"}.get(s.stopped, s.stopped)
        lines = [f"stopped after {s.step} steps ({s.epoch:.6g} epochs): {why}"]
        if s.stopped != "steps" and s.message:
            lines.append(s.message)
        summary = f"training loss {s.train_loss:.6g}"
        if s.train_accuracy is not None:
            summary += f", training accuracy {_percent(s.train_accuracy)}"
        if s.test_loss is not None:
            summary += f"; test loss {s.test_loss:.6g}"
        if s.test_accuracy is not None:
            summary += f", test accuracy {_percent(s.test_accuracy)}"
        lines.append(summary)
        if saved is not None:
            lines.append(f"saved the network to {saved}")
        self.out.write("\n".join(lines) + "\n")
        self.out.flush()


# -- the perceptron rule ----------------------------------------------------------------------
@dataclass(frozen=True)
class PerceptronSetup:
    """The one-layer network the rule trains: its activation and starting w, b (None: no bias)."""

    activation: str
    weights: np.ndarray
    bias: float | None


def perceptron_setup(args: argparse.Namespace, dataset: Dataset) -> PerceptronSetup:
    for option in GRADIENT_ONLY:
        if getattr(args, option) is not None:
            raise InputError(f"--{option.replace('_', '-')} does not apply to --rule perceptron")
    if dataset.kind != CLASSIFICATION or dataset.n_classes != 2:
        what = "regression data" if dataset.kind != CLASSIFICATION else f"{dataset.n_classes} classes"
        raise InputError(f"the perceptron rule needs two classes; data set {dataset.name!r} has {what}")
    if args.model is not None:
        from nnviz.core.modelfile import load_model

        if args.output_activation is not None or args.no_bias:
            raise InputError("--output-activation and --no-bias cannot be combined with --model")
        network = load_model(args.model)
        arch = network.architecture
        source = f"--model {args.model}"
        if arch.n_layers != 1 or arch.n_outputs != 1 or arch.activations[0] not in PERCEPTRON_NEURONS:
            raise InputError(
                f"{source}: the perceptron rule trains one neuron with a sign or step activation; "
                f"this model is a {describe(network)}"
            )
        check_fits(arch, dataset, source)
        bias = None if network.biases[0] is None else float(network.biases[0][0])
        return PerceptronSetup(arch.activations[0], network.weights[0][0].copy(), bias)
    activation = args.output_activation or "sign"
    if activation not in PERCEPTRON_NEURONS:
        raise InputError(f"--output-activation {activation}: the perceptron rule needs sign or step")
    if args.layers is not None:
        sizes = parse_layers(args.layers)
        if len(sizes) != 2 or sizes[1] != 1:
            raise InputError(
                f"--layers {args.layers}: the perceptron rule trains one neuron with no hidden "
                f"layer: use --layers {dataset.n_features},1"
            )
        check_fits(Architecture.dense(sizes, activation), dataset, f"--layers {args.layers}")
    return PerceptronSetup(activation, np.zeros(dataset.n_features), None if args.no_bias else 0.0)


def run_perceptron(args: argparse.Namespace, dataset: Dataset, save_to: Path | None) -> int:
    from nnviz.core.perceptron import accuracy, perceptron_rule

    setup = perceptron_setup(args, dataset)
    x = dataset.x_train
    n = x.shape[0]
    y = np.where(dataset.y_train == 1, 1, -1)
    steps, epochs = _at_least("--steps", args.steps, 1), _at_least("--epochs", args.epochs, 1)
    max_steps = epochs * n if epochs is not None else (DEFAULT_STEPS if steps is None else steps)
    eta = 1.0 if args.lr is None else args.lr
    events = perceptron_rule(x, y, weights=setup.weights, bias=setup.bias, eta=eta,
                             activation=setup.activation, max_steps=max_steps)
    last = None
    mistakes = 0  # in the current epoch
    for event in events:
        last = event
        mistakes += event.mistake
        if args.json:
            sys.stdout.write(json.dumps({
                "step": event.step, "x": event.x.tolist(), "y": event.y,
                "prediction": event.prediction, "mistake": event.mistake,
                "weights": event.weights.tolist(), "bias": event.bias,
            }) + "\n")
        elif event.stopped or event.index == n - 1:
            sys.stdout.write(f"epoch {event.epoch}: {mistakes} mistake{'s' * (mistakes != 1)}, "
                             f"{_parameters_text(event)}\n")
            mistakes = 0
    network = Network.from_layers([[last.weights]], [None if last.bias is None else [last.bias]],
                                  [setup.activation])
    _save(network, save_to)
    train_acc = accuracy(x, y, last.weights, last.bias, setup.activation)
    test_acc = (accuracy(dataset.x_test, np.where(dataset.y_test == 1, 1, -1), last.weights,
                         last.bias, setup.activation)
                if dataset.x_test.shape[0] else None)
    if args.json:
        sys.stdout.write(json.dumps({
            "steps": last.step, "epochs": last.step / n, "loss": 1.0 - train_acc,
            "train_accuracy": train_acc, "test_accuracy": test_acc, "stopped": last.stopped,
        }) + "\n")
    else:
        why = ("converged: an epoch without a mistake" if last.stopped == "converged"
               else "the step budget is used up (no epoch without a mistake)")
        sys.stdout.write(
            f"stopped after {last.step} steps ({last.epoch} epochs): {why}\n"
            f"{_parameters_text(last)}; training accuracy "
            f"{_percent(train_acc)}{'' if test_acc is None else f', test accuracy {_percent(test_acc)}'}\n"
        )
        if save_to is not None:
            sys.stdout.write(f"saved the network to {save_to}\n")
    sys.stdout.flush()
    return 0


def _parameters_text(event) -> str:
    """``w = (2, 1), b = -3``."""
    w = ", ".join(f"{v:g}" for v in event.weights)
    return f"w = ({w})" + ("" if event.bias is None else f", b = {event.bias:g}")
