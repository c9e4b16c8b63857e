"""`nnviz train --lesson NAME [--lesson-step K]`: train headlessly from a lesson's state.

The lesson's script is replayed to step K (:func:`nnviz.core.lesson_script.replay`, exactly
as the app's step list reaches it: 0 is the lesson's start); training then goes on from that
state's data, network (θ) and update rule for --steps (or --epochs), reported as
``nnviz train`` reports (text, or JSON lines with --json) and saved with --save, so a
lesson's model can be explained: ``nnviz explain model.json --input ...``. The step count
starts at 0 again and the optimizer from a fresh state (momenta, Adam's averages).

--optimizer, --lr, --batch, --no-shuffle and --cost change the update rule; the data and
network options cannot be combined with a lesson (the lesson sets them).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from nnviz.commands.options import (
    lesson_step,
    parse_batch,
    refuse_with,
)
from nnviz.commands.train_reports import run_plan
from nnviz.commands.train_setup import save_network
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate

# the options a lesson sets (its data and network) and the rule it trains with
LESSON_SETS = ("dataset", "data", "data_labels", "test_ratio", "samples", "noise", "data_seed", "kind", "model",
               "layers", "activation", "output_activation", "loss", "init", "no_bias", "rule",
               "seed")
PERCEPTRON_ONLY_NOT = ("optimizer", "batch", "target_loss", "cost")


def lesson_start(args: argparse.Namespace):
    """The lesson, the step number K and the state after step K (an InputError naming the
    option, or the lesson's file, step and key)."""
    from nnviz.core.lesson_script import replay
    from nnviz.core.lessons import load_lesson

    lesson = load_lesson(args.lesson)
    number = lesson_step(lesson, args.lesson_step)
    return lesson, number, replay(lesson, number)


def training_changes(args: argparse.Namespace, spec):
    """The lesson's TrainingSpec with --optimizer, --lr, --batch, --no-shuffle and --cost
    applied."""
    changes: dict = {}
    if args.optimizer is not None:
        changes.update(optimizer=args.optimizer, hyperparameters=())
    if args.lr is not None:
        if not args.lr > 0:
            raise InputError(translate("Commands", "--lr {lr}: the learning rate must be a number > 0")
                             .format(lr=args.lr))
        changes["learning_rate"] = args.lr
    if args.batch is not None:
        m = parse_batch(args.batch)
        if m is None:
            changes["batch_mode"] = "full"
        elif m == 1:
            changes["batch_mode"] = "stochastic"
        else:
            changes.update(batch_mode="mini-batch", batch_size=m)
    if args.no_shuffle:
        changes["shuffle"] = False
    if getattr(args, "cost", None) is not None:
        changes["cost"] = args.cost
    return replace(spec, **changes)


def run_lesson(args: argparse.Namespace, save_to: Path | None) -> int:
    from nnviz.core.config import build_network, build_trainer, resolve, validate

    refuse_with(args, LESSON_SETS, translate("Commands", "--lesson (the lesson sets the data, the "
                                             "network and the rule)"))
    lesson, number, state = lesson_start(args)
    config = state.config
    if config.training.rule == "perceptron":
        refuse_with(args, PERCEPTRON_ONLY_NOT, translate("Commands", "the perceptron rule of lesson "
                                                         "{name}").format(name=repr(lesson.name)))
    config = resolve(replace(config, training=training_changes(args, config.training)))
    config = config.with_network(params=tuple(float(v) for v in state.theta))
    dataset = state.dataset
    validate(config, dataset)
    trainer = build_trainer(config, dataset, build_network(config, dataset))
    if args.target_loss is not None:
        trainer.target_loss = args.target_loss
    total, every, report = run_plan(args, trainer.steps_per_epoch)
    if not args.json:
        count = len(lesson.steps)
        line = (translate("Commands", "lesson {name}, step {number} of {count}: {title}") if number
                else translate("Commands", "lesson {name}, its start: {title}"))
        sys.stdout.write(line.format(name=lesson.name, number=number, count=count,
                                     title=state.title if number else lesson.title) + "\n")
        report.header(dataset, trainer.network, trainer)
    for snapshot in snapshots(trainer, total, every):
        if snapshot.stopped is None:
            report.progress(snapshot)
        else:
            save_network(trainer.network, save_to)
            report.final(snapshot, save_to)
    return 0


def snapshots(trainer, until: int, every: int) -> Iterator:
    """A snapshot now, every ``every`` steps, and a last one with ``stopped`` (as
    Trainer.snapshots, for the perceptron rule's trainer too)."""
    while True:
        if trainer.stopped is None and trainer.step_count >= until:
            trainer.stop("steps", f"finished {trainer.step_count} steps ({trainer.epoch:g} epochs)")
        snapshot = trainer.snapshot()
        yield snapshot
        if snapshot.stopped is not None:
            return
        trainer.run(min(every, until - trainer.step_count))
