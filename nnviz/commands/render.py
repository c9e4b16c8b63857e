"""`nnviz render`: train without a window, then draw the app's window to a PNG.

    nnviz render --out xor.png                        the XOR lesson after 1000 steps
    nnviz render --out spiral.png --lesson spiral --steps 3000 --size 1920x1080
    nnviz render --out or.png --dataset or --layers 2,1 --activation sigmoid --steps 200
    nnviz render --out walk.png --walkthrough 12 --sample 3   the step-through at step 12
    nnviz render --out hall.png --lecture --size 1366x768 --scale 2   lecture mode
    nnviz render --out f2.png --lesson festival --lesson-step 2    the window after step 2
    nnviz render --gif xor.gif --frames 20 --every 50      20 frames, one every 50 steps

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
from pathlib import Path

from nnviz.commands.options import DEFAULT_STEPS, add_training_options, at_least
from nnviz.commands.render_gif import add_gif_options, refuse_gif_options, step_or_all
from nnviz.commands.render_setup import (
    SCRIPT_SETS, configure, grab, loss_text, offscreen_window, step_through, train_with_snapshots,
    training_steps, writable_file,
)
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.limits import check_image_size, check_scale



def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "render", help="train, then save a picture of the app's window (no display needed)",
        description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n".join(__doc__.splitlines()[2:9]),
    )
    p.add_argument("--out", metavar="FILE.png", help="the PNG to write (or --gif: an animation)")
    p.add_argument("--size", default="1600x1000", metavar="WxH", help="window size (1600x1000)")
    p.add_argument("--lesson", metavar="NAME|FILE.toml", help="start from this lesson (xor)")
    p.add_argument("--dark", action="store_true", help="the dark palette")
    p.add_argument("--scale", type=float, default=1.0, metavar="S",
                   help="presentation scale: fonts and lines S times larger (1, 1.25, 1.5, 2; "
                        "0.5 to 4)")
    p.add_argument("--walkthrough", type=step_or_all, metavar="K",
                   help="show the step-through open at step K (from 1) of the final state "
                        "(with --gif: all)")
    p.add_argument("--lecture", action="store_true",
                   help="lecture mode: the lesson's views large, the narration strip, no settings")
    p.add_argument("--lesson-step", type=step_or_all, metavar="K",
                   help="show the lesson after step K of its script (0: its start; "
                        "nnviz lessons lists the step counts; with --gif: all)")
    p.add_argument("--sample", type=int, metavar="I",
                   help="the sample to step through, from 1: the training samples, then the test "
                        "samples (default 1; needs --walkthrough)")

    add_training_options(p, lesson_defaults=True, steps_help=f"training steps before the picture "
                                                             f"(default {DEFAULT_STEPS}; 0: the start)")
    add_gif_options(p)
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
    """The PNG to write, checked before any training: a .png name that can be written."""
    return writable_file(text, "--out", ".png", translate(
        "Render", "--out {text}: the picture is a PNG, give a file name ending in .png")
        .format(text=text))


def write_png(image, out: Path) -> None:
    """Encode ``image`` (a QImage) as PNG in memory and write it atomically to ``out``: on a
    full disk or in a read-only folder the old file stays, and the InputError says why."""
    from nnviz.core.files import write_atomically
    from nnviz.gui.kit.export import png_bytes

    try:
        write_atomically(out, png_bytes(image, out))
    except InputError as e:
        raise InputError(f"--out {e}") from None


def run(args: argparse.Namespace) -> int:
    from nnviz.core.config import build_trainer, validate

    size = parse_size(args.size)
    check_scale(args.scale, f"--scale {args.scale:g}")
    if args.gif is not None:
        from nnviz.commands import render_gif

        return render_gif.run(args, size)
    refuse_gif_options(args)
    if args.out is None:
        raise InputError(translate("Render", "give --out FILE.png (a picture) or --gif FILE.gif "
                                             "(an animation)"))
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
    snapshots = train_with_snapshots(trainer, training_steps(args, trainer))
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
          .format(path=out, w=size[0], h=size[1], steps=snapshot.step, loss=loss_text(snapshot))
          + ending)
    if walk is not None:
        print(walk_text(sample, args.walkthrough, walk.walkthrough.steps))
    return 0


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
    trained_steps = snapshot.step  # (lupdate extracts a plural only when its count is a plain name)
    trained = translate("Render", "%n training step(s)", None, trained_steps)
    print(translate("Render", "wrote {path} ({w}x{h}): lesson {lesson}, {where}; {trained}, {loss}")
          .format(path=out, w=size[0], h=size[1], lesson=lesson.name, where=where,
                  trained=trained, loss=loss_text(snapshot)))
    if steps is not None:
        print(walk_text(sample, args.walkthrough, steps))
    return 0


def walk_text(sample: int, step: int, steps) -> str:
    """The line saying which step of the step-through the picture shows."""
    return (translate("Render", "the step-through of sample {sample} at step {step} of {count}: "
                                "{symbol}")
            .format(sample=sample, step=step, count=len(steps), symbol=steps[step - 1].symbol))


def render_lesson_step(lesson, number: int, size: tuple[int, int], *, dark: bool = False,
                       scale: float = 1.0, walk: tuple[int, int] | None = None,
                       lecture: bool = False):
    """The main window showing step ``number`` of ``lesson`` (checked to exist), drawn
    offscreen at ``size``: (QImage, the snapshot shown, the step-through's steps or None).
    ``walk`` = (sample, K), both 1-based: the step-through of that training sample open at
    step K, checked against the shown state (an InputError naming --sample / --walkthrough)."""
    with offscreen_window(lesson, size, dark=dark, scale=scale, lecture=lecture) as window:
        window.show_lesson_step(number, strict=True)
        snapshot = window.state.snapshot
        steps = None
        if walk is not None:
            from nnviz.session.commands import OpenWalk, Walk

            state = step_through(snapshot, window.state.dataset, window.state.config, *walk)
            steps = state.walkthrough.steps
            window.route(OpenWalk(walk[0] - 1))
            window.route(Walk("to", number=walk[1]))
        image = grab(window, size)
    return image, snapshot, steps


def render_window(lesson, config, dataset, snapshots, size: tuple[int, int], *, dark: bool = False,
                  scale: float = 1.0, walk: tuple[int, int] | None = None, lecture: bool = False):
    """The main window after showing ``snapshots`` in order, drawn offscreen at ``size``: a
    QImage. ``walk`` = (sample, K): with the step-through of sample ``sample``
    (0-based) open at step K (1-based), checked beforehand (:func:`step_through`); ``lecture``:
    in lecture mode, at ``size``."""
    with offscreen_window(lesson, size, config=config, dark=dark, scale=scale,
                          lecture=lecture) as window:
        window.display(dataset, snapshots)
        if walk is not None:
            from nnviz.session.commands import OpenWalk, Walk

            window.route(OpenWalk(walk[0]))
            window.route(Walk("to", number=walk[1]))
        return grab(window, size)
