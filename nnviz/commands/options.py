"""The data, network and training options that `nnviz train` and `nnviz render` share.

:func:`add_training_options` adds them in three argument groups and returns the groups, so
each command can add its own options beside them. ``nnviz train`` states its own defaults;
``nnviz render`` starts from a lesson, so there every option left out keeps the lesson's
value (``lesson_defaults=True``: no default values, groups titled "(default: the lesson's)").
The parsers of option text (``--layers``, ``--batch``, counts) live here too.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from nnviz.core import limits
from nnviz.core.activations import ACTIVATIONS
from nnviz.core.errors import InputError
from nnviz.core.i18n import translate
from nnviz.core.losses import LOSSES
from nnviz.core.network import INITIALISERS
from nnviz.core.optimizers import OPTIMIZERS

DEFAULT_STEPS = 1000


@dataclass(frozen=True)
class OptionGroups:
    """The argument groups a command adds its own data, network or training options to."""

    data: argparse._ArgumentGroup
    network: argparse._ArgumentGroup
    training: argparse._ArgumentGroup


def add_training_options(parser: argparse.ArgumentParser, *, lesson_defaults: bool,
                         steps_help: str, source_required: bool | None = None) -> OptionGroups:
    """Add --dataset/--data (and --data-labels), the network options and the update rule's options to ``parser``.

    ``steps_help`` says what a step is to the command (--steps and --epochs are one choice).

    Without ``lesson_defaults`` one of --dataset and --data is required (unless
    ``source_required`` is False: the command checks it) and the help names the defaults
    (tanh, xavier, adam, the full batch, seed 0, the gradient rule).
    """
    if source_required is None:
        source_required = not lesson_defaults
    def default(text: str) -> str:
        return "" if lesson_defaults else f" (default {text})"

    lesson = " (default: the lesson's)" if lesson_defaults else ""
    data = parser.add_argument_group(
        "data (default: the lesson's)" if lesson_defaults else "data (one of --dataset or --data)")
    source = data.add_mutually_exclusive_group(required=source_required)
    source.add_argument("--dataset", metavar="NAME", help="a generated data set: " + _dataset_names())
    source.add_argument("--data", metavar="FILE",
                        help="a data file, told by its content: a CSV table (numeric columns, "
                             "the last one the target), a digit CSV (label, then side² pixels "
                             "0..255) or IDX images (train-images-idx3-ubyte, .gz or not)")
    data.add_argument("--data-labels", metavar="FILE",
                      help="the labels of --data's IDX images (default: found beside them by "
                           "MNIST's naming, train-labels-idx1-ubyte[.gz])")
    data.add_argument("--test-ratio", type=float, metavar="R",
                      help="fraction of the samples held out for testing"
                           + ("" if lesson_defaults else
                              " (default: the data set's; --data: 0.2 for images, 0 for a table)"))
    data.add_argument("--samples", type=limited(limits.check_samples, "--samples"), metavar="N",
                      help="samples to generate (--dataset)")
    data.add_argument("--noise", type=float, metavar="S", help="noise level (--dataset)")
    data.add_argument("--data-seed", type=limited(limits.check_seed, "--data-seed"), metavar="N",
                      help="seed for generating and splitting the data"
                           + ("" if lesson_defaults else " (default: --seed)"))

    net = parser.add_argument_group("network" + lesson)
    model = net.add_mutually_exclusive_group()
    model.add_argument("--model", metavar="FILE.json", help="start from a saved network")
    model.add_argument("--layers", metavar="N0,N1,...,NL",
                       help="layer sizes, input and output included, e.g. 2,4,1")
    net.add_argument("--activation", choices=[a for a, f in ACTIVATIONS.items() if not f.output_only],
                     help="hidden layers' activation" + default("tanh"))
    net.add_argument("--output-activation", choices=list(ACTIVATIONS),
                     help="output layer's activation" + default("from the data"))
    net.add_argument("--loss", choices=list(LOSSES), help="loss" + default("from the data"))
    net.add_argument("--init", choices=INITIALISERS, help="initial weights" + default("xavier"))
    net.add_argument("--no-bias", action="store_true", help="layers without bias")

    training = parser.add_argument_group("training" + lesson)
    training.add_argument("--rule", choices=("gradient", "perceptron"),
                          default=None if lesson_defaults else "gradient",
                          help="gradient descent with backpropagation"
                               + ("" if lesson_defaults else " (default)")
                               + ", or Rosenblatt's perceptron rule on a one-layer sign/step network")
    training.add_argument("--optimizer", choices=OPTIMIZERS, help="the optimizer" + default("adam"))
    training.add_argument("--lr", type=float, metavar="ETA", help="learning rate η")
    training.add_argument("--batch", metavar="full|M", help="batch size" + default("full"))
    budget = training.add_mutually_exclusive_group()
    budget.add_argument("--steps", type=int, metavar="N", help=steps_help)
    budget.add_argument("--epochs", type=int, metavar="N", help="passes over the training set")
    training.add_argument("--seed", type=limited(limits.check_seed, "--seed"),
                          default=None if lesson_defaults else 0,
                          metavar="N", help="seed for weights and shuffling")
    training.add_argument("--no-shuffle", action="store_true",
                          help="keep the samples in order (the perceptron rule always does)")
    return OptionGroups(data, net, training)


def _dataset_names() -> str:
    from nnviz.core.data import DATASETS

    return ", ".join(DATASETS)


def limited(check, option: str):
    """An argparse type: a whole number passed through ``check`` (a core.limits check); its
    message (the limit) becomes argparse's one-line error after the option's name."""
    def parse(text: str) -> int:
        try:
            return check(int(text), f"{option} {text}")
        except ValueError as e:  # int() or the InputError of the check
            reason = str(e).removeprefix(f"{option} {text}: ")
            if not isinstance(e, InputError):
                reason = translate("Commands", "expected a whole number, not {text}").format(
                    text=repr(text))
            raise argparse.ArgumentTypeError(reason) from None

    return parse


def parse_layers(text: str) -> list[int]:
    """``"2,4,1"`` -> [2, 4, 1] within core.limits' inputs, hidden layers and outputs (the
    parameters are counted with the bias in core.config.architecture); an InputError else."""
    try:
        sizes = [int(s) for s in text.split(",")]
    except ValueError:
        sizes = []
    if len(sizes) < 2 or any(n < 1 for n in sizes):
        raise InputError(translate(
            "Commands", "--layers {text}: expected layer sizes ≥ 1 separated by commas, input and "
            "output included, e.g. 2,4,1"
        ).format(text=text))
    source = f"--layers {text}"
    limits.check_inputs(sizes[0], source)
    limits.check_hidden(sizes[1:-1], source)
    limits.check_outputs(sizes[-1], source)
    return sizes


def parse_batch(text: str | None) -> int | None:
    """``--batch``: None (or "full") for the full batch, else m ≥ 1."""
    if text is None or text == "full":
        return None
    try:
        m = int(text)
    except ValueError:
        m = 0
    if m < 1:
        raise InputError(translate("Commands", "--batch {text}: expected 'full' or a whole number ≥ 1")
                         .format(text=text))
    return m


def at_least(option: str, value: int | None, minimum: int) -> int | None:
    """``value`` unchanged (None stays None); an InputError naming ``option`` below ``minimum``."""
    if value is not None and value < minimum:
        raise InputError(translate("Commands", "{option} {value}: must be a whole number ≥ {minimum}")
                         .format(option=option, value=value, minimum=minimum))
    return value


def lesson_step(lesson, number: int | None, option: str = "--lesson-step") -> int:
    """``--lesson-step K`` checked against the lesson's script: 0 (its start) to the number of
    steps; None is 0. An InputError naming the option and the range otherwise."""
    count = len(getattr(lesson, "steps", ()))
    if number is None:
        return 0
    if not 0 <= number <= count:
        message = (translate("Commands", "{option} {number}: the lesson {name} has steps 1 to "
                             "{count} (0 is its start)") if count else
                   translate("Commands", "{option} {number}: the lesson {name} has no steps (only "
                             "0, its start)"))
        raise InputError(message.format(option=option, number=number, name=repr(lesson.name),
                                        count=count))
    return number


def refuse_with(args: argparse.Namespace, names: tuple[str, ...], reason: str) -> None:
    """An InputError for the first of ``names`` (option destinations) that was given."""
    for name in names:
        value = getattr(args, name, None)
        if value is not None and value is not False:
            raise InputError(translate("Commands", "{option} cannot be combined with {reason}")
                             .format(option="--" + name.replace("_", "-"), reason=reason))
