"""The ``nnviz`` command: the app with no sub-command, else explain, train, render or lessons.

``--lang th|vi|pt_BR|en`` (before or after the sub-command) chooses the language: for the app
it is remembered like View → Language; the sub-commands write English unless it is given.

Sub-commands live in :mod:`nnviz.commands`, one module each. The GUI is imported only when it
is needed, so ``nnviz explain`` and ``nnviz train`` start without loading Qt. Bad input
gives one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from nnviz import __version__
from nnviz.core.errors import InputError

EXIT_BAD_INPUT = 2

LANGUAGE_CODES = ("en", "th", "vi", "pt_BR")  # nnviz.gui.language.LANGUAGES, without Qt
LANG_HELP = "the language of the words: en, th, vi or pt_BR (the app: remembered)"

# Options whose value may start with "-" (a vector of numbers such as "-1,2"): argparse would
# take "-1,2" for an option, so "--input -1,2" is rewritten as "--input=-1,2".
VECTOR_OPTIONS = ("--input", "--target", "--lr", "--layers")


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error message and exit status 2."""

    def error(self, message: str) -> None:  # argparse's hook
        raise InputError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    from nnviz.commands import explain, lessons, render, slides, train

    parser = _Parser(
        prog="nnviz",
        description="Watch neural networks learn. With no command, start the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"nnviz {__version__}")
    parser.add_argument("--lesson", help="start the app on this lesson (name or .toml file)")
    parser.add_argument("--lecture", action="store_true",
                        help="start the app in lecture mode (full screen; F5 or Esc leaves it)")
    parser.add_argument("--lang", metavar="CODE", help=LANG_HELP)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in (explain, train, render, slides, lessons):
        p = module.add_parser(sub)
        # also after the sub-command; SUPPRESS keeps a --lang given before it
        p.add_argument("--lang", metavar="CODE", default=argparse.SUPPRESS, help=LANG_HELP)
    return parser


def use_language(code: str | None, command: str | None) -> None:
    """Check ``--lang`` (an InputError naming the choices) and, for a sub-command, install
    it now: Qt's translator is loaded only when a language other than English is asked for."""
    if code is None:
        return
    if code not in LANGUAGE_CODES:
        from nnviz.core.i18n import translate

        raise InputError(translate("Cli", "--lang {code}: unknown language; choose one of "
                                          "{choices}").format(code=code,
                                                              choices=", ".join(LANGUAGE_CODES)))
    if command is not None and code != "en":
        from nnviz.gui.language import install_language

        install_language(code)


def join_vector_options(argv: Sequence[str]) -> list[str]:
    """``["--input", "-1,2"]`` -> ``["--input=-1,2"]`` so negative vectors parse."""
    out: list[str] = []
    i = 0
    while i < len(argv):
        token = argv[i]
        if token in VECTOR_OPTIONS and i + 1 < len(argv) and argv[i + 1].startswith("-") \
                and not argv[i + 1].startswith("--"):
            out.append(f"{token}={argv[i + 1]}")
            i += 2
        else:
            out.append(token)
            i += 1
    return out


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(join_vector_options(argv))
        use_language(args.lang, args.command)
        if args.command is None:
            from nnviz.gui.app import run_app

            language = {} if args.lang is None else {"language": args.lang}
            return run_app(lesson=args.lesson, lecture=args.lecture, **language)
        return int(args.run(args) or 0)
    except InputError as e:
        print(f"nnviz: error: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("nnviz: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
