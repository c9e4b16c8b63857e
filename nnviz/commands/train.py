"""`nnviz train`: train a network (or run the perceptron rule) without the window.

    nnviz train --dataset xor --layers 2,4,1 --optimizer adam --lr 0.05 --steps 2000 --json
    nnviz train --dataset and --rule perceptron --json
    nnviz train --data points.csv --steps 500 --save trained.json
    nnviz train --lesson matrix --lesson-step 1 --steps 0 --save matrix.json

With --lesson NAME (a shipped lesson or a .toml file) training starts from the lesson's state
after step K of its script (--lesson-step K, default 0: the lesson's start), replayed
headlessly as the app replays it: its data, network, θ and update rule; --optimizer, --lr,
--batch, --no-shuffle and --cost change the update rule, the data and network options do not
apply.

--cost chooses what gradient descent minimises, as the lectures write it: "mean" (the
default; with --lesson, the lesson's), C = 1/n Σ ℓ over a batch, or "sum", L = Σ ℓ (its
gradient n times the mean's, so the same η takes n times the step); the header names it and
the losses reported are C or L.

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
from pathlib import Path

from nnviz.commands.options import DEFAULT_STEPS, add_training_options, parse_batch
from nnviz.commands.train_perceptron import run_perceptron
from nnviz.commands.train_reports import run_plan
from nnviz.commands.train_setup import load_data, network_for, save_network, save_path
from nnviz.core.data import Dataset
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.losses import COSTS, MEAN


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "train",
        help="train a network without the window (for scripts, checks and lesson preparation)",
        description="Train a network on a data set with gradient descent (or Rosenblatt's "
                    "perceptron rule) and report the progress, as text or JSON lines.",
    )
    groups = add_training_options(
        p, lesson_defaults=False, source_required=False,
        steps_help=f"parameter updates (perceptron: samples; default {DEFAULT_STEPS})")
    groups.data.add_argument("--kind", choices=("classification", "regression"),
                             help="what the CSV target is (default: detected)")
    groups.training.add_argument("--cost", choices=COSTS,
                                 help="what gradient descent minimises: mean, C = 1/n Σ ℓ "
                                      "(default; with --lesson: the lesson's), or sum, L = Σ ℓ")
    groups.training.add_argument("--target-loss", type=float, metavar="C",
                                 help="stop ('converged') once the training loss is at most C")

    lesson = p.add_argument_group("lesson (instead of --dataset / --data)")
    lesson.add_argument("--lesson", metavar="NAME|FILE.toml",
                        help="start from a lesson's data, network, θ and update rule")
    lesson.add_argument("--lesson-step", type=int, metavar="K",
                        help="... as they are after step K of its script (default 0: its start)")

    out = p.add_argument_group("output")
    out.add_argument("--json", action="store_true", help="JSON lines on stdout")
    out.add_argument("--every", type=int, metavar="K", help="a progress line every K steps")
    out.add_argument("--save", metavar="FILE.json", help="save the trained network")
    # None: not given (a lesson sets them); without a lesson they mean seed 0, gradient descent
    p.set_defaults(run=run, seed=None, rule=None)
    return p


def run(args: argparse.Namespace) -> int:
    """Train as the options say; 0 when training ran (whatever made it stop)."""
    if args.lesson is not None:
        from nnviz.commands.train_lesson import run_lesson

        return run_lesson(args, save_path(args.save))
    if args.lesson_step is not None:
        raise InputError(translate("Commands", "--lesson-step {step} needs --lesson NAME, the "
                                   "lesson whose step to start from").format(step=args.lesson_step))
    if args.dataset is None and args.data is None:
        raise InputError(translate("Commands", "nnviz train: one of --dataset, --data or --lesson "
                                   "is required"))
    args.seed = 0 if args.seed is None else args.seed
    args.rule = args.rule or "gradient"
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
                      shuffle=not args.no_shuffle, seed=args.seed, target_loss=args.target_loss,
                      cost=args.cost or MEAN)
    total, every, report = run_plan(args, trainer.steps_per_epoch)
    if not args.json:
        report.header(dataset, network, trainer)
    for snapshot in trainer.snapshots(until=total, every=every):
        if snapshot.stopped is None:
            report.progress(snapshot)
        else:
            save_network(network, save_to)
            report.final(snapshot, save_to)
    return 0
