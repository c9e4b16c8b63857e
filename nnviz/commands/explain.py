"""``nnviz explain MODEL.json --input 1,-1 [--target 0,1] [--lr 0.1] [--format ...]``.

Prints a worked example of the model on one input, in the lectures' notation: the forward
pass neuron by neuron; with --target the loss, the backward pass (δ of every neuron) and
∂ℓ/∂w for every weight; with --lr as well, one gradient-descent update and the loss after it.
``--format steps`` prints the step list as JSON lines, ``--format beamer`` LaTeX Beamer
slides; both write at most --max-terms terms of a long sum (the largest first).
"""

from __future__ import annotations

import argparse
import sys

from nnviz.core.errors import InputError
from nnviz.core.explain import FORMATS, render
from nnviz.core.i18n import translate
from nnviz.core.modelfile import load_model
from nnviz.core.numbers import read_number
from nnviz.core.worked import SUMMARY_TERMS
from nnviz.core.worked_numbers import check_learning_rate, check_vector, work_out

EPILOG = """\
examples:
  nnviz explain model.json --input 1,-1
  nnviz explain model.json --input -1,2 --target 0,1 --lr 0.1 --format latex
  nnviz explain model.json --input -1,2 --target 0,1 --lr 0.1 --format steps
  nnviz explain model.json --input -1,2 --target 0,1 --lr 0.1 --format beamer > walk.tex
"""


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "explain",
        help="a worked forward/backward/update example of a model, for slides",
        description="Write out one forward pass of MODEL.json on one input, neuron by neuron,\n"
                    "in the lectures' notation; with --target also the loss and the backward\n"
                    "pass, with --lr also one gradient-descent update and the loss after it.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("model", metavar="MODEL.json", help="an nnviz model file")
    p.add_argument("--input", required=True, metavar="X1,X2,...",
                   help="the input x, comma-separated (negative numbers are fine)")
    p.add_argument("--target", metavar="Y1,Y2,...", help="the target y: adds loss and backward pass")
    p.add_argument("--lr", metavar="ETA", help="the learning rate η: adds one update (needs --target)")
    p.add_argument("--format", choices=FORMATS, default="text",
                   help="text (default), markdown, latex (an amsmath fragment), json, steps "
                        "(the step list as JSON lines) or beamer (a LaTeX Beamer document)")
    p.add_argument("--max-terms", metavar="N",
                   help=f"steps and beamer: write at most N terms of a sum, the largest first, "
                        f"and the rest as one sum (default {SUMMARY_TERMS})")
    p.set_defaults(run=run)
    return p


def run(args: argparse.Namespace) -> int:
    if args.lr is not None and args.target is None:
        raise InputError(translate("Commands", "--lr needs --target: the update follows the "
                                   "gradient of the loss"))
    network = load_model(args.model)
    arch = network.architecture
    x = check_vector(parse_vector(args.input, "--input"), arch.n_inputs, "--input", "input")
    y = None if args.target is None else check_vector(
        parse_vector(args.target, "--target"), arch.n_outputs, "--target", "output")
    lr = None if args.lr is None else check_learning_rate(parse_number(args.lr, "--lr"), "--lr")
    write_utf8(render(work_out(network, x, y, lr), args.format, max_terms(args)))
    return 0


def max_terms(args: argparse.Namespace) -> int:
    """--max-terms as a whole number ≥ 1 (only the steps and beamer formats summarise)."""
    if args.max_terms is None:
        return SUMMARY_TERMS
    if args.format not in ("steps", "beamer"):
        raise InputError(translate("Commands", "--max-terms is for --format steps or beamer (the "
                                   "other formats write every term)"))
    text = args.max_terms.strip()
    if not text.isdigit() or int(text) < 1:
        raise InputError(translate("Commands", "--max-terms must be a whole number ≥ 1, got {value}")
                         .format(value=repr(args.max_terms)))
    return int(text)


def write_utf8(text: str) -> None:
    """Print ``text``; as UTF-8 bytes if stdout's own encoding cannot show σ, δ or ℓ."""
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()


def parse_vector(text: str, option: str) -> list[float]:
    """``"1,-1"`` -> [1.0, -1.0]; an :class:`InputError` naming the option and the bad entry."""
    if not text.strip():
        raise InputError(translate("Commands", "{option} is empty: give comma-separated numbers "
                                   "such as 1,-1").format(option=option))
    return [parse_number(item, option) for item in text.split(",")]


def parse_number(text: str, option: str) -> float:
    """A finite float from the command line (NaN and infinity are refused)."""
    item = text.strip()
    if not item:
        raise InputError(translate("Commands", "{option}: an empty entry (give comma-separated "
                                   "numbers such as 1,-1)").format(option=option))
    try:
        return read_number(item)
    except InputError as e:
        raise InputError(f"{option}: {e}") from None
