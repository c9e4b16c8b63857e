"""`nnviz render`: train without a window, then draw the app's window to a PNG.

    nnviz render --out xor.png                        the XOR lesson after 1000 steps
    nnviz render --out spiral.png --lesson spiral --steps 3000 --size 1920x1080
    nnviz render --out or.png --dataset or --layers 2,1 --activation sigmoid --steps 200
    nnviz render --out walk.png --walkthrough 12 --sample 3   the step-through at step 12
    nnviz render --out hall.png --lecture --size 1366x768 --scale 2   lecture mode
    nnviz render --out f2.png --lesson festival --lesson-step 2    the window after step 2

The options start from a lesson (``--lesson``, default xor) and change what they name; the
training options mean what they mean for ``nnviz train``. Training runs headless, with the
core Trainer in this thread; then the main window is built offscreen (no display needed),
shows the final state, and is saved at exactly the requested size. With ``--walkthrough K``
the window shows the step-through of sample I (``--sample``, from 1: training, then test samples) open at step K
(from 1, as ``nnviz explain --format steps`` numbers them), from the final state. With
``--lecture`` the window is in lecture mode (at ``--size``, not full screen). With
``--lesson-step K`` the window shows the lesson's script after step K (0: the lesson's start)
exactly as the app's step list shows it (MainWindow.show_lesson_step: the replayed data, θ,
loss history, selection, step-through, views and narration); the lesson's steps say how long
to train, so the data, network and training options do not apply.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import replace
from pathlib import Path

from nnviz.commands.options import (
    DEFAULT_STEPS, add_training_options, at_least, parse_batch, parse_layers,
)
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.limits import check_image_size, check_scale

FRAMES = 100  # snapshots along the run handed to the window (the loss curve, the path)


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "render", help=translate("Render", "train, then save a picture of the app's window (no "
                                         "display needed)"),
        description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n".join(__doc__.splitlines()[2:8]),
    )
    p.add_argument("--out", required=True, metavar="FILE.png", help=translate("Render", "the PNG to write"))
    p.add_argument("--size", default="1600x1000", metavar="WxH", help=translate("Render", "window size (1600x1000)"))
    p.add_argument("--lesson", metavar="NAME|FILE.toml", help=translate("Render", "start from this lesson (xor)"))
    p.add_argument("--dark", action="store_true", help=translate("Render", "the dark palette"))
    p.add_argument("--scale", type=float, default=1.0, metavar="S",
                   help=translate("Render", "presentation scale: fonts and lines S times larger "
                                            "(1, 1.25, 1.5, 2; 0.5 to 4)"))
    p.add_argument("--walkthrough", type=int, metavar="K",
                   help=translate("Render", "show the step-through open at step K (from 1) of "
                                            "the final state"))
    p.add_argument("--lecture", action="store_true",
                   help=translate("Render", "lecture mode: the lesson's views large, the "
                                            "narration strip, no settings"))
    p.add_argument("--lesson-step", type=int, metavar="K",
                   help=translate("Render", "show the lesson after step K of its script (0: its "
                                            "start; nnviz lessons lists the step counts)"))
    p.add_argument("--sample", type=int, metavar="I",
                   help=translate("Render", "the sample to step through, from 1: the training "
                                            "samples, then the test samples (default 1; needs "
                                            "--walkthrough)"))

    add_training_options(p, lesson_defaults=True, steps_help=translate(
        "Render", "training steps before the picture (default {steps}; 0: the start)")
        .format(steps=DEFAULT_STEPS))
    p.set_defaults(run=run)
    return p


def parse_size(text: str) -> tuple[int, int]:
    """``"1600x1000"`` -> (1600, 1000) within core.limits' picture sizes; an InputError else."""
    match = re.fullmatch(r"\s*(\d+)\s*[xX×]\s*(\d+)\s*", text)
    if not match:
        raise InputError(translate("Render", "--size {text}: expected WIDTHxHEIGHT in pixels, "
                                             "e.g. 1600x1000").format(text=text))
    return check_image_size(int(match[1]), int(match[2]), f"--size {text}")


def output_path(text: str) -> Path:
    """The PNG to write, checked before any training: a .png name that can be written (an
    existing, writable folder; core.files.check_writable)."""
    from nnviz.core.files import check_writable

    path = Path(text)
    if path.suffix.lower() != ".png":
        raise InputError(translate("Render", "--out {text}: the picture is a PNG, give a file "
                                             "name ending in .png").format(text=text))
    try:
        check_writable(path)
    except InputError as e:
        raise InputError(f"--out {e}") from None
    return path


def write_png(image, out: Path) -> None:
    """Encode ``image`` (a QImage) as PNG in memory and write it atomically to ``out``: on a
    full disk or in a read-only folder the old file stays, and the InputError says why."""
    from nnviz.core.files import write_atomically
    from nnviz.gui.kit.export import png_bytes

    try:
        write_atomically(out, png_bytes(image, out))
    except InputError as e:
        raise InputError(f"--out {e}") from None


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


def run(args: argparse.Namespace) -> int:
    from nnviz.core.config import build_trainer, validate

    size = parse_size(args.size)
    check_scale(args.scale, f"--scale {args.scale:g}")
    out = output_path(args.out)
    at_least("--steps", args.steps, 0)
    at_least("--epochs", args.epochs, 0)
    if args.sample is not None and args.walkthrough is None:
        raise InputError(translate("Render", "--sample {sample}: needs --walkthrough K, the step "
                                             "to show").format(sample=args.sample))
    at_least("--walkthrough", args.walkthrough, 1)
    sample = at_least("--sample", args.sample, 1) or 1
    if args.lesson_step is not None:
        return run_lesson_step(args, size, out, sample)
    lesson, config, dataset, start = configure(args)
    validate(config, dataset)
    trainer = build_trainer(config, dataset, start)
    steps = DEFAULT_STEPS if args.steps is None else args.steps
    if args.epochs is not None:
        steps = args.epochs * trainer.steps_per_epoch
    snapshots = [trainer.snapshot()]
    every = max(1, steps // FRAMES)
    while trainer.step_count < steps and trainer.stopped is None:
        trainer.run(min(every, steps - trainer.step_count))
        snapshots.append(trainer.snapshot())
    snapshot = snapshots[-1]
    walk = None
    if args.walkthrough is not None:
        walk = step_through(snapshot, dataset, config, sample, args.walkthrough)
    image = render_window(lesson, config, dataset, snapshots, size, dark=args.dark,
                          scale=args.scale, walk=walk and (walk.sample, args.walkthrough),
                          lecture=args.lecture)
    write_png(image, out)
    ending = f" ({snapshot.stopped}: {snapshot.message})" if snapshot.stopped else ""
    print(translate("Render", "wrote {path} ({w}x{h}) after {steps} steps: {loss}")
          .format(path=out, w=size[0], h=size[1], steps=snapshot.step, loss=_loss_text(snapshot))
          + ending)
    if walk is not None:
        print(walk_text(sample, args.walkthrough, walk.walkthrough.steps))
    return 0


# what a lesson's script sets: the data, network and training options do not apply to a step
SCRIPT_SETS = ("dataset", "data", "data_labels", "test_ratio", "samples", "noise", "data_seed",
               "model", "layers", "activation", "output_activation", "loss", "init", "no_bias",
               "rule", "optimizer", "lr", "batch", "steps", "epochs", "seed", "no_shuffle")


def run_lesson_step(args: argparse.Namespace, size: tuple[int, int], out: Path,
                    sample: int) -> int:
    """``--lesson-step K``: the window after step K of the lesson's script."""
    from nnviz.commands.options import lesson_step, refuse_with
    from nnviz.core.lessons import load_lesson

    refuse_with(args, SCRIPT_SETS, translate("Render", "--lesson-step {step} (the lesson's steps "
                                                       "set the data, the network and the "
                                                       "training)").format(step=args.lesson_step))
    lesson = load_lesson(args.lesson)
    number = lesson_step(lesson, args.lesson_step)
    walk = None if args.walkthrough is None else (sample, args.walkthrough)
    image, snapshot, steps = render_lesson_step(lesson, number, size, dark=args.dark,
                                                scale=args.scale, walk=walk,
                                                lecture=args.lecture)
    write_png(image, out)
    count = len(lesson.steps)
    where = (translate("Render", "step {number} of {count}: {title}")
             .format(number=number, count=count, title=lesson.steps[number - 1].title) if number
             else translate("Render", "its start: {title}").format(title=lesson.title))
    trained = translate("Render", "%n training step(s)", None, snapshot.step)
    trained = trained.replace("(s)", "" if snapshot.step == 1 else "s")  # English, untranslated
    print(translate("Render", "wrote {path} ({w}x{h}): lesson {lesson}, {where}; {trained}, {loss}")
          .format(path=out, w=size[0], h=size[1], lesson=lesson.name, where=where,
                  trained=trained, loss=_loss_text(snapshot)))
    if steps is not None:
        print(walk_text(sample, args.walkthrough, steps))
    return 0


def walk_text(sample: int, step: int, steps) -> str:
    """The line saying which step of the step-through the picture shows."""
    return (translate("Render", "the step-through of sample {sample} at step {step} of {count}: "
                                "{symbol}")
            .format(sample=sample, step=step, count=len(steps), symbol=steps[step - 1].symbol))


def _loss_text(snapshot) -> str:
    if snapshot.train_accuracy is None:
        return translate("Render", "train loss {loss}").format(loss=f"{snapshot.train_loss:.4g}")
    return (translate("Render", "train loss {loss}, train accuracy {accuracy}")
            .format(loss=f"{snapshot.train_loss:.4g}",
                    accuracy=f"{snapshot.train_accuracy:.0%}"))


def render_lesson_step(lesson, number: int, size: tuple[int, int], *, dark: bool = False,
                       scale: float = 1.0, walk: tuple[int, int] | None = None,
                       lecture: bool = False):
    """The main window showing step ``number`` of ``lesson`` (checked to exist), drawn
    offscreen at ``size``: (QImage, the snapshot shown, the step-through's steps or None).
    ``walk`` = (sample, K), both 1-based: the step-through of that training sample open at
    step K, checked against the shown state (an InputError naming --sample / --walkthrough)."""
    from nnviz.gui.app import create_application, use_offscreen_if_headless
    from nnviz.gui.theme import Theme, apply_theme, current_theme

    use_offscreen_if_headless()
    app = create_application()
    previous = current_theme()
    apply_theme(app, Theme(dark=dark, scale=scale))
    from nnviz.gui.shell.main_window import MainWindow

    window = MainWindow(lesson, start_training=False)
    try:
        window.resize(*size)
        window.show()
        if lecture:
            window.enter_lecture_mode(full_screen=False)
        window.show_lesson_step(number, strict=True)
        snapshot = window.state.snapshot
        steps = None
        if walk is not None:
            from nnviz.session.commands import OpenWalk, Walk

            state = step_through(snapshot, window.state.dataset, window.state.config, *walk)
            steps = state.walkthrough.steps
            window.route(OpenWalk(walk[0] - 1))
            window.route(Walk("to", number=walk[1]))
        window.settle()
        image = window.grab().toImage()
    finally:
        _dispose(window)
        apply_theme(app, previous)
    return _sized(image, size), snapshot, steps


def _dispose(window) -> None:
    """Close the window and delete it now (no event loop turns here to do it later: windows
    left behind would slow every later render in the same process)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _sized(image, size: tuple[int, int]):
    if (image.width(), image.height()) != size:  # the window would not shrink that far
        from PySide6.QtCore import Qt

        image = image.scaled(size[0], size[1], Qt.IgnoreAspectRatio, Qt.SmoothTransformation)
    return image


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


def render_window(lesson, config, dataset, snapshots, size: tuple[int, int], *, dark: bool = False,
                  scale: float = 1.0, walk: tuple[int, int] | None = None, lecture: bool = False):
    """The main window after showing ``snapshots`` in order, drawn offscreen at ``size``: a
    QImage. ``walk`` = (sample, K): with the step-through of sample ``sample``
    (0-based) open at step K (1-based), checked beforehand (:func:`step_through`); ``lecture``:
    in lecture mode, at ``size``."""
    from nnviz.gui.app import create_application, use_offscreen_if_headless
    from nnviz.gui.theme import Theme, apply_theme, current_theme

    use_offscreen_if_headless()
    app = create_application()
    previous = current_theme()
    apply_theme(app, Theme(dark=dark, scale=scale))
    from nnviz.gui.shell.main_window import MainWindow

    window = MainWindow(lesson, config=config, start_training=False)
    try:
        window.resize(*size)
        window.show()
        if lecture:
            window.enter_lecture_mode(full_screen=False)
        window.display(dataset, snapshots)
        if walk is not None:
            from nnviz.session.commands import OpenWalk, Walk

            window.route(OpenWalk(walk[0]))
            window.route(Walk("to", number=walk[1]))
        window.settle()
        image = window.grab().toImage()
    finally:
        _dispose(window)
        apply_theme(app, previous)
    return _sized(image, size)
