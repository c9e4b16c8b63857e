"""`nnviz render --gif`: an animated GIF of the app's window (or of one view) for a slide.

    nnviz render --gif xor.gif --frames 20                  a frame every 1000/20 = 50 steps
    nnviz render --gif xor.gif --frames 30 --every 10 --fps 10 --size 1280x800
    nnviz render --gif walk.gif --walkthrough all --sample 3  one frame per step-through step
    nnviz render --gif f.gif --lesson festival --lesson-step all   the start, then each step
    nnviz render --gif loss.gif --view loss --png-frames loss-frames    one view, and PNGs

Training runs headless as for a picture; the window is built once, offscreen, and grabbed
after every K training steps (``--every K``, default: --steps / --frames), N times
(``--frames N``, default 20): frame i shows the state after i·K steps. With ``--walkthrough
all`` the network is trained first (--steps), then one frame shows each step of the
step-through of sample I (``--sample``); with ``--lesson-step all`` one frame shows the
lesson's start and one each of its steps. ``--frames N`` then keeps the first N. Everything is
checked before any training; the GIF (loops forever, ``--fps`` frames per second) and the
PNG folder (frame_0001.png …) are written whole or not at all.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from nnviz.commands.options import at_least, lesson_step, refuse_with
from nnviz.commands.render_setup import (
    SNAPSHOTS, SCRIPT_SETS, configure, grab, loss_text, offscreen_window, step_through,
    train_with_snapshots, training_steps, writable_file,
)
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate

ALL = "all"
DEFAULT_FRAMES = 20
DEFAULT_FPS = 5
GIF_ONLY = ("frames", "every", "fps", "png_frames", "view")


def step_or_all(text: str) -> int | str:
    """A step number, or "all" (one frame per step, with --gif)."""
    return ALL if text.strip().lower() == ALL else int(text)


step_or_all.__name__ = "int"  # argparse says "invalid int value: 'x'", as before


def add_gif_options(p: argparse.ArgumentParser) -> None:
    """The animation's options (argparse's help stays English, as every command's)."""
    g = p.add_argument_group("animation (an animated GIF instead of --out)")
    g.add_argument("--gif", metavar="OUT.gif",
                   help="write an animated GIF (it loops) instead of a picture")
    g.add_argument("--frames", type=int, metavar="N",
                   help=f"number of frames (default {DEFAULT_FRAMES}; with 'all': at most N)")
    g.add_argument("--every", type=int, metavar="K",
                   help="a frame every K training steps (default: --steps / --frames)")
    g.add_argument("--fps", type=int, metavar="F",
                   help=f"frames per second (default {DEFAULT_FPS}; 1 to 50)")
    g.add_argument("--png-frames", metavar="DIR",
                   help="also write the frames as numbered PNG files (frame_0001.png …) into "
                        "this new or empty folder")
    g.add_argument("--view", metavar="KEY",
                   help="record only this view (loss, boundary, graph, landscape, …), not the "
                        "whole window")


def refuse_gif_options(args: argparse.Namespace) -> None:
    """Without --gif: the animation's options and 'all' make no sense (an InputError)."""
    for name in GIF_ONLY:
        if getattr(args, name, None) is not None:
            raise InputError(translate("RenderGif", "--{option}: needs --gif OUT.gif")
                             .format(option=name.replace("_", "-")))
    for option, value in (("--walkthrough", args.walkthrough), ("--lesson-step", args.lesson_step)):
        if value == ALL:
            raise InputError(translate("RenderGif", "{option} all: needs --gif OUT.gif (one frame "
                                                    "per step)").format(option=option))


def gif_path(text: str) -> Path:
    """The GIF to write, checked before any training: a .gif name that can be written."""
    return writable_file(text, "--gif", ".gif", translate(
        "RenderGif", "--gif {text}: the animation is a GIF, give a file name ending in .gif")
        .format(text=text))


def _view_key(args: argparse.Namespace) -> str | None:
    if args.view is None:
        return None
    from nnviz.gui.views.registry import registered_views

    keys = [cls.key for cls in registered_views()]
    if args.view not in keys:
        raise InputError(translate("RenderGif", "--view {key}: no such view; the views are {keys}")
                         .format(key=args.view, keys=", ".join(keys)))
    return args.view


def run(args: argparse.Namespace, size: tuple[int, int]) -> int:
    """``nnviz render --gif``: check everything, record the frames, write the GIF (and the
    PNG folder); exit status 0."""
    from nnviz.core import gif

    if args.out is not None:
        raise InputError(translate("RenderGif", "--out {path}: give either --out (a picture) or "
                                                "--gif (an animation)").format(path=args.out))
    out = gif_path(args.gif)
    fps = gif.check_fps(DEFAULT_FPS if args.fps is None else args.fps, f"--fps {args.fps}")
    folder = None
    if args.png_frames is not None:
        try:
            folder = gif.check_frame_folder(args.png_frames)
        except InputError as e:
            raise InputError(f"--png-frames {e}") from None
    key = _view_key(args)
    at_least("--frames", args.frames, 1)
    at_least("--every", args.every, 1)
    at_least("--steps", args.steps, 0)
    at_least("--epochs", args.epochs, 0)
    if args.sample is not None and args.walkthrough is None:
        raise InputError(translate("Render", "--sample {sample}: needs --walkthrough K, the step "
                                             "to show").format(sample=args.sample))
    if args.walkthrough != ALL:
        at_least("--walkthrough", args.walkthrough, 1)
    sample = at_least("--sample", args.sample, 1) or 1
    if args.lesson_step == ALL:
        frames, note = _lesson_frames(args, size, key)
    elif args.lesson_step is not None:
        raise InputError(translate("RenderGif", "--lesson-step {step}: with --gif, give "
                                                "--lesson-step all (one frame per step)")
                         .format(step=args.lesson_step))
    elif args.walkthrough == ALL:
        frames, note = _walk_frames(args, size, key, sample)
    elif args.walkthrough is not None:
        raise InputError(translate("RenderGif", "--walkthrough {step}: with --gif, give "
                                                "--walkthrough all (one frame per step)")
                         .format(step=args.walkthrough))
    else:
        frames, note = _training_frames(args, size, key)
    frames = gif.fit_frames(frames)  # a view's size may change between lesson steps
    written = gif.write_gif(out, frames, fps)
    height, width = frames[0].shape[:2]
    print(translate("RenderGif", "wrote {path}: {n} frames of {w}x{h} at {fps} per second, "
                                 "{bytes} bytes; {note}")
          .format(path=out, n=len(frames), w=width, h=height, fps=fps, bytes=f"{written:,}",
                  note=note))
    if folder is not None:
        paths = gif.write_png_frames(folder, frames)
        print(translate("RenderGif", "wrote {n} numbered frames into {path}")
              .format(n=len(paths), path=folder))
    return 0


def _check_count(n: int, size: tuple[int, int], option: str) -> None:
    from nnviz.core.gif import check_recording

    check_recording(n, *size, option)


def _refuse_every(args: argparse.Namespace, mode: str) -> None:
    if args.every is not None:
        raise InputError(translate("RenderGif", "--every {k}: {mode} records one frame per step, "
                                                "not every K training steps")
                         .format(k=args.every, mode=mode))


def _training_frames(args, size, key):
    """A frame after K, 2K, …, N·K training steps."""
    from nnviz.core.config import build_trainer, validate

    n = DEFAULT_FRAMES if args.frames is None else args.frames
    _check_count(n, size, f"--frames {n}")
    lesson, config, dataset, start = configure(args)
    validate(config, dataset)
    trainer = build_trainer(config, dataset, start)
    steps = training_steps(args, trainer)
    every = args.every or max(1, math.ceil(steps / n))
    chunk = max(1, n * every // SNAPSHOTS)
    frames = []
    with offscreen_window(lesson, size, config=config, dark=args.dark, scale=args.scale,
                          lecture=args.lecture) as window:
        widget = _widget(window, key)
        window.display(dataset, [trainer.snapshot()])
        for i in range(1, n + 1):
            while trainer.step_count < i * every and trainer.stopped is None:
                trainer.run(min(chunk, i * every - trainer.step_count))
                window.state.set_snapshot(trainer.snapshot())
                window.draw_frame()
            frames.append(_frame(window, size, widget))
            if trainer.stopped is not None:
                break
    snapshot = trainer.snapshot()
    ending = f" ({snapshot.stopped}: {snapshot.message})" if snapshot.stopped else ""
    return frames, translate("RenderGif", "a frame every {k} steps, {steps} steps: {loss}") \
        .format(k=every, steps=snapshot.step, loss=loss_text(snapshot)) + ending


def _walk_frames(args, size, key, sample: int):
    """Train (--steps), then a frame per step of the step-through of sample ``sample``."""
    from nnviz.core.config import build_trainer, validate
    from nnviz.session.commands import OpenWalk, Walk

    _refuse_every(args, "--walkthrough all")
    lesson, config, dataset, start = configure(args)
    validate(config, dataset)
    trainer = build_trainer(config, dataset, start)
    count = len(step_through(trainer.snapshot(), dataset, config, sample, 1).walkthrough.steps)
    n = count if args.frames is None else min(count, args.frames)
    _check_count(n, size, f"--walkthrough all ({count} steps)")
    snapshots = train_with_snapshots(trainer, training_steps(args, trainer))
    frames = []
    with offscreen_window(lesson, size, config=config, dark=args.dark, scale=args.scale,
                          lecture=args.lecture) as window:
        widget = _widget(window, key)
        window.display(dataset, snapshots)
        window.route(OpenWalk(sample - 1))
        for k in range(1, n + 1):
            window.route(Walk("to", number=k))
            frames.append(_frame(window, size, widget))
    return frames, translate("RenderGif", "the step-through of sample {sample}, steps 1 to {n} "
                                          "of {count}, after {steps} training steps") \
        .format(sample=sample, n=n, count=count, steps=snapshots[-1].step)


def _lesson_frames(args, size, key):
    """A frame of the lesson's start, then one after each of its steps."""
    from nnviz.core.lessons import load_lesson

    refuse_with(args, SCRIPT_SETS, translate("RenderGif", "--lesson-step all (the lesson's steps "
                                                          "set the data, the network and the "
                                                          "training)"))
    _refuse_every(args, "--lesson-step all")
    if args.walkthrough is not None:
        raise InputError(translate("RenderGif", "--walkthrough cannot be combined with "
                                                "--lesson-step all"))
    lesson = load_lesson(args.lesson)
    count = len(lesson.steps)
    lesson_step(lesson, count)
    n = count + 1 if args.frames is None else min(count + 1, args.frames)
    _check_count(n, size, f"--lesson-step all ({count} steps)")
    frames = []
    with offscreen_window(lesson, size, dark=args.dark, scale=args.scale,
                          lecture=args.lecture) as window:
        widget = _widget(window, key)
        for number in range(n):
            window.show_lesson_step(number, strict=True)
            frames.append(_frame(window, size, widget))
    return frames, translate("RenderGif", "lesson {lesson}: its start and steps 1 to {last} of "
                                          "{count}").format(lesson=lesson.name, last=n - 1,
                                                            count=count)


def _widget(window, key: str | None):
    """The view ``key`` brought to the front of its dock (None: the whole window)."""
    if key is None:
        return None
    from nnviz.gui.kit.flow_layout import settle_layout

    dock = window.docks[key]
    dock.show()
    dock.raise_()
    view = window.view(key)
    settle_layout()
    if not view.isVisible() or view.width() < 2 or view.height() < 2:
        raise InputError(translate("RenderGif", "--view {key}: the view is not shown in this "
                                                "window (in lecture mode only the lesson's views "
                                                "are)").format(key=key))
    return view


def _frame(window, size, widget):
    from nnviz.gui.shell.recorder import frame_array

    return frame_array(grab(window, size, widget))
