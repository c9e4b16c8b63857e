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
import sys
from pathlib import Path

from nnviz.commands.options import DEFAULT_STEPS, add_training_options, at_least, parse_batch
from nnviz.commands.train_perceptron import run_perceptron
from nnviz.commands.train_reports import JsonReport, TextReport
from nnviz.commands.train_setup import load_data, network_for, save_network, save_path
from nnviz.core.data import Dataset

JSON_LINES = 100  # about this many progress lines per run with --json (unless --every)
PLAIN_LINES = 10  # ... and without --json, off a terminal


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "train",
        help="train a network without the window (for scripts, checks and lesson preparation)",
        description="Train a network on a data set with gradient descent (or Rosenblatt's "
                    "perceptron rule) and report the progress, as text or JSON lines.",
    )
    groups = add_training_options(
        p, lesson_defaults=False,
        steps_help=f"parameter updates (perceptron: samples; default {DEFAULT_STEPS})")
    groups.data.add_argument("--kind", choices=("classification", "regression"),
                             help="what the CSV target is (default: detected)")
    groups.training.add_argument("--target-loss", type=float, metavar="C",
                                 help="stop ('converged') once the training loss is at most C")

    out = p.add_argument_group("output")
    out.add_argument("--json", action="store_true", help="JSON lines on stdout")
    out.add_argument("--every", type=int, metavar="K", help="a progress line every K steps")
    out.add_argument("--save", metavar="FILE.json", help="save the trained network")
    p.set_defaults(run=run)
    return p


def run(args: argparse.Namespace) -> int:
    """Train as the options say; 0 when training ran (whatever made it stop)."""
    dataset = load_data(args)
    save_to = save_path(args.save)
    if args.rule == "perceptron":
        return run_perceptron(args, dataset, save_to)
    return run_gradient(args, dataset, save_to)


def run_gradient(args: argparse.Namespace, dataset: Dataset, save_to: Path | None) -> int:
    """Gradient descent with the core Trainer, reported as JSON lines or text."""
    from nnviz.core.optimizers import make_optimizer
    from nnviz.core.training import Trainer

    network = network_for(args, dataset)
    hyper = {} if args.lr is None else {"lr": args.lr}
    optimizer = make_optimizer(args.optimizer or "adam", **hyper)
    trainer = Trainer(network, optimizer, dataset, batch_size=parse_batch(args.batch),
                      shuffle=not args.no_shuffle, seed=args.seed, target_loss=args.target_loss)
    steps, epochs = at_least("--steps", args.steps, 0), at_least("--epochs", args.epochs, 0)
    total = epochs * trainer.steps_per_epoch if epochs is not None else (
        DEFAULT_STEPS if steps is None else steps)
    every = at_least("--every", args.every, 1)
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
            save_network(network, save_to)
            report.final(snapshot, save_to)
    return 0
