"""What ``nnviz render`` and ``nnviz render --gif`` share: the configuration the training
options describe, the step-through's check, and the app's main window built offscreen and
grabbed as a picture (no display needed)."""

from __future__ import annotations

import argparse
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from nnviz.commands.options import parse_batch, parse_layers
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate


# what a lesson's script sets: the data, network and training options do not apply to a step
SCRIPT_SETS = ("dataset", "data", "data_labels", "test_ratio", "samples", "noise", "data_seed",
               "model", "layers", "activation", "output_activation", "loss", "init", "no_bias",
               "rule", "optimizer", "lr", "batch", "steps", "epochs", "seed", "no_shuffle")


def configure(args: argparse.Namespace):
    """The lesson, the Config its options describe, and the starting network (or None)."""
    from nnviz.core.config import (
        CSV, DataSpec, architecture, build_dataset, check_model_fits, network_spec_of, resolve,
        resolve_data, suit_output,
    )
    from nnviz.core.lessons import load_lesson
    from nnviz.core.modelfile import load_model

    lesson = load_lesson(args.lesson)
    config = resolve(lesson.config)
    data = config.data
    if args.dataset is not None:
        data = DataSpec(name=args.dataset, seed=data.seed)
    elif args.data is not None:
        data = DataSpec(name=CSV, path=args.data, labels_path=args.data_labels, seed=data.seed)
    data_changes = {k: v for k, v in (("n", args.samples), ("noise", args.noise),
                                      ("test_ratio", args.test_ratio), ("seed", args.data_seed))
                    if v is not None}
    config = replace(config, data=resolve_data(replace(data, **data_changes)))
    dataset = build_dataset(config.data)
    network = config.network
    if data != lesson.config.data:
        network = suit_output(network, dataset, build_dataset(resolve(lesson.config).data))
    changes: dict = {}
    if args.layers is not None:
        sizes = parse_layers(args.layers)
        hidden = tuple(sizes[1:-1])
        activation = args.activation or (network.activations[0] if network.activations else "tanh")
        changes.update(hidden=hidden, activations=(activation,) * len(hidden), params=None)
        if sizes[0] != dataset.n_features:
            raise InputError(translate("Render", "--layers {layers}: the data set {name} has {n} "
                                                 "features, so N0 must be {n}")
                             .format(layers=args.layers, name=dataset.name, n=dataset.n_features))
    elif args.activation is not None:
        changes.update(activations=(args.activation,) * len(network.hidden))
    for key, value in (("output_activation", args.output_activation), ("loss", args.loss),
                       ("init", args.init), ("seed", args.seed)):
        if value is not None:
            changes[key] = value
    if args.no_bias:
        changes["bias"] = False
    if changes:
        network = replace(network, **{"params": None, **changes})
    config = replace(config, network=network)
    if args.layers is not None:
        n_out = architecture(network, dataset).n_outputs
        if parse_layers(args.layers)[-1] != n_out:
            raise InputError(translate("Render", "--layers {layers}: the data set {name} needs "
                                                 "{n} output neurons with a {activation} output")
                             .format(layers=args.layers, name=dataset.name, n=n_out,
                                     activation=network.output_activation))

    training = config.training
    t_changes: dict = {}
    if args.rule is not None:
        t_changes["rule"] = args.rule
    if args.optimizer is not None:
        t_changes["optimizer"] = args.optimizer
        t_changes["hyperparameters"] = ()
    if args.lr is not None:
        t_changes["learning_rate"] = args.lr
    if args.batch is not None:
        t_changes.update(_batch(args.batch))
    if args.no_shuffle:
        t_changes["shuffle"] = False
    config = replace(config, training=replace(training, **t_changes))

    start = None
    if args.model is not None:
        start = load_model(args.model)
        check_model_fits(start, dataset)
        config = replace(config, network=network_spec_of(start, config.network))
    return lesson, config, dataset, start


def _batch(text: str) -> dict:
    """``--batch`` as the TrainingSpec's batch mode (and m for mini-batches)."""
    m = parse_batch(text)
    if m is None:
        return {"batch_mode": "full"}
    return {"batch_mode": "stochastic"} if m == 1 else {"batch_mode": "mini-batch", "batch_size": m}


SNAPSHOTS = 100  # snapshots along a run handed to the window (the loss curve, the path)


def training_steps(args: argparse.Namespace, trainer) -> int:
    """How long to train: ``--epochs`` epochs of ``trainer``, else ``--steps`` (default
    DEFAULT_STEPS)."""
    from nnviz.commands.options import DEFAULT_STEPS

    if args.epochs is not None:
        return args.epochs * trainer.steps_per_epoch
    return DEFAULT_STEPS if args.steps is None else args.steps


def train_with_snapshots(trainer, steps: int) -> list:
    """Train to step ``steps`` (or until the trainer stops): the snapshots at the start and
    after every 1/SNAPSHOTS of the run."""
    snapshots = [trainer.snapshot()]
    chunk = max(1, steps // SNAPSHOTS)
    while trainer.step_count < steps and trainer.stopped is None:
        trainer.run(min(chunk, steps - trainer.step_count))
        snapshots.append(trainer.snapshot())
    return snapshots


def writable_file(text: str, option: str, suffix: str, wrong_suffix: str) -> Path:
    """The file ``option`` names, checked before any training: a name ending in ``suffix``
    (else the InputError ``wrong_suffix``) that can be written (core.files.check_writable)."""
    from nnviz.core.files import check_writable

    path = Path(text)
    if path.suffix.lower() != suffix:
        raise InputError(wrong_suffix)
    try:
        check_writable(path)
    except InputError as e:
        raise InputError(f"{option} {e}") from None
    return path


def step_through(snapshot, dataset, config, sample: int, step: int):
    """The walk of training sample ``sample`` (1-based) on ``snapshot``, checked to have a
    step ``step`` (1-based): a WalkState; an InputError naming the option otherwise."""
    from nnviz.session.walk import open_walk

    try:
        walk = open_walk(snapshot, dataset, sample - 1, config)
    except InputError as e:
        raise InputError(translate("Render", "--sample {sample}: {error}")
                         .format(sample=sample, error=e)) from None
    n = len(walk.walkthrough.steps)
    if step > n:
        raise InputError(translate("Render", "--walkthrough {step}: the step-through of sample "
                                             "{sample} has {n} steps, numbered 1 to {n}")
                         .format(step=step, sample=sample, n=n))
    return walk


@contextmanager
def offscreen_window(lesson, size: tuple[int, int], *, config=None, dark: bool = False,
                     scale: float = 1.0, lecture: bool = False):
    """The app's main window for ``lesson`` (``config``: instead of the lesson's), built
    offscreen without a training thread, shown at ``size`` in the given look (``lecture``:
    in lecture mode, not full screen); closed and the look restored afterwards."""
    from nnviz.gui.app import create_application, use_offscreen_if_headless
    from nnviz.gui.theme import Theme, apply_theme, current_theme

    use_offscreen_if_headless()
    app = create_application()
    previous = current_theme()
    apply_theme(app, Theme(dark=dark, scale=scale))
    from nnviz.gui.shell.main_window import MainWindow
    from nnviz.gui.shell.offscreen import hidden_window

    try:
        with hidden_window(MainWindow, lesson, size, config=config, lecture=lecture) as window:
            yield window
    finally:
        apply_theme(app, previous)


def grab(window, size: tuple[int, int] | None = None, widget=None):
    """shell/offscreen's grab (imported when a picture is taken: Qt loads only then)."""
    from nnviz.gui.shell.offscreen import grab as grab_window

    return grab_window(window, size, widget)


def loss_text(snapshot) -> str:
    if snapshot.train_accuracy is None:
        return translate("Render", "train loss {loss}").format(loss=f"{snapshot.train_loss:.4g}")
    return (translate("Render", "train loss {loss}, train accuracy {accuracy}")
            .format(loss=f"{snapshot.train_loss:.4g}",
                    accuracy=f"{snapshot.train_accuracy:.0%}"))
