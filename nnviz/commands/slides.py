"""`nnviz slides`: a lesson's steps and one step-through as a slide deck in a folder.

    nnviz slides --out xor-slides                          the XOR lesson, 1600x1000
    nnviz slides --out hall --lesson backprop --size 1366x768 --scale 2 --lecture
    nnviz slides --out deck --lesson mnist --no-walk       the lesson's steps only

The folder gets lesson-00.png … (the window at the lesson's start and after each step of its
script), walk-001.png … (the step-through of sample I, ``--sample``, on the state after the
lesson's last step, one picture per step), walk-slides.tex (the same step-through as LaTeX
Beamer frames, as ``nnviz explain --format beamer`` writes it) and slides.md (every picture
with its title and narration, in order). The folder must be new, empty or an earlier deck;
it is written whole or not at all.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from nnviz.commands.options import at_least
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.limits import check_scale


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "slides", help="save a lesson's steps and a step-through as a slide deck (PNGs, Beamer)",
        description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n".join(__doc__.splitlines()[2:]),
    )
    p.add_argument("--out", required=True, metavar="FOLDER", help="the folder to write")
    p.add_argument("--lesson", metavar="NAME|FILE.toml", help="the lesson (xor)")
    p.add_argument("--size", default="1600x1000", metavar="WxH",
                   help="the pictures' size (1600x1000)")
    p.add_argument("--scale", type=float, default=1.0, metavar="S",
                   help="presentation scale: fonts and lines S times larger (0.5 to 4)")
    p.add_argument("--dark", action="store_true", help="the dark palette")
    p.add_argument("--lecture", action="store_true",
                   help="lecture mode: the lesson's views large, the narration strip")
    p.add_argument("--sample", type=int, default=1, metavar="I",
                   help="the sample to step through, from 1 (default 1)")
    p.add_argument("--no-walk", action="store_true", help="the lesson's steps only")
    p.set_defaults(run=run)
    return p


def run(args: argparse.Namespace) -> int:
    from nnviz.commands.render import parse_size
    from nnviz.core.folders import check_folder
    from nnviz.core.lessons import load_lesson
    from nnviz.gui.shell.slide_deck import DECK_FILES

    size = parse_size(args.size)
    check_scale(args.scale, f"--scale {args.scale:g}")
    at_least("--sample", args.sample, 1)
    out = Path(args.out)
    try:
        check_folder(out, DECK_FILES)
    except InputError as e:
        raise InputError(f"--out {e}") from None
    lesson = load_lesson(args.lesson)
    pages = _export(lesson, out, size, args)
    walk = sum(p.name.startswith("walk-") for p in pages)
    print(translate("SlidesCommand", "wrote {folder}: {lesson} pictures of the lesson "
                                     "{name}, {walk} of the step-through").format(
        folder=out, lesson=len(pages) - walk, name=lesson.name, walk=walk))
    return 0


def _export(lesson, out: Path, size: tuple[int, int], args: argparse.Namespace):
    from nnviz.gui.app import create_application, use_offscreen_if_headless
    from nnviz.gui.theme import Theme, apply_theme, current_theme

    use_offscreen_if_headless()
    app = create_application()
    previous = current_theme()
    apply_theme(app, Theme(dark=args.dark, scale=args.scale))
    from nnviz.gui.shell.main_window import MainWindow
    from nnviz.gui.shell.slide_deck import export_deck

    try:
        return export_deck(MainWindow, lesson, out, size, lecture=args.lecture,
                           sample=None if args.no_walk else args.sample)
    finally:
        apply_theme(app, previous)
